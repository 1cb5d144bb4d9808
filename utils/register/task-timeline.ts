// A task's timeline: the article that set it, the later articles that follow it up (suggested or
// confirmed; dismissed ones are the reader's "no"), and its status changes, in date order. Pure.
import type { TaskStatus } from '../model/kinds';
import type { ArticleRecord, TaskRecord } from '../model/records';
import type { FollowUpRecord } from '../model/register-records';

export type TimelineEntry =
  | { type: 'set'; at: number; day: string | null; article: Pick<ArticleRecord, 'url' | 'title' | 'site'> | null }
  | { type: 'follow-up'; at: number; day: string | null; followUp: FollowUpRecord }
  | { type: 'status'; at: number; day: null; status: TaskStatus };

/** An article is dated by its publication day when known, else by when the reader met it. */
function dated(published: string | null, fallback: number): { at: number; day: string | null } {
  const at = published ? Date.parse(`${published.slice(0, 10)}T00:00:00Z`) : Number.NaN;
  return Number.isFinite(at) ? { at, day: published!.slice(0, 10) } : { at: fallback, day: null };
}

export function taskTimeline(
  task: TaskRecord,
  article: ArticleRecord | null,
  followUps: readonly FollowUpRecord[],
): TimelineEntry[] {
  const entries: TimelineEntry[] = [
    {
      type: 'set',
      ...dated(article?.published ?? null, task.created),
      article: article ? { url: article.url, title: article.title, site: article.site } : null,
    },
    ...followUps
      .filter((followUp) => followUp.state !== 'dismissed')
      .map(
        (followUp): TimelineEntry => ({ type: 'follow-up', ...dated(followUp.published, followUp.created), followUp }),
      ),
    // The first status is the tracking itself; later ones are the reader's changes.
    ...task.statusHistory
      .slice(1)
      .map((change): TimelineEntry => ({ type: 'status', at: change.at, day: null, status: change.status })),
  ];
  const rank = { set: 0, 'follow-up': 1, status: 2 } as const;
  return entries.sort((a, b) => a.at - b.at || rank[a.type] - rank[b.type]);
}
