// Follow-ups of tracked tasks: a newly visited article that cites a task's document, or gives the
// task's assignee an instruction on the same matter (utils/register/follow-up.ts), is suggested
// once per task; the reader confirms or dismisses it, and a dismissed one is not suggested again.
import type { Directive } from '../engine/types';
import type { ArticleRecord } from '../model/records';
import type { FollowUpRecord, FollowUpState, TaskMatchRecord } from '../model/register-records';
import { sameDocument } from '../register/document-key';
import { type MatterDigest, sameMatterMatches } from '../register/matter-digest';
import { type FollowUpMatch, matchStored, type PreparedAction, prepareAction, totalOf } from '../register/follow-up';
import { passageSelectors, sentenceRange } from '../register/passage';
import type { GovMarkDB } from './db';
import { RecordNotFoundError } from './errors';
import type { CitedHere } from './register-queries';
import { withFollowUps } from './follow-up-records';

export function followUpId(taskId: string, articleUrl: string): string {
  return `${taskId}|${articleUrl}`;
}

/**
 * Suggests this article as a follow-up of the tasks it matches (inside the caller's transaction).
 * One round of reads, a few requests: the matter digests of the directives' assignees, the match
 * rows of tasks that cite the article's documents and the article's record of follow-ups (the
 * answers already given for it); then one write, that record. In IndexedDB each request costs
 * about as much as a small row's worth of work, so the check reads no task row and asks nothing
 * per pair, per candidate or per suggestion. `ownTaskIds` are the tasks tracked from this
 * article (the caller has read them), which it does not follow up.
 */
export async function suggestFollowUps(
  db: GovMarkDB,
  article: ArticleRecord,
  cited: readonly CitedHere[],
  directives: readonly Directive[],
  ownTaskIds: readonly string[],
  now: number,
): Promise<FollowUpRecord[]> {
  const symbolKeys = [...new Set(cited.map((here) => here.identity.symbolKey))];
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
  const bodies = [...new Set(prepared.flatMap(({ action }) => [...action.bodies]))];
  const [digests, bySymbol, record] = await Promise.all([
    db.matterDigests.bulkGet(bodies),
    Promise.all(symbolKeys.map((key) => db.taskMatch.where('symbolKeys').equals(key).toArray())),
    db.articleFollowUps.get(article.url),
  ]);
  // The article's own tasks are not followed up by it, and a task is suggested once per article.
  const skipped = new Set([...ownTaskIds, ...(record?.taskIds ?? [])]);
  const skip = { has: (taskId: string) => skipped.has(taskId) };

  // Tasks that share a document name are matched on their rows (a document or the matter);
  // every other task can only match on the matter, worked out from the digests.
  const matched = new Map<string, Located>();
  for (const row of bySymbol.flat()) {
    if (skip.has(row.taskId) || matched.has(row.taskId)) continue;
    const match = bestMatch(row, prepared, cited, article.textSnapshot);
    if (match) matched.set(row.taskId, match);
  }
  const read = new Set(bySymbol.flat().map((row) => row.taskId));
  const onMatter = sameMatterMatches(
    digests.filter((digest): digest is MatterDigest => digest !== undefined),
    prepared.map(({ action }) => action),
  );
  for (const [taskId, { directive, score }] of onMatter) {
    if (skip.has(taskId) || read.has(taskId)) continue;
    const { start, end } = prepared[directive].directive;
    matched.set(taskId, { reason: 'same-matter', score, start, end });
  }
  if (matched.size === 0) return [];
  // Every matched task is stored and followed (a deleted or dropped task has no match row and no digest entry).
  const suggested = [...matched].map(
    ([taskId, match]): FollowUpRecord => ({
      id: followUpId(taskId, article.url),
      taskId,
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
    }),
  );
  await db.articleFollowUps.put(withFollowUps(record, article.url, suggested));
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
  return db.transaction('rw', db.articleFollowUps, async () => {
    // The id is `${taskId}|${articleUrl}`; the task's id is not known to hold no '|', so each
    // place the article's URL could start is tried (there is one in practice).
    for (let at = id.indexOf('|'); at >= 0; at = id.indexOf('|', at + 1)) {
      const record = await db.articleFollowUps.get(id.slice(at + 1));
      const followUp = record?.followUps.find((entry) => entry.id === id);
      if (!record || !followUp) continue;
      const decided = { ...followUp, state, decided: now };
      await db.articleFollowUps.put(withFollowUps(record, record.articleUrl, [decided]));
      return decided;
    }
    throw new RecordNotFoundError('followUps', id);
  });
}

/** A task's follow-ups, oldest first. */
export async function followUpsOfTask(db: GovMarkDB, taskId: string): Promise<FollowUpRecord[]> {
  const records = await db.articleFollowUps.where('taskIds').equals(taskId).toArray();
  const rows = records.flatMap((record) => record.followUps.filter((followUp) => followUp.taskId === taskId));
  return rows.sort((a, b) => a.created - b.created);
}

/** Every follow-up stored, one per task and article (the backup's form). */
export async function allFollowUps(db: GovMarkDB): Promise<FollowUpRecord[]> {
  return (await db.articleFollowUps.toArray()).flatMap((record) => record.followUps);
}
