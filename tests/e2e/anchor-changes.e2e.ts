// Anchors after the portal edits the page (issue 12.4), in the browser: every annotation is
// placed on exactly its own words or kept as an orphan, never placed wrongly. The cases the
// audit reproduced: a stretch inserted before a quote that brings the same words under the stored
// position, a near-duplicate paragraph before the original, a changed figure, an inserted
// negation, and a passage moved out of the article into a comment box.
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  clickToolbarButton,
  coloursBehind,
  type Harness,
  placedQuotes,
  selectText,
  startHarness,
  waitForPageState,
} from './harness';
import { demoPages, pageFile } from './pages';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.shutdown();
});

// One of the project's own articles (tests/fixtures/articles/own-001), so no ../shared is needed.
const article = demoPages().find((p) => p.goldId === 'own-001')!;
const P_OPEN = '<p style="text-align: justify;">';

const QUOTES = {
  collision: 'kiểm tra an toàn các công trình giao thông',
  nearDuplicate: 'vận động các tổ chức, cá nhân ủng hộ nhân dân vùng lũ',
  digit: 'bố trí 120 tỷ đồng cho công tác phòng, chống thiên tai',
  negation: 'tổ chức cắm biển cảnh báo tại các ngầm tràn',
  moved: 'Sở Nông nghiệp và Môi trường chủ trì, phối hợp với Sở Tài chính',
} as const;

/** The paragraph of the served page that holds `words`, as written in the HTML. */
function paragraphWith(html: string, words: string): string {
  const found = [...html.matchAll(/<p style="text-align: justify;">([^<]*)<\/p>/g)].find((m) => m[1].includes(words));
  if (!found) throw new Error(`No paragraph holds: ${words}`);
  return found[0];
}

/** The page after the portal's edits; original paragraphs are marked with ids (no text changes). */
function editedPage(original: string): string {
  let html = original;
  // A stretch before the paragraph whose copy of the quote starts exactly where the quote was.
  const collision = paragraphWith(html, QUOTES.collision);
  const before = collision.slice(P_OPEN.length).indexOf(QUOTES.collision);
  const filler = 'Trong tuần tới, đoàn công tác của tỉnh sẽ đến '.repeat(3).slice(0, before);
  html = html.replace(
    collision,
    `<p id="chen-vao">${filler}${QUOTES.collision} ở các huyện lân cận, theo lịch riêng.</p>\n${collision.replace('<p ', '<p id="goc-1" ')}`,
  );
  // A near-duplicate of a paragraph, put before it.
  const duplicated = paragraphWith(html, QUOTES.nearDuplicate);
  const nearCopy = duplicated
    .replace('Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh', 'Hội Chữ thập đỏ tỉnh')
    .replace('công khai, minh bạch', 'kịp thời')
    .replace('<p ', '<p id="gan-giong" ');
  html = html.replace(duplicated, `${nearCopy}\n${duplicated.replace('<p ', '<p id="goc-2" ')}`);
  // A figure changed, a negation inserted.
  html = html.replace(QUOTES.digit, QUOTES.digit.replace('120', '180'));
  html = html.replace(QUOTES.negation, QUOTES.negation.replace('tổ chức cắm', 'tổ chức không cắm'));
  // A paragraph moved out of the article into a comment box at the end of the page.
  const moved = paragraphWith(html, QUOTES.moved);
  html = html.replace(moved, '').replace('</body>', `<div class="binh-luan" id="binh-luan">${moved}</div></body>`);
  return html;
}

/**
 * The reader's yellow fill (private marks), also where a directive's grey shade lies under it
 * (about 236, 224, 113), and not the findings' dark lines or the directives' greys alone.
 */
const yellow = ([r, g, b]: [number, number, number]) => r > 215 && g > 200 && b < 160;

/**
 * Whether the reader sees a yellow highlight behind `text` inside `within`: the reader's marks are
 * boxes in a closed shadow root that no page script can enumerate, so the test looks at the screen.
 */
async function yellowBehind(page: Page, text: string, within: string): Promise<boolean> {
  return (await coloursBehind(h, page, text, within)).some(yellow);
}

describe('anchors after the portal edits the page', () => {
  it('places each annotation on its own words or keeps it as an orphan, never wrongly', async () => {
    const original = readFileSync(pageFile(article), 'utf8');
    const page = await h.openArticle(article.host, article.path);
    for (const quote of Object.values(QUOTES)) {
      await selectText(page, quote, article.bodySelector!);
      await clickToolbarButton(page, 'Highlight');
      await expect.poll(() => placedQuotes(h, page), { timeout: 10_000 }).toContain(quote);
    }
    h.server.setOverride(article.host, article.path, editedPage(original));
    try {
      await page.reload();
      const state = await waitForPageState(page, (s) => s.ready && s.annotations.length === 5);
      const anchored = Object.fromEntries(state.annotations.map((a) => [a.quote, a.anchored]));
      expect(anchored).toEqual({
        [QUOTES.collision]: true,
        [QUOTES.nearDuplicate]: true,
        [QUOTES.digit]: false,
        [QUOTES.negation]: false,
        [QUOTES.moved]: false,
      });
      // Placed on exactly their words (the page's text where each was placed)...
      const placedText = Object.fromEntries(state.annotations.map((a) => [a.quote, a.placedText]));
      expect(placedText[QUOTES.collision]).toBe(QUOTES.collision);
      expect(placedText[QUOTES.nearDuplicate]).toBe(QUOTES.nearDuplicate);
      // ...in the original paragraphs, and on nothing that now holds the same words.
      await expect.poll(() => yellowBehind(page, QUOTES.collision, '#goc-1')).toBe(true);
      await expect.poll(() => yellowBehind(page, QUOTES.nearDuplicate, '#goc-2')).toBe(true);
      expect(await yellowBehind(page, QUOTES.collision, '#chen-vao')).toBe(false);
      expect(await yellowBehind(page, QUOTES.nearDuplicate, '#gan-giong')).toBe(false);
      // The orphans are painted nowhere: not on the edited words, not in the comment box.
      expect(await yellowBehind(page, QUOTES.digit.replace('120', '180'), 'body')).toBe(false);
      expect(await yellowBehind(page, QUOTES.negation.replace('tổ chức cắm', 'tổ chức không cắm'), 'body')).toBe(false);
      expect(await yellowBehind(page, QUOTES.moved, '#binh-luan')).toBe(false);
    } finally {
      h.server.setOverride(article.host, article.path, null);
    }
    await page.close();
  });
});
