import { expect, type Page } from '@playwright/test';

type Role = Parameters<Page['getByRole']>[0];

/** Presses Tab (never the mouse) until the element with this role and name has focus. */
export async function tabTo(page: Page, role: Role, name: string | RegExp, limit = 60) {
  const target = page.getByRole(role, { name, exact: typeof name === 'string' });
  for (let i = 0; i < limit; i++) {
    if (await target.evaluate((el) => el === document.activeElement).catch(() => false)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${role} "${name}"`);
}

export async function activate(page: Page, role: Role, name: string | RegExp) {
  await tabTo(page, role, name);
  await page.keyboard.press('Enter');
}

export async function expectNoAxeViolations(page: Page) {
  const { default: AxeBuilder } = await import('@axe-core/playwright');
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
    .analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}
