// What the follow-up check needs of each tracked task (the documents its passage cites, its
// assignees as comparable names), kept in an indexed table so a visit reads only the tasks that
// share a document or an assignee with the article instead of every task.
import type { TaskMatchRecord } from '../model/register-records';
import type { TaskRecord } from '../model/records';
import { taskMatchRow } from '../register/task-match-row';
import type { GovMarkDB } from './db';

/** Refreshes the match rows of these tasks; a task no longer stored loses its row. */
export async function indexTasks(db: GovMarkDB, taskIds: readonly string[]): Promise<void> {
  if (taskIds.length === 0) return;
  await db.transaction('rw', [db.taskMatch, db.tasks, db.annotations, db.citations, db.documents], async () => {
    const tasks = await db.tasks.bulkGet([...taskIds]);
    const gone = taskIds.filter((_, index) => !tasks[index]);
    await db.taskMatch.bulkDelete(gone);
    const present = tasks.filter((task): task is TaskRecord => task !== undefined);
    const byArticle = new Map<string, TaskRecord[]>();
    for (const task of present) byArticle.set(task.articleUrl, [...(byArticle.get(task.articleUrl) ?? []), task]);
    for (const [articleUrl, articleTasks] of byArticle) await indexArticleTasks(db, articleUrl, articleTasks);
  });
}

/** Refreshes the match rows of the tasks tracked from one article (after its citations change). */
export async function indexTasksOfArticle(db: GovMarkDB, articleUrl: string): Promise<void> {
  const tasks = await db.tasks.where('articleUrl').equals(articleUrl).toArray();
  if (tasks.length > 0) await indexArticleTasks(db, articleUrl, tasks);
}

async function indexArticleTasks(db: GovMarkDB, articleUrl: string, tasks: readonly TaskRecord[]): Promise<void> {
  const citations = await db.citations.where('articleUrl').equals(articleUrl).toArray();
  const annotations = await db.annotations.bulkGet(tasks.map((task) => task.annotationId));
  const documentKeys = [...new Set(citations.map((citation) => citation.documentKey))];
  const documents = new Map(
    (await db.documents.bulkGet(documentKeys)).flatMap((document) => (document ? [[document.key, document]] : [])),
  );
  const rows = tasks.map((task, index): TaskMatchRecord => {
    const span = positionOf(annotations[index]?.selectors ?? []);
    const inPassage = citations.filter((citation) => {
      const at = positionOf(citation.selectors);
      return span && at ? at.start >= span.start && at.end <= span.end : task.text.includes(citation.quote);
    });
    const identities = inPassage.flatMap((citation) => {
      const document = documents.get(citation.documentKey);
      return document ? [{ symbolKey: document.symbolKey, year: document.year, national: document.national }] : [];
    });
    return taskMatchRow({ ...task, articleUrl }, identities);
  });
  await db.taskMatch.bulkPut(rows);
}

function positionOf(selectors: readonly { type: string; start?: number; end?: number }[]) {
  const position = selectors.find((selector) => selector.type === 'TextPositionSelector');
  return position?.start !== undefined && position.end !== undefined
    ? { start: position.start, end: position.end }
    : null;
}
