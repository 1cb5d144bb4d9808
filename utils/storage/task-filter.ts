// Filtering and sorting of tasks in memory, for the popup and the dashboard. Pure: the same
// functions run on the rows a liveQuery returns and inside listTasks.
import { createTextMatcher, foldFields, foldForSearch } from '../search/fold';
import { deadlineEnd } from '../model/deadline';
import type { TaskRecord } from '../model/records';
import type { TaskStatus } from '../model/kinds';

export interface TaskFilter {
  status?: TaskStatus | readonly TaskStatus[];
  province?: string;
  site?: string;
  /** One assignee as listed by taskFacets; compared ignoring case and diacritics. */
  assignee?: string;
  /** Words searched, ignoring case and diacritics, in the task text, issuer, assignees, notes, province and site. */
  query?: string;
}

// Folding every task on each keystroke would redo the same work: records are replaced, never
// mutated, on change, so a record's folded text can be kept for as long as the record lives.
const searchTexts = new WeakMap<TaskRecord, string>();

function searchTextOf(task: TaskRecord): string {
  let text = searchTexts.get(task);
  if (text === undefined) {
    text = foldFields([task.text, task.issuer, task.notes, task.province, task.site, ...task.assignees]);
    searchTexts.set(task, text);
  }
  return text;
}

export type TaskSortKey = 'deadline' | 'created' | 'updated';

export function filterTasks(tasks: readonly TaskRecord[], filter: TaskFilter): TaskRecord[] {
  const statuses =
    filter.status === undefined ? null : new Set(typeof filter.status === 'string' ? [filter.status] : filter.status);
  const assignee = filter.assignee === undefined ? null : foldForSearch(filter.assignee);
  const matchesQuery = createTextMatcher(filter.query ?? '');
  return tasks.filter(
    (task) =>
      (statuses === null || statuses.has(task.status)) &&
      (filter.province === undefined || task.province === filter.province) &&
      (filter.site === undefined || task.site === filter.site) &&
      (assignee === null || task.assignees.some((name) => foldForSearch(name) === assignee)) &&
      (filter.query === undefined || matchesQuery(searchTextOf(task))),
  );
}

/**
 * A sorted copy. By deadline: earliest end of period first ("2023-08" falls due with 31 August),
 * tasks without a deadline last. By created or updated: newest first.
 */
export function sortTasks(tasks: readonly TaskRecord[], by: TaskSortKey = 'deadline'): TaskRecord[] {
  if (by !== 'deadline') return [...tasks].sort((a, b) => b[by] - a[by] || a.id.localeCompare(b.id));
  const keyed = tasks.map((task) => ({ task, end: task.deadline === null ? null : deadlineEnd(task.deadline) }));
  keyed.sort((a, b) => {
    if (a.end !== b.end) {
      if (a.end === null) return 1;
      if (b.end === null) return -1;
      return a.end < b.end ? -1 : 1;
    }
    return a.task.created - b.task.created || a.task.id.localeCompare(b.task.id);
  });
  return keyed.map(({ task }) => task);
}

export interface TaskFacets {
  provinces: string[];
  sites: string[];
  assignees: string[];
}

/** The distinct provinces, sites and assignees of the tasks, sorted, for the filter menus. */
export function taskFacets(tasks: readonly TaskRecord[]): TaskFacets {
  const provinces = new Set<string>();
  const sites = new Set<string>();
  const assignees = new Map<string, string>();
  for (const task of tasks) {
    if (task.province !== null) provinces.add(task.province);
    if (task.site !== '') sites.add(task.site);
    for (const name of task.assignees) {
      const key = foldForSearch(name);
      if (!assignees.has(key)) assignees.set(key, name);
    }
  }
  return { provinces: sortedVi(provinces), sites: sortedVi(sites), assignees: sortedVi(assignees.values()) };
}

function sortedVi(values: Iterable<string>): string[] {
  return [...values].sort((a, b) => a.localeCompare(b, 'vi'));
}
