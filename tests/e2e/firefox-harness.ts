// Real-Firefox harness: the Firefox build of the extension as a temporary add-on, the demo portal
// site on loopback as the profile's proxy. A missing Firefox or build fails the suite with a
// clear message, as the Chromium harness does.
import type { Frame, Page } from 'puppeteer-core';
import type { OverlayState, PageState } from '../../utils/messaging/page-state';
import { type DemoServer, startDemoServer } from '../../scripts/demo-server';
import { type TextDriver, selectText as driveSelectText } from '../../scripts/lib/drive-page';
import { type FirefoxSession, launchFirefoxWithExtension } from '../../scripts/lib/launch-firefox';

export interface FirefoxHarness extends FirefoxSession {
  server: DemoServer;
  /** Opens a demo page and waits until GovMark has analysed it. */
  openArticle(host: string, pagePath: string): Promise<Page>;
  /** What the content script of `page` holds (the `page/state` tab message), or null. */
  pageState(page: Page): Promise<PageState | null>;
  /** Waits until the content script of `page` answers with a state that satisfies `ready`. */
  waitForPageState(page: Page, ready?: (state: PageState) => boolean): Promise<PageState>;
  /** Clicks a control of GovMark's in-page UI by its label, with the real mouse. */
  clickToolbarButton(page: Page, label: string): Promise<void>;
  /** The short confirmation GovMark's UI shows, or null. */
  uiStatus(page: Page): Promise<string | null>;
  /** What GovMark's in-page UI shows (the `page/ui` tab message), or null. */
  pageUi(page: Page): Promise<OverlayState | null>;
  /**
   * The in-page note editor once it is open and ready: the frame of the extension's own page
   * in GovMark's closed shadow root, reached through the browser (BiDi's browsing contexts).
   */
  noteEditorFrame(page: Page): Promise<Frame>;
  shutdown(): Promise<void>;
}

/** The parts of the extension API the harness calls from an extension page. */
interface ExtensionApi {
  tabs: {
    query(filter: object): Promise<{ id?: number; url?: string }[]>;
    sendMessage(tabId: number, message: unknown): Promise<unknown>;
  };
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
  // One extension page asks the tabs' content scripts, as the popup does (GovMark leaves no
  // marks on the page to wait for).
  let control: Page | null = null;
  const askTab = async (page: Page, type: 'page/state' | 'page/ui'): Promise<unknown> => {
    control ??= await session.openExtensionPage('popup');
    const url = await page.evaluate(() => location.href);
    return control.evaluate(
      async (url, type) => {
        const api = (globalThis as unknown as { browser: ExtensionApi }).browser;
        const tabs = (await api.tabs.query({})).filter((tab) => tab.url === url && tab.id !== undefined);
        const tab = tabs.sort((a, b) => (b.id ?? 0) - (a.id ?? 0))[0];
        if (!tab?.id) return null;
        try {
          return (await api.tabs.sendMessage(tab.id, { type, payload: {} })) ?? null;
        } catch {
          return null;
        }
      },
      url,
      type,
    );
  };
  const pageState = async (page: Page) => (await askTab(page, 'page/state')) as PageState | null;
  const pageUi = async (page: Page) => (await askTab(page, 'page/ui')) as OverlayState | null;
  const waitForPageState = async (page: Page, ready: (state: PageState) => boolean = (s) => s.ready) => {
    const deadline = Date.now() + 20_000;
    for (;;) {
      const state = await pageState(page);
      if (state && ready(state)) return state;
      if (Date.now() > deadline) throw new Error(`No page state as expected: ${JSON.stringify(state)}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  };
  return {
    ...session,
    server,
    async openArticle(host, pagePath) {
      const page = await session.browser.newPage();
      await page.goto(server.url(host, pagePath));
      await waitForPageState(page);
      return page;
    },
    pageState,
    waitForPageState,
    async clickToolbarButton(page, label) {
      const deadline = Date.now() + 10_000;
      let seen: string | null = null;
      for (;;) {
        const control = (await pageUi(page))?.controls.find((c) => c.label === label);
        // Click once the control has stayed where it is for one more look.
        const where = control ? JSON.stringify(control) : null;
        if (control && where === seen) {
          await page.mouse.click(control.x + control.width / 2, control.y + control.height / 2);
          return;
        }
        seen = where;
        if (Date.now() > deadline) throw new Error(`No "${label}" in GovMark's UI.`);
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    },
    async uiStatus(page) {
      return (await pageUi(page))?.status ?? null;
    },
    pageUi,
    async noteEditorFrame(page) {
      const deadline = Date.now() + 10_000;
      for (;;) {
        const editor = (await pageUi(page))?.editor;
        const frame = page
          .frames()
          .filter((f) => !f.detached && f.url().startsWith('moz-extension://') && f.url().includes('note-editor'))
          .at(-1);
        if (editor?.ready && frame) return frame;
        if (Date.now() > deadline) {
          const urls = page.frames().map((f) => f.url());
          throw new Error(`No note editor: ${JSON.stringify(editor)}; frames ${JSON.stringify(urls)}`);
        }
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
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

/**
 * Selects the first occurrence of `text` in `within` as a reader does: the same real mouse drag
 * as in Chromium (scripts/lib/drive-page.ts), here as WebDriver BiDi input actions, measured once
 * the page holds still and checked against the selection it made.
 */
export function selectText(page: Page, text: string, within = 'body'): Promise<void> {
  return driveSelectText(textDriver(page), text, within);
}

/** Puppeteer's page as the drag's driver: its `evaluate` spreads arguments, the driver passes one. */
function textDriver(page: Page): TextDriver {
  return {
    evaluate: <R, A>(fn: (arg: A) => R | Promise<R>, arg: A) =>
      page.evaluate(fn as (arg: unknown) => R | Promise<R>, arg) as Promise<R>,
    mouse: page.mouse,
    bringToFront: () => page.bringToFront(),
  };
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
