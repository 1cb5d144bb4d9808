// The clock reminders run on. End-to-end tests need "a task due tomorrow" for a demo article
// dated years ago, and neither Chromium nor Playwright can move a service worker's clock. So an
// unpacked build (installType "development": loaded with --load-extension or as a temporary
// add-on, which is how the test harness runs it) reads the time from a storage key that only the
// harness sets. An installed build never reads the key.
import { browser } from 'wxt/browser';

/** Epoch milliseconds the test harness stores in `storage.local` to set the reminders' clock. */
export const TEST_NOW_KEY = 'govmark.testNow';

export async function reminderNow(): Promise<number> {
  const self = await browser.management?.getSelf().catch(() => null);
  if (self?.installType !== 'development') return Date.now();
  const stored = (await browser.storage.local.get(TEST_NOW_KEY))[TEST_NOW_KEY];
  return typeof stored === 'number' && Number.isFinite(stored) ? stored : Date.now();
}
