// Real-browser harness: the built extension in Chromium, the demo portal site on loopback under
// its real host names. A missing browser or build fails the suite with a clear message.
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
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
