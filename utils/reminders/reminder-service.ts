// Deadline reminders in the background: one alarm at the next reminder, browser notifications
// when reminders come due, and opening a task's passage when the reader clicks one. Alarms are
// kept by the browser across restarts and service-worker stops; the background still rebuilds
// the plan from the database on install, on startup, after every write to tasks or settings and
// on each alarm, so a plan never depends on state held in the worker. What was already notified
// is kept in `storage.local` (task id → due day), not in the database.
import { browser } from 'wxt/browser';
import type { Lang } from '../i18n/lang';
import { t } from '../i18n/lang';
import { fillTemplate } from '../library/template';
import { resolveLang } from '../settings/language';
import { todayIso } from '../model/deadline';
import type { TaskRecord } from '../model/records';
import { formatDeadline } from '../i18n/dates';
import type { GovMarkDB } from '../storage/db';
import { activeTasksDueFrom } from '../storage/deadline-queries';
import { getSettings } from '../storage/settings-queries';
import { taskPassageUrl } from '../storage/task-passage';
import { daysUntil, planReminders, type NotifiedReminders, type Reminder } from './schedule';

export const REMINDER_ALARM = 'govmark-reminder';
export const NOTIFIED_KEY = 'govmark.reminders.notified';
const NOTIFICATION_PREFIX = 'govmark-task:';
/** Notifications show a few lines; the passage holds the whole task. */
const MESSAGE_LENGTH = 180;

export interface ReminderServiceOptions {
  /** The clock (epoch ms); the background passes utils/reminders/clock.ts. */
  now: () => number | Promise<number>;
  /** The notifications' language; by default the reader's choice in the settings (or the browser's). */
  lang?: () => Lang;
}

export interface RefreshOutcome {
  /** Tasks whose reminder was shown by this refresh. */
  shown: string[];
  /** When the next reminder comes, on the clock given (epoch ms), or null. */
  next: number | null;
}

export interface ReminderService {
  /** Shows the reminders that came due and sets the alarm for the next one. */
  refresh(): Promise<RefreshOutcome>;
  /** Opens the passage of the task a notification is about; false when it is not a reminder or the task is gone. */
  openNotification(notificationId: string): Promise<boolean>;
}

export function notificationIdOf(taskId: string): string {
  return `${NOTIFICATION_PREFIX}${taskId}`;
}

export function createReminderService(db: GovMarkDB, options: ReminderServiceOptions): ReminderService {
  // Writes come in bursts (a bulk status change, an import): refreshes run one after another so
  // two of them never show the same reminder twice.
  let queue: Promise<unknown> = Promise.resolve();
  function serial<T>(job: () => Promise<T>): Promise<T> {
    const run = queue.then(job, job);
    queue = run.catch(() => undefined);
    return run;
  }

  async function refresh(): Promise<RefreshOutcome> {
    const now = await options.now();
    const today = todayIso(now);
    const [settings, tasks, notified] = await Promise.all([
      getSettings(db),
      activeTasksDueFrom(db, today),
      readNotified(),
    ]);
    const plan = planReminders(tasks, settings.reminders, notified, now);
    const byId = new Map(tasks.map((task) => [task.id, task]));
    const lang = options.lang?.() ?? resolveLang(settings.language);
    for (const reminder of plan.dueNow) {
      const task = byId.get(reminder.taskId);
      if (task)
        await browser.notifications.create(notificationIdOf(task.id), notificationOf(task, reminder, today, lang));
    }
    await clearStaleNotifications(new Set(byId.keys()));
    // Only tasks still to come stay in the map, so it does not grow with the library's past.
    const kept: Record<string, string> = {};
    for (const [taskId, due] of Object.entries(notified)) if (byId.get(taskId)?.due === due) kept[taskId] = due;
    for (const reminder of plan.dueNow) kept[reminder.taskId] = reminder.due;
    await browser.storage.local.set({ [NOTIFIED_KEY]: kept });
    await browser.alarms.clear(REMINDER_ALARM);
    // The alarm runs on the browser's clock; the plan may run on a test clock set ahead of it.
    if (plan.next !== null) await browser.alarms.create(REMINDER_ALARM, { when: Date.now() + (plan.next - now) });
    return { shown: plan.dueNow.map((reminder) => reminder.taskId), next: plan.next };
  }

  async function openNotification(notificationId: string): Promise<boolean> {
    if (!notificationId.startsWith(NOTIFICATION_PREFIX)) return false;
    await browser.notifications.clear(notificationId);
    const task = await db.tasks.get(notificationId.slice(NOTIFICATION_PREFIX.length));
    if (!task) return false;
    const tab = await browser.tabs.create({ url: await taskPassageUrl(db, task), active: true });
    if (tab.windowId !== undefined)
      await browser.windows?.update(tab.windowId, { focused: true }).catch(() => undefined);
    return true;
  }

  return { refresh: () => serial(refresh), openNotification };
}

async function readNotified(): Promise<NotifiedReminders> {
  const stored = (await browser.storage.local.get(NOTIFIED_KEY))[NOTIFIED_KEY];
  return stored !== null && typeof stored === 'object' ? (stored as NotifiedReminders) : {};
}

/** A reminder still on screen for a task finished, dropped or deleted since goes away. */
async function clearStaleNotifications(activeTaskIds: ReadonlySet<string>): Promise<void> {
  const shown = await browser.notifications.getAll();
  for (const id of Object.keys(shown)) {
    if (id.startsWith(NOTIFICATION_PREFIX) && !activeTaskIds.has(id.slice(NOTIFICATION_PREFIX.length))) {
      await browser.notifications.clear(id);
    }
  }
}

function notificationOf(task: TaskRecord, reminder: Reminder, today: string, lang: Lang) {
  const days = daysUntil(reminder.due, today);
  const title =
    days <= 0
      ? t('reminderDueToday', lang)
      : days === 1
        ? t('reminderDueTomorrow', lang)
        : fillTemplate(t('reminderDueInDays', lang), { days });
  const deadline = task.deadline === null ? '' : formatDeadline(task.deadline, lang);
  return {
    type: 'basic' as const,
    iconUrl: browser.runtime.getURL('/icon/128.png'),
    title: `${title} · ${deadline}`,
    message: shorten(task.text),
    contextMessage: task.site,
  };
}

function shorten(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= MESSAGE_LENGTH ? flat : `${flat.slice(0, MESSAGE_LENGTH - 1)}…`;
}
