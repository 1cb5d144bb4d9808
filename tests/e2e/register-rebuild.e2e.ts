// The register rebuilt from stored articles when the browser starts: a reader upgrading from a
// version without the register has articles stored and no register rows. Here the articles are
// written into the extension's database as such a version left them (the demo articles' records
// with their text snapshots, nothing registered), Chromium is quit and started again on the same
// profile, and the Documents view lists what those articles cite. The schema upgrade itself (from
// every released version's data) is covered by tests/unit/storage/register-upgrade.test.ts: in
// the browser the extension opens its database at the current version on first run, before a
// test can write an older one. Which event runs the rebuild here: a build with neither rebuild
// call fails this test, a build without the onStartup one passes it (Chromium starting with
// --load-extension tells the extension onInstalled, as an update does), so this proves the
// rebuild on install/update at a browser start, not onStartup's separately.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { startHarness, type Harness } from './harness';
import type { ArticleRecord } from '../../utils/model/records';
import { visitOf } from '../unit/register/register-articles';

const profile = mkdtempSync(path.join(tmpdir(), 'govmark-rebuild-'));
let harness: Harness | undefined;

afterAll(async () => {
  await harness?.shutdown();
  rmSync(profile, { recursive: true, force: true });
});

function storedArticle(name: 'first' | 'second', visited: number): ArticleRecord {
  const { documents: _documents, directives: _directives, ...page } = visitOf(name);
  return { ...page, firstVisit: visited, lastVisit: visited };
}

/** Writes the records straight into the extension's database, as an earlier version stored them. */
function writeArticles(page: Page, articles: ArticleRecord[]): Promise<number> {
  return page.evaluate(
    (records) =>
      new Promise<number>((resolve, reject) => {
        const request = indexedDB.open('govmark');
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          const db = request.result;
          const tx = db.transaction(['articles', 'registered', 'documents', 'citations'], 'readwrite');
          for (const record of records) tx.objectStore('articles').put(record);
          // Nothing of the register: the version that stored them had none.
          for (const store of ['registered', 'documents', 'citations']) tx.objectStore(store).clear();
          tx.oncomplete = () => {
            const count = db.transaction('documents').objectStore('documents').count();
            count.onsuccess = () => {
              db.close();
              resolve(count.result);
            };
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    articles,
  );
}

describe('the register rebuilt on startup (Chromium)', () => {
  it('fills the Documents view from articles stored without register rows, after a restart', async () => {
    harness = await startHarness({ lang: 'vi-VN', userDataDir: profile });
    let dashboard = await harness.openExtensionPage('dashboard', '#documents');
    const articles = [storedArticle('first', Date.UTC(2024, 2, 12)), storedArticle('second', Date.UTC(2024, 6, 5))];
    expect(await writeArticles(dashboard, articles)).toBe(0);
    await dashboard.close();
    await harness.shutdown();

    harness = await startHarness({ lang: 'vi-VN', userDataDir: profile });
    dashboard = await harness.openExtensionPage('dashboard', '#documents');
    const resolution = dashboard.locator('.doc-row', { hasText: '105/NQ-CP' });
    await resolution.waitFor({ timeout: 20_000 });
    await expect.poll(() => resolution.locator('[data-article-count]').getAttribute('data-article-count')).toBe('2');
    await expect.poll(() => dashboard.locator('.doc-row', { hasText: '45/KH-UBND' }).count()).toBe(1);
  });
});
