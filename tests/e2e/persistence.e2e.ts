// Persistent storage (issue 12.8): the service worker cannot ask for it (no
// navigator.storage.persist there), so the extension's pages ask: the first-run page as it opens,
// the dashboard's and the options page's data sections with a button. Each shows the answer.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
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

  it('is asked for by the first-run page as it opens, which shows the answer', async () => {
    const welcome = await harness.openExtensionPage('welcome');
    await welcome.waitForSelector('[data-ready]');
    const status = welcome.locator('[data-persistence]');
    // No click: the page has asked by itself, so the browser's answer is shown, not "may clear".
    await expect.poll(() => status.getAttribute('data-persistence')).toMatch(/^(granted|refused)$/);
    await expectBrowsersAnswer(welcome);
    await welcome.close();
  });

  it('is shown and asked for in the options page’s data section', async () => {
    const options = await harness.openExtensionPage('options');
    await options.waitForSelector('[data-ready]');
    const status = options.locator('section[aria-labelledby="data-title"] [data-persistence]');
    await expect.poll(() => status.getAttribute('data-persistence')).toMatch(/^(not-asked|granted)$/);
    if ((await status.getAttribute('data-persistence')) === 'not-asked') {
      await status.getByRole('button', { name: 'Ask to keep the data' }).click();
    }
    await expect.poll(() => status.getAttribute('data-persistence')).toMatch(/^(granted|refused)$/);
    await expectBrowsersAnswer(options);
    await options.close();
  });
});

/** The page's message is the browser's own answer (headless Chromium refuses; a used profile grants). */
async function expectBrowsersAnswer(page: Page): Promise<void> {
  const status = page.locator('[data-persistence]');
  const persisted = await page.evaluate(() => navigator.storage.persisted());
  expect(await status.getAttribute('data-persistence')).toBe(persisted ? 'granted' : 'refused');
  expect(await status.getByRole('status').textContent()).toMatch(
    persisted ? /keeps GovMark’s data/ : /did not agree to keep the data; export a backup/,
  );
}
