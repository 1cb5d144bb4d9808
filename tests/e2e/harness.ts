// Real-browser harness: the built extension in Chromium, the demo portal site on loopback under
// its real host names. A missing browser or build fails the suite with a clear message.
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Page, Worker } from 'playwright-core';
import { type ExtensionApi, waitForGovMark } from '../../scripts/lib/drive-page';
import { startDemoServer, hostResolverRules } from '../../scripts/demo-server';
import { EXTENSION_DIR, launchWithExtension, type ExtensionSession } from '../../scripts/lib/launch-extension';

export {
  clickText,
  clickToolbarButton,
  hoverFinding,
  noteEditorFrame,
  pageState,
  pageUi,
  selectText,
  uiStatus,
  waitForGovMark,
  waitForPageState,
} from '../../scripts/lib/drive-page';

export type DemoServer = Awaited<ReturnType<typeof startDemoServer>>;

export interface Harness extends ExtensionSession {
  server: DemoServer;
  /** Opens a demo page, e.g. open('ninhthuan.gov.vn', '/...'), and waits until GovMark has analysed it. */
  openArticle(host: string, pagePath: string): Promise<Page>;
  openExtensionPage(name: 'popup' | 'sidepanel' | 'dashboard' | 'options' | 'welcome', query?: string): Promise<Page>;
  shutdown(): Promise<void>;
}

export async function startHarness(opts: { lang?: string; userDataDir?: string } = {}): Promise<Harness> {
  if (!existsSync(path.join(EXTENSION_DIR, 'manifest.json'))) {
    throw new Error(`The extension is not built (${EXTENSION_DIR}): run \`npm run build\` first.`);
  }
  const server = await startDemoServer({ port: 0 });
  let session: ExtensionSession;
  try {
    session = await launchWithExtension({
      hostResolverRules: hostResolverRules(server.port),
      lang: opts.lang,
      userDataDir: opts.userDataDir,
    });
  } catch (error) {
    await server.close();
    throw error;
  }
  return {
    ...session,
    server,
    async openArticle(host, pagePath) {
      const page = await session.context.newPage();
      await page.goto(server.url(host, pagePath));
      await waitForGovMark(page);
      return page;
    },
    async openExtensionPage(name, query = '') {
      const page = await session.context.newPage();
      await page.goto(`chrome-extension://${session.extensionId}/${name}.html${query}`);
      return page;
    },
    async shutdown() {
      await session.close();
      await server.close();
    },
  };
}

/** Texts of the ranges in each `govmark-*` highlight of the page's CSS highlight registry. */
export async function readHighlights(page: Page): Promise<Record<string, string[]>> {
  return page.evaluate(() => {
    const out: Record<string, string[]> = {};
    if (!('highlights' in CSS)) return out;
    CSS.highlights.forEach((highlight, name) => {
      if (!name.startsWith('govmark-')) return;
      out[name] = [...highlight].map((r) => (r as Range).toString());
    });
    return out;
  });
}

/** Every record of one of the extension's IndexedDB stores, read in the service worker. */
export async function storedRecords<T>(sw: Worker, store: 'annotations' | 'tasks' | 'articles'): Promise<T[]> {
  return (await sw.evaluate(async (name) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('govmark');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    try {
      return await new Promise<unknown[]>((resolve, reject) => {
        const request = db.transaction(name).objectStore(name).getAll();
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
    } finally {
      db.close();
    }
  }, store)) as T[];
}

/** Sends a background message from an extension page (messages that only the extension's pages may send). */
export async function sendFromExtensionPage(extensionPage: Page, message: unknown): Promise<unknown> {
  return extensionPage.evaluate(async (message) => {
    const api = (globalThis as unknown as { chrome: ExtensionApi }).chrome;
    return api.runtime.sendMessage(message);
  }, message);
}

/**
 * Sends a tab message (utils/messaging/tab-messages.ts) to `page`'s content script from an
 * extension page, as the popup and the side panel do: tests learn the extension's state from
 * the extension, not from anything left in the page's DOM.
 */
export async function askTab<T = unknown>(
  h: Pick<Harness, 'context' | 'extensionId'>,
  page: Page,
  type: string,
  payload: unknown = {},
): Promise<T> {
  const helper = await extensionHelper(h);
  return helper.evaluate(
    async ({ url, message }) => {
      const { chrome } = globalThis as unknown as {
        chrome: {
          tabs: {
            query(q: object): Promise<{ id?: number; url?: string }[]>;
            sendMessage(tabId: number, message: unknown): Promise<unknown>;
          };
        };
      };
      const tabs = await chrome.tabs.query({});
      const tab = tabs.find((t) => t.url === url);
      if (tab?.id === undefined) throw new Error(`no tab at ${url}`);
      return chrome.tabs.sendMessage(tab.id, message);
    },
    { url: page.url(), message: { type, payload } },
  ) as Promise<T>;
}

const helpers = new WeakMap<object, Promise<Page>>();

/** One extension page per browser for `askTab` and for decoding screenshots. */
function extensionHelper(h: Pick<Harness, 'context' | 'extensionId'>): Promise<Page> {
  let helper = helpers.get(h.context);
  if (!helper) {
    helper = h.context.newPage().then(async (page) => {
      await page.goto(`chrome-extension://${h.extensionId}/popup.html`);
      return page;
    });
    helpers.set(h.context, helper);
  }
  return helper;
}

/** The quotes of the reader's annotations the page placed (from the content script's own state). */
export async function placedQuotes(h: Pick<Harness, 'context' | 'extensionId'>, page: Page): Promise<string[]> {
  const state = await askTab<{ annotations: { quote: string; anchored: boolean }[] } | undefined>(
    h,
    page,
    'page/state',
  );
  return (state?.annotations ?? []).filter((a) => a.anchored).map((a) => a.quote.normalize('NFC'));
}

/**
 * The colours on screen behind the first occurrence of `text` in `within`: a screenshot of its
 * first line box, decoded in an extension page. What the reader sees, whatever paints it.
 */
export async function coloursBehind(
  h: Pick<Harness, 'context' | 'extensionId'>,
  page: Page,
  text: string,
  within = 'body',
  /** Only this many rows from the top of the line box (an outline's top edge). */
  rows?: number,
): Promise<[number, number, number][]> {
  // Opened first: a new page becomes the active tab, which the side panel follows.
  const helper = await extensionHelper(h);
  const box = await page.evaluate(
    ({ text, within, rows }) => {
      const root = document.querySelector(within);
      if (!root) return null;
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const i = (n.nodeValue ?? '').indexOf(text);
        if (i < 0) continue;
        const range = document.createRange();
        range.setStart(n, i);
        range.setEnd(n, i + text.length);
        (n.parentElement as Element).scrollIntoView({ block: 'center' });
        const r = range.getClientRects()[0];
        return { x: r.left, y: r.top, width: Math.min(r.width, 200), height: rows ?? r.height };
      }
      return null;
    },
    { text, within, rows },
  );
  if (!box) throw new Error(`Text not found in ${within}: ${text}`);
  // A tab in the background gets no animation frames: the layer draws in one.
  await page.bringToFront();
  // Two frames for the layer to follow the scroll.
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  const png = await page.screenshot({ clip: box });
  return helper.evaluate(async (base64) => {
    const image = new Image();
    image.src = `data:image/png;base64,${base64}`;
    await image.decode();
    const canvas = new OffscreenCanvas(image.width, image.height);
    const context = canvas.getContext('2d')!;
    context.drawImage(image, 0, 0);
    const data = context.getImageData(0, 0, image.width, image.height).data;
    const out: [number, number, number][] = [];
    for (let i = 0; i < data.length; i += 4) out.push([data[i], data[i + 1], data[i + 2]]);
    return out;
  }, png.toString('base64'));
}
