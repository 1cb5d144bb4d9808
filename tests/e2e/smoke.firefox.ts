// Firefox smoke suite: the Firefox build (MV3, event page, sidebar_action) installed as a
// temporary add-on in Debian's firefox-esr over WebDriver BiDi. The extension loads with its
// portal hosts granted, paints a demo article through the CSS Custom Highlight API, keeps a
// highlight across a reload, saves a note typed in its in-page note editor, and its popup lists a
// tracked task. Runs on the project's own articles, so a clone without ../shared runs it too.
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FirefoxHarness, placedQuotes, readHighlights, selectText, startFirefoxHarness } from './firefox-harness';
import { demoPages, goldPercents } from './pages';

let h: FirefoxHarness;
beforeAll(async () => {
  h = await startFirefoxHarness();
});
afterAll(async () => {
  await h?.shutdown();
});

const article = demoPages().find((p) => p.goldId === 'own-001')!;
const quote = 'Sở Xây dựng khẩn trương kiểm tra an toàn các công trình giao thông';
const directive = 'rà soát, tổng hợp đầy đủ thiệt hại, đề xuất mức hỗ trợ cho các hộ dân';
const notePassage = 'phân bổ nguồn ủng hộ công khai, minh bạch';
const noteText = 'Hỏi lại Mặt trận về danh sách FFX-2718';

/** The annotations stored in the extension's database, read from one of its pages. */
function storedAnnotations(extensionPage: Page): Promise<{ quote: string; note: string }[]> {
  return extensionPage.evaluate(
    () =>
      new Promise<{ quote: string; note: string }[]>((resolve, reject) => {
        const open = indexedDB.open('govmark');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const request = open.result.transaction('annotations').objectStore('annotations').getAll();
          request.onsuccess = () => {
            open.result.close();
            resolve(request.result);
          };
          request.onerror = () => reject(request.error);
        };
      }),
  );
}

describe('GovMark in Firefox', () => {
  it('loads as a temporary add-on with the portal hosts granted', async () => {
    expect(h.addonId).toBe('govmark@example.org');
    const popup = await h.openExtensionPage('popup');
    // (puppeteer's page.url() does not follow this navigation: ask the page.)
    expect(await popup.evaluate(() => location.href)).toBe(`moz-extension://${h.extensionUuid}/popup.html`);
    const granted = await popup.evaluate(async () => {
      type Permissions = { contains(p: { origins: string[] }): Promise<boolean> };
      const api = (globalThis as unknown as { browser: { permissions: Permissions } }).browser;
      return {
        portals: await api.permissions.contains({ origins: ['*://*.gov.vn/*', '*://baonghean.vn/*'] }),
        // Other sites stay optional until the reader grants them.
        elsewhere: await api.permissions.contains({ origins: ['https://example.org/*'] }),
      };
    });
    expect(granted).toEqual({ portals: true, elsewhere: false });
    await popup.close();
  });

  it('paints a demo article with govmark-* ranges in the CSS highlights registry', async () => {
    const page = await h.openArticle(article.host, article.path);
    expect((await h.pageState(page))?.isArticle).toBe(true);
    const painted = await readHighlights(page);
    const names = Object.keys(painted);
    expect(names.length).toBeGreaterThan(1);
    expect(Object.values(painted).every((ranges) => ranges.length > 0)).toBe(true);
    for (const percent of goldPercents(article)) expect(painted['govmark-figure']).toContain(percent);
    await page.close();
  });

  it('saves a highlight and shows it again after a reload', async () => {
    const page = await h.openArticle(article.host, article.path);
    await selectText(page, quote);
    await h.clickToolbarButton(page, 'Highlight');
    await expect.poll(() => placedQuotes(h, page)).toContain(quote);
    // The reader's highlights stay out of the page's shared registry.
    expect(Object.keys(await readHighlights(page)).filter((name) => name.startsWith('govmark-user-'))).toEqual([]);
    await page.reload();
    await h.waitForPageState(page, (state) => state.ready && state.annotations.length > 0);
    await expect.poll(() => placedQuotes(h, page)).toContain(quote);
    await page.close();
  });

  it('saves a note typed in the in-page note editor with the real keyboard', async () => {
    const page = await h.openArticle(article.host, article.path);
    await selectText(page, notePassage);
    await h.clickToolbarButton(page, 'Add note');
    const frame = await h.noteEditorFrame(page);
    await expect
      .poll(() => frame.evaluate(() => document.querySelector('blockquote')?.textContent ?? null))
      .toBe(notePassage);
    await frame.click('textarea');
    await page.keyboard.type(noteText, { delay: 5 });
    await expect.poll(async () => (await h.pageUi(page))?.editor?.dirty).toBe(true);
    const save = await frame.waitForSelector('::-p-aria(Save[role="button"])');
    await save!.click();
    await expect.poll(() => h.uiStatus(page), { timeout: 10_000 }).toBe('Note saved');
    expect((await h.pageUi(page))?.editor).toBeNull();
    const library = await h.openExtensionPage('dashboard');
    await expect
      .poll(async () => (await storedAnnotations(library)).find((a) => a.quote === notePassage)?.note)
      .toBe(noteText);
    await library.close();
    await page.close();
  });

  it('lists a tracked task in the popup', async () => {
    const page = await h.openArticle(article.host, article.path);
    await selectText(page, directive);
    await h.clickToolbarButton(page, 'Track as task');
    await expect.poll(() => h.uiStatus(page), { timeout: 10_000 }).toBe('Task tracked');
    const popup = await h.openExtensionPage('popup', '[data-ready][data-complete]');
    await expect
      .poll(() => popup.$$eval('.task-item .task-text', (items) => items.map((i) => i.textContent ?? '')))
      .toEqual([expect.stringContaining('đề xuất mức hỗ trợ')]);
    await popup.close();
    await page.close();
  });
});
