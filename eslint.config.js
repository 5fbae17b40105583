import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import { matPlugin } from './eslint-rules.js';

const bannedSyntax = [
  { selector: 'TSEnumDeclaration', message: 'Use a literal union or an as-const object instead of an enum.' },
  { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'Never render content as HTML.' },
  { selector: 'MemberExpression[property.name=/^(innerHTML|outerHTML)$/]', message: 'Never render content as HTML.' },
  { selector: "CallExpression[callee.property.name='insertAdjacentHTML']", message: 'Never render content as HTML.' },
];

// it.only, test.only, describe.only, and Playwright's test.describe.only / test.describe.serial.only.
const noFocusedTests = {
  selector: [
    "MemberExpression[property.name='only'][object.name=/^(it|test|describe|suite|bench)$/]",
    "MemberExpression[property.name='only'][object.property.name=/^(describe|serial|parallel)$/]",
  ].join(', '),
  message: 'Focused tests (.only) skip the rest of the suite.',
};

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'dist-*/**',
      'node_modules/**',
      'test-results/**',
      'playwright-report/**',
      'tests/lint/fixtures/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx,js,mjs}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks, mat: matPlugin },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'mat/layers': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-syntax': ['error', ...bannedSyntax],
    },
  },
  { files: ['src/**/*.tsx'], rules: { 'mat/no-raw-jsx-text': 'error' } },
  {
    // A focused test silently skips the rest of the suite, so it never reaches a commit.
    files: ['tests/**/*.{ts,tsx}', 'research/**/*.ts'],
    rules: { 'no-restricted-syntax': ['error', ...bannedSyntax, noFocusedTests] },
  },
  {
    files: ['src/pwa/service-worker.js'],
    languageOptions: { globals: { ...globals.serviceworker, __PRECACHE__: 'readonly' } },
  },
);
