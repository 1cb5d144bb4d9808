// Running on sites beyond the built-in portals: once through activeTab ("Analyze this page"), or
// always on a site the reader allowed (an optional host permission asked for at that moment).
import { browser } from 'wxt/browser';

const CONTENT_SCRIPT_FILE = '/content-scripts/article.js';
const CONTENT_STYLE_FILE = '/content-scripts/article.css';
const REGISTERED_ID = 'govmark-always-on';

export function sitePattern(host: string): string {
  return `*://${host}/*`;
}

/** Injects the content script into a tab the reader pointed at (activeTab grants it). */
export async function analyzeTab(tabId: number): Promise<void> {
  await browser.scripting.insertCSS({ target: { tabId }, files: [CONTENT_STYLE_FILE] }).catch(() => undefined);
  await browser.scripting.executeScript({ target: { tabId }, files: [CONTENT_SCRIPT_FILE] });
}

/** Keeps one registered content script covering every always-on site the reader granted. */
export async function syncAlwaysOnSites(hosts: readonly string[]): Promise<void> {
  const granted: string[] = [];
  for (const host of hosts) {
    if (await browser.permissions.contains({ origins: [sitePattern(host)] })) granted.push(sitePattern(host));
  }
  const existing = await browser.scripting.getRegisteredContentScripts({ ids: [REGISTERED_ID] });
  if (existing.length) await browser.scripting.unregisterContentScripts({ ids: [REGISTERED_ID] });
  if (!granted.length) return;
  await browser.scripting.registerContentScripts([
    {
      id: REGISTERED_ID,
      matches: granted,
      js: [CONTENT_SCRIPT_FILE.slice(1)],
      css: [CONTENT_STYLE_FILE.slice(1)],
      runAt: 'document_idle',
      persistAcrossSessions: true,
    },
  ]);
}
