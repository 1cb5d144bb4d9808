// Reminders across a full browser restart: the reader tracks tasks, quits Chromium and starts it
// again on the same profile. The tasks and the next reminder's alarm must still be there, a
// reminder shown before the restart is not shown again after it, and when the next reminder's
// day comes the restarted background shows it. The clock is the unpacked build's
// test key, as in reminders.e2e.ts.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { startHarness, type Harness } from './harness';
import { callChrome, KHANHHOA, readTasks, trackDirective, TUYENQUANG } from './task-helpers';
import { NOTIFIED_KEY, notificationIdOf, REMINDER_ALARM } from '../../utils/reminders/reminder-service';
import { REMINDER_HOUR } from '../../utils/reminders/schedule';

const profile = mkdtempSync(path.join(tmpdir(), 'govmark-restart-'));
let harness: Harness | undefined;

afterAll(async () => {
  await harness?.shutdown();
  rmSync(profile, { recursive: true, force: true });
});

const notificationIds = (page: Page) => callChrome(page, (chrome) => chrome.notifications.getAll()).then(Object.keys);
const reminderAlarm = (page: Page) => callChrome(page, (chrome) => chrome.alarms.get('govmark-reminder'));

describe('deadline reminders across a browser restart', () => {
  it('keeps the tasks and the next reminder, and shows it when its day comes', async () => {
    harness = await startHarness({ lang: 'en-US', userDataDir: profile });
    let dashboard = await harness.openExtensionPage('dashboard');
    // 30 October 2024, 10:00: the Khánh Hoà task (31/10/2024) is due tomorrow.
    const firstNow = new Date(2024, 9, 30, 10).getTime();
    await callChrome(dashboard, (chrome, now) => chrome.storage.local.set({ 'govmark.testNow': now }), firstNow);
    await trackDirective(harness, KHANHHOA);
    await trackDirective(harness, TUYENQUANG);
    await expect.poll(() => readTasks(dashboard).then((tasks) => tasks.length)).toBe(2);
    const tasks = await readTasks(dashboard);
    const khanhHoa = tasks.find((task) => task.site === KHANHHOA.host)!;
    const tuyenQuang = tasks.find((task) => task.site === TUYENQUANG.host)!;
    await expect.poll(() => notificationIds(dashboard)).toEqual([notificationIdOf(khanhHoa.id)]);
    // The next reminder: the day before 15/10/2025, at the reminder hour.
    const ahead = new Date(2025, 9, 14, REMINDER_HOUR).getTime() - firstNow;
    const planned = await reminderAlarm(dashboard);
    expect(planned?.name).toBe(REMINDER_ALARM);
    expect(Math.abs((planned?.scheduledTime ?? 0) - (Date.now() + ahead))).toBeLessThan(5 * 60_000);
    // The reader closes the reminder: it has been shown.
    await callChrome(
      dashboard,
      (chrome, id) => chrome.notifications.clear(id as string),
      notificationIdOf(khanhHoa.id),
    );
    await expect.poll(() => notificationIds(dashboard)).toEqual([]);

    await harness.shutdown();
    harness = await startHarness({ lang: 'en-US', userDataDir: profile });
    dashboard = await harness.openExtensionPage('dashboard');

    // After the restart: the same tasks, the same alarm.
    expect((await readTasks(dashboard)).map((task) => task.id).sort()).toEqual([khanhHoa.id, tuyenQuang.id].sort());
    await expect
      .poll(async () => {
        const alarm = await reminderAlarm(dashboard);
        return (
          alarm?.name === REMINDER_ALARM && Math.abs(alarm.scheduledTime - (planned?.scheduledTime ?? 0)) < 5 * 60_000
        );
      })
      .toBe(true);

    // The same day an hour later, in the restarted browser: the reminder check runs again (the
    // alarm moves an hour nearer), and the reminder already shown before the restart stays away.
    await callChrome(
      dashboard,
      (chrome, now) => chrome.storage.local.set({ 'govmark.testNow': now }),
      firstNow + 3_600_000,
    );
    await expect
      .poll(async () => {
        const alarm = await reminderAlarm(dashboard);
        return Math.abs((alarm?.scheduledTime ?? 0) - ((planned?.scheduledTime ?? 0) - 3_600_000)) < 5 * 60_000;
      })
      .toBe(true);
    expect(await notificationIds(dashboard)).toEqual([]);
    // What kept it away is the stored "already notified": without it the next check shows it again.
    await callChrome(dashboard, (chrome, key) => chrome.storage.local.remove(key as string), NOTIFIED_KEY);
    await callChrome(
      dashboard,
      (chrome, now) => chrome.storage.local.set({ 'govmark.testNow': now }),
      firstNow + 2 * 3_600_000,
    );
    await expect.poll(() => notificationIds(dashboard)).toEqual([notificationIdOf(khanhHoa.id)]);

    // 14 October 2025, 10:00: the Tuyên Quang task is due tomorrow; only its reminder shows (the
    // Khánh Hoà task is long past its deadline by then).
    await callChrome(
      dashboard,
      (chrome, now) => chrome.storage.local.set({ 'govmark.testNow': now }),
      new Date(2025, 9, 14, 10).getTime(),
    );
    await expect.poll(() => notificationIds(dashboard)).toEqual([notificationIdOf(tuyenQuang.id)]);
  });
});
