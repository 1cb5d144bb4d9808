// After a write that changed articles' annotations or tasks, every open tab is told which
// articles changed; the content script of a tab showing one of them reads its annotations again
// and repaints (tab message page/reanchor). The background calls this from one place, its
// message dispatch, so no writer (popup, dashboard, side panel, another tab, an import, an undo)
// can forget it. Tabs are not tracked: a page's canonical URL is known only to its content
// script, and a service worker keeps no state between wake-ups.
import { browser } from 'wxt/browser';
import { sendToTab } from './send-to-tab';

/** Beyond this many articles (a large import) every tab reads its annotations again. */
export const MAX_NAMED_ARTICLES = 500;

export interface OpenTabs {
  tabIds(): Promise<number[]>;
  reanchor(tabId: number, articleUrls: string[] | null): Promise<unknown>;
}

export const browserTabs: OpenTabs = {
  async tabIds() {
    const tabs = await browser.tabs.query({});
    return tabs.map((tab) => tab.id).filter((id): id is number => id !== undefined);
  },
  reanchor: (tabId, articleUrls) => sendToTab(tabId, 'page/reanchor', { articleUrls }),
};

export async function tellOpenTabs(articleUrls: readonly string[], tabs: OpenTabs = browserTabs): Promise<void> {
  if (articleUrls.length === 0) return;
  const named = articleUrls.length <= MAX_NAMED_ARTICLES ? [...new Set(articleUrls)] : null;
  const ids = await tabs.tabIds().catch(() => [] as number[]);
  await Promise.all(ids.map((id) => tabs.reanchor(id, named).catch(() => undefined)));
}
