// Deadline reminders in Chromium with the built extension. The demo articles' deadlines are in
// the past, so the test sets the reminders' clock: an unpacked build reads "now" from the
// storage.local key TEST_NOW_KEY (utils/reminders/clock.ts), which only this harness sets. A task
// due tomorrow then shows a browser notification (read back with chrome.notifications.getAll
// from an extension page), and opening it (the handler behind notifications.onClicked, reached
// through its message because a script cannot click a system notification) opens the passage.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { startHarness, type Harness } from './harness';
import {
  callChrome,
  type ChromeApis,
  KHANHHOA,
  readAnnotations,
  readTasks,
  trackDirective,
  TUYENQUANG,
} from './task-helpers';
import { annotationPassageLink } from '../../utils/export/text-fragment';
import { TEST_NOW_KEY } from '../../utils/reminders/clock';
import { notificationIdOf, REMINDER_ALARM } from '../../utils/reminders/reminder-service';
import { REMINDER_HOUR } from '../../utils/reminders/schedule';

let harness: Harness;
let page: Page;

beforeAll(async () => {
  harness = await startHarness({ lang: 'en-US' });
  page = await harness.openExtensionPage('dashboard');
});

afterAll(async () => {
  await harness?.shutdown();
});

const chromeCall = <T>(fn: (chrome: ChromeApis, arg: unknown) => Promise<T>, arg?: unknown) =>
  callChrome(page, fn, arg);

describe('deadline reminders', () => {
  it('notifies the day before a tracked task falls due, and the notification opens the passage', async () => {
    // 30 October 2024, 10:00 on this machine's clock: the Khánh Hoà task (31/10/2024) is due tomorrow.
    const fakeNow = new Date(2024, 9, 30, 10).getTime();
    await chromeCall((chrome, now) => chrome.storage.local.set({ 'govmark.testNow': now }), fakeNow);
    expect(TEST_NOW_KEY).toBe('govmark.testNow');
    await trackDirective(harness, KHANHHOA);
    await trackDirective(harness, TUYENQUANG);

    await expect.poll(() => readTasks(page).then((tasks) => tasks.length)).toBe(2);
    const tasks = await readTasks(page);
    const dueTomorrow = tasks.find((task) => task.site === KHANHHOA.host)!;
    const later = tasks.find((task) => task.site === TUYENQUANG.host)!;
    expect(dueTomorrow.due).toBe('2024-10-31');

    const id = notificationIdOf(dueTomorrow.id);
    await expect.poll(() => chromeCall((chrome) => chrome.notifications.getAll()).then(Object.keys)).toEqual([id]);

    // One alarm wakes the background for the next reminder: the Tuyên Quang task, the day before 15/10/2025.
    const alarm = await chromeCall((chrome) => chrome.alarms.get('govmark-reminder'));
    expect(alarm?.name).toBe(REMINDER_ALARM);
    const ahead = new Date(2025, 9, 14, REMINDER_HOUR).getTime() - fakeNow;
    expect(Math.abs((alarm?.scheduledTime ?? 0) - (Date.now() + ahead))).toBeLessThan(5 * 60_000);
    expect(later.due).toBe('2025-10-15');

    const answer = await chromeCall(
      (chrome, notificationId) =>
        chrome.runtime.sendMessage({ type: 'reminders/open-notification', payload: { notificationId } }),
      id,
    );
    expect(answer).toEqual({ ok: true, data: true });
    // The stored article URL is the page's canonical https address, which the loopback demo server
    // does not serve: the tab's URL is what the reminder opened.
    const passageTab = async () =>
      (await chromeCall((chrome) => chrome.tabs.query({})))
        .map((tab) => tab.url ?? '')
        .find((url) => url.startsWith(dueTomorrow.articleUrl));
    const annotation = (await readAnnotations(page)).find((record) => record.id === dueTomorrow.annotationId)!;
    const link = annotationPassageLink(annotation, dueTomorrow.articleUrl);
    expect(link).toMatch(/#:~:text=/);
    await expect.poll(passageTab).toBe(link);
    // Opening it takes the notification away.
    await expect.poll(() => chromeCall((chrome) => chrome.notifications.getAll()).then(Object.keys)).toEqual([]);
  });

  it('takes the lead time from the options page', async () => {
    const fakeNow = new Date(2024, 9, 30, 10).getTime();
    const options = await harness.openExtensionPage('options');
    const section = options.getByRole('region', { name: 'Reminders' });
    await section.getByRole('combobox', { name: 'Remind me' }).selectOption('7');
    // The next reminder, for the Tuyên Quang task due 15/10/2025, now comes on 8 October.
    const ahead = new Date(2025, 9, 8, REMINDER_HOUR).getTime() - fakeNow;
    await expect
      .poll(async () => {
        const alarm = await chromeCall((chrome) => chrome.alarms.get('govmark-reminder'));
        return Math.abs((alarm?.scheduledTime ?? 0) - (Date.now() + ahead)) < 5 * 60_000;
      })
      .toBe(true);
    await options.close();
  });

  it('wakes a stopped service worker on the clock change, which plans again from the database', async () => {
    const tasks = await readTasks(page);
    const later = tasks.find((task) => task.site === TUYENQUANG.host)!;
    expect((await chromeCall((chrome) => chrome.alarms.get('govmark-reminder')))?.name).toBe(REMINDER_ALARM);
    const cdp = await harness.context.newCDPSession(page);
    const stopped = new Promise<void>((resolve) =>
      cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
        if (versions.some((version) => version.runningStatus === 'stopped')) resolve();
      }),
    );
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');
    await stopped;

    // 14 October 2025, 10:00: the Tuyên Quang task is due tomorrow. Moving the clock is a storage
    // event, which wakes the worker; it has nothing in memory and reads the tasks again.
    await chromeCall(
      (chrome, now) => chrome.storage.local.set({ 'govmark.testNow': now }),
      new Date(2025, 9, 14, 10).getTime(),
    );
    await expect
      .poll(() => chromeCall((chrome) => chrome.notifications.getAll()).then(Object.keys))
      .toEqual([notificationIdOf(later.id)]);
    // The woken worker set the alarms again: nothing is left to remind of, so none.
    await expect.poll(() => chromeCall((chrome) => chrome.alarms.get('govmark-reminder'))).toBeUndefined();
  });
});
