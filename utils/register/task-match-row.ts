// The row the follow-up check keeps for a tracked task: the documents its passage cites and its
// assignees and matter in the form a visit compares (follow-up.ts), worked out once when the task
// or its article changes instead of on every visit.
import type { TaskMatchRecord } from '../model/register-records';
import type { DocumentIdentity } from './document-key';
import { bodyName, matterWeights } from './follow-up';

export function taskMatchRow(
  task: { id: string; articleUrl: string; text: string; assignees: readonly string[] },
  documents: readonly DocumentIdentity[],
): TaskMatchRecord {
  return {
    taskId: task.id,
    articleUrl: task.articleUrl,
    documents: documents.map(({ symbolKey, year, national }) => ({ symbolKey, year, national })),
    symbolKeys: [...new Set(documents.map((identity) => identity.symbolKey))],
    bodies: [...new Set(task.assignees.map(bodyName).filter((name) => name !== ''))],
    matter: [...matterWeights(task)],
  };
}
