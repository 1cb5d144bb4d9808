// When each tracked task's reminder comes, as a pure function of the tasks, the reader's
// settings, what was already notified and the clock. The background keeps one alarm at the
// next reminder (utils/reminders/reminder-service.ts) rather than one per task: Chrome caps an
// extension's alarms, and a library holds thousands of tasks.
import { deadlineEnd, isActiveStatus, todayIso } from '../model/deadline';
import type { TaskRecord } from '../model/records';
import type { ReminderSettings } from '../model/reminders';

/** Reminders come at this local hour, on the day `leadDays` before the due day. */
export const REMINDER_HOUR = 9;

const DAY_DEADLINE = /^\d{4}-\d{2}-\d{2}$/;

export interface Reminder {
  taskId: string;
  /** The day the task falls due (YYYY-MM-DD): the end of its deadline's period. */
  due: string;
  /** When the reminder is meant to show (epoch ms, local time). */
  fireAt: number;
}

/** Task id → the due day it was reminded of (a changed deadline is reminded of again). */
export type NotifiedReminders = Readonly<Record<string, string>>;

export interface ReminderPlan {
  /** Reminders to show now: their time has come and their due day has not passed. */
  dueNow: Reminder[];
  /** When the next future reminder comes (epoch ms), or null when none is left. */
  next: number | null;
}

type ReminderTask = Pick<TaskRecord, 'id' | 'status' | 'deadline'>;

/** The reminder a task gets under the reader's settings, or null (done, no deadline, switched off). */
export function reminderOf(task: ReminderTask, settings: ReminderSettings): Reminder | null {
  if (!isActiveStatus(task.status) || task.deadline === null) return null;
  const due = deadlineEnd(task.deadline);
  if (due === null) return null;
  const wanted = DAY_DEADLINE.test(task.deadline) ? settings.dayDeadlines : settings.periodDeadlines;
  if (!wanted) return null;
  const [year, month, day] = due.split('-').map(Number);
  // Local calendar arithmetic: Date rolls the day back across months and years.
  const fireAt = new Date(year, month - 1, day - settings.leadDays, REMINDER_HOUR).getTime();
  return { taskId: task.id, due, fireAt };
}

/**
 * Which reminders to show at `now` and when to wake up next. A reminder whose time passed while
 * the browser was closed still shows, unless its task is already overdue (the badge says so).
 */
export function planReminders(
  tasks: readonly ReminderTask[],
  settings: ReminderSettings,
  notified: NotifiedReminders,
  now: number,
): ReminderPlan {
  const today = todayIso(now);
  const dueNow: Reminder[] = [];
  let next: number | null = null;
  for (const task of tasks) {
    const reminder = reminderOf(task, settings);
    if (reminder === null || notified[task.id] === reminder.due || reminder.due < today) continue;
    if (reminder.fireAt <= now) dueNow.push(reminder);
    else if (next === null || reminder.fireAt < next) next = reminder.fireAt;
  }
  return { dueNow, next };
}

/** Whole days from `today` to `due` (both YYYY-MM-DD): 0 on the due day, 1 the day before. */
export function daysUntil(due: string, today: string): number {
  return Math.round((Date.parse(`${due}T00:00:00Z`) - Date.parse(`${today}T00:00:00Z`)) / 86_400_000);
}
