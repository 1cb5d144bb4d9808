// Every write the extension pages make, in one place: each is a message to the background (the
// only writer), answered with a Response the page shows through useRequest. The background tells
// open tabs and pages about each write from its one dispatch (utils/messaging/background-handlers.ts),
// so no page repaints or broadcasts on its own. tests/unit/components/actions.test.ts checks that
// no other module of the extension pages sends a writing message.
import { sendRequest } from '../../utils/messaging/send-to-background';
import type { Response } from '../../utils/messaging/background-messages';
import type { CsvDialect } from '../../utils/export/csv';
import type { FindingKind, HighlightColor, TaskStatus } from '../../utils/model/kinds';
import type { AnnotationRecord, Settings, TaskRecord } from '../../utils/model/records';
import type { FollowUpRecord, FollowUpState } from '../../utils/model/register-records';
import type { ReminderSettings } from '../../utils/model/reminders';
import type { LanguageChoice } from '../../utils/settings/language';
import type { DeletedRecords } from '../../utils/storage/annotation-queries';
import type { ImportChannel } from '../../utils/library/send-import';
import type { TaskChanges } from '../../utils/storage/task-queries';
import { tasksToDeleteSeparately } from '../../utils/library/selection';

export function setTaskStatus(ids: readonly string[], status: TaskStatus): Promise<Response<null>> {
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

export function removeAlwaysOnSite(host: string, alwaysOnSites: readonly string[]): Promise<Response<Settings>> {
  return sendRequest('settings/set', { alwaysOnSites: alwaysOnSites.filter((site) => site !== host) });
}

export function setLanguageChoice(language: LanguageChoice): Promise<Response<Settings>> {
  return sendRequest('settings/set', { language });
}

/** The finding kinds left unpainted; every open page repaints (the background tells them). */
export function setHiddenKinds(hidden: readonly FindingKind[]): Promise<Response<Settings>> {
  return sendRequest('settings/set', { hiddenKinds: [...hidden] });
}

export function setCsvDialect(csvDialect: CsvDialect): Promise<Response<Settings>> {
  return sendRequest('settings/set', { csvDialect });
}

/** The whole reminder choice, as the caller merged it with what is stored. */
export function setReminderSettings(reminders: ReminderSettings): Promise<Response<Settings>> {
  return sendRequest('settings/set', { reminders });
}

/** The reader's answer to a suggested follow-up. */
export function decideFollowUp(
  id: string,
  state: Exclude<FollowUpState, 'suggested'>,
): Promise<Response<FollowUpRecord>> {
  return sendRequest('follow-up/decide', { id, state });
}

/** Deletes every article, annotation and task (the options page asked the reader first). */
export function wipeLibrary() {
  return sendRequest('library/wipe', { confirm: 'wipe' });
}

/** The background calls of an import in chunks (utils/library/send-import.ts). */
export const importChannel: ImportChannel = {
  begin: () => sendRequest('import/begin', {}),
  chunk: (importId, seq, records) => sendRequest('import/chunk', { importId, seq, records }),
  commit: (importId, chunks) => sendRequest('import/commit', { importId, chunks }),
  abort: (importId) => sendRequest('import/abort', { importId }),
};
