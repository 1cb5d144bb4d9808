// The dashboard scrolls through a library of more than 1,000 articles to its last one: the list
// pages by keyset (each page from the cursor where the one before ended), with no bound on how
// many pages the reader reads (the list stopped at 1,000 articles before).
import { describe, expect, it } from 'vitest';
import { withSeededLibrary } from './task-helpers';

/** One annotation per article, so the articles (not the rows) pass the old bound of 1,000. */
const COUNTS = { articles: 1_100, annotations: 1_100, tasks: 10 };

const harness = withSeededLibrary(COUNTS);

describe('the dashboard with more than 1,000 articles', () => {
  it('reads page after page while the reader scrolls, down to the oldest article', async () => {
    const dashboard = await harness().openExtensionPage('dashboard');
    await dashboard.waitForSelector('.dashboard[data-ready] .lib-row');
    await expect
      .poll(
        async () => {
          await dashboard.locator('.vlist').evaluate((list) => list.scrollTo(0, list.scrollHeight));
          return dashboard.locator('.dashboard[data-complete]').count();
        },
        { timeout: 45_000, interval: 50 },
      )
      .toBe(1);
    // Every annotation is listed (the ten tasks' passages are their tasks' rows).
    expect(await dashboard.locator('[data-result-count]').getAttribute('data-result-count')).toBe(
      String(COUNTS.annotations),
    );
    // The last article of the list is the one visited first, the seed's last.
    await dashboard.locator('.vlist').evaluate((list) => list.scrollTo(0, list.scrollHeight));
    await expect
      .poll(() => dashboard.locator('[data-row-type="article"]').last().textContent())
      .toContain(`(${COUNTS.articles - 1})`);
    await dashboard.close();
  });
});
