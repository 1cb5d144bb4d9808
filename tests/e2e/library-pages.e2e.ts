// The dashboard with a library larger than one page, in Chromium with the built extension: the
// first rows come at once, the rest as the list is scrolled, and a search through the
// background's index finds exactly the records that hold every word.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { foldForSearch } from '../../utils/search/fold';
import type { AnnotationRecord, TaskRecord } from '../../utils/model/records';
import { withSeededLibrary } from './task-helpers';

const COUNTS = { articles: 40, annotations: 600, tasks: 120 };

const harness = withSeededLibrary(COUNTS);

function readAll<T>(page: Page, store: string): Promise<T[]> {
  return page.evaluate(
    (name) =>
      new Promise<T[]>((resolve, reject) => {
        const open = indexedDB.open('govmark');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const request = open.result.transaction(name).objectStore(name).getAll();
          request.onsuccess = () => {
            open.result.close();
            resolve(request.result as T[]);
          };
        };
      }),
    store,
  );
}

/** Whole folded words, as the index keeps them. */
const words = (text: string) => new Set(foldForSearch(text).split(/[^\p{L}\p{N}]+/u));
const holdsAll = (fields: (string | null)[], query: string) => {
  const have = words(fields.filter((field) => field !== null).join('\n'));
  return [...words(query)].every((word) => word === '' || have.has(word));
};

describe('the dashboard with a library of several pages', () => {
  it('shows the first rows, reads the rest on scrolling, and searches through the index', async () => {
    const dashboard = await harness().openExtensionPage('dashboard');
    await dashboard.waitForSelector('.dashboard[data-ready] .lib-row');
    expect(await dashboard.locator('.dashboard[data-complete]').count()).toBe(0);

    // Scrolling to the end of the list reads the next pages, until the whole library is listed.
    await expect
      .poll(
        async () => {
          await dashboard.locator('.vlist').evaluate((list) => list.scrollTo(0, list.scrollHeight));
          return dashboard.locator('.dashboard[data-complete]').count();
        },
        { timeout: 30_000 },
      )
      .toBe(1);
    const annotations = await readAll<AnnotationRecord>(dashboard, 'annotations');
    const tasks = await readAll<TaskRecord>(dashboard, 'tasks');
    // A passage tracked as a task is one row, the task's.
    const trackedIds = new Set(tasks.map((task) => task.annotationId));
    const tracked = annotations.filter((a) => trackedIds.has(a.id)).length;
    expect(tracked).toBeGreaterThan(0);
    expect(await dashboard.locator('[data-result-count]').getAttribute('data-result-count')).toBe(
      String(COUNTS.annotations + COUNTS.tasks - tracked),
    );

    const query = 'so y te';
    const foundTasks = tasks.filter((t) =>
      holdsAll([t.text, t.issuer, t.notes, t.province, t.site, ...t.assignees], query),
    );
    const foundTaskPassages = new Set(foundTasks.map((task) => task.annotationId));
    const expected =
      annotations.filter((a) => holdsAll([a.quote, a.note, ...a.tags], query) && !foundTaskPassages.has(a.id)).length +
      foundTasks.length;
    expect(expected).toBeGreaterThan(0);
    await dashboard.getByRole('searchbox', { name: 'Search' }).fill(query);
    await expect
      .poll(() => dashboard.locator('.dashboard[data-ready] [data-result-count]').getAttribute('data-result-count'))
      .toBe(String(expected));
    const firstQuote = await dashboard.locator('[data-row-type="annotation"] .clamp-1').first().textContent();
    expect(holdsAll([firstQuote ?? ''], 'y te') || (firstQuote ?? '').length > 0).toBe(true);
    await dashboard.close();
  });
});
