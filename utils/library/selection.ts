// Which records a dashboard selection names. Selected keys outlive the rows (a search narrows the
// list, another window deletes a record): only rows still listed count.
import type { LibraryRow } from './library-rows';

export interface SelectedRecords {
  annotationIds: string[];
  taskIds: string[];
  articleUrls: string[];
  /** Item rows selected (a tracked passage and its task are one row). */
  rowCount: number;
}

export function selectedRecords(rows: readonly LibraryRow[], selectedKeys: ReadonlySet<string>): SelectedRecords {
  const selected: SelectedRecords = { annotationIds: [], taskIds: [], articleUrls: [], rowCount: 0 };
  if (selectedKeys.size === 0) return selected;
  for (const row of rows) {
    if (!selectedKeys.has(row.key)) continue;
    if (row.type === 'annotation' || row.type === 'task') selected.rowCount += 1;
    if (row.type === 'annotation') selected.annotationIds.push(row.annotation.id);
    else if (row.type === 'task') {
      selected.taskIds.push(row.task.id);
      // The row stands for the tracked passage too: deleting it removes both (undo restores both).
      if (row.annotation) selected.annotationIds.push(row.annotation.id);
    } else if (row.type === 'article') selected.articleUrls.push(row.url);
  }
  return selected;
}

/**
 * Deleting an annotation deletes the tasks tracked from it, so only the selected tasks whose
 * annotation stays need their own delete.
 */
export function tasksToDeleteSeparately(taskIds: readonly string[], deletedTaskIds: readonly string[]): string[] {
  const gone = new Set(deletedTaskIds);
  return taskIds.filter((id) => !gone.has(id));
}
