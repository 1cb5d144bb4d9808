// What the popup's filters ask of tasks, and the order lists show them in: by when they fall due
// (the end of the deadline's period), tasks without a deadline last. The same predicate narrows
// an index read (task-queries.ts pageTasks) and the tasks a search found.
import { foldForSearch } from '../search/fold';
import type { TaskStatus } from '../model/kinds';
import type { TaskRecord } from '../model/records';

export interface TaskFilter {
  status?: TaskStatus;
  province?: string;
  site?: string;
  /** One assignee as the facets list it; compared ignoring case and diacritics. */
  assignee?: string;
}

export function taskMatcher(filter: TaskFilter): (task: TaskRecord) => boolean {
  const assignee = filter.assignee === undefined ? null : foldForSearch(filter.assignee);
  return (task) =>
    (filter.status === undefined || task.status === filter.status) &&
    (filter.province === undefined || task.province === filter.province) &&
    (filter.site === undefined || task.site === filter.site) &&
    (assignee === null || task.assignees.some((name) => foldForSearch(name) === assignee));
}

/** A sorted copy: earliest due first, tasks without a deadline last, then by creation. */
export function sortTasks(tasks: readonly TaskRecord[]): TaskRecord[] {
  return [...tasks].sort((a, b) => {
    if (a.due !== b.due) {
      if (a.due === '') return 1;
      if (b.due === '') return -1;
      return a.due < b.due ? -1 : 1;
    }
    return a.created - b.created || a.id.localeCompare(b.id);
  });
}
