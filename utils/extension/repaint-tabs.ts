// Tells every open page which finding kinds to paint, after the reader changed the choice in
// any extension page (legend, options page): changes flow to the pages from one place, the
// background, instead of each page remembering to tell its own tab.
import { browser } from 'wxt/browser';
import type { FindingKind } from '../model/kinds';
import { sendToTab } from '../messaging/send-to-tab';

export async function repaintTabs(hidden: readonly FindingKind[]): Promise<void> {
  // Tabs without GovMark's content script simply do not answer (sendToTab gives null).
  const tabs = await browser.tabs.query({});
  await Promise.all(
    tabs.map((tab) => (tab.id === undefined ? null : sendToTab(tab.id, 'page/set-kinds', { disabled: [...hidden] }))),
  );
}
