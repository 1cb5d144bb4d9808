// Tasks: directives the reader tracks, with their status history.
import { type Collection, Dexie } from 'dexie';
import { buildAnnotation, newRecordId, type NewAnnotation } from './annotation-queries';
import type { GovMarkDB } from './db';
import { dueKey } from '../model/deadline';
import { RecordNotFoundError, StaleRevisionError } from './errors';
import type { AnnotationRecord, TaskRecord } from '../model/records';
import { ACTIVE_STATUSES, type TaskStatus } from '../model/kinds';
import { hostOf } from './url-host';
import { taskMatcher, type TaskFilter } from './task-filter';
import { foldForSearch } from '../search/fold';
import { FIRST_REVISION, nextRevision } from '../model/revision';

/** The directive's passage: an annotation already saved, or one to save with the task. */
export type TaskSource = { annotationId: string } | { annotation: NewAnnotation };

export interface TrackTaskInput {
  source: TaskSource;
  text: string;
  issuer: string | null;
  assignees: string[];
  deadline: string | null;
  notes?: string;
}

export interface TrackedTask {
  annotation: AnnotationRecord;
  task: TaskRecord;
  /** False when the passage was already tracked and the existing task is returned. */
  created: boolean;
}

/**
 * Tracks a directive as a task, in one transaction with saving its passage. Tracking the same
 * passage twice returns the task already tracked: the same annotation id, or a new annotation
 * whose quote and position equal a saved one on the same article.
 */
export async function trackTask(
  db: GovMarkDB,
  input: TrackTaskInput,
  now: number,
  newId: () => string = newRecordId,
): Promise<TrackedTask> {
  return db.transaction('rw', db.annotations, db.tasks, db.articles, async () => {
    const annotation = await resolveSourceAnnotation(db, input.source, now, newId);
    const existing = await db.tasks.where('annotationId').equals(annotation.id).first();
    if (existing) return { annotation, task: existing, created: false };
    const article = await db.articles.get(annotation.articleUrl);
    const task: TaskRecord = {
      id: newId(),
      articleUrl: annotation.articleUrl,
      annotationId: annotation.id,
      text: input.text,
      issuer: input.issuer,
      assignees: input.assignees,
      deadline: input.deadline,
      status: 'open',
      notes: input.notes ?? '',
      statusHistory: [{ status: 'open', at: now }],
      due: dueKey(input.deadline),
      site: article?.site ?? hostOf(annotation.articleUrl),
      province: article?.province ?? null,
      created: now,
      updated: now,
      revision: FIRST_REVISION,
    };
    await db.tasks.add(task);
    return { annotation, task, created: true };
  });
}

/** The saved annotation the source names, or the same passage already saved, or a new one saved now. */
async function resolveSourceAnnotation(
  db: GovMarkDB,
  source: TaskSource,
  now: number,
  newId: () => string,
): Promise<AnnotationRecord> {
  if ('annotationId' in source) {
    const annotation = await db.annotations.get(source.annotationId);
    if (!annotation) throw new RecordNotFoundError('annotations', source.annotationId);
    return annotation;
  }
  const wanted = source.annotation;
  const wantedPosition = JSON.stringify(positionOf(wanted));
  const saved = await db.annotations
    .where('articleUrl')
    .equals(wanted.articleUrl)
    .filter((candidate) => candidate.quote === wanted.quote && JSON.stringify(positionOf(candidate)) === wantedPosition)
    .first();
  if (saved) return saved;
  const annotation = buildAnnotation(wanted, now, newId());
  await db.annotations.add(annotation);
  return annotation;
}

function positionOf(annotation: Pick<AnnotationRecord, 'selectors'>): [number, number] | null {
  const position = annotation.selectors.find((selector) => selector.type === 'TextPositionSelector');
  return position ? [position.start, position.end] : null;
}

/**
 * Sets the status of several tasks at once (the dashboard's bulk change), all or none, in one
 * transaction. A change is appended to each task's history; setting the status a task already
 * has changes nothing and writes nothing (every write rewrites the task's ten index entries).
 * Returns the tasks in the order asked, as they are now.
 */
export async function setTaskStatuses(
  db: GovMarkDB,
  ids: readonly string[],
  status: TaskStatus,
  now: number,
): Promise<TaskRecord[]> {
  return db.transaction('rw', db.tasks, async () => {
    const stored = await db.tasks.bulkGet([...ids]);
    const changed: TaskRecord[] = [];
    const tasks = stored.map((task, index): TaskRecord => {
      if (!task) throw new RecordNotFoundError('tasks', ids[index]);
      if (task.status === status) return task;
      const updated = {
        ...task,
        status,
        statusHistory: [...task.statusHistory, { status, at: now }],
        updated: now,
        revision: nextRevision(task),
      };
      changed.push(updated);
      return updated;
    });
    if (changed.length > 0) await db.tasks.bulkPut(changed);
    return tasks;
  });
}

/** Deletes tasks (their passages stay highlighted), returning them for undo. Unknown ids are skipped. */
export async function deleteTasks(db: GovMarkDB, ids: readonly string[]): Promise<TaskRecord[]> {
  return db.transaction('rw', db.tasks, async () => {
    const tasks = (await db.tasks.bulkGet([...ids])).filter((task): task is TaskRecord => task !== undefined);
    await db.tasks.bulkDelete(tasks.map((task) => task.id));
    return tasks;
  });
}

export function listTasksForArticle(db: GovMarkDB, articleUrl: string): Promise<TaskRecord[]> {
  return db.tasks.where('articleUrl').equals(articleUrl).toArray();
}

export interface TaskPage {
  tasks: TaskRecord[];
  /** True when no task beyond these matches. */
  complete: boolean;
}

/**
 * The first `limit` tasks matching the filter, in the order they fall due, read through the
 * index of the most selective filter ([status+due], [site+due], [province+due] or due); the other
 * filters are checked on the records the index yields. Tasks without a deadline (due '') come last.
 */
export async function pageTasks(db: GovMarkDB, filter: TaskFilter, limit: number): Promise<TaskPage> {
  const [index, value] =
    filter.status !== undefined
      ? ['[status+due]', filter.status]
      : filter.site !== undefined
        ? ['[site+due]', filter.site]
        : filter.province !== undefined
          ? ['[province+due]', filter.province]
          : ['due', null];
  const dated =
    value === null
      ? db.tasks.where('due').above('')
      : db.tasks.where(index).between([value, ''], [value, Dexie.maxKey], false, true);
  const undated = value === null ? db.tasks.where('due').equals('') : db.tasks.where(index).equals([value, '']);
  // Only what the index did not decide is checked record by record: a collection with a filter
  // walks a cursor (one event per record), one without is a single getAll of `limit` records.
  const rest = restOfFilter(filter, index);
  const narrow = (collection: Collection<TaskRecord, string>) =>
    rest === null ? collection : collection.filter(taskMatcher(rest));
  // One more than asked tells whether the list goes on.
  const tasks = await narrow(dated)
    .limit(limit + 1)
    .toArray();
  if (tasks.length <= limit)
    tasks.push(
      ...(await narrow(undated)
        .limit(limit + 1 - tasks.length)
        .toArray()),
    );
  return { tasks: tasks.slice(0, limit), complete: tasks.length <= limit };
}

/** The part of the filter an index read on `index` leaves to check; null when nothing is left. */
function restOfFilter(filter: TaskFilter, index: string): TaskFilter | null {
  const decided = { '[status+due]': 'status', '[site+due]': 'site', '[province+due]': 'province' }[index];
  const rest = Object.fromEntries(
    Object.entries(filter).filter(([field, value]) => value !== undefined && field !== decided),
  ) as TaskFilter;
  return Object.keys(rest).length === 0 ? null : rest;
}

export interface TaskFacets {
  provinces: string[];
  sites: string[];
  assignees: string[];
}

/** The distinct provinces, sites and assignees of the tasks, from the indexes' keys alone. */
export async function taskFacets(db: GovMarkDB): Promise<TaskFacets> {
  const [provinces, sites, assignees] = await Promise.all([
    db.tasks.orderBy('province').uniqueKeys(),
    db.tasks.orderBy('site').uniqueKeys(),
    db.tasks.orderBy('assignees').uniqueKeys(),
  ]);
  const byFolded = new Map<string, string>();
  for (const name of assignees as string[]) {
    const key = foldForSearch(name);
    if (!byFolded.has(key)) byFolded.set(key, name);
  }
  return {
    provinces: sortedVi(provinces as string[]),
    sites: sortedVi((sites as string[]).filter((site) => site !== '')),
    assignees: sortedVi(byFolded.values()),
  };
}

function sortedVi(values: Iterable<string>): string[] {
  return [...values].sort((a, b) => a.localeCompare(b, 'vi'));
}

/**
 * Open and in-progress tasks whose deadline period ended before `todayIso` (the toolbar badge),
 * counted by the index alone: `due` is the period's last day ('' without a deadline, which
 * sorts first), so the overdue ones are the keys between '' and today, both left out. A count is
 * one request; walking the records took one event per task after every write.
 */
export async function countOverdue(db: GovMarkDB, todayIso: string): Promise<number> {
  const counts = await Promise.all(
    ACTIVE_STATUSES.map((status) =>
      db.tasks.where('[status+due]').between([status, ''], [status, todayIso], false, false).count(),
    ),
  );
  return counts.reduce((sum, count) => sum + count, 0);
}

/** What the reader can change on a tracked task (the popup's and the dashboard's task editor). */
export interface TaskChanges {
  text?: string;
  assignees?: string[];
  deadline?: string | null;
}

/**
 * Applies the reader's edit of a task, made from its copy at `baseRevision`; refused with a
 * StaleRevisionError when the task was saved elsewhere since. The due day follows the deadline.
 */
export async function updateTask(
  db: GovMarkDB,
  id: string,
  changes: TaskChanges,
  baseRevision: number,
  now: number,
): Promise<TaskRecord> {
  return db.transaction('rw', db.tasks, async () => {
    const stored = await db.tasks.get(id);
    if (!stored) throw new RecordNotFoundError('tasks', id);
    if (stored.revision !== baseRevision) throw new StaleRevisionError('tasks', id);
    const deadline = changes.deadline === undefined ? stored.deadline : changes.deadline;
    const updated: TaskRecord = {
      ...stored,
      ...(changes.text !== undefined && { text: changes.text.trim().normalize('NFC') }),
      ...(changes.assignees !== undefined && { assignees: normaliseNames(changes.assignees) }),
      deadline,
      due: dueKey(deadline),
      updated: now,
      revision: nextRevision(stored),
    };
    await db.tasks.put(updated);
    return updated;
  });
}

/** Assignees trimmed, in NFC, empty ones and repeats dropped, order kept. */
function normaliseNames(names: readonly string[]): string[] {
  return [...new Set(names.map((name) => name.replace(/\s+/gu, ' ').trim().normalize('NFC')).filter(Boolean))];
}
