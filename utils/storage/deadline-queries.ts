// Tasks read by the day they fall due (the `due` index: the end of the deadline's period), for
// reminders and the calendar of deadlines.
import { Dexie } from 'dexie';
import type { GovMarkDB } from './db';
import type { TaskRecord } from '../model/records';
import { ACTIVE_STATUSES } from '../model/kinds';

/** Open and in-progress tasks falling due on `fromIso` (YYYY-MM-DD) or later: the ones a reminder may still be for. */
export async function activeTasksDueFrom(db: GovMarkDB, fromIso: string): Promise<TaskRecord[]> {
  const lists = await Promise.all(
    ACTIVE_STATUSES.map((status) =>
      db.tasks.where('[status+due]').between([status, fromIso], [status, Dexie.maxKey], true, true).toArray(),
    ),
  );
  return lists.flat();
}

/** Every task falling due from `fromIso` to `toIso` (both YYYY-MM-DD, inclusive), earliest first. */
export function tasksDueBetween(db: GovMarkDB, fromIso: string, toIso: string): Promise<TaskRecord[]> {
  return db.tasks.where('due').between(fromIso, toIso, true, true).toArray();
}

/** Open and in-progress tasks that fell due before `todayIso`, earliest first, at most `limit`. */
export async function overdueTasks(db: GovMarkDB, todayIso: string, limit: number): Promise<TaskRecord[]> {
  const lists = await Promise.all(
    ACTIVE_STATUSES.map((status) =>
      // '' (no deadline) sorts first: the range starts after it.
      db.tasks.where('[status+due]').between([status, ''], [status, todayIso], false, false).limit(limit).toArray(),
    ),
  );
  return lists
    .flat()
    .sort((a, b) => a.due.localeCompare(b.due))
    .slice(0, limit);
}
