// Every write the extension pages make, in one place: each is a message to the background (the
// only writer), answered with a Response the page shows through useRequest.
import { sendRequest } from '../../utils/messaging/send-to-background';
import type { Response } from '../../utils/messaging/background-messages';
import type { HighlightColor, TaskStatus } from '../../utils/model/kinds';
import type { AnnotationRecord, TaskRecord } from '../../utils/model/records';
import type { DeletedRecords } from '../../utils/storage/annotation-queries';
import type { ImportSummary } from '../../utils/library/import-library';
import type { LibraryRecords } from '../../utils/model/library';
import { tasksToDeleteSeparately } from '../../utils/library/selection';

export function setTaskStatus(ids: readonly string[], status: TaskStatus): Promise<Response<TaskRecord[]>> {
  return sendRequest('task/set-status', { ids: [...ids], status });
}

/** Saves the reader's changes to an annotation, made from its copy at `revision` (refused when it is stale). */
export function saveAnnotation(
  id: string,
  revision: number,
  changes: { note?: string; tags?: string[]; color?: HighlightColor },
): Promise<Response<AnnotationRecord>> {
  return sendRequest('annotation/update', { id, revision, changes });
}

/** Deletes annotations (with the tasks tracked from them) and tasks, returning everything removed for undo. */
export async function deleteRecords(selection: {
  annotationIds: readonly string[];
  taskIds: readonly string[];
}): Promise<Response<DeletedRecords>> {
  const removed: DeletedRecords = { annotations: [], tasks: [] };
  if (selection.annotationIds.length > 0) {
    const response = await sendRequest('annotation/delete', { ids: [...selection.annotationIds] });
    if (!response.ok) return response;
    removed.annotations.push(...response.data.annotations);
    removed.tasks.push(...response.data.tasks);
  }
  const taskIds = tasksToDeleteSeparately(
    selection.taskIds,
    removed.tasks.map((task) => task.id),
  );
  if (taskIds.length > 0) {
    const response = await sendRequest('task/delete', { ids: taskIds });
    if (!response.ok) return response;
    removed.tasks.push(...response.data);
  }
  return { ok: true, data: removed };
}

export function restoreRecords(deleted: DeletedRecords): Promise<Response<null>> {
  return sendRequest('annotation/restore', deleted);
}

export function addAlwaysOnSite(host: string, alwaysOnSites: readonly string[]): Promise<Response<unknown>> {
  return sendRequest('settings/set', { alwaysOnSites: [...alwaysOnSites, host] });
}

/** Merges a parsed backup into the library. */
export function importLibrary(library: LibraryRecords): Promise<Response<ImportSummary>> {
  return sendRequest('library/import', library);
}
