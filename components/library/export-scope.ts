// What "the current filter" holds when exporting: everything (no search, no tag) or every record
// the background's index finds for the view, collected page by page. Read when the reader asks.
import type { Table } from 'dexie';
import { sendRequest } from '../../utils/messaging/send-to-background';
import type { LibraryView } from '../../utils/library/library-rows';
import type { LibraryRecords } from '../../utils/model/library';
import type { GovMarkDB } from '../../utils/storage/db';

const BLOCKS_PER_REQUEST = 1_000;
/** Records read per step when the reader watches the progress. */
const READ_CHUNK = 2_000;

/** Records read so far out of the library's total. */
export type ReadProgress = (read: number, total: number) => void;

/** The whole library, read for an export or a backup, a chunk at a time when progress is wanted. */
export async function readWholeLibrary(db: GovMarkDB, onProgress?: ReadProgress): Promise<LibraryRecords> {
  if (!onProgress) {
    const [articles, annotations, tasks] = await Promise.all([
      db.articles.toArray(),
      db.annotations.toArray(),
      db.tasks.toArray(),
    ]);
    return { articles, annotations, tasks };
  }
  const counts = await Promise.all([db.articles.count(), db.annotations.count(), db.tasks.count()]);
  const total = counts[0] + counts[1] + counts[2];
  let read = 0;
  onProgress(0, total);
  const step = (records: number) => {
    read += records;
    onProgress(read, total);
  };
  const articles = await readInChunks(db.articles, (article) => article.url, step);
  const annotations = await readInChunks(db.annotations, (annotation) => annotation.id, step);
  const tasks = await readInChunks(db.tasks, (task) => task.id, step);
  return { articles, annotations, tasks };
}

/** A table in primary-key order, READ_CHUNK records per transaction. */
async function readInChunks<T>(
  table: Table<T, string>,
  keyOf: (record: T) => string,
  step: (records: number) => void,
): Promise<T[]> {
  const out: T[] = [];
  let last: string | null = null;
  for (;;) {
    const chunk: T[] = await (last === null ? table.orderBy(':id') : table.where(':id').above(last))
      .limit(READ_CHUNK)
      .toArray();
    out.push(...chunk);
    step(chunk.length);
    if (chunk.length < READ_CHUNK) return out;
    last = keyOf(chunk[chunk.length - 1]);
  }
}

/** The library's records the view shows, in the library's order; null when the search failed. */
export async function recordsInView(
  library: LibraryRecords,
  view: LibraryView,
): Promise<{ annotations: LibraryRecords['annotations']; tasks: LibraryRecords['tasks'] } | null> {
  const shows = (kind: 'annotations' | 'tasks') => view.show === 'all' || view.show === kind;
  if (view.query.trim() === '' && view.tag === null) {
    return {
      annotations: shows('annotations') ? library.annotations : [],
      tasks: shows('tasks') ? library.tasks : [],
    };
  }
  const annotationIds = new Set<string>();
  const taskIds = new Set<string>();
  for (let offset = 0; ; offset += BLOCKS_PER_REQUEST) {
    const response = await sendRequest('library/search', {
      query: view.query,
      tag: view.tag,
      show: view.show,
      groupBy: view.groupBy,
      offset,
      limit: BLOCKS_PER_REQUEST,
    });
    if (!response.ok) return null;
    for (const block of response.data.blocks) {
      for (const id of block.annotationIds) annotationIds.add(id);
      for (const id of block.taskIds) taskIds.add(id);
    }
    if (offset + BLOCKS_PER_REQUEST >= response.data.totalBlocks) break;
  }
  return {
    annotations: library.annotations.filter((annotation) => annotationIds.has(annotation.id)),
    tasks: library.tasks.filter((task) => taskIds.has(task.id)),
  };
}
