// What "the current filter" holds when exporting: everything (no search, no tag) or every record
// the background's index finds for the view, collected page by page. Read when the reader asks.
import { sendRequest } from '../../utils/messaging/send-to-background';
import type { LibraryView } from '../../utils/library/library-rows';
import type { LibraryRecords } from '../../utils/model/library';
import type { GovMarkDB } from '../../utils/storage/db';

const BLOCKS_PER_REQUEST = 1_000;

/** The whole library, read for an export or a backup. */
export async function readWholeLibrary(db: GovMarkDB): Promise<LibraryRecords> {
  const [articles, annotations, tasks] = await Promise.all([
    db.articles.toArray(),
    db.annotations.toArray(),
    db.tasks.toArray(),
  ]);
  return { articles, annotations, tasks };
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
