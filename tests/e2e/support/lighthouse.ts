// Lighthouse through its Node API against a headless Chromium that Playwright starts with a remote-debugging
// port: the same executable and flags as the rest of the end-to-end suite (./chromium.ts).
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { chromium } from '@playwright/test';
import lighthouse, { desktopConfig, type Flags, type Result } from 'lighthouse';
import { chromiumArgs, chromiumExecutable } from './chromium';

export type FormFactor = 'desktop' | 'mobile';
export type LighthouseCategory = 'performance' | 'accessibility' | 'best-practices';

export type LighthouseBrowser = { port: number; close: () => Promise<void> };

/**
 * A browser Lighthouse can drive. Port 0 lets Chromium choose a free port, which it writes to DevToolsActivePort
 * in its profile folder, so checkouts running side by side never collide.
 */
export async function launchForLighthouse(): Promise<LighthouseBrowser> {
  const profile = await mkdtemp(path.join(os.tmpdir(), 'mat-lighthouse-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: await chromiumExecutable(),
    args: [...chromiumArgs, '--remote-debugging-port=0'],
  });
  const close = async () => {
    await context.close();
    await rm(profile, { recursive: true, force: true });
  };
  try {
    const [port] = (await readFile(path.join(profile, 'DevToolsActivePort'), 'utf8')).split('\n');
    return { port: Number(port), close };
  } catch (error) {
    await close();
    throw error;
  }
}

/**
 * Runs Lighthouse once on a URL; mobile is Lighthouse's default emulation, desktop its desktop preset. Throttling
 * stays simulated (Lighthouse's default): any observed method makes it wait 5.25 s for quiet after every load.
 */
export async function runLighthouse(
  url: string,
  options: { port: number; formFactor: FormFactor; categories: LighthouseCategory[] },
): Promise<Result> {
  const flags: Flags = {
    port: options.port,
    output: 'json',
    logLevel: 'error',
    onlyCategories: options.categories,
  };
  const config = options.formFactor === 'desktop' ? desktopConfig : undefined;
  const runner = await lighthouse(url, flags, config);
  if (!runner) throw new Error(`Lighthouse returned nothing for ${url}`);
  if (runner.lhr.runtimeError) throw new Error(`Lighthouse failed on ${url}: ${runner.lhr.runtimeError.message}`);
  return runner.lhr;
}

/** The audits of a category that did not pass, with what Lighthouse says about each, for a readable failure. */
export function failingAudits(lhr: Result, category: LighthouseCategory): string[] {
  const refs = lhr.categories[category]?.auditRefs ?? [];
  return refs.flatMap((ref) => {
    const audit = lhr.audits[ref.id];
    if (!audit || audit.score === null || audit.score >= 1 || ref.weight === 0) return [];
    const items = (audit.details && 'items' in audit.details ? audit.details.items : []) as unknown[];
    const shown = items.slice(0, 5).map((item) => JSON.stringify(item).slice(0, 300));
    return [`${ref.id} (${audit.score}): ${audit.title}${shown.length ? `\n    ${shown.join('\n    ')}` : ''}`];
  });
}
