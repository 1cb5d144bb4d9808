// The calendar of deadlines as weeks (Monday to Sunday, as Vietnamese calendars run), each day
// holding the tasks that fall due on it. Pure: the dashboard passes the tasks it read and today.
import { addDays, isActiveStatus } from '../model/deadline';
import type { TaskRecord } from '../model/records';

export interface CalendarDay {
  iso: string;
  isToday: boolean;
  tasks: TaskRecord[];
}

export interface CalendarWeek {
  /** The Monday (YYYY-MM-DD). */
  start: string;
  /** The Sunday. */
  end: string;
  isThisWeek: boolean;
  days: CalendarDay[];
}

/** The Monday of the week `iso` (YYYY-MM-DD) falls in. */
export function mondayOf(iso: string): string {
  const weekday = new Date(`${iso}T00:00:00Z`).getUTCDay();
  return addDays(iso, -((weekday + 6) % 7));
}

/** `count` weeks from the Monday `firstMonday`, with `tasks` placed on the day they fall due. */
export function calendarWeeks(
  tasks: readonly TaskRecord[],
  firstMonday: string,
  count: number,
  today: string,
): CalendarWeek[] {
  const byDay = new Map<string, TaskRecord[]>();
  for (const task of tasks) {
    if (task.due === '') continue;
    const list = byDay.get(task.due);
    if (list) list.push(task);
    else byDay.set(task.due, [task]);
  }
  const thisMonday = mondayOf(today);
  return Array.from({ length: count }, (_, week) => {
    const start = addDays(firstMonday, week * 7);
    const days = Array.from({ length: 7 }, (_, day) => {
      const iso = addDays(start, day);
      // Open work first, then by creation, so a day reads the same after every reload.
      const dayTasks = [...(byDay.get(iso) ?? [])].sort(
        (a, b) => Number(isActiveStatus(b.status)) - Number(isActiveStatus(a.status)) || a.created - b.created,
      );
      return { iso, isToday: iso === today, tasks: dayTasks };
    });
    return { start, end: addDays(start, 6), isThisWeek: start === thisMonday, days };
  });
}
