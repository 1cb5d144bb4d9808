// Real-browser harness: the built extension in Chromium, the demo portal site on loopback under
// its real host names. A missing browser or build fails the suite with a clear message.
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Page, Worker } from 'playwright-core';
import type { PageState } from '../../utils/messaging/page-state';
import { startDemoServer, hostResolverRules } from '../../scripts/demo-server';
import { EXTENSION_DIR, launchWithExtension, type ExtensionSession } from '../../scripts/lib/launch-extension';

export type DemoServer = Awaited<ReturnType<typeof startDemoServer>>;

export interface Harness extends ExtensionSession {
  server: DemoServer;
  /** Opens a demo page, e.g. open('ninhthuan.gov.vn', '/...'), and waits until GovMark has analysed it. */
  openArticle(host: string, pagePath: string): Promise<Page>;
  openExtensionPage(name: 'popup' | 'sidepanel' | 'dashboard' | 'options' | 'welcome', query?: string): Promise<Page>;
  shutdown(): Promise<void>;
}

export async function startHarness(opts: { lang?: string } = {}): Promise<Harness> {
  if (!existsSync(path.join(EXTENSION_DIR, 'manifest.json'))) {
    throw new Error(`The extension is not built (${EXTENSION_DIR}): run \`npm run build\` first.`);
  }
  const server = await startDemoServer({ port: 0 });
  let session: ExtensionSession;
  try {
    session = await launchWithExtension({ hostResolverRules: hostResolverRules(server.port), lang: opts.lang });
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

/** The content script marks the document root when its first analysis is done (attribute only, no content). */
export async function waitForGovMark(page: Page): Promise<string> {
  await page.waitForFunction(() => document.documentElement.hasAttribute('data-govmark'), null, { timeout: 20_000 });
  return (await page.getAttribute('html', 'data-govmark')) ?? '';
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

/** Selects the first occurrence of `text` inside the element matching `within` (page main world). */
export async function selectText(page: Page, text: string, within = 'body'): Promise<void> {
  const found = await page.evaluate(
    ({ text, within }) => {
      const root = document.querySelector(within);
      if (!root) return false;
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const i = (n.nodeValue ?? '').indexOf(text);
        if (i < 0) continue;
        const range = document.createRange();
        range.setStart(n, i);
        range.setEnd(n, i + text.length);
        const sel = getSelection()!;
        sel.removeAllRanges();
        sel.addRange(range);
        const rect = range.getBoundingClientRect();
        // Mouse-up is what the page toolbar listens for, as after a real drag selection.
        document.dispatchEvent(new MouseEvent('mouseup', { bubbles: true, clientX: rect.right, clientY: rect.bottom }));
        return true;
      }
      return false;
    },
    { text, within },
  );
  if (!found) throw new Error(`Text not found in ${within}: ${text}`);
}

/** The parts of the extension API the harness calls inside the extension's own contexts. */
interface ExtensionApi {
  tabs: {
    query(filter: object): Promise<{ id?: number; url?: string }[]>;
    sendMessage(tabId: number, message: unknown): Promise<unknown>;
  };
  runtime: { sendMessage(message: unknown): Promise<unknown> };
}

/**
 * Asks the content script of `page`'s tab what it holds (the `page/state` tab message), as the
 * popup does; null while no content script answers. The newest tab showing the page's URL is asked.
 */
export async function pageState(sw: Worker, page: Page): Promise<PageState | null> {
  return (await sw.evaluate(
    async ({ url }) => {
      const api = (globalThis as unknown as { chrome: ExtensionApi }).chrome;
      const tabs = (await api.tabs.query({})).filter((tab) => tab.url === url && tab.id !== undefined);
      const tab = tabs.sort((a, b) => (b.id ?? 0) - (a.id ?? 0))[0];
      if (!tab?.id) return null;
      try {
        return (await api.tabs.sendMessage(tab.id, { type: 'page/state', payload: {} })) ?? null;
      } catch {
        return null;
      }
    },
    { url: page.url() },
  )) as PageState | null;
}

/** Waits until the page's content script has read the page and placed its saved annotations. */
export async function waitForPageState(
  sw: Worker,
  page: Page,
  ready: (state: PageState) => boolean = () => true,
  timeout = 20_000,
): Promise<PageState> {
  const deadline = Date.now() + timeout;
  for (;;) {
    const state = await pageState(sw, page);
    if (state && ready(state)) return state;
    if (Date.now() > deadline) throw new Error(`No page state as expected for ${page.url()}: ${JSON.stringify(state)}`);
    await page.waitForTimeout(100);
  }
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
