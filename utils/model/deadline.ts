// Deadlines are ISO strings as precise as the article was: a day ("2023-01-15"), a month
// ("2023-08"), a quarter ("2021-Q2"), a half year ("2024-H1", "6 tháng đầu năm") or a year
// ("2023"). A deadline falls due at the end of its period, so "trong tháng 8/2023" is overdue
// only from 1 September. Every consumer (the stored `due`, the badge, lists, the calendar, the
// .ics export, reminders) reads the due day from deadlineEnd.
import { ACTIVE_STATUSES, type TaskStatus } from './kinds';
import type { TaskRecord } from './records';

export type DeadlineState = 'overdue' | 'due-soon' | 'later' | 'none';

/** A deadline ending today or within this many days after today counts as due soon. */
export const DUE_SOON_DAYS = 7;

// A day may carry the clock time the article set ("trước 16 giờ, ngày 3/4/2025" → "2025-04-03T16:00").
const DEADLINE_ISO = /^(\d{4})(?:-(?:(\d{2})(?:-(\d{2})(?:T(?:[01]\d|2[0-3]):[0-5]\d)?)?|Q([1-4])|H([12])))?$/;
const DAY_MS = 86_400_000;

/** Whether `iso` is one of the deadline forms GovMark stores. */
export function isDeadlineIso(iso: string): boolean {
  return deadlineEnd(iso) !== null;
}

/** The last day (YYYY-MM-DD) of the period `iso` names, or null when it names no valid period. */
export function deadlineEnd(iso: string): string | null {
  const match = DEADLINE_ISO.exec(iso);
  if (!match) return null;
  const [, yearText, monthText, dayText, quarterText, halfText] = match;
  const year = Number(yearText);
  if (halfText) return halfText === '1' ? isoDay(year, 6, 30) : isoDay(year, 12, 31);
  if (quarterText) return isoDay(year, Number(quarterText) * 3, daysInMonth(year, Number(quarterText) * 3));
  if (!monthText) return isoDay(year, 12, 31);
  const month = Number(monthText);
  if (month < 1 || month > 12) return null;
  if (!dayText) return isoDay(year, month, daysInMonth(year, month));
  const day = Number(dayText);
  return day >= 1 && day <= daysInMonth(year, month) ? iso.slice(0, 10) : null;
}

/**
 * The day a task falls due, as a key that sorts in that order: the end of its deadline's period,
 * or '' for a task without a valid deadline (read after the others).
 */
export function dueKey(deadline: string | null): string {
  return deadline === null ? '' : (deadlineEnd(deadline) ?? '');
}

/** Where a deadline stands on `todayIso` (YYYY-MM-DD): past its period, due within a week, or later. */
export function deadlineState(iso: string | null, todayIso: string): DeadlineState {
  const end = iso === null ? null : deadlineEnd(iso);
  if (end === null) return 'none';
  if (end < todayIso) return 'overdue';
  return daysBetween(todayIso, end) <= DUE_SOON_DAYS ? 'due-soon' : 'later';
}

/** Finished and dropped tasks are never overdue: only open and in-progress ones carry a deadline state. */
export function taskDeadlineState(task: Pick<TaskRecord, 'status' | 'deadline'>, todayIso: string): DeadlineState {
  return isActiveStatus(task.status) ? deadlineState(task.deadline, todayIso) : 'none';
}

export function isActiveStatus(status: TaskStatus): boolean {
  return ACTIVE_STATUSES.includes(status);
}

/** The reader's local calendar day, since deadlines are local dates. */
export function todayIso(now: number = Date.now()): string {
  const date = new Date(now);
  return isoDay(date.getFullYear(), date.getMonth() + 1, date.getDate());
}

/** The calendar day `days` after (or before, when negative) `iso` (YYYY-MM-DD). */
export function addDays(iso: string, days: number): string {
  const date = new Date(Date.parse(`${iso}T00:00:00Z`) + days * DAY_MS);
  return isoDay(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
}

function isoDay(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function daysBetween(fromIso: string, toIso: string): number {
  return Math.round((Date.parse(`${toIso}T00:00:00Z`) - Date.parse(`${fromIso}T00:00:00Z`)) / DAY_MS);
}
