// Decides what an import writes, so importing the same file twice changes nothing the second
// time: records keep their ids (article URL, annotation and task id), the newer edit wins.
import type { AnnotationRecord, ArticleRecord, TaskRecord } from '../model/records';
import type { LibraryRecords } from '../model/library';

export interface ImportPlan {
  /** Records the library does not have. */
  add: LibraryRecords;
  /** Records to overwrite with the merged version. */
  update: LibraryRecords;
  /** Incoming records the library already holds as they are or newer. */
  unchanged: number;
}

interface Split<T> {
  add: T[];
  update: T[];
  unchanged: number;
}

function split<T>(
  existing: readonly T[],
  incoming: readonly T[],
  key: (record: T) => string,
  merge: (current: T, next: T) => T | null,
): Split<T> {
  const byKey = new Map(existing.map((record) => [key(record), record]));
  const result: Split<T> = { add: [], update: [], unchanged: 0 };
  for (const record of incoming) {
    const current = byKey.get(key(record));
    const merged = current ? merge(current, record) : record;
    if (!current) result.add.push(record);
    else if (merged) result.update.push(merged);
    else result.unchanged += 1;
  }
  return result;
}

/** Articles have no edit time: the later visit's reading wins, the first visit stays the earliest. */
function mergeArticle(current: ArticleRecord, next: ArticleRecord): ArticleRecord | null {
  const newer = next.lastVisit > current.lastVisit;
  const earlier = next.firstVisit < current.firstVisit;
  if (!newer && !earlier) return null;
  return { ...(newer ? next : current), firstVisit: Math.min(current.firstVisit, next.firstVisit) };
}

/**
 * Ties keep the library's copy, so a re-import never rewrites what is there. The winner gets a
 * revision past both copies, so an editor still holding the library's copy cannot save over it.
 */
function newerEdit<T extends AnnotationRecord | TaskRecord>(current: T, next: T): T | null {
  if (next.updated <= current.updated) return null;
  return { ...next, revision: Math.max(current.revision, next.revision) + 1 };
}

export function mergeImport(existing: LibraryRecords, incoming: LibraryRecords): ImportPlan {
  const articles = split(existing.articles, incoming.articles, (article) => article.url, mergeArticle);
  const annotations = split(existing.annotations, incoming.annotations, (annotation) => annotation.id, newerEdit);
  const tasks = split(existing.tasks, incoming.tasks, (task) => task.id, newerEdit);
  return {
    add: { articles: articles.add, annotations: annotations.add, tasks: tasks.add },
    update: { articles: articles.update, annotations: annotations.update, tasks: tasks.update },
    unchanged: articles.unchanged + annotations.unchanged + tasks.unchanged,
  };
}
