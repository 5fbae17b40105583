import path from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');
const eslint = new ESLint({ cwd: root });

/** Lints a snippet as if it were the file at `file`, and returns the messages of one rule. */
async function lint(file: string, code: string, rule: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path.join(root, file) });
  return (result?.messages ?? []).filter((message) => message.ruleId === rule).map((message) => message.message);
}

describe('layer boundaries (mat/layers)', () => {
  it.each([
    ['src/domain/scoring/x.ts', "import { db } from '@/storage/db';", /may not import from storage/],
    ['src/domain/scoring/x.ts', "import { db } from '../../storage/db';", /may not import from storage/],
    ['src/domain/scoring/x.ts', "import { useState } from 'react';", /must stay pure: 'react'/],
    ['src/domain/scoring/x.ts', "import i18next from 'i18next';", /must stay pure: 'i18next'/],
    ['src/domain/scoring/x.ts', "import { readFileSync } from 'node:fs';", /must stay pure: 'node:fs'/],
    [
      'src/features/rehearse/x.ts',
      "import { ProgressPage } from '@/features/progress/progress-page';",
      /features never import each other/,
    ],
    [
      'src/features/rehearse/x.ts',
      "export { ProgressPage } from '../progress/progress-page';",
      /features never import each other/,
    ],
    [
      'src/features/rehearse/x.ts',
      "const m = import('@/features/progress/progress-page');",
      /features never import each other/,
    ],
    ['src/features/rehearse/x.ts', "import { App } from '@/app/app';", /may not import from app/],
    ['src/storage/x.ts', "import { HomePage } from '@/features/home/home-page';", /may not import from features/],
    ['src/components/x.ts', "import { db } from '@/storage/db';", /may not import from storage/],
    ['src/features/rehearse/x.ts', "import Dexie from 'dexie';", /'dexie' may only be imported inside src\/storage/],
    ['src/app/x.ts', "import Dexie from 'dexie';", /'dexie' may only be imported inside src\/storage/],
    ['src/lib/x.ts', "import { Dexie } from 'dexie';", /'dexie' may only be imported inside src\/storage/],
    ['tests/app/x.test.ts', "import Dexie from 'dexie';", /'dexie' may only be imported inside src\/storage/],
    ['src/cli/x.ts', "import React from 'react';", /command-line tools use domain code/],
    ['src/cli/x.ts', "import { db } from '@/storage/db';", /may not import from storage/],
    [
      'src/domain/scoring/x.ts',
      "import { scoreAgainstReference } from '../../../research/reference-mode/reference';",
      /research\/ is not part of the app/,
    ],
    ['src/app/x.ts', "const m = import('../../research/semeval/semeval-report');", /research\/ is not part of the app/],
    ['research/reference-mode/x.ts', "import { db } from '@/storage/db';", /research code may import src\/domain only/],
  ])('%s: %s is rejected', async (file, code, message) => {
    const messages = await lint(file, code, 'mat/layers');
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatch(message);
  });

  it.each([
    ['src/storage/x.ts', "import Dexie from 'dexie';"],
    ['src/storage/x.ts', "import { scenarioSchema } from '@/domain/scenario/scenario-schema';"],
    ['src/domain/scoring/x.ts', "import { z } from 'zod'; import { setup } from 'xstate';"],
    ['src/domain/scoring/x.ts', "import { pickText } from '../scenario/locale';"],
    [
      'src/features/rehearse/x.ts',
      "import { db } from '@/storage/db'; import { Loading } from '@/components/loading';",
    ],
    [
      'src/features/rehearse/x.ts',
      "import { helper } from './helper'; import { other } from '@/features/rehearse/other';",
    ],
    ['src/app/x.ts', "import { HomePage } from '@/features/home/home-page';"],
    [
      'src/cli/x.ts',
      "import { readFileSync } from 'node:fs'; import { scenarioSchema } from '@/domain/scenario/scenario-schema';",
    ],
    ['tests/storage/x.test.ts', "import Dexie from 'dexie';"],
    [
      'research/reference-mode/x.ts',
      "import { scoreAnswer } from '@/domain/scoring'; import { primaryKey } from './primary-key';",
    ],
  ])('%s: %s is allowed', async (file, code) => {
    expect(await lint(file, code, 'mat/layers')).toEqual([]);
  });
});

describe('no raw text in JSX (mat/no-raw-jsx-text)', () => {
  it.each([
    ['export const A = () => <p>Hello there</p>;'],
    ["export const A = () => <p>{'Hello'}</p>;"],
    ['export const A = () => <button aria-label="Close">x</button>;'],
    ['export const A = () => <input placeholder="Your answer" />;'],
    ['export const A = () => <img alt="Logo" src="/x.png" />;'],
  ])('rejects %s', async (code) => {
    expect(await lint('src/components/x.tsx', code, 'mat/no-raw-jsx-text')).not.toEqual([]);
  });

  it.each([
    ["export const A = ({ t }: { t: (k: string) => string }) => <p>{t('home.title')}</p>;"],
    ['export const A = () => <p className="lead"> · </p>;'],
    ['export const A = ({ n }: { n: number }) => <p>{n}</p>;'],
  ])('allows %s', async (code) => {
    expect(await lint('src/components/x.tsx', code, 'mat/no-raw-jsx-text')).toEqual([]);
  });
});

describe('no HTML rendering', () => {
  it.each([
    ['export const A = ({ s }: { s: string }) => <div dangerouslySetInnerHTML={{ __html: s }} />;'],
    ['export function f(el: HTMLElement, s: string) { el.innerHTML = s; }'],
  ])('rejects %s', async (code) => {
    const [result] = await eslint.lintText(code, { filePath: path.join(root, 'src/components/x.tsx') });
    expect(result?.messages.map((m) => m.message)).toContain('Never render content as HTML.');
  });
});

describe('no focused tests (.only)', () => {
  it.each([
    ["it.only('x', () => {});"],
    ["test.only('x', () => {});"],
    ["describe.only('x', () => {});"],
    ["test.describe.only('x', () => {});"],
    ["test.describe.serial.only('x', () => {});"],
  ])('%s is rejected in a test file', async (code) => {
    const messages = await lint('tests/domain/x.test.ts', code, 'no-restricted-syntax');
    expect(messages).toEqual(['Focused tests (.only) skip the rest of the suite.']);
  });

  it.each([["it('x', () => {});"], ["test.skip('x', () => {});"], ['const only = options.only;']])(
    '%s is allowed',
    async (code) => {
      expect(await lint('tests/domain/x.test.ts', code, 'no-restricted-syntax')).toEqual([]);
    },
  );
});
