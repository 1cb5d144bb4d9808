import { defineBackground } from '#imports';
import { browser } from 'wxt/browser';
import { GovMarkDB } from '../utils/storage/db';
import { createMessageHandler } from '../utils/messaging/background-handlers';
import { LibrarySearch } from '../utils/search/library-search';
import { getSettings } from '../utils/storage/settings-queries';
import { requestPersistence } from '../utils/storage/persistence';
import { refreshOverdueBadge } from '../utils/extension/badge';
import { syncAlwaysOnSites } from '../utils/extension/site-access';
import { openSidePanel } from '../utils/extension/side-panel';
import { repaintTabs } from '../utils/extension/repaint-tabs';
import { sendToTab } from '../utils/messaging/send-to-tab';
import { t } from '../utils/i18n/lang';

const MENU_HIGHLIGHT = 'govmark-highlight';
const BADGE_ALARM = 'govmark-badge';

// The background is the one writer of the database, which lives in the extension's origin.
// Listeners are registered synchronously: the service worker is woken by them and idles out.
export default defineBackground(() => {
  const db = new GovMarkDB();
  const refreshBadge = () => void refreshOverdueBadge(db).catch(() => undefined);
  const handle = createMessageHandler(db, {
    extensionId: browser.runtime.id,
    extensionOrigin: browser.runtime.getURL('/'),
    onWrite: (type) => {
      if (type !== 'page/visit' && type !== 'settings/set') refreshBadge();
      if (type === 'settings/set') {
        void getSettings(db).then((s) => Promise.all([syncAlwaysOnSites(s.alwaysOnSites), repaintTabs(s.hiddenKinds)]));
      }
    },
    openSidePanel,
    // Loaded on the first search, not on every wake-up for a page visit.
    search: new LibrarySearch(db),
  });

  browser.runtime.onMessage.addListener((message, sender, sendResponse) => {
    void handle(message, sender).then(sendResponse);
    return true;
  });

  browser.runtime.onInstalled.addListener(({ reason }) => {
    // The first-run page shows a new reader how to highlight, note and track; not on updates.
    if (reason === 'install') void browser.tabs.create({ url: browser.runtime.getURL('/welcome.html') });
    browser.contextMenus.create({ id: MENU_HIGHLIGHT, title: t('highlight'), contexts: ['selection'] });
    void requestPersistence();
    refreshBadge();
  });
  browser.runtime.onStartup.addListener(refreshBadge);

  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId === MENU_HIGHLIGHT && tab?.id !== undefined) {
      void sendToTab(tab.id, 'page/highlight-selection', {});
    }
  });
  browser.commands.onCommand.addListener((command, tab) => {
    if (command === 'highlight-selection' && tab?.id !== undefined) {
      void sendToTab(tab.id, 'page/highlight-selection', {});
    }
  });

  // Deadlines pass while nobody writes: recount overdue tasks a few times a day.
  browser.alarms.create(BADGE_ALARM, { periodInMinutes: 60 });
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === BADGE_ALARM) refreshBadge();
  });
});
