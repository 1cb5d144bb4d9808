// Every schema GovMark has released, oldest first, with the upgrade that brings data written by
// one version to the next. A version once released is never edited: changes go in a new one.
import { Dexie, type Table, type Transaction } from 'dexie';
import type { AnnotationRecord, ArticleRecord, TaskRecord } from '../model/records';
import { hostOf } from './url-host';
import { dueKey } from '../model/deadline';
import { FIRST_REVISION } from '../model/revision';
import type { FollowUpRecord, TaskMatchRecord } from '../model/register-records';
import { articleFollowUpsOf } from './follow-up-records';
import { digestsOf } from '../register/matter-digest';

/** Version 1, the first release: tasks without site/province and without a status history. */
export const SCHEMA_V1 = {
  articles: 'url, site, province, lastVisit',
  annotations: 'id, articleUrl, created, *tags, kind',
  tasks: 'id, status, deadline, articleUrl, [status+deadline], *assignees, annotationId',
} as const;

/** Version 2: tasks carry their article's site and province (filters without a join), settings table. */
export const SCHEMA_V2 = {
  articles: 'url, site, province, lastVisit',
  annotations: 'id, articleUrl, created, *tags, kind',
  tasks: 'id, status, deadline, site, province, articleUrl, [status+deadline], *assignees, annotationId',
  settings: 'key',
} as const;

/**
 * Version 3: the library pages through its tables by index instead of reading them whole. Tasks
 * carry `due` (when they fall due) with compound indexes per filter, articles are ordered by
 * visit within a province, and the background keeps its search index between lives.
 */
export const SCHEMA_V3 = {
  articles: 'url, site, province, lastVisit, [province+lastVisit]',
  annotations: 'id, articleUrl, created, *tags, kind',
  tasks:
    'id, status, deadline, site, province, articleUrl, [status+deadline], *assignees, annotationId, due, [status+due], [site+due], [province+due]',
  settings: 'key',
  searchIndex: 'key',
  searchPending: 'key',
} as const;

/**
 * Version 4: annotations and tasks carry a `revision` (raised on every write, so an edit made
 * from a stale copy is refused instead of silently replacing a newer one), and imports are
 * staged chunk by chunk in `importStaging` until one final transaction swaps them in.
 */
export const SCHEMA_V4 = {
  ...SCHEMA_V3,
  importStaging: '[importId+seq]',
} as const;

/**
 * Version 5: the register of documents across articles (documents keyed by their normalised
 * symbol, citations linking them to passages), what the follow-up check needs of each task, the
 * follow-ups suggested, and which articles are registered (so the rebuild from stored articles
 * knows what is left). The register is filled from findings, not by this upgrade: the background
 * rebuilds it from the stored snapshots after opening (utils/storage/register-rebuild.ts).
 */
export const SCHEMA_V5 = {
  ...SCHEMA_V4,
  documents: 'key, symbolKey, articleCount, lastSeen, docType, *provinces',
  citations: 'id, documentKey, articleUrl',
  taskMatch: 'taskId, articleUrl, *symbolKeys, *bodies',
  followUps: 'id, taskId, articleUrl, state',
  registered: 'url',
} as const;

/**
 * Version 6: tasks lose three indexes nothing reads any more (`status` and `deadline` alone, and
 * `[status+deadline]`, which the badge walked and now counts on `[status+due]`). Every write of a
 * task rewrites each of its index entries: a bulk status change of 1,000 tasks spends most of
 * its time there (about 30 ms per index per 1,000 tasks in Chromium here).
 */
export const SCHEMA_V6 = {
  ...SCHEMA_V5,
  tasks: 'id, site, province, articleUrl, *assignees, annotationId, due, [status+due], [site+due], [province+due]',
} as const;

/**
 * Version 7: the follow-up check's digest of matter per assignee (utils/register/matter-digest.ts),
 * so a visit reads one record per assignee of its directives instead of every task of each. Built
 * from the match rows, which are derived data: the upgrade builds the digests from them.
 */
export const SCHEMA_V7 = {
  ...SCHEMA_V6,
  matterDigests: 'body',
} as const;

/**
 * Version 8: an article's follow-ups in one record (`articleFollowUps`, keyed by the article,
 * indexed by the tasks it follows up) instead of a record each in `followUps`: a visit writes its
 * suggestions in one request. The upgrade moves every suggestion over with the reader's answer.
 */
export const SCHEMA_V8 = {
  ...SCHEMA_V7,
  followUps: null,
  articleFollowUps: 'articleUrl, *taskIds',
} as const;

export const CURRENT_SCHEMA_VERSION = 8;

/** A task as version 1 stored it. */
export type TaskRecordV1 = Omit<TaskRecord, 'site' | 'province' | 'statusHistory' | 'due' | 'revision'>;

/** A task as version 2 stored it. */
export type TaskRecordV2 = Omit<TaskRecord, 'due' | 'revision'>;

/** A task as version 3 stored it. */
export type TaskRecordV3 = Omit<TaskRecord, 'revision'>;

/** An annotation as versions 1 to 3 stored it. */
export type AnnotationRecordV3 = Omit<AnnotationRecord, 'revision'>;

export function declareSchema(db: Dexie): void {
  db.version(1).stores(SCHEMA_V1);
  db.version(2).stores(SCHEMA_V2).upgrade(upgradeToV2);
  db.version(3).stores(SCHEMA_V3).upgrade(upgradeToV3);
  db.version(4).stores(SCHEMA_V4).upgrade(upgradeToV4);
  db.version(5).stores(SCHEMA_V5);
  db.version(6).stores(SCHEMA_V6);
  db.version(7).stores(SCHEMA_V7).upgrade(upgradeToV7);
  db.version(8).stores(SCHEMA_V8).upgrade(upgradeToV8);
}

/**
 * Fills each task's site and province from its article (the host of its URL when the article
 * was never recorded) and starts its status history with the status it has, dated when the task
 * was last updated: the best the old data tells.
 */
export async function upgradeToV2(tx: Transaction): Promise<void> {
  const tasks: TaskRecordV1[] = await tx.table('tasks').toArray();
  if (tasks.length === 0) return;
  const urls = [...new Set(tasks.map((task) => task.articleUrl))];
  const articles: (ArticleRecord | undefined)[] = await tx.table('articles').bulkGet(urls);
  const articleByUrl = new Map(urls.map((url, index) => [url, articles[index]]));
  const upgraded = tasks.map((task): TaskRecordV2 => {
    const article = articleByUrl.get(task.articleUrl);
    return {
      ...task,
      site: article?.site ?? hostOf(task.articleUrl),
      province: article?.province ?? null,
      statusHistory: [{ status: task.status, at: task.updated }],
    };
  });
  await tx.table('tasks').bulkPut(upgraded);
}

/** Gives every task the day it falls due, from its deadline. */
export async function upgradeToV3(tx: Transaction): Promise<void> {
  await tx
    .table('tasks')
    .toCollection()
    .modify((task: TaskRecordV3) => {
      task.due = dueKey(task.deadline);
    });
}

/** Every record written before revisions starts at the first one. */
export async function upgradeToV4(tx: Transaction): Promise<void> {
  for (const table of ['annotations', 'tasks']) {
    await tx
      .table(table)
      .toCollection()
      .modify((record: { revision?: number }) => {
        record.revision = FIRST_REVISION;
      });
  }
}

/**
 * Builds every assignee's matter digest from the stored match rows. Dropped tasks leave the
 * follow-up check from this version on (a visit reads no task row to learn the status), so their
 * rows go.
 */
export async function upgradeToV7(tx: Transaction): Promise<void> {
  const dropped = new Set(await droppedTaskIds(tx.table('tasks')));
  const rows: TaskMatchRecord[] = await tx.table('taskMatch').toArray();
  await tx.table('taskMatch').bulkDelete(rows.filter((row) => dropped.has(row.taskId)).map((row) => row.taskId));
  await tx.table('matterDigests').bulkPut(digestsOf(rows.filter((row) => !dropped.has(row.taskId))));
}

/** The ids of the dropped tasks, by the `[status+due]` index (tasks have no `status` index since version 6). */
export function droppedTaskIds(tasks: Table<TaskRecord, string>): Promise<string[]> {
  return tasks.where('[status+due]').between(['dropped', Dexie.minKey], ['dropped', Dexie.maxKey]).primaryKeys();
}

/** Every suggestion, confirmed or dismissed answer included, moves into its article's record. */
export async function upgradeToV8(tx: Transaction): Promise<void> {
  const followUps: FollowUpRecord[] = await tx.table('followUps').toArray();
  await tx.table('articleFollowUps').bulkPut(articleFollowUpsOf(followUps));
}
