// The dashboard's list as flat rows for a windowed list: province headers (when grouping by
// province), article headers, then each article's annotations in reading order and its tasks.
// Built from the blocks read so far (utils/storage/library-queries.ts), in the order given.
// A passage tracked as a task is one row, the task's (carrying the annotation's note and tags):
// listing both showed the same text twice and counted it twice.
import type { AnnotationRecord, ArticleRecord, TaskRecord } from '../model/records';
import type { GroupBy, ShownItems } from '../search/library-search';
import type { LibraryBlock } from '../storage/library-queries';

export interface LibraryView {
  query: string;
  /** Only annotations with this tag, and tasks tracked from them. */
  tag: string | null;
  show: ShownItems;
  groupBy: GroupBy;
}

export type LibraryRow =
  | { type: 'province'; key: string; province: string | null; articleCount: number }
  | {
      type: 'article';
      key: string;
      url: string;
      article: ArticleRecord | undefined;
      /** Rows under the article: annotations not tracked as tasks, and tasks. */
      annotationCount: number;
      taskCount: number;
    }
  | { type: 'annotation'; key: string; annotation: AnnotationRecord; article: ArticleRecord | undefined }
  | {
      type: 'task';
      key: string;
      task: TaskRecord;
      /** The passage the task was tracked from, when it is among the rows read. */
      annotation: AnnotationRecord | undefined;
      article: ArticleRecord | undefined;
    };

export const DEFAULT_VIEW: LibraryView = { query: '', tag: null, show: 'all', groupBy: 'article' };

export function rowKey(type: LibraryRow['type'], id: string): string {
  return `${type}:${id}`;
}

/** `provinceCounts` gives each province header its number of articles ('' for the unknown one). */
export function blocksToRows(
  blocks: readonly LibraryBlock[],
  groupBy: GroupBy,
  provinceCounts: Readonly<Record<string, number>> = {},
): LibraryRow[] {
  const rows: LibraryRow[] = [];
  let province: string | null | undefined;
  for (const block of blocks) {
    if (groupBy === 'province' && block.province !== province) {
      province = block.province;
      rows.push({
        type: 'province',
        key: rowKey('province', province ?? ''),
        province,
        articleCount: provinceCounts[province ?? ''] ?? 0,
      });
    }
    const { article } = block;
    const tracked = new Set(block.tasks.map((task) => task.annotationId));
    const annotations = block.annotations.filter((annotation) => !tracked.has(annotation.id));
    const byId = new Map(block.annotations.map((annotation) => [annotation.id, annotation]));
    rows.push({
      type: 'article',
      key: rowKey('article', block.url),
      url: block.url,
      article,
      annotationCount: annotations.length,
      taskCount: block.tasks.length,
    });
    for (const annotation of annotations) {
      rows.push({ type: 'annotation', key: rowKey('annotation', annotation.id), annotation, article });
    }
    for (const task of block.tasks) {
      rows.push({ type: 'task', key: rowKey('task', task.id), task, annotation: byId.get(task.annotationId), article });
    }
  }
  return rows;
}

/** The articles listed in the rows, in list order (citations of everything shown). */
export function articlesOfRows(rows: readonly LibraryRow[]): ArticleRecord[] {
  return rows.flatMap((row) => (row.type === 'article' && row.article ? [row.article] : []));
}
