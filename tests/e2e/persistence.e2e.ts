// Persistent storage (issue 12.8): the service worker cannot ask for it (no
// navigator.storage.persist there), so the dashboard's data section asks from the page.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from './harness';

let harness: Harness;

beforeAll(async () => {
  harness = await startHarness({ lang: 'en-US' });
});

afterAll(async () => {
  await harness?.shutdown();
});

describe('persistent storage', () => {
  it('is asked for from the dashboard, where the browser can answer', async () => {
    // Where the old code asked, the API is not there at all.
    expect(await harness.serviceWorker.evaluate(() => typeof navigator.storage?.persist)).toBe('undefined');

    const dashboard = await harness.openExtensionPage('dashboard');
    await dashboard.waitForSelector('[data-ready]');
    const status = dashboard.locator('[data-persistence]');
    await expect.poll(() => status.getAttribute('data-persistence')).toMatch(/^(not-asked|granted)$/);
    if ((await status.getAttribute('data-persistence')) === 'not-asked') {
      await status.getByRole('button', { name: 'Ask to keep the data' }).click();
    }
    // The page shows the browser's own answer (headless Chromium refuses; a used profile grants).
    await expect.poll(() => status.getAttribute('data-persistence')).toMatch(/^(granted|refused)$/);
    const persisted = await dashboard.evaluate(() => navigator.storage.persisted());
    expect(await status.getAttribute('data-persistence')).toBe(persisted ? 'granted' : 'refused');
    expect(await status.getByRole('status').textContent()).toMatch(
      persisted ? /keeps GovMark’s data/ : /did not agree to keep the data; export a backup/,
    );
    await dashboard.close();
  });
});
