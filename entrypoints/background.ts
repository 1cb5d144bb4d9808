import { defineBackground } from '#imports';
import { browser } from 'wxt/browser';
import { GovMarkDB } from '../utils/storage/db';
import { createMessageHandler } from '../utils/messaging/background-handlers';
import { LibrarySearch } from '../utils/search/library-search';
import { getSettings } from '../utils/storage/settings-queries';
import { refreshOverdueBadge } from '../utils/extension/badge';
import { syncAlwaysOnSites } from '../utils/extension/site-access';
import { openSidePanel } from '../utils/extension/side-panel';
import { repaintTabs } from '../utils/extension/repaint-tabs';
import { sendToTab } from '../utils/messaging/send-to-tab';
import type { MessageType } from '../utils/messaging/background-messages';
import { tellOpenTabs } from '../utils/messaging/tell-open-tabs';
import { t } from '../utils/i18n/lang';
import { createReminderService, REMINDER_ALARM } from '../utils/reminders/reminder-service';
import { reminderNow, TEST_NOW_KEY } from '../utils/reminders/clock';
import { rebuildRegister } from '../utils/storage/register-rebuild';

const MENU_HIGHLIGHT = 'govmark-highlight';
const BADGE_ALARM = 'govmark-badge';
/** Writes that cannot change a task's deadline, status or the reminder settings. */
const WRITES_WITHOUT_REMINDERS: ReadonlySet<MessageType> = new Set([
  'page/visit',
  'annotation/create',
  'annotation/update',
]);

// The background is the one writer of the database, which lives in the extension's origin.
// Listeners are registered synchronously: the service worker is woken by them and idles out.
export default defineBackground(() => {
  const db = new GovMarkDB();
  const refreshBadge = () => void refreshOverdueBadge(db).catch(() => undefined);
  const reminders = createReminderService(db, { now: reminderNow });
  const refreshReminders = () => void reminders.refresh().catch(() => undefined);
  const handle = createMessageHandler(db, {
    extensionId: browser.runtime.id,
    extensionOrigin: browser.runtime.getURL('/'),
    onWrite: (type) => {
      if (type !== 'page/visit' && type !== 'settings/set') refreshBadge();
      if (type === 'settings/set') {
        void getSettings(db).then((s) => Promise.all([syncAlwaysOnSites(s.alwaysOnSites), repaintTabs(s)]));
      }
      if (!WRITES_WITHOUT_REMINDERS.has(type)) refreshReminders();
    },
    openReminder: (notificationId) => reminders.openNotification(notificationId),
    openSidePanel,
    // Loaded on the first search, not on every wake-up for a page visit.
    search: new LibrarySearch(db),
    // Every write that changed articles' annotations or tasks reaches their open tabs.
    onArticlesChanged: (articleUrls) => void tellOpenTabs(articleUrls),
  });

  browser.runtime.onMessage.addListener((message, sender, sendResponse) => {
    void handle(message, sender).then(sendResponse);
    return true;
  });

  // Articles stored before the register existed (or while a stopped worker left it half done).
  const rebuild = () => void rebuildRegister(db, Date.now()).catch(() => undefined);

  browser.runtime.onInstalled.addListener(({ reason }) => {
    rebuild();
    // The first-run page shows a new reader how to highlight, note and track; not on updates.
    if (reason === 'install') void browser.tabs.create({ url: browser.runtime.getURL('/welcome.html') });
    browser.contextMenus.create({ id: MENU_HIGHLIGHT, title: t('highlight'), contexts: ['selection'] });
    refreshBadge();
    refreshReminders();
  });
  browser.runtime.onStartup.addListener(() => {
    refreshBadge();
    refreshReminders();
    rebuild();
  });

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
    if (alarm.name === REMINDER_ALARM || alarm.name === BADGE_ALARM) refreshReminders();
  });

  browser.notifications.onClicked.addListener((notificationId) => {
    void reminders.openNotification(notificationId).catch(() => undefined);
  });
  // The test harness moved the reminders' clock (utils/reminders/clock.ts).
  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'local' && TEST_NOW_KEY in changes) refreshReminders();
  });
});
