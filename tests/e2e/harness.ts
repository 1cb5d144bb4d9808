// Real-browser harness: the built extension in Chromium, the demo portal site on loopback under
// its real host names. A missing browser or build fails the suite with a clear message.
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Page, Worker } from 'playwright-core';
import { type ExtensionApi, waitForGovMark } from '../../scripts/lib/drive-page';
import { startDemoServer, hostResolverRules } from '../../scripts/demo-server';
import { EXTENSION_DIR, launchWithExtension, type ExtensionSession } from '../../scripts/lib/launch-extension';

export {
  clickToolbarButton,
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
