// Real-Firefox harness: the Firefox build of the extension as a temporary add-on, the demo portal
// site on loopback as the profile's proxy. A missing Firefox or build fails the suite with a
// clear message, as the Chromium harness does.
import type { Page } from 'puppeteer-core';
import { type DemoServer, startDemoServer } from '../../scripts/demo-server';
import { type FirefoxSession, launchFirefoxWithExtension } from '../../scripts/lib/launch-firefox';

export interface FirefoxHarness extends FirefoxSession {
  server: DemoServer;
  /** Opens a demo page and waits until GovMark has analysed it. */
  openArticle(host: string, pagePath: string): Promise<Page>;
  shutdown(): Promise<void>;
}

export async function startFirefoxHarness(opts: { lang?: string } = {}): Promise<FirefoxHarness> {
  const server = await startDemoServer({ port: 0 });
  let session: FirefoxSession;
  try {
    session = await launchFirefoxWithExtension({ proxyPort: server.port, lang: opts.lang });
  } catch (error) {
    await server.close();
    throw error;
  }
  return {
    ...session,
    server,
    async openArticle(host, pagePath) {
      const page = await session.browser.newPage();
      await page.goto(server.url(host, pagePath));
      await page.waitForFunction(() => document.documentElement.hasAttribute('data-govmark'), { timeout: 20_000 });
      return page;
    },
    async shutdown() {
      await session.close();
      await server.close();
    },
  };
}

/** Texts of the ranges in each `govmark-*` highlight of the page's CSS highlight registry. */
export function readHighlights(page: Page): Promise<Record<string, string[]>> {
  return page.evaluate(() => {
    const out: Record<string, string[]> = {};
    if (!('highlights' in CSS)) return out;
    CSS.highlights.forEach((highlight, name) => {
      if (!name.startsWith('govmark-')) return;
      out[name] = [...highlight].map((r) => (r as Range).toString().normalize('NFC'));
    });
    return out;
  });
}

/** Selects the first occurrence of `text` in the page and releases the mouse, as after a drag. */
export async function selectText(page: Page, text: string): Promise<void> {
  const found = await page.evaluate((text) => {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const i = (n.nodeValue ?? '').indexOf(text);
      if (i < 0) continue;
      const range = document.createRange();
      range.setStart(n, i);
      range.setEnd(n, i + text.length);
      const selection = getSelection()!;
      selection.removeAllRanges();
      selection.addRange(range);
      const rect = range.getBoundingClientRect();
      document.dispatchEvent(new MouseEvent('mouseup', { bubbles: true, clientX: rect.right, clientY: rect.bottom }));
      return true;
    }
    return false;
  }, text);
  if (!found) throw new Error(`Text not found: ${text}`);
}

/** Clicks a button of GovMark's in-page toolbar (it lives in an open shadow root). */
export async function clickToolbarButton(page: Page, label: string): Promise<void> {
  const button = await page.waitForSelector(`govmark-ui >>> button[aria-label="${label}"]`, { timeout: 10_000 });
  await button!.click();
}

/**
 * The quotes of the reader's annotations the page placed, asked of its content script from an
 * extension page (the reader's highlights are painted where the page cannot read them).
 */
export async function placedQuotes(h: FirefoxHarness, page: Page): Promise<string[]> {
  const url = await page.evaluate(() => location.href);
  const popup = await h.openExtensionPage('popup');
  try {
    const state = (await popup.evaluate(async (url) => {
      type Tabs = {
        query(q: object): Promise<{ id?: number; url?: string }[]>;
        sendMessage(tabId: number, message: unknown): Promise<unknown>;
      };
      const api = (globalThis as unknown as { browser: { tabs: Tabs } }).browser;
      const tab = (await api.tabs.query({})).find((t) => t.url === url);
      if (tab?.id === undefined) return null;
      return api.tabs.sendMessage(tab.id, { type: 'page/state', payload: {} });
    }, url)) as { annotations: { quote: string; anchored: boolean }[] } | null;
    return (state?.annotations ?? []).filter((a) => a.anchored).map((a) => a.quote.normalize('NFC'));
  } finally {
    await popup.close();
  }
}
