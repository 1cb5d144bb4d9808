import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  createReminderService,
  NOTIFIED_KEY,
  notificationIdOf,
  REMINDER_ALARM,
} from '../../../utils/reminders/reminder-service';
import { REMINDER_HOUR } from '../../../utils/reminders/schedule';
import { recordVisit } from '../../../utils/storage/article-queries';
import type { GovMarkDB } from '../../../utils/storage/db';
import { setSettings } from '../../../utils/storage/settings-queries';
import { setTaskStatuses, trackTask } from '../../../utils/storage/task-queries';
import { directiveAnnotation, openTestDb, sampleVisit } from '../storage/test-db';

const local = (y: number, m: number, d: number, h = 0) => new Date(y, m - 1, d, h).getTime();

let db: GovMarkDB;
let now: number;

beforeEach(() => {
  fakeBrowser.reset();
  ({ db } = openTestDb());
});
afterEach(() => db.close());

const service = () => createReminderService(db, { now: () => now, lang: () => 'vi' });

async function track(deadline: string | null, quote = 'Sở Kế hoạch và Đầu tư hoàn thành trước ngày 15/8/2023.') {
  await recordVisit(db, sampleVisit(), 1_000);
  const { task } = await trackTask(
    db,
    {
      source: { annotation: directiveAnnotation({ quote }) },
      text: quote,
      issuer: 'Chủ tịch UBND tỉnh',
      assignees: ['Sở Kế hoạch và Đầu tư'],
      deadline,
    },
    2_000,
  );
  return task;
}

describe('reminder service', () => {
  it('shows a notification the day before a task falls due, once', async () => {
    const task = await track('2023-08-15');
    now = local(2023, 8, 14, 10);
    const reminders = service();
    expect(await reminders.refresh()).toEqual({ shown: [task.id], next: null });
    const shown = await fakeBrowser.notifications.getAll();
    expect(Object.keys(shown)).toEqual([notificationIdOf(task.id)]);
    const notification = shown[notificationIdOf(task.id)] as { title: string; message: string };
    expect(notification.title).toBe('Đến hạn ngày mai · 15/08/2023');
    expect(notification.message).toBe(task.text);
    expect((await fakeBrowser.storage.local.get(NOTIFIED_KEY))[NOTIFIED_KEY]).toEqual({ [task.id]: '2023-08-15' });

    // The worker restarts (a new service), the database and storage stay: nothing is shown twice.
    await fakeBrowser.notifications.clear(notificationIdOf(task.id));
    expect((await service().refresh()).shown).toEqual([]);
    expect(await fakeBrowser.notifications.getAll()).toEqual({});
  });

  it('sets one alarm at the next reminder, on the browser clock', async () => {
    await track('2023-08-15');
    now = local(2023, 8, 1, 12);
    const before = Date.now();
    const outcome = await service().refresh();
    expect(outcome).toEqual({ shown: [], next: local(2023, 8, 14, REMINDER_HOUR) });
    const alarm = await fakeBrowser.alarms.get(REMINDER_ALARM);
    const ahead = local(2023, 8, 14, REMINDER_HOUR) - now;
    expect(alarm?.scheduledTime).toBeGreaterThanOrEqual(before + ahead);
    expect(alarm?.scheduledTime).toBeLessThanOrEqual(Date.now() + ahead);
  });

  it('follows the lead time and switches in the settings', async () => {
    await track('2023-08');
    now = local(2023, 8, 28, 10);
    expect((await service().refresh()).shown).toEqual([]);
    await setSettings(db, { reminders: { dayDeadlines: true, periodDeadlines: true, leadDays: 3 } });
    expect((await service().refresh()).shown).toHaveLength(1);
  });

  it('takes back the notification of a task finished since', async () => {
    const task = await track('2023-08-15');
    now = local(2023, 8, 14, 10);
    const reminders = service();
    await reminders.refresh();
    await setTaskStatuses(db, [task.id], 'done', 3_000);
    await reminders.refresh();
    expect(await fakeBrowser.notifications.getAll()).toEqual({});
    expect(await fakeBrowser.alarms.get(REMINDER_ALARM)).toBeUndefined();
  });

  it('opens the passage of the task a notification is about', async () => {
    const task = await track('2023-08-15');
    now = local(2023, 8, 14, 10);
    const reminders = service();
    await reminders.refresh();
    expect(await reminders.openNotification(notificationIdOf(task.id))).toBe(true);
    const tabs = await fakeBrowser.tabs.query({});
    const opened = tabs.map((tab) => tab.url).find((url) => url?.startsWith(task.articleUrl));
    expect(opened).toMatch(/#:~:text=/);
    expect(await fakeBrowser.notifications.getAll()).toEqual({});
    expect(await reminders.openNotification('someone-else')).toBe(false);
    expect(await reminders.openNotification(notificationIdOf('gone'))).toBe(false);
  });
});
