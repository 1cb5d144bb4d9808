// Tells every open page which finding kinds to paint and which language to speak, after the
// reader changed the choice in any extension page (legend, options page): changes flow to the
// pages from one place, the background, instead of each page remembering to tell its own tab.
import { browser } from 'wxt/browser';
import type { Settings } from '../model/records';
import { sendToTab } from '../messaging/send-to-tab';

export async function repaintTabs(settings: Pick<Settings, 'hiddenKinds' | 'language'>): Promise<void> {
  // Tabs without GovMark's content script simply do not answer (sendToTab gives null).
  const tabs = await browser.tabs.query({});
  await Promise.all(
    tabs.map((tab) =>
      tab.id === undefined
        ? null
        : Promise.all([
            sendToTab(tab.id, 'page/set-kinds', { disabled: [...settings.hiddenKinds] }),
            sendToTab(tab.id, 'page/set-language', { language: settings.language }),
          ]),
    ),
  );
}
