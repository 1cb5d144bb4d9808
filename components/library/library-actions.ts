// Every write the extension pages make, in one place: each is a message to the background (the
// only writer), answered with a Response the page shows through useRequest.
import { sendRequest } from '../../utils/messaging/send-to-background';
import type { Response } from '../../utils/messaging/background-messages';
import type { HighlightColor, TaskStatus } from '../../utils/model/kinds';
import type { AnnotationRecord, TaskRecord } from '../../utils/model/records';
import type { DeletedRecords } from '../../utils/storage/annotation-queries';
import type { ImportChannel } from '../../utils/library/send-import';
import type { TaskChanges } from '../../utils/storage/task-queries';
import { tasksToDeleteSeparately } from '../../utils/library/selection';

export function setTaskStatus(ids: readonly string[], status: TaskStatus): Promise<Response<TaskRecord[]>> {
  return sendRequest('task/set-status', { ids: [...ids], status });
}

/** Saves the reader's edit of a task, made from its copy at `revision` (refused when it is stale). */
export function updateTask(id: string, revision: number, changes: TaskChanges): Promise<Response<TaskRecord>> {
  return sendRequest('task/update', { id, revision, changes });
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

/** The background calls of an import in chunks (utils/library/send-import.ts). */
export const importChannel: ImportChannel = {
  begin: () => sendRequest('import/begin', {}),
  chunk: (importId, seq, records) => sendRequest('import/chunk', { importId, seq, records }),
  commit: (importId, chunks) => sendRequest('import/commit', { importId, chunks }),
  abort: (importId) => sendRequest('import/abort', { importId }),
};
