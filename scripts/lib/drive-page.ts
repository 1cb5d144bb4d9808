// Drives GovMark's in-page UI in Chromium as a reader does and asks the extension what the page
// holds: real mouse input (CDP events, trusted like the reader's own) and tab messages sent from
// the extension's service worker. GovMark leaves no marks on the page and its UI sits in a closed
// shadow root, so this is the only way in. Shared by the end-to-end suite and `npm start`.
import type { Frame, Page, Worker } from 'playwright-core';
import type { OverlayState, PageState } from '../../utils/messaging/page-state';

/** The parts of the extension API called inside the extension's own contexts. */
export interface ExtensionApi {
  tabs: {
    query(filter: object): Promise<{ id?: number; url?: string }[]>;
    sendMessage(tabId: number, message: unknown): Promise<unknown>;
  };
  runtime: { sendMessage(message: unknown): Promise<unknown> };
}

/** The extension's service worker in the page's browser (the one that may message tabs). */
function extensionWorker(page: Page): Worker {
  const worker = page
    .context()
    .serviceWorkers()
    .filter((w) => w.url().startsWith('chrome-extension://'))
    .at(-1);
  if (!worker) throw new Error('The extension has no service worker.');
  return worker;
}

/**
 * Sends a tab message to the content script of `page`'s tab, as the popup does; null while no
 * content script answers. The newest tab showing the page's URL is asked.
 */
async function askTab(page: Page, type: 'page/state' | 'page/ui'): Promise<unknown> {
  return extensionWorker(page).evaluate(
    async ({ url, type }) => {
      const api = (globalThis as unknown as { chrome: ExtensionApi }).chrome;
      const tabs = (await api.tabs.query({})).filter((tab) => tab.url === url && tab.id !== undefined);
      const tab = tabs.sort((a, b) => (b.id ?? 0) - (a.id ?? 0))[0];
      if (!tab?.id) return null;
      try {
        return (await api.tabs.sendMessage(tab.id, { type, payload: {} })) ?? null;
      } catch {
        return null;
      }
    },
    { url: page.url(), type },
  );
}

/** What the content script of `page` holds (the `page/state` tab message), or null. */
export async function pageState(page: Page): Promise<PageState | null> {
  return (await askTab(page, 'page/state')) as PageState | null;
}

/** Waits until the page's content script answers with a state that satisfies `ready`. */
export async function waitForPageState(
  page: Page,
  ready: (state: PageState) => boolean = () => true,
  timeout = 20_000,
): Promise<PageState> {
  const deadline = Date.now() + timeout;
  for (;;) {
    const state = await pageState(page);
    if (state && ready(state)) return state;
    if (Date.now() > deadline) throw new Error(`No page state as expected for ${page.url()}: ${JSON.stringify(state)}`);
    await page.waitForTimeout(100);
  }
}

/**
 * Waits until GovMark has read the page and placed its saved annotations (asked through the
 * `page/state` tab message: GovMark leaves no marks on the page) and says what it found.
 */
export async function waitForGovMark(page: Page): Promise<'article' | 'not-article'> {
  const state = await waitForPageState(page, (s) => s.ready);
  return state.isArticle ? 'article' : 'not-article';
}

/**
 * What selecting text needs of a browser page, whichever library drives it: Playwright's page
 * (Chromium, over CDP) fits as it is; Puppeteer's (Firefox, over WebDriver BiDi) through
 * `tests/e2e/firefox-harness.ts`. One drag for both browsers, so a fix for a drag that missed
 * under load reaches both.
 */
export interface TextDriver {
  /** Runs `fn` in the page with one JSON-safe argument and returns its JSON-safe result. */
  evaluate<R, A>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R>;
  mouse: {
    move(x: number, y: number, options?: { steps?: number }): Promise<unknown>;
    down(): Promise<unknown>;
    up(): Promise<unknown>;
  };
  bringToFront(): Promise<unknown>;
}

/** Where a drag must start and end to select a stretch of text, in viewport pixels. */
interface DragPoints {
  from: { x: number; y: number };
  to: { x: number; y: number };
}

/**
 * Scrolls the first occurrence of `text` inside `within` into view and measures where a drag must
 * press and release to select it, once the page has stopped moving: the characters' client rects
 * are measured frame after frame until two measurements agree (a page that is still laying out,
 * scrolling smoothly or loading images under load would otherwise move the words away from the
 * points), and each point must hit-test back to the character it was measured on. Null when the
 * text is not there; a string that says why when the page would not hold still.
 */
async function measureDrag(page: TextDriver, text: string, within: string): Promise<DragPoints | string | null> {
  return page.evaluate<DragPoints | string | null, { text: string; within: string }>(
    async ({ text, within }) => {
      const root = document.querySelector(within);
      if (!root) return null;
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      let node: Text | null = null;
      let at = -1;
      for (let n = walker.nextNode() as Text | null; n; n = walker.nextNode() as Text | null) {
        at = n.data.indexOf(text);
        if (at >= 0) {
          node = n;
          break;
        }
      }
      if (!node) return null;
      const n = node;
      // A press inside an existing selection would drag it instead of starting a new one.
      getSelection()?.removeAllRanges();
      n.parentElement?.scrollIntoView({ block: 'center', behavior: 'instant' });
      // A frame, or a moment where the tab gets no frames (a tab in the background).
      const frame = () =>
        new Promise<void>((resolve) => {
          requestAnimationFrame(() => resolve());
          setTimeout(resolve, 100);
        });
      const charRect = (offset: number) => {
        const range = document.createRange();
        range.setStart(n, offset);
        range.setEnd(n, offset + 1);
        const rects = range.getClientRects();
        return rects[rects.length - 1] ?? range.getBoundingClientRect();
      };
      const measure = () => {
        const first = charRect(at);
        const last = charRect(at + text.length - 1);
        return {
          from: { x: first.left + Math.min(1, first.width / 4), y: first.top + first.height / 2 },
          to: { x: last.right - Math.min(1, last.width / 4), y: last.top + last.height / 2 },
        };
      };
      // The caret a point falls on, as the browser resolves a press there.
      const caretAt = (x: number, y: number) => {
        const doc = document as Document & {
          caretPositionFromPoint?(x: number, y: number): { offsetNode: Node; offset: number } | null;
        };
        const position = doc.caretPositionFromPoint?.(x, y);
        if (position) return { node: position.offsetNode, offset: position.offset };
        const range = document.caretRangeFromPoint?.(x, y);
        return range ? { node: range.startContainer, offset: range.startOffset } : null;
      };
      // A caret at the same spot as offset `at` of the quote's node: no text between them (a quote
      // that ends where its node ends may resolve to the start of the next node).
      const sameSpot = (caret: { node: Node; offset: number }, at: number) => {
        if (caret.node === n) return caret.offset === at;
        const between = document.createRange();
        between.setStart(n, at);
        if (between.comparePoint(caret.node, caret.offset) >= 0) between.setEnd(caret.node, caret.offset);
        else between.setStart(caret.node, caret.offset);
        return between.toString() === '';
      };
      let previous = '';
      let why = 'the page did not hold still';
      for (let look = 0; look < 60; look++) {
        await frame();
        const points = measure();
        const key = JSON.stringify(points);
        if (key !== previous) {
          previous = key;
          continue;
        }
        const inView = [points.from, points.to].every(
          (p) => p.x >= 0 && p.y >= 0 && p.x < innerWidth && p.y < innerHeight,
        );
        if (!inView) {
          why = `the text is out of the viewport at ${key}`;
          n.parentElement?.scrollIntoView({ block: 'center', behavior: 'instant' });
          previous = '';
          continue;
        }
        const start = caretAt(points.from.x, points.from.y);
        const end = caretAt(points.to.x, points.to.y);
        if (start && end && sameSpot(start, at) && sameSpot(end, at + text.length)) return points;
        why = `the points hit other text (start ${start?.offset} of ${at}, end ${end?.offset} of ${at + text.length})`;
        previous = '';
      }
      return why;
    },
    { text, within },
  );
}

/**
 * Selects the first occurrence of `text` inside the element matching `within` as a reader does:
 * a real mouse drag (CDP input events, trusted like the reader's own) from its first character
 * to its last. The page's DOM is only read to find where the text is on screen. The positions are
 * measured again before every drag, after the text was scrolled into view and the page held
 * still, and the selection the drag made must be exactly `text`: under load a drag measured
 * too early overshot its quote. A drag that selected something else is tried again; after the
 * last try it fails saying what each drag selected.
 */
export async function selectText(page: TextDriver, text: string, within = 'body', tries = 4): Promise<void> {
  const squash = (s: string) => s.replace(/\s+/g, ' ').trim().normalize('NFC');
  const seen: string[] = [];
  // The reader drags in the tab in front; a tab behind another gets no frames to settle in.
  await page.bringToFront();
  for (let attempt = 1; attempt <= tries; attempt++) {
    const points = await measureDrag(page, text, within);
    if (points === null) throw new Error(`Text not found in ${within}: ${text}`);
    if (typeof points === 'string') {
      seen.push(`try ${attempt}: not dragged, ${points}`);
      continue;
    }
    await page.mouse.move(points.from.x, points.from.y);
    await page.mouse.down();
    await page.mouse.move(points.to.x, points.to.y, { steps: 8 });
    await page.mouse.up();
    const selected = await page.evaluate(() => getSelection()?.toString() ?? '', null);
    if (squash(selected) === squash(text)) return;
    seen.push(`try ${attempt}: selected "${selected}"`);
  }
  throw new Error(`Could not select "${text}" in ${within} with the mouse after ${tries} tries:\n${seen.join('\n')}`);
}

/** What GovMark's in-page UI shows (the `page/ui` tab message): its view, text, controls, status. */
export async function pageUi(page: Page): Promise<OverlayState | null> {
  return (await askTab(page, 'page/ui')) as OverlayState | null;
}

/** Clicks a control of GovMark's in-page UI (toolbar or card) by its label, with the real mouse. */
export async function clickToolbarButton(page: Page, label: string, timeout = 10_000): Promise<void> {
  const deadline = Date.now() + timeout;
  let seen: string | null = null;
  for (;;) {
    const control = (await pageUi(page))?.controls.find((c) => c.label === label);
    // Click once the control has stayed where it is for one more look: a toolbar that is still
    // being placed would take the click somewhere else.
    const where = control ? JSON.stringify(control) : null;
    if (control && where === seen) {
      await page.mouse.click(control.x + control.width / 2, control.y + control.height / 2);
      return;
    }
    seen = where;
    if (Date.now() > deadline) throw new Error(`No "${label}" in GovMark's UI: ${JSON.stringify(await pageUi(page))}`);
    await page.waitForTimeout(50);
  }
}

/** The short confirmation GovMark's UI shows (e.g. "Highlighted"), or null. */
export async function uiStatus(page: Page): Promise<string | null> {
  return (await pageUi(page))?.status ?? null;
}

/**
 * The in-page note editor once it is open and ready: the frame of the extension's own page that
 * GovMark placed in its closed shadow root. Playwright reaches it through the browser (CDP), not
 * through the page, which cannot; its fields are then driven with the real mouse and keyboard.
 */
export async function noteEditorFrame(page: Page, timeout = 10_000): Promise<Frame> {
  const deadline = Date.now() + timeout;
  for (;;) {
    const editor = (await pageUi(page))?.editor;
    // The newest attached one: a frame closed a moment ago may still be listed, detached.
    const frame = page
      .frames()
      .filter((f) => !f.isDetached() && f.url().startsWith('chrome-extension://') && f.url().includes('note-editor'))
      .at(-1);
    if (editor?.ready && frame) return frame;
    if (Date.now() > deadline) throw new Error(`No note editor on ${page.url()}: ${JSON.stringify(editor)}`);
    await page.waitForTimeout(50);
  }
}

/** Clicks the middle of the first occurrence of `text` in `within` with the real mouse (e.g. a highlight). */
export async function clickText(page: Page, text: string, within = 'body'): Promise<void> {
  const point = await page.evaluate(
    ({ text, within }) => {
      const root = document.querySelector(within);
      if (!root) return null;
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode() as Text | null; n; n = walker.nextNode() as Text | null) {
        const i = n.data.indexOf(text);
        if (i < 0) continue;
        getSelection()?.removeAllRanges();
        n.parentElement?.scrollIntoView({ block: 'center' });
        const range = document.createRange();
        range.setStart(n, i);
        range.setEnd(n, i + text.length);
        const r = range.getClientRects()[0];
        return { x: r.left + Math.min(r.width / 2, 40), y: r.top + r.height / 2 };
      }
      return null;
    },
    { text, within },
  );
  if (!point) throw new Error(`Text not found in ${within}: ${text}`);
  await page.mouse.click(point.x, point.y);
}

/**
 * Rests the real mouse on the first painted finding of `kind` whose text matches `pattern` (the
 * engine's findings are painted through the page's CSS highlight registry), so its card opens.
 * Returns the finding's text, or null when none is painted.
 */
export async function hoverFinding(page: Page, kind: string, pattern: RegExp = /./): Promise<string | null> {
  const target = await page.evaluate(
    ({ name, source }) => {
      const painted = CSS.highlights.get(name);
      if (!painted) return null;
      const ranges = [...(painted as unknown as Iterable<Range>)];
      const range = ranges.find((r) => new RegExp(source, 'u').test(r.toString())) ?? null;
      if (!range) return null;
      range.startContainer.parentElement?.scrollIntoView({ block: 'center' });
      const rect = range.getClientRects()[0];
      return { text: range.toString(), x: rect.left + Math.min(rect.width / 2, 10), y: rect.top + rect.height / 2 };
    },
    { name: `govmark-${kind}`, source: pattern.source },
  );
  if (!target) return null;
  // From the page's left edge at the same height first: the pointer then arrives as a reader's does.
  await page.mouse.move(2, target.y);
  await page.mouse.move(target.x, target.y, { steps: 4 });
  return target.text;
}
