// Follow-ups are stored one record per article (schema version 8); everything outside storage
// still sees one FollowUpRecord per task and article (timeline, backup, import).
import type { ArticleFollowUps, FollowUpRecord } from '../model/register-records';

/** Follow-ups grouped into their articles' records, in the order given. */
export function articleFollowUpsOf(followUps: readonly FollowUpRecord[]): ArticleFollowUps[] {
  const byArticle = new Map<string, FollowUpRecord[]>();
  for (const followUp of followUps) {
    byArticle.set(followUp.articleUrl, [...(byArticle.get(followUp.articleUrl) ?? []), followUp]);
  }
  return [...byArticle].map(([articleUrl, entries]) => articleRecord(articleUrl, entries));
}

export function articleRecord(articleUrl: string, followUps: FollowUpRecord[]): ArticleFollowUps {
  return { articleUrl, taskIds: [...new Set(followUps.map((followUp) => followUp.taskId))], followUps };
}

/** The record with these follow-ups put in: one of the same id is replaced, a new one added. */
export function withFollowUps(
  record: ArticleFollowUps | undefined,
  articleUrl: string,
  followUps: readonly FollowUpRecord[],
): ArticleFollowUps {
  const byId = new Map((record?.followUps ?? []).map((followUp) => [followUp.id, followUp]));
  for (const followUp of followUps) byId.set(followUp.id, followUp);
  return articleRecord(articleUrl, [...byId.values()]);
}
