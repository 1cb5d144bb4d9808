// What the follow-up check needs of each tracked task (the documents its passage cites, its
// assignees as comparable names), kept in an indexed table so a visit reads only the tasks that
// share a document or an assignee with the article instead of every task.
import type { TaskMatchRecord } from '../model/register-records';
import type { TaskRecord } from '../model/records';
import { buildDigest, sameDigestEntry } from '../register/matter-digest';
import { taskMatchRow } from '../register/task-match-row';
import type { GovMarkDB } from './db';

/** Refreshes the match rows of these tasks; a task no longer stored loses its row. */
export async function indexTasks(db: GovMarkDB, taskIds: readonly string[]): Promise<void> {
  if (taskIds.length === 0) return;
  const tables = [db.taskMatch, db.matterDigests, db.tasks, db.annotations, db.citations, db.documents];
  await db.transaction('rw', tables, async () => {
    const tasks = await db.tasks.bulkGet([...taskIds]);
    const gone = taskIds.filter((_, index) => !tasks[index]);
    await writeMatchRows(db, [], gone);
    const present = tasks.filter((task): task is TaskRecord => task !== undefined);
    const byArticle = new Map<string, TaskRecord[]>();
    for (const task of present) byArticle.set(task.articleUrl, [...(byArticle.get(task.articleUrl) ?? []), task]);
    for (const [articleUrl, articleTasks] of byArticle) await indexArticleTasks(db, articleUrl, articleTasks);
  });
}

/** Re-indexes the tasks whose status was set to or from 'dropped' (the others' rows do not change). */
export async function indexDroppedChanges(db: GovMarkDB, tasks: readonly TaskRecord[]): Promise<void> {
  const changed = tasks.filter((task) => {
    const before = task.statusHistory[task.statusHistory.length - 2]?.status;
    return (task.status === 'dropped') !== (before === 'dropped');
  });
  await indexTasks(
    db,
    changed.map((task) => task.id),
  );
}

/** Refreshes the match rows of the tasks tracked from one article (`tasks`, read by the caller) after its citations change. */
export async function indexTasksOfArticle(
  db: GovMarkDB,
  articleUrl: string,
  tasks: readonly TaskRecord[],
): Promise<void> {
  if (tasks.length > 0) await indexArticleTasks(db, articleUrl, tasks);
}

async function indexArticleTasks(db: GovMarkDB, articleUrl: string, tasks: readonly TaskRecord[]): Promise<void> {
  const citations = await db.citations.where('articleUrl').equals(articleUrl).toArray();
  const annotations = await db.annotations.bulkGet(tasks.map((task) => task.annotationId));
  const documentKeys = [...new Set(citations.map((citation) => citation.documentKey))];
  const documents = new Map(
    (await db.documents.bulkGet(documentKeys)).flatMap((document) => (document ? [[document.key, document]] : [])),
  );
  // A dropped task is followed up no more: it has no row, so a visit never reads it.
  const rows = tasks.flatMap((task, index): TaskMatchRecord[] => {
    if (task.status === 'dropped') return [];
    const span = positionOf(annotations[index]?.selectors ?? []);
    const inPassage = citations.filter((citation) => {
      const at = positionOf(citation.selectors);
      return span && at ? at.start >= span.start && at.end <= span.end : task.text.includes(citation.quote);
    });
    const identities = inPassage.flatMap((citation) => {
      const document = documents.get(citation.documentKey);
      return document ? [{ symbolKey: document.symbolKey, year: document.year, national: document.national }] : [];
    });
    return [taskMatchRow({ ...task, articleUrl }, identities)];
  });
  const dropped = tasks.filter((task) => task.status === 'dropped').map((task) => task.id);
  await writeMatchRows(db, rows, dropped);
}

/**
 * Writes match rows and deletes others, then rebuilds the matter digest of each assignee whose
 * tasks' matter changed (a revisit that only refreshes a task's documents rebuilds none).
 */
async function writeMatchRows(db: GovMarkDB, rows: readonly TaskMatchRecord[], gone: readonly string[]): Promise<void> {
  if (rows.length === 0 && gone.length === 0) return;
  const before = await db.taskMatch.bulkGet([...rows.map((row) => row.taskId), ...gone]);
  const bodies = new Set<string>();
  rows.forEach((row, index) => {
    const old = before[index];
    if (old && sameDigestEntry(old, row)) return;
    for (const body of [...(old?.bodies ?? []), ...row.bodies]) bodies.add(body);
  });
  for (const old of before.slice(rows.length)) for (const body of old?.bodies ?? []) bodies.add(body);
  await Promise.all([db.taskMatch.bulkPut([...rows]), db.taskMatch.bulkDelete([...gone])]);
  await refreshDigests(db, [...bodies]);
}

/** Each body's digest again from its tasks' match rows; gone with its last task. */
export async function refreshDigests(db: GovMarkDB, bodies: readonly string[]): Promise<void> {
  await Promise.all(
    bodies.map(async (body) => {
      const rows = await db.taskMatch.where('bodies').equals(body).toArray();
      if (rows.length === 0) await db.matterDigests.delete(body);
      else await db.matterDigests.put(buildDigest(body, rows));
    }),
  );
}

function positionOf(selectors: readonly { type: string; start?: number; end?: number }[]) {
  const position = selectors.find((selector) => selector.type === 'TextPositionSelector');
  return position?.start !== undefined && position.end !== undefined
    ? { start: position.start, end: position.end }
    : null;
}
