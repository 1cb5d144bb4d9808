// Finds a Chromium-family browser for `npm start`, the end-to-end suite and the benches.
// Test tools cannot download browsers here, so we look for an installed one and say how to
// get one when there is none (never skip silently).
import { existsSync } from 'node:fs';

const CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/snap/bin/chromium',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
];

export class BrowserNotFoundError extends Error {
  constructor() {
    super(
      'No Chromium or Chrome found. Set CHROME_PATH to its executable, or install one ' +
        '(Debian/Ubuntu: `sudo apt-get install chromium`).',
    );
  }
}

export function findBrowser(env: NodeJS.ProcessEnv = process.env): string {
  const fromEnv = env.CHROME_PATH;
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`CHROME_PATH points to ${fromEnv}, which does not exist.`);
    return fromEnv;
  }
  const found = CANDIDATES.find((p) => existsSync(p));
  if (!found) throw new BrowserNotFoundError();
  return found;
}
