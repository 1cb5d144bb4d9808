// Annotate and keep, as a reader does it: select, highlight, reload, find it again, also after
// the portal edited the page; track a directive and see it in the popup; NFD pages alike.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeWithCorpus } from '../support/corpus-suite';
import type { Page } from 'playwright-core';
import {
  clickToolbarButton,
  placedQuotes,
  readHighlights,
  selectText,
  startHarness,
  uiStatus,
  waitForGovMark,
  waitForPageState,
  type Harness,
} from './harness';
import { demoPages, pageFile } from './pages';

let h: Harness;

const pages = demoPages();
const thanhhoa = pages.find((p) => p.seed === '002' && p.kind === 'article')!;
const travinhNfd = pages.find((p) => p.kind === 'nfd-article')!;
const ninhthuan = pages.find((p) => p.seed === '000')!;

/** The reader's highlights the page placed (painted out of the page's reach, so asked of the extension). */
const userHighlights = (page: Page) => placedQuotes(h, page);

async function highlight(page: Page, quote: string, within = thanhhoa.bodySelector): Promise<void> {
  await selectText(page, quote, within);
  await clickToolbarButton(page, 'Highlight');
  await expect.poll(() => userHighlights(page), { timeout: 5_000 }).toContain(quote);
}

describeWithCorpus('seeds', 'annotate and keep', () => {
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => {
    await h?.shutdown();
  });

  it('highlights a selection and finds it again after a reload', async () => {
    const page = await h.openArticle(thanhhoa.host, thanhhoa.path);
    const body = await page.locator(thanhhoa.bodySelector!).innerText();
    const sentence = body.split(/(?<=\.)\s/).find((s) => s.length > 60 && s.length < 200)!;
    const passage = sentence.slice(0, 50).trim();
    await highlight(page, passage);
    await page.reload();
    await waitForGovMark(page);
    await expect.poll(() => userHighlights(page)).toContain(passage);
    await page.close();
  });

  it('re-anchors after the portal inserts a sentence and edits a word inside the quote', async () => {
    const page = await h.openArticle(thanhhoa.host, thanhhoa.path);
    const body = await page.locator(`${thanhhoa.bodySelector} p`).nth(3).innerText();
    const passage = body.slice(0, 80).replace(/\s+\S*$/, '');
    await highlight(page, passage);
    const words = passage.split(' ');
    const changedWord = words[Math.floor(words.length / 2)];
    const edited = passage.replace(` ${changedWord} `, ` ${changedWord}n `);
    expect(edited).not.toBe(passage);
    const html = readFileSync(pageFile(thanhhoa), 'utf8').replace(
      passage,
      `Câu mới được chèn vào trước đoạn này. ${edited}`,
    );
    expect(html).toContain(edited);
    h.server.setOverride(thanhhoa.host, thanhhoa.path, html);
    try {
      await page.reload();
      await waitForGovMark(page);
      // Placed on the edited text: the stored quote is what the reader highlighted.
      await expect.poll(() => userHighlights(page), { timeout: 10_000 }).toContain(passage);
    } finally {
      h.server.setOverride(thanhhoa.host, thanhhoa.path, null);
    }
    await page.close();
  });

  it('keeps an annotation whose text was deleted as an orphan, never in a wrong place', async () => {
    const page = await h.openArticle(thanhhoa.host, thanhhoa.path);
    const body = await page.locator(`${thanhhoa.bodySelector} p`).nth(5).innerText();
    const passage = body.slice(0, 70).replace(/\s+\S*$/, '');
    await highlight(page, passage);
    const placedBefore = await userHighlights(page);
    const html = readFileSync(pageFile(thanhhoa), 'utf8').replace(passage, '');
    expect(html).not.toContain(passage);
    h.server.setOverride(thanhhoa.host, thanhhoa.path, html);
    try {
      await page.reload();
      await waitForPageState(page, (state) => state.ready && state.annotations.length > 0);
      // Every other annotation is placed again on its own text; the deleted one nowhere.
      const placed = await userHighlights(page);
      expect(placed.sort()).toEqual(placedBefore.filter((t) => t !== passage).sort());
      const sw = h.serviceWorker;
      const stored = await sw.evaluate(async (q) => {
        const db = await new Promise<IDBDatabase>((resolve, reject) => {
          const r = indexedDB.open('govmark');
          r.onsuccess = () => resolve(r.result);
          r.onerror = () => reject(r.error);
        });
        const all = await new Promise<{ quote: string }[]>((resolve) => {
          const req = db.transaction('annotations').objectStore('annotations').getAll();
          req.onsuccess = () => resolve(req.result as { quote: string }[]);
        });
        db.close();
        return all.some((a) => a.quote === q);
      }, passage);
      expect(stored).toBe(true);
    } finally {
      h.server.setOverride(thanhhoa.host, thanhhoa.path, null);
    }
    await page.close();
  });

  it('tracks a directive as a task and lists it in the popup', async () => {
    const page = await h.openArticle(ninhthuan.host, ninhthuan.path);
    const directive = 'Tiếp tục rà soát, đánh giá, thực hiện hoàn thành các nhiệm vụ trọng tâm';
    await selectText(page, directive, ninhthuan.bodySelector);
    await clickToolbarButton(page, 'Track as task');
    await expect.poll(() => uiStatus(page)).toBe('Task tracked');
    const popup = await h.openExtensionPage('popup');
    await popup.waitForSelector('[data-ready]');
    await expect.poll(() => popup.locator('body').innerText(), { timeout: 10_000 }).toContain('rà soát, đánh giá');
    await popup.close();
    await page.close();
  });

  it('treats the NFD page like the NFC one: findings painted, highlights stored in NFC', async () => {
    const page = await h.openArticle(travinhNfd.host, travinhNfd.path);
    expect(await waitForGovMark(page)).toBe('article');
    const painted = await readHighlights(page);
    const nfc = pages.find((p) => p.seed === travinhNfd.seed && p.kind === 'article')!;
    const other = await h.openArticle(nfc.host, nfc.path);
    const paintedNfc = await readHighlights(other);
    const norm = (r: Record<string, string[]>) =>
      Object.fromEntries(Object.entries(r).map(([k, v]) => [k, v.map((s) => s.normalize('NFC'))]));
    expect(norm(painted)).toEqual(norm(paintedNfc));
    const text = (await page.locator(`${travinhNfd.bodySelector} p`).first().innerText())
      .slice(0, 40)
      .replace(/\s+\S*$/, '');
    await selectText(page, text, travinhNfd.bodySelector);
    await clickToolbarButton(page, 'Highlight');
    await expect.poll(() => userHighlights(page)).toContain(text.normalize('NFC'));
    await page.close();
    await other.close();
  });
});
