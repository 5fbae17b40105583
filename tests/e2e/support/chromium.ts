// Finds a headless Chromium without downloading one. E2E_BROWSER picks which one:
// - "system": Debian's package (or CHROME_PATH), the browser users run today; fails if none is installed;
// - "packaged": the browser inside the @sparticuz/chromium npm package (unpacked to the temp folder once);
// - unset: CHROME_PATH, then a system browser, then the packaged one.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const systemCandidates = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

async function packagedChromium(): Promise<string> {
  const { default: packaged } = await import('@sparticuz/chromium');
  return packaged.executablePath();
}

function systemChromium(): string | undefined {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv && existsSync(fromEnv)) return fromEnv;
  return systemCandidates.find((candidate) => existsSync(candidate));
}

export async function chromiumExecutable(): Promise<string> {
  const wanted = process.env.E2E_BROWSER;
  if (wanted === 'packaged') return packagedChromium();
  const system = systemChromium();
  if (wanted === 'system' && !system) throw new Error('E2E_BROWSER=system, but no system Chromium is installed');
  return system ?? packagedChromium();
}

/** "Chromium 156.0.8078.114 (/usr/bin/chromium)": printed once per run, so a log says which browser ran. */
export function describeBrowser(executable: string): string {
  try {
    const version = execFileSync(executable, ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
    const line = version.split('\n').find((text) => /chrom/i.test(text)) ?? version;
    return `${line.trim()} (${executable})`;
  } catch {
    return executable;
  }
}
