// Storing follow-ups one record per article (schema version 8) changed how they are written, not
// what is suggested: on the bench's library (at a tenth of its size) the two demo visits suggest
// exactly what main suggested at 2125d34, the last commit with a record per follow-up
// (tests/fixtures/register/follow-ups-main-2125d34.json, written by that commit's code from the
// same seed and visits; regenerating it from this code would prove nothing). And readers who
// upgrade from version 7 keep every suggestion with their answer to it.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Dexie } from 'dexie';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { afterEach, describe, expect, it } from 'vitest';
import { seedRegister } from '../../../scripts/bench/register-seed';
import type { FollowUpRecord } from '../../../utils/model/register-records';
import { GovMarkDB } from '../../../utils/storage/db';
import { allFollowUps, decideFollowUp, followUpId, followUpsOfTask } from '../../../utils/storage/follow-up-queries';
import {
  SCHEMA_V1,
  SCHEMA_V2,
  SCHEMA_V3,
  SCHEMA_V4,
  SCHEMA_V5,
  SCHEMA_V6,
  SCHEMA_V7,
} from '../../../utils/storage/schema';
import { directiveWith, REGISTER_ARTICLES, trackDirective, visit, visitOf } from '../register/register-articles';
import { openTestDb } from './test-db';

const BEFORE = path.resolve(import.meta.dirname, '../../fixtures/register/follow-ups-main-2125d34.json');

const byId = (a: FollowUpRecord, b: FollowUpRecord) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

let db: GovMarkDB | undefined;
afterEach(() => db?.close());

describe('follow-ups one record per article', () => {
  it('suggests on the bench library exactly what main suggested with a record per follow-up', async () => {
    ({ db } = openTestDb());
    const seeded = seedRegister({ documents: 1_000, tasks: 2_000, popularCitations: 30 });
    const open = db;
    await open.transaction(
      'rw',
      [open.documents, open.citations, open.tasks, open.taskMatch, open.matterDigests],
      async () => {
        await open.documents.bulkPut(seeded.documents);
        await open.citations.bulkPut(seeded.citations);
        await open.tasks.bulkPut(seeded.tasks);
        await open.taskMatch.bulkPut(seeded.taskMatch);
        await open.matterDigests.bulkPut(seeded.matterDigests);
      },
    );
    await visit(open, 'first', 1_000_000);
    await visit(open, 'second', 2_000_000);
    const before: FollowUpRecord[] = JSON.parse(readFileSync(BEFORE, 'utf8'));
    expect(before.length).toBeGreaterThan(10);
    expect(new Set(before.map((followUp) => followUp.reason))).toEqual(new Set(['same-document', 'same-matter']));
    expect((await allFollowUps(open)).sort(byId)).toEqual(before);
    // One record per visited article that suggested something.
    expect(await open.articleFollowUps.count()).toBe(new Set(before.map((followUp) => followUp.articleUrl)).size);
    // A revisit suggests nothing twice.
    await visit(open, 'second', 3_000_000);
    expect(await allFollowUps(open)).toHaveLength(before.length);
  });

  it('keeps an answer where the article’s later suggestions are added, and a dismissed one is not suggested again', async () => {
    ({ db } = openTestDb());
    const { article, directives } = await visit(db, 'first', 1_000);
    const task = await trackDirective(db, article.url, directiveWith(directives, 'giải phóng mặt bằng'), 1_500);
    await visit(db, 'second', 2_000);
    const id = followUpId(task.id, REGISTER_ARTICLES.second.url);
    expect(await decideFollowUp(db, id, 'dismissed', 2_500)).toMatchObject({ state: 'dismissed', decided: 2_500 });
    await visit(db, 'second', 3_000);
    expect(await followUpsOfTask(db, task.id)).toMatchObject([{ id, state: 'dismissed', decided: 2_500 }]);
    await expect(decideFollowUp(db, `${task.id}|https://example.gov.vn/none`, 'confirmed', 1)).rejects.toThrow(
      /followUps/,
    );
  });
});

describe('upgrading follow-ups from schema version 7', () => {
  it('moves every suggestion into its article’s record with the reader’s answer', async () => {
    const indexedDB = new IDBFactory();
    const name = 'follow-ups-upgrade-v7';
    const old = new Dexie(name, { indexedDB, IDBKeyRange });
    [SCHEMA_V1, SCHEMA_V2, SCHEMA_V3, SCHEMA_V4, SCHEMA_V5, SCHEMA_V6, SCHEMA_V7].forEach((schema, index) =>
      old.version(index + 1).stores(schema),
    );
    const second = visitOf('second');
    const entry = (taskId: string, articleUrl: string, state: FollowUpRecord['state']): FollowUpRecord => ({
      id: followUpId(taskId, articleUrl),
      taskId,
      articleUrl,
      title: second.title,
      site: second.site,
      published: second.published,
      reason: 'same-matter',
      score: 0.5,
      text: second.textSnapshot.slice(0, 40),
      selectors: [{ type: 'TextPositionSelector', start: 0, end: 40 }],
      state,
      created: 1_000,
      decided: state === 'suggested' ? null : 2_000,
    });
    const stored = [
      entry('task-1', second.url, 'confirmed'),
      entry('task-2', second.url, 'dismissed'),
      entry('task-3', second.url, 'suggested'),
      entry('task-1', 'https://ninhthuan.gov.vn/khac.html', 'suggested'),
    ];
    await old.table('followUps').bulkPut(stored);
    old.close();

    db = new GovMarkDB(name, { indexedDB, IDBKeyRange });
    await db.open();
    expect(db.tables.map((table) => table.name)).not.toContain('followUps');
    expect((await allFollowUps(db)).sort(byId)).toEqual([...stored].sort(byId));
    expect(await db.articleFollowUps.get(second.url)).toMatchObject({ taskIds: ['task-1', 'task-2', 'task-3'] });
    expect(await followUpsOfTask(db, 'task-1')).toHaveLength(2);
    expect(await followUpsOfTask(db, 'task-2')).toMatchObject([{ state: 'dismissed', decided: 2_000 }]);
    // A suggestion still waiting can be answered after the upgrade.
    expect(await decideFollowUp(db, followUpId('task-3', second.url), 'confirmed', 3_000)).toMatchObject({
      state: 'confirmed',
    });
    expect(await followUpsOfTask(db, 'task-3')).toMatchObject([{ state: 'confirmed', decided: 3_000 }]);
  });
});
