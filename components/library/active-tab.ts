// The page in the reader's current tab as its content script sees it. No answer means the
// content script is not there: the page was not analysed (or cannot be, like browser pages).
import { browser } from 'wxt/browser';
import type { PageState } from '../../utils/messaging/page-state';
import { analyzeTab, sitePattern } from '../../utils/extension/site-access';
import { sendToTab } from '../../utils/messaging/send-to-tab';
import { addAlwaysOnSite } from '../common/actions';

export type ActiveTabState =
  | { kind: 'unsupported' }
  | { kind: 'not-analysed'; tabId: number; host: string }
  | { kind: 'analysed'; tabId: number; host: string; page: PageState };

export async function activeTab(): Promise<{ id: number; url: string } | null> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id !== undefined && tab.url ? { id: tab.id, url: tab.url } : null;
}

function requestPageState(tabId: number): Promise<PageState | null> {
  return sendToTab(tabId, 'page/state', {});
}

export async function readActiveTabState(): Promise<ActiveTabState> {
  const tab = await activeTab();
  if (!tab || !/^https?:/.test(tab.url)) return { kind: 'unsupported' };
  const host = new URL(tab.url).hostname;
  const page = await requestPageState(tab.id);
  return page ? { kind: 'analysed', tabId: tab.id, host, page } : { kind: 'not-analysed', tabId: tab.id, host };
}

/** Injects the content script, then waits for its first answer (the analysis takes a moment). */
export async function analyzeAndRead(
  tabId: number,
  host: string,
  attempts = 20,
  delayMs = 150,
): Promise<ActiveTabState> {
  await analyzeTab(tabId);
  for (let attempt = 0; attempt < attempts; attempt += 1) {
    const page = await requestPageState(tabId);
    if (page) return { kind: 'analysed', tabId, host, page };
    await new Promise((resolve) => setTimeout(resolve, delayMs));
  }
  return { kind: 'not-analysed', tabId, host };
}

/**
 * Asks for the site's host permission (the call must come straight from the reader's click)
 * and adds the site to the always-on list; false when the reader refused or saving failed.
 */
export async function allowSiteAlways(host: string, alwaysOnSites: readonly string[]): Promise<boolean> {
  const granted = await browser.permissions.request({ origins: [sitePattern(host)] }).catch(() => false);
  if (!granted) return false;
  if (alwaysOnSites.includes(host)) return true;
  return (await addAlwaysOnSite(host, alwaysOnSites)).ok;
}
