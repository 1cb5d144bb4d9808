// What the popup reads first, so that its first rows show at once with a large library: a few
// tasks through the deadline index, before the whole table (for filters and facets) arrives.
import type { GovMarkDB } from '../storage/db';
import type { ArticleRecord, TaskRecord } from '../model/records';
import { sortTasks } from '../storage/task-filter';
import { deadlineEnd } from '../model/deadline';

/**
 * The first `limit` tasks in sortTasks' deadline order. The index orders deadline strings, not
 * period ends: "2023-08" comes before "2023-08-15" but falls due after it. A period never ends
 * before its own string, so any unread task that falls due before one already read has a
 * deadline string between the last string read and the latest end read: that range is read
 * too. Tasks without a deadline are not in the index and come last.
 */
export async function firstTasksByDeadline(db: GovMarkDB, limit: number): Promise<TaskRecord[]> {
  const dated = await db.tasks.orderBy('deadline').limit(limit).toArray();
  if (dated.length < limit) {
    const undated = await db.tasks
      .filter((task) => task.deadline === null)
      .limit(limit - dated.length)
      .toArray();
    return sortTasks([...dated, ...undated]);
  }
  const lastRead = dated[dated.length - 1].deadline ?? '';
  const latestEnd = dated.reduce((latest, task) => {
    const end = task.deadline === null ? null : deadlineEnd(task.deadline);
    return end !== null && end > latest ? end : latest;
  }, lastRead);
  const overtaking = await db.tasks.where('deadline').between(lastRead, latestEnd, true, true).toArray();
  const byId = new Map([...dated, ...overtaking].map((task) => [task.id, task]));
  return sortTasks([...byId.values()]).slice(0, limit);
}

/** The most recently visited articles, newest first. */
export function recentArticles(db: GovMarkDB, count: number): Promise<ArticleRecord[]> {
  return db.articles.orderBy('lastVisit').reverse().limit(count).toArray();
}
