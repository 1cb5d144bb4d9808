// Follow-ups of tracked tasks: a newly visited article that cites a task's document, or gives the
// task's assignee an instruction on the same matter (utils/register/follow-up.ts), is suggested
// once per task; the reader confirms or dismisses it, and a dismissed one is not suggested again.
import type { Directive } from '../engine/types';
import type { ArticleRecord } from '../model/records';
import type { FollowUpRecord, FollowUpState, TaskMatchRecord } from '../model/register-records';
import { sameDocument } from '../register/document-key';
import {
  bodyName,
  type FollowUpMatch,
  matchStored,
  type PreparedAction,
  prepareAction,
  totalOf,
} from '../register/follow-up';
import { passageSelectors, sentenceRange } from '../register/passage';
import type { GovMarkDB } from './db';
import { RecordNotFoundError } from './errors';
import type { CitedHere } from './register-queries';

export function followUpId(taskId: string, articleUrl: string): string {
  return `${taskId}|${articleUrl}`;
}

/** Suggests this article as a follow-up of the tasks it matches (inside the caller's transaction). */
export async function suggestFollowUps(
  db: GovMarkDB,
  article: ArticleRecord,
  cited: readonly CitedHere[],
  directives: readonly Directive[],
  now: number,
): Promise<FollowUpRecord[]> {
  const symbolKeys = [...new Set(cited.map((here) => here.identity.symbolKey))];
  const bodies = [...new Set(directives.flatMap((directive) => directive.assignees.map(bodyName)))].filter(Boolean);
  const candidates = new Map<string, TaskMatchRecord>();
  // One `equals` per key, together: each is one getAll in the browser, where `anyOf` walks a
  // cursor row by row (the bench's 200 candidates: about 9 ms by anyOf, 4 ms by getAll).
  const found = (
    await Promise.all([
      ...symbolKeys.map((key) => db.taskMatch.where('symbolKeys').equals(key).toArray()),
      ...bodies.map((body) => db.taskMatch.where('bodies').equals(body).toArray()),
    ])
  ).flat();
  for (const row of found) if (row.articleUrl !== article.url) candidates.set(row.taskId, row);

  if (candidates.size === 0) return [];

  const prepared = directives.map((directive) => ({
    directive,
    action: prepareAction({
      text: directive.text,
      assignees: directive.assignees,
      documents: cited
        .filter((here) => here.start >= directive.start && here.end <= directive.end)
        .map((here) => here.identity),
    }),
  }));
  // Matched on the stored rows first: only the tasks that match are read.
  const matched = [...candidates.values()].flatMap((row) => {
    const match = bestMatch(row, prepared, cited, article.textSnapshot);
    return match ? [{ row, match }] : [];
  });
  if (matched.length === 0) return [];
  const [tasks, existing] = await Promise.all([
    db.tasks.bulkGet(matched.map(({ row }) => row.taskId)),
    db.followUps.bulkGet(matched.map(({ row }) => followUpId(row.taskId, article.url))),
  ]);
  const suggested: FollowUpRecord[] = [];
  matched.forEach(({ match }, index) => {
    const task = tasks[index];
    if (!task || task.status === 'dropped' || existing[index]) return;
    suggested.push({
      id: followUpId(task.id, article.url),
      taskId: task.id,
      articleUrl: article.url,
      title: article.title,
      site: article.site,
      published: article.published,
      reason: match.reason,
      score: match.score,
      text: article.textSnapshot.slice(match.start, match.end),
      selectors: passageSelectors(article.textSnapshot, match.start, match.end),
      state: 'suggested',
      created: now,
      decided: null,
    });
  });
  await db.followUps.bulkPut(suggested);
  return suggested;
}

type Located = FollowUpMatch & { start: number; end: number };

/** The directive that follows the task up best; else a mention of its document anywhere in the article. */
function bestMatch(
  row: TaskMatchRecord,
  directives: readonly { directive: Directive; action: PreparedAction }[],
  cited: readonly CitedHere[],
  text: string,
): Located | null {
  const total = totalOf(row);
  let best: Located | null = null;
  for (const { directive, action } of directives) {
    const match = matchStored(row, action, total);
    if (match && (!best || match.score > best.score)) best = { ...match, start: directive.start, end: directive.end };
  }
  if (best) return best;
  const mention = cited.find((here) => row.documents.some((document) => sameDocument(document, here.identity)));
  // The citing sentence, so the link opens the mention in its context.
  return mention ? { reason: 'same-document', score: 1, ...sentenceRange(text, mention.start, mention.end) } : null;
}

/** The reader's answer to a suggestion. */
export async function decideFollowUp(
  db: GovMarkDB,
  id: string,
  state: Exclude<FollowUpState, 'suggested'>,
  now: number,
): Promise<FollowUpRecord> {
  return db.transaction('rw', db.followUps, async () => {
    const followUp = await db.followUps.get(id);
    if (!followUp) throw new RecordNotFoundError('followUps', id);
    const decided = { ...followUp, state, decided: now };
    await db.followUps.put(decided);
    return decided;
  });
}

/** A task's follow-ups, oldest first. */
export async function followUpsOfTask(db: GovMarkDB, taskId: string): Promise<FollowUpRecord[]> {
  const rows = await db.followUps.where('taskId').equals(taskId).toArray();
  return rows.sort((a, b) => a.created - b.created);
}
