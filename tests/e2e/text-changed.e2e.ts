// Issue 12.4, the side panel's part: a highlight placed on words that changed since it was made
// (a fuzzy placement) says so in the side panel, in Vietnamese and in English; one whose words
// did not change says nothing.
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { askTab, placedQuotes, startHarness, waitForGovMark, type Harness } from './harness';
import { demoPages, pageFile } from './pages';

const article = demoPages().find((p) => p.goldId === 'own-002' && p.kind === 'article')!;
const CHANGED = { 'vi-VN': 'Văn bản đã thay đổi', 'en-US': 'Text changed' } as const;

/** Selects `quote` in the article (main world) and highlights it as the keyboard shortcut does. */
async function highlight(h: Harness, page: Page, quote: string): Promise<void> {
  await page.evaluate(
    ({ quote, within }) => {
      const walker = document.createTreeWalker(document.querySelector(within)!, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const i = (n.nodeValue ?? '').indexOf(quote);
        if (i < 0) continue;
        const range = document.createRange();
        range.setStart(n, i);
        range.setEnd(n, i + quote.length);
        getSelection()!.removeAllRanges();
        getSelection()!.addRange(range);
        return;
      }
      throw new Error(`not found: ${quote}`);
    },
    { quote, within: article.bodySelector! },
  );
  await askTab(h, page, 'page/highlight-selection');
  await expect.poll(() => placedQuotes(h, page)).toContain(quote);
}

for (const lang of ['vi-VN', 'en-US'] as const) {
  describe(`side panel placements (${lang})`, () => {
    let h: Harness;
    beforeAll(async () => {
      h = await startHarness({ lang });
    });
    afterAll(async () => {
      await h?.shutdown();
    });

    it('says "text changed" beside a highlight placed on edited words, and only there', async () => {
      const page = await h.openArticle(article.host, article.path);
      const paragraphs = await page.locator(`${article.bodySelector} p`).allInnerTexts();
      const long = paragraphs.filter((p) => p.length > 120);
      const edited = long[1].slice(0, 90).replace(/\s+\S*$/, '');
      const kept = long[2].slice(0, 60).replace(/\s+\S*$/, '');
      await highlight(h, page, edited);
      await highlight(h, page, kept);

      // The portal edits one word inside the first passage.
      const words = edited.split(' ');
      const word = words.find((w, i) => i > 3 && /^\p{L}{4,}$/u.test(w))!;
      const html = readFileSync(pageFile(article), 'utf8');
      // Everywhere it occurs (a summary of the article may repeat it in the page's head).
      const changed = html.split(edited).join(edited.replace(` ${word} `, ` ${word}a `));
      expect(changed).not.toBe(html);
      h.server.setOverride(article.host, article.path, changed);
      try {
        await page.reload();
        await waitForGovMark(page);
        const panel = await h.openExtensionPage('sidepanel');
        await page.bringToFront();
        const card = (quote: string) => panel.locator('.annotation-card').filter({ hasText: quote.slice(0, 30) });
        await card(edited).waitFor({ timeout: 20_000 });
        await expect.poll(() => card(edited).locator('.text-changed').textContent()).toBe(CHANGED[lang]);
        expect(await card(kept).locator('.text-changed').count()).toBe(0);
        await panel.close();
      } finally {
        h.server.setOverride(article.host, article.path, null);
      }
      await page.close();
    });
  });
}
