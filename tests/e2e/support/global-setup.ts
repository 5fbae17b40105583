import { chromiumExecutable, describeBrowser } from './chromium';

// Says which browser this run uses: CI runs the suite on the packaged Chromium and on Debian's current one.
export default async function globalSetup(): Promise<void> {
  console.log(`e2e browser: ${describeBrowser(await chromiumExecutable())}`);
}
