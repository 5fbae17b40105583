// Reads the log of `npm test` and prints each runner's result, then one total line:
// "N passed, N failed". Test runners count their tests; typecheck and lint count as one check each.
import { readFileSync } from 'node:fs';

const [logFile, statusArg] = process.argv.slice(2);
const exitStatus = Number(statusArg ?? 1);
const ansiColour = new RegExp(`${String.fromCharCode(27)}\\[[0-9;]*m`, 'g');
const text = readFileSync(logFile, 'utf8').replace(ansiColour, '');
const lines = text.split('\n');

// npm prints "> name@version script" before each script it runs.
const steps = [];
for (const [index, line] of lines.entries()) {
  const match = line.match(/^> \S+@\S+ (\S+)$/);
  if (match && match[1] !== 'test') steps.push({ name: match[1], start: index });
}
steps.forEach((step, i) => (step.end = steps[i + 1]?.start ?? lines.length));

const count = (chunk, pattern) => chunk.reduce((sum, line) => sum + Number(line.match(pattern)?.[1] ?? 0), 0);

function tally(step, i) {
  const chunk = lines.slice(step.start, step.end);
  // A step passed when npm went on to the next one (steps are chained with &&), or the run ended well.
  const succeeded = i < steps.length - 1 || exitStatus === 0;
  const vitest = chunk.find((line) => /^\s*Tests\s+.*\(\d+\)\s*$/.test(line));
  if (vitest) {
    return { passed: count([vitest], /(\d+) passed/), failed: count([vitest], /(\d+) failed/), succeeded };
  }
  const playwright = chunk.filter((line) => /^\s+\d+ (passed|failed|flaky)\b/.test(line));
  if (playwright.length) {
    return {
      passed: count(playwright, /^\s+(\d+) passed/) + count(playwright, /^\s+(\d+) flaky/),
      failed: count(playwright, /^\s+(\d+) failed/),
      succeeded,
    };
  }
  return { passed: succeeded ? 1 : 0, failed: succeeded ? 0 : 1, succeeded };
}

let passed = 0;
let failed = 0;
console.log('\n== summary');
if (steps.length === 0) {
  failed = 1;
  console.log('install or test start failed: no runner ran');
}
steps.forEach((step, i) => {
  const result = tally(step, i);
  // A runner that exited non-zero without reporting a failed test still counts as one failure.
  if (!result.succeeded && result.failed === 0) result.failed = 1;
  passed += result.passed;
  failed += result.failed;
  // The end-to-end runs say which browser they used ("e2e browser: Chromium 156.0... (/usr/bin/chromium)").
  const browser = lines
    .slice(step.start, step.end)
    .map((line) => line.match(/^e2e browser: (Chromium [\d.]+)/)?.[1])
    .find(Boolean);
  const label = browser ? `${step.name} (${browser})` : step.name;
  console.log(`${label}: ${result.passed} passed, ${result.failed} failed`);
});
console.log(`${passed} passed, ${failed} failed`);
