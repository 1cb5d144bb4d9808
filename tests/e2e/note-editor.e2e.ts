// Write where you read (issue 13.3): "Ghi chú / Add note" opens a note editor beside the passage,
// an extension page framed in GovMark's closed shadow root. A note typed there with the real
// keyboard is saved (the side panel shows it), while a script of the page that listens to every
// key and input event in the capture phase and walks the DOM, shadow roots and frames included,
// finds none of it. Tags complete from the reader's existing tags; a click on a highlight opens
// its note again; Escape closes; a failed save keeps the text and says why. In Vietnamese, then
// in English after the reader switched the language on the options page (the open article's
// toolbar follows without a reload).
import { readFileSync } from 'node:fs';
import type { Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AnnotationRecord } from '../../utils/model/records';
import {
  clickText,
  clickToolbarButton,
  type Harness,
  noteEditorFrame,
  pageUi,
  selectText,
  sendFromExtensionPage,
  startHarness,
  uiStatus,
  waitForPageState,
} from './harness';
import { demoPages, pageFile } from './pages';
import { readAnnotations } from './task-helpers';

const article = demoPages().find((p) => p.goldId === 'own-001')!;

/** The page's own spy: every key and input event it can hear, and a walk of all it can reach. */
const SPY = `
  window.__heard = [];
  for (const target of [window, document]) {
    for (const type of ['keydown', 'keypress', 'keyup', 'beforeinput', 'input', 'compositionend', 'paste']) {
      target.addEventListener(type, (e) => {
        window.__heard.push(type + ':' + (e.key || e.data || '') + ':' + ((e.target && e.target.value) || ''));
      }, true);
    }
  }
  window.__reach = () => {
    const texts = [];
    const frames = [];
    const visit = (root) => {
      for (const el of root.querySelectorAll('*')) {
        texts.push(el.localName, ...el.getAttributeNames().map((n) => n + '=' + el.getAttribute(n)));
        if ('value' in el && typeof el.value === 'string') texts.push(el.value);
        if (el.shadowRoot) visit(el.shadowRoot);
        if (el.localName === 'iframe') {
          try { frames.push('iframe:' + (el.contentDocument ? el.contentDocument.documentElement.outerHTML : 'null')); }
          catch (error) { frames.push('iframe:' + error.name); }
        }
      }
    };
    visit(document);
    for (let i = 0; i < window.frames.length; i++) {
      try { frames.push('frame:' + window.frames[i].document.documentElement.outerHTML); }
      catch (error) { frames.push('frame:' + error.name); }
    }
    return {
      html: document.documentElement.outerHTML,
      text: document.documentElement.textContent,
      texts: texts.join(' '),
      frames,
      iframes: document.querySelectorAll('iframe').length,
      entries: performance.getEntries().map((e) => e.name).join(' '),
    };
  };
`;

interface Reach {
  html: string;
  text: string;
  texts: string;
  frames: string[];
  iframes: number;
  entries: string;
}

const LANGS = {
  vi: {
    note: 'Ghi chú',
    saved: 'Đã lưu ghi chú',
    save: 'Lưu',
    notFound: /Không tìm thấy mục này/,
    kept: /nội dung bạn gõ vẫn còn đây/,
    toolbarHighlight: 'Tô sáng',
    noteText: 'Hỏi lại Sở Tài chính về số liệu GMX-7421 trước phiên họp',
    quote: 'Sở Xây dựng khẩn trương kiểm tra an toàn các công trình giao thông',
    newTag: 'khẩn cấp',
  },
  en: {
    note: 'Add note',
    saved: 'Note saved',
    save: 'Save',
    notFound: /This item was not found/,
    kept: /what you typed is still here/,
    toolbarHighlight: 'Highlight',
    noteText: 'Ask the finance department about figure QZW-3958 before the meeting',
    quote: 'rà soát, tổng hợp đầy đủ thiệt hại, đề xuất mức hỗ trợ cho các hộ dân',
    newTag: 'follow up',
  },
} as const;

let h: Harness;
let library: Page;

beforeAll(async () => {
  h = await startHarness({ lang: 'vi-VN' });
  library = await h.openExtensionPage('dashboard');
  // A tag already in use, on another article: the editor offers it.
  const seeded = await sendFromExtensionPage(library, {
    type: 'annotation/create',
    payload: {
      articleUrl: 'https://khanhhoa.gov.vn/Pages/tin-tuc/bai-cu.aspx',
      selectors: [{ type: 'TextQuoteSelector', exact: 'đoạn cũ', prefix: '', suffix: '' }],
      anchoringVersion: 1,
      quote: 'đoạn cũ',
      kind: 'highlight',
      color: 'green',
      tags: ['Ngân sách tỉnh'],
      note: '',
      finding: null,
    },
  });
  expect(seeded).toMatchObject({ ok: true });
});

afterAll(async () => {
  await h?.shutdown();
});

/** The article as served, with the page's spy in its head. */
async function openSpiedArticle(): Promise<Page> {
  const html = readFileSync(pageFile(article), 'utf8').replace('</head>', `<script>${SPY}</script></head>`);
  h.server.setOverride(article.host, article.path, html);
  const page = await h.openArticle(article.host, article.path);
  // An action that cannot happen fails with its own message, before the test's time is up.
  page.setDefaultTimeout(15_000);
  await waitForPageState(page, (state) => state.ready);
  return page;
}

async function annotationWithQuote(quote: string): Promise<AnnotationRecord | undefined> {
  return (await readAnnotations(library)).find((a) => a.quote.normalize('NFC') === quote.normalize('NFC'));
}

/** Types into a field of the editor with the real keyboard, after a real click into it. */
async function typeInto(page: Page, frame: Frame, selector: string, text: string): Promise<void> {
  const field = frame.locator(selector);
  await field.click();
  // Under load the frame can take the click before it takes focus; keys sent earlier are lost.
  await expect.poll(() => field.evaluate((el) => el.ownerDocument.activeElement === el)).toBe(true);
  await page.keyboard.type(text, { delay: 5 });
}

/**
 * The page heard no key and no input since `heardBefore` events, and finds neither the note
 * (its word with digits) nor the tag anywhere it can walk, frames included.
 */
async function expectOutOfReach(page: Page, note: string, tag: string, heardBefore: number): Promise<void> {
  const heard = await page.evaluate(() => (window as unknown as { __heard: string[] }).__heard);
  expect(heard.slice(heardBefore)).toEqual([]);
  const marker = note.split(' ').find((word) => /\d/.test(word))!;
  const reach = (await page.evaluate(() => (window as unknown as { __reach(): unknown }).__reach())) as Reach;
  for (const where of [reach.html, reach.text, reach.texts, reach.frames.join(' '), reach.entries]) {
    expect(where).not.toContain(marker);
    expect(where).not.toContain(tag);
  }
  // No iframe in the DOM it can query, and none among window.frames: a frame inside a closed
  // shadow root is not one of the page's named child frames (seen empty while the editor is open).
  expect(reach.iframes).toBe(0);
  expect(reach.frames).toEqual([]);
}

async function editorOpen(page: Page): Promise<boolean> {
  return (await pageUi(page))?.editor !== null;
}

describe.each(['vi', 'en'] as const)('the in-page note editor (%s)', (lang) => {
  const words = LANGS[lang];

  it('saves a note typed with the real keyboard, and the page hears and finds none of it', async () => {
    if (lang === 'en') {
      // The reader switches the language on the options page; the open article follows.
      const page = await openSpiedArticle();
      const options = await h.openExtensionPage('options');
      await options.getByRole('radio', { name: 'English' }).check();
      await page.bringToFront();
      await selectText(page, words.quote);
      await expect.poll(async () => (await pageUi(page))?.controls.map((c) => c.label)).toContain('Add note');
      await options.close();
      await page.close();
    }
    const page = await openSpiedArticle();
    await selectText(page, words.quote);
    await clickToolbarButton(page, words.note);
    const frame = await noteEditorFrame(page);
    await expect.poll(() => frame.locator('blockquote').textContent()).toBe(words.quote);
    const heardBefore = await page.evaluate(() => (window as unknown as { __heard: string[] }).__heard.length);

    await typeInto(page, frame, 'textarea', words.noteText);
    // Tags complete from the reader's own: "ngan" offers "Ngân sách tỉnh".
    await typeInto(page, frame, '#tags', 'ngan');
    const option = frame.getByRole('option', { name: 'Ngân sách tỉnh' });
    await option.waitFor();
    await page.keyboard.press('Enter');
    await expect.poll(() => frame.locator('#tags').inputValue()).toBe('Ngân sách tỉnh, ');
    await page.keyboard.type(words.newTag, { delay: 5 });
    // While the editor is open and holds the note, the page reaches none of it.
    expect((await pageUi(page))?.editor).not.toBeNull();
    await expectOutOfReach(page, words.noteText, words.newTag, heardBefore);
    await frame.getByRole('button', { name: words.save, exact: true }).click();

    await expect.poll(() => uiStatus(page)).toBe(words.saved);
    expect(await editorOpen(page)).toBe(false);
    await expect
      .poll(() => annotationWithQuote(words.quote))
      .toMatchObject({ note: words.noteText, tags: ['Ngân sách tỉnh', words.newTag] });

    // Nor once it is saved and the editor gone.
    await expectOutOfReach(page, words.noteText, words.newTag, heardBefore);

    // The side panel beside the article shows the note.
    const panel = await h.openExtensionPage('sidepanel');
    await page.bringToFront();
    const card = panel.locator('.annotation-card').filter({ hasText: words.quote });
    await card.waitFor({ timeout: 20_000 });
    await expect.poll(() => card.locator('textarea').inputValue()).toBe(words.noteText);
    await panel.close();

    // A click on the highlight opens its note again; Escape closes the editor.
    await page.bringToFront();
    await clickText(page, words.quote);
    const again = await noteEditorFrame(page);
    await expect.poll(() => again.locator('textarea').inputValue()).toBe(words.noteText);
    // Escape in the page keeps an editor that holds unsaved text; its own Escape closes it.
    await typeInto(page, again, 'textarea', '!');
    // The key reached the editor (where the click put the caret), then the page was told.
    await expect.poll(() => again.locator('textarea').inputValue()).toHaveLength(words.noteText.length + 1);
    await expect.poll(async () => (await pageUi(page))?.editor?.dirty).toBe(true);
    await page.mouse.click(4, 200);
    await page.keyboard.press('Escape');
    await page.waitForTimeout(300);
    expect(await editorOpen(page)).toBe(true);
    await again.locator('textarea').click();
    await page.keyboard.press('Escape');
    await expect.poll(() => editorOpen(page)).toBe(false);
    expect((await annotationWithQuote(words.quote))?.note).toBe(words.noteText);
    await page.close();
  });

  it('keeps what was typed when the save fails, and says why', async () => {
    const page = await openSpiedArticle();
    await clickText(page, words.quote);
    const frame = await noteEditorFrame(page);
    await expect.poll(() => frame.locator('textarea').inputValue()).toBe(words.noteText);
    // The annotation is deleted elsewhere (the library) while the editor is open.
    const saved = await annotationWithQuote(words.quote);
    expect(
      await sendFromExtensionPage(library, { type: 'annotation/delete', payload: { ids: [saved!.id] } }),
    ).toMatchObject({ ok: true });
    await frame.locator('textarea').click();
    await page.keyboard.press('End');
    await page.keyboard.type(' 2', { delay: 5 });
    await frame.getByRole('button', { name: words.save, exact: true }).click();
    const alert = frame.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toMatch(words.notFound);
    expect(await alert.textContent()).toMatch(words.kept);
    expect(await frame.locator('textarea').inputValue()).toBe(`${words.noteText} 2`);
    expect(await editorOpen(page)).toBe(true);
    await page.close();
  });
});
