// The popup's tasks: a first screenful in the order they fall due, read through the index of the
// chosen filter, and more as the reader scrolls; a search asks the background's index which
// tasks hold the words and reads only those. The list follows writes made anywhere.
import { useEffect, useState } from 'preact/hooks';
import { sendRequest } from '../../utils/messaging/send-to-background';
import type { TaskRecord } from '../../utils/model/records';
import type { GovMarkDB } from '../../utils/storage/db';
import { sortTasks, taskMatcher } from '../../utils/storage/task-filter';
import { pageTasks, taskFacets, type TaskFacets } from '../../utils/storage/task-queries';
import { toTaskFilter, type TaskFilterForm } from '../../utils/library/task-filter-form';
import { useAfterFirstPaint } from '../common/use-after-first-paint';
import { useLiveQuery } from '../common/use-live-query';

/** Enough rows to fill the popup's list a couple of times over. */
export const TASKS_PER_PAGE = 40;

export interface PopupTasks {
  /** Undefined until the first rows are read. */
  tasks: TaskRecord[] | undefined;
  facets: TaskFacets;
  /** Whether `tasks` is the whole filtered list. */
  complete: boolean;
  loadMore(): void;
}

const NO_FACETS: TaskFacets = { provinces: [], sites: [], assignees: [] };

export function usePopupTasks(db: GovMarkDB, form: TaskFilterForm): PopupTasks {
  const formKey = JSON.stringify(form);
  const [paging, setPaging] = useState({ formKey, count: TASKS_PER_PAGE });
  const count = paging.formKey === formKey ? paging.count : TASKS_PER_PAGE;
  const query = form.query.trim();
  const found = useFoundTaskIds(query);
  const page = useLiveQuery(async () => {
    const filter = toTaskFilter(JSON.parse(formKey) as TaskFilterForm);
    if (query === '') return pageTasks(db, filter, count);
    if (found === null) return null;
    const tasks = (await db.tasks.bulkGet(found)).filter(
      (task): task is TaskRecord => task !== undefined && taskMatcher(filter)(task),
    );
    return { tasks: sortTasks(tasks).slice(0, count), complete: tasks.length <= count };
  }, [db, formKey, query, found, count]);
  // The facets read every key of three indexes: only once the first rows are painted.
  const facetsNow = useAfterFirstPaint(page !== undefined);
  const facets = useLiveQuery(async () => (facetsNow ? taskFacets(db) : NO_FACETS), [db, facetsNow], NO_FACETS);
  const complete = page?.complete === true;
  return {
    tasks: page?.tasks,
    facets,
    complete,
    loadMore: () => {
      if (!complete) setPaging({ formKey, count: count + TASKS_PER_PAGE });
    },
  };
}

/** The ids of the tasks holding every word of the query, from the background's index. */
function useFoundTaskIds(query: string): string[] | null {
  const [found, setFound] = useState<{ query: string; ids: string[] } | null>(null);
  useEffect(() => {
    if (query === '') return;
    let current = true;
    void sendRequest('tasks/search', { query }).then((response) => {
      if (current) setFound({ query, ids: response.ok ? response.data : [] });
    });
    return () => {
      current = false;
    };
  }, [query]);
  return found?.query === query ? found.ids : null;
}
