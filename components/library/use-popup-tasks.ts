// The popup's tasks: a first screenful through the deadline index at once, then the whole table
// (for filters, facets and the rest of the list) once those rows are on screen.
import { useMemo } from 'preact/hooks';
import { useAfterFirstPaint } from '../common/use-after-first-paint';
import type { GovMarkDB } from '../../utils/storage/db';
import type { TaskRecord } from '../../utils/model/records';
import { filterTasks, sortTasks, taskFacets, type TaskFacets } from '../../utils/storage/task-filter';
import { useLiveQuery } from '../../utils/storage/live-query';
import { firstTasksByDeadline } from '../../utils/library/popup-tasks';
import { isEmptyTaskFilter, toTaskFilter, type TaskFilterForm } from '../../utils/library/task-filter-form';

/** Enough rows to fill the popup's list a couple of times over. */
export const FIRST_ROWS = 40;

export interface PopupTasks {
  /** Undefined until the first rows are read. */
  tasks: TaskRecord[] | undefined;
  facets: TaskFacets;
  /** Whether `tasks` is the whole filtered list rather than the first rows. */
  complete: boolean;
}

const NO_FACETS: TaskFacets = { provinces: [], sites: [], assignees: [] };

export function usePopupTasks(db: GovMarkDB, form: TaskFilterForm): PopupTasks {
  const first = useLiveQuery(() => firstTasksByDeadline(db, FIRST_ROWS), [db]);
  const readAll = useAfterFirstPaint(first !== undefined);
  const all = useLiveQuery(async () => (readAll ? db.tasks.toArray() : null), [db, readAll]);
  const facets = useMemo(() => (all ? taskFacets(all) : NO_FACETS), [all]);
  const filtered = useMemo(() => (all ? sortTasks(filterTasks(all, toTaskFilter(form))) : undefined), [all, form]);
  if (filtered) return { tasks: filtered, facets, complete: true };
  // Until everything is read, the first rows are all there is to filter.
  return {
    tasks: first && (isEmptyTaskFilter(form) ? first : filterTasks(first, toTaskFilter(form))),
    facets,
    complete: false,
  };
}
