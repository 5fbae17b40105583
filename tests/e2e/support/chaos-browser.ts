import { readdirSync, readFileSync } from 'node:fs';
import { chromium, type BrowserContext, type Page } from '@playwright/test';
import { chromiumArgs } from './chromium';

/**
 * One Chromium on a persistent profile (the learner's browser): launched, closed as a user quits it, or
 * SIGKILLed as a crash or power cut would end it. Playwright's `Browser` has no `process()` (only a
 * `BrowserServer` has, and that cannot take a profile), so the browser's pid is found among this process's
 * children by its `--user-data-dir`. Linux only (reads /proc).
 */
export type BrowserSession = {
  context: BrowserContext;
  /** Whether the pages have the Web Locks API (else the app falls back to its localStorage heartbeat lock). */
  webLocks: boolean;
  page: Page;
  pid: number;
  /** Quits the browser normally: pending writes are flushed, as when a learner closes the window. */
  close: () => Promise<void>;
  /** SIGKILLs the browser process and waits until it and its helper processes are gone. */
  kill: () => Promise<void>;
};

/** The query of the address where the app is kept from starting, for reading its database untouched. */
export const checkPageSearch = '?chaos-check';

export type LaunchOptions = {
  userDataDir: string;
  executablePath: string;
  baseURL: string;
  /** false: the pages see no `navigator.locks`, as in a browser without the Web Locks API. Default true. */
  webLocks?: boolean;
};

type ProcessInfo = { pid: number; ppid: number; args: string[] };

function processes(): ProcessInfo[] {
  const found: ProcessInfo[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      // The command name in parentheses may hold spaces: the fields after its closing parenthesis are fixed.
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      if (fields[0] === 'Z') continue;
      const args = readFileSync(`/proc/${entry}/cmdline`, 'utf8').split('\0');
      found.push({ pid: Number(entry), ppid: Number(fields[1]), args });
    } catch {
      // The process ended while we looked.
    }
  }
  return found;
}

function browserPid(userDataDir: string): number {
  const flag = `--user-data-dir=${userDataDir}`;
  const main = processes().filter((p) => p.ppid === process.pid && p.args.includes(flag));
  if (main.length !== 1) throw new Error(`expected one browser on ${userDataDir}, found ${main.length}`);
  return main[0]!.pid;
}

function descendantsOf(pid: number): number[] {
  const all = processes();
  const result: number[] = [];
  const queue = [pid];
  while (queue.length) {
    const parent = queue.shift()!;
    for (const child of all.filter((p) => p.ppid === parent)) {
      result.push(child.pid);
      queue.push(child.pid);
    }
  }
  return result;
}

function alive(pid: number): boolean {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2)[0] !== 'Z';
  } catch {
    return false;
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function waitGone(pids: number[], timeoutMs: number): Promise<number[]> {
  const until = Date.now() + timeoutMs;
  let left = pids.filter(alive);
  while (left.length && Date.now() < until) {
    await sleep(25);
    left = left.filter(alive);
  }
  return left;
}

export async function launchBrowser({
  userDataDir,
  executablePath,
  baseURL,
  webLocks = true,
}: LaunchOptions): Promise<BrowserSession> {
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath,
    args: chromiumArgs,
    headless: true,
    baseURL,
    locale: 'en-US',
  });
  // The device is read on a page of the app's origin where the app does not run, so the app cannot write first.
  await context.addInitScript((marker) => {
    if (location.search === marker) window.stop();
  }, checkPageSearch);
  if (!webLocks)
    await context.addInitScript(() =>
      Object.defineProperty(Navigator.prototype, 'locks', { configurable: true, get: () => undefined }),
    );
  const pid = browserPid(userDataDir);
  const closed = new Promise<void>((resolve) => context.once('close', () => resolve()));
  const page = context.pages()[0] ?? (await context.newPage());
  return {
    context,
    webLocks,
    page,
    pid,
    close: () => context.close(),
    kill: async () => {
      const helpers = descendantsOf(pid);
      process.kill(pid, 'SIGKILL');
      await Promise.race([closed, sleep(10_000)]);
      // Helpers notice their parent is gone and exit; one that lingers must not hold the profile for the next launch.
      for (const straggler of await waitGone([pid, ...helpers], 5_000)) process.kill(straggler, 'SIGKILL');
      await waitGone([pid, ...helpers], 5_000);
    },
  };
}
