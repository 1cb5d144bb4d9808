import { Dexie } from 'dexie';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { GovMarkDB } from '../../../utils/storage/db';
import { countOverdue } from '../../../utils/storage/task-queries';
import type { AnnotationRecord, ArticleRecord } from '../../../utils/model/records';
import {
  CURRENT_SCHEMA_VERSION,
  SCHEMA_V1,
  SCHEMA_V2,
  SCHEMA_V3,
  SCHEMA_V4,
  SCHEMA_V5,
  SCHEMA_V6,
  SCHEMA_V7,
  type AnnotationRecordV3,
  type TaskRecordV1,
  type TaskRecordV2,
  type TaskRecordV3,
} from '../../../utils/storage/schema';

const ARTICLE: ArticleRecord = {
  url: 'https://ninhthuan.gov.vn/a.html',
  title: 'Họp UBND tỉnh',
  site: 'ninhthuan.gov.vn',
  province: 'Ninh Thuận',
  published: '2023-07-15',
  firstVisit: 1,
  lastVisit: 2,
  textSnapshot: 'Nội dung',
  isArticle: true,
};

/** An annotation as versions 1 to 3 stored it, before revisions. */
const ANNOTATION: AnnotationRecordV3 = {
  id: 'ann-1',
  articleUrl: ARTICLE.url,
  selectors: [{ type: 'TextQuoteSelector', exact: 'Nội dung' }],
  anchoringVersion: 1,
  quote: 'Nội dung',
  kind: 'directive',
  color: 'purple',
  tags: ['ngân sách'],
  note: 'ghi chú',
  finding: null,
  created: 3,
  updated: 4,
};

/** The same annotation after the upgrade to version 4: at its first revision. */
const UPGRADED_ANNOTATION: AnnotationRecord = { ...ANNOTATION, revision: 1 };

function v1Task(id: string, articleUrl: string, status: TaskRecordV1['status']): TaskRecordV1 {
  return {
    id,
    articleUrl,
    annotationId: 'ann-1',
    text: 'Hoàn thành',
    issuer: null,
    assignees: ['Sở Tài chính'],
    deadline: '2023-08',
    status,
    notes: '',
    created: 5,
    updated: 6,
  };
}

/** Writes data the way the first release did, with a Dexie that knows only schema version 1. */
async function writeV1(indexedDB: IDBFactory, name: string, tasks: TaskRecordV1[]): Promise<void> {
  const old = new Dexie(name, { indexedDB, IDBKeyRange });
  old.version(1).stores(SCHEMA_V1);
  await old.table('articles').put(ARTICLE);
  await old.table('annotations').put(ANNOTATION);
  await old.table('tasks').bulkPut(tasks);
  old.close();
}

describe('schema', () => {
  it('declares every index the pages query', () => {
    const db = new GovMarkDB('schema-indexes', { indexedDB: new IDBFactory(), IDBKeyRange });
    const indexes = (table: string) =>
      db
        .table(table)
        .schema.indexes.map((index) => index.name)
        .sort();
    expect(db.verno).toBe(CURRENT_SCHEMA_VERSION);
    expect(indexes('annotations')).toEqual(['articleUrl', 'created', 'kind', 'tags'].sort());
    expect(db.annotations.schema.idxByName.tags.multi).toBe(true);
    expect(indexes('tasks')).toEqual(
      [
        '[province+due]',
        '[site+due]',
        '[status+due]',
        'annotationId',
        'articleUrl',
        'assignees',
        'due',
        'province',
        'site',
      ].sort(),
    );
    expect(db.tasks.schema.idxByName.assignees.multi).toBe(true);
    expect(indexes('articles')).toEqual(['[province+lastVisit]', 'lastVisit', 'province', 'site']);
    expect(db.settings.schema.primKey.name).toBe('key');
    expect(Object.keys(SCHEMA_V2)).toEqual(['articles', 'annotations', 'tasks', 'settings']);
    expect(Object.keys(SCHEMA_V3)).toEqual([
      'articles',
      'annotations',
      'tasks',
      'settings',
      'searchIndex',
      'searchPending',
    ]);
    expect(Object.keys(SCHEMA_V4)).toEqual([...Object.keys(SCHEMA_V3), 'importStaging']);
    expect(db.table('importStaging').schema.primKey.keyPath).toEqual(['importId', 'seq']);
    // Version 7: the follow-up check's matter digest, one per assignee.
    expect(Object.keys(SCHEMA_V7)).toEqual([...Object.keys(SCHEMA_V6), 'matterDigests']);
    expect(db.matterDigests.schema.primKey.keyPath).toBe('body');
  });

  it('upgrades version 1 data without losing a record', async () => {
    const indexedDB = new IDBFactory();
    const name = 'upgrade-v1';
    await writeV1(indexedDB, name, [
      v1Task('t-1', ARTICLE.url, 'in-progress'),
      v1Task('t-2', 'https://quangngai.gov.vn/never-visited.html', 'open'),
    ]);

    const db = new GovMarkDB(name, { indexedDB, IDBKeyRange });
    await db.open();
    expect(db.verno).toBe(CURRENT_SCHEMA_VERSION);
    expect(await db.articles.toArray()).toEqual([ARTICLE]);
    expect(await db.annotations.toArray()).toEqual([UPGRADED_ANNOTATION]);
    expect(await db.tasks.get('t-1')).toEqual({
      revision: 1,
      ...v1Task('t-1', ARTICLE.url, 'in-progress'),
      site: 'ninhthuan.gov.vn',
      province: 'Ninh Thuận',
      statusHistory: [{ status: 'in-progress', at: 6 }],
      due: '2023-08-31',
    });
    expect(await db.tasks.get('t-2')).toMatchObject({ site: 'quangngai.gov.vn', province: null });
    expect(await db.tasks.count()).toBe(2);
    expect(await db.tasks.where('province').equals('Ninh Thuận').primaryKeys()).toEqual(['t-1']);
    expect(await db.settings.count()).toBe(0);
    db.close();
  });

  it('opens a version 1 database that holds no tasks', async () => {
    const indexedDB = new IDBFactory();
    await writeV1(indexedDB, 'upgrade-empty', []);
    const db = new GovMarkDB('upgrade-empty', { indexedDB, IDBKeyRange });
    expect(await db.articles.count()).toBe(1);
    expect(await db.tasks.count()).toBe(0);
    db.close();
  });

  it('upgrades version 2 data: every task learns when it falls due, findable by the new indexes', async () => {
    const indexedDB = new IDBFactory();
    const name = 'upgrade-v2';
    const old = new Dexie(name, { indexedDB, IDBKeyRange });
    old.version(1).stores(SCHEMA_V1);
    old.version(2).stores(SCHEMA_V2);
    const v2Task = (id: string, deadline: string | null, status: TaskRecordV2['status']): TaskRecordV2 => ({
      ...v1Task(id, ARTICLE.url, status),
      deadline,
      site: 'ninhthuan.gov.vn',
      province: 'Ninh Thuận',
      statusHistory: [{ status, at: 6 }],
    });
    const tasks = [v2Task('q', '2021-Q2', 'open'), v2Task('d', '2021-06-15', 'open'), v2Task('n', null, 'done')];
    await old.table('articles').put(ARTICLE);
    await old.table('annotations').put(ANNOTATION);
    await old.table('tasks').bulkPut(tasks);
    await old.table('settings').put({ key: 'hiddenKinds', value: ['figure'] });
    old.close();

    const db = new GovMarkDB(name, { indexedDB, IDBKeyRange });
    await db.open();
    expect(db.verno).toBe(CURRENT_SCHEMA_VERSION);
    expect(await db.articles.toArray()).toEqual([ARTICLE]);
    expect(await db.annotations.toArray()).toEqual([UPGRADED_ANNOTATION]);
    expect(await db.settings.toArray()).toEqual([{ key: 'hiddenKinds', value: ['figure'] }]);
    expect(await db.tasks.get('q')).toEqual({ ...tasks[0], due: '2021-06-30', revision: 1 });
    expect(await db.tasks.get('n')).toEqual({ ...tasks[2], due: '', revision: 1 });
    // A quarter falls due after a day inside it, which the deadline strings alone would misorder.
    expect(await db.tasks.where('due').above('').primaryKeys()).toEqual(['d', 'q']);
    expect(
      await db.tasks.where('[status+due]').between(['open', ''], ['open', Dexie.maxKey], false).primaryKeys(),
    ).toEqual(['d', 'q']);
    expect(await db.articles.where('[province+lastVisit]').between(['Ninh Thuận', 0], ['Ninh Thuận', 9]).count()).toBe(
      1,
    );
    db.close();
  });

  it('upgrades version 3 data: annotations and tasks start at their first revision', async () => {
    const indexedDB = new IDBFactory();
    const name = 'upgrade-v3';
    const old = new Dexie(name, { indexedDB, IDBKeyRange });
    old.version(1).stores(SCHEMA_V1);
    old.version(2).stores(SCHEMA_V2);
    old.version(3).stores(SCHEMA_V3);
    const task: TaskRecordV3 = {
      ...v1Task('t', ARTICLE.url, 'open'),
      site: 'ninhthuan.gov.vn',
      province: 'Ninh Thuận',
      statusHistory: [{ status: 'open', at: 6 }],
      due: '2023-08-31',
    };
    await old.table('articles').put(ARTICLE);
    await old.table('annotations').put(ANNOTATION);
    await old.table('tasks').put(task);
    old.close();

    const db = new GovMarkDB(name, { indexedDB, IDBKeyRange });
    await db.open();
    expect(db.verno).toBe(CURRENT_SCHEMA_VERSION);
    expect(await db.articles.toArray()).toEqual([ARTICLE]);
    expect(await db.annotations.toArray()).toEqual([UPGRADED_ANNOTATION]);
    expect(await db.tasks.toArray()).toEqual([{ ...task, revision: 1 }]);
    expect(await db.table('importStaging').count()).toBe(0);
    db.close();
  });
  it('upgrades version 5 data: tasks keep their records, lose the unread indexes, and the badge counts them', async () => {
    const indexedDB = new IDBFactory();
    const name = 'upgrade-v5';
    const old = new Dexie(name, { indexedDB, IDBKeyRange });
    [SCHEMA_V1, SCHEMA_V2, SCHEMA_V3, SCHEMA_V4, SCHEMA_V5].forEach((stores, index) =>
      old.version(index + 1).stores(stores),
    );
    const overdue = {
      ...v1Task('late', ARTICLE.url, 'open'),
      site: 'ninhthuan.gov.vn',
      province: 'Ninh Thuận',
      statusHistory: [{ status: 'open' as const, at: 6 }],
      due: '2023-08-31',
      revision: 1,
    };
    const finished = { ...overdue, id: 'finished', status: 'done' as const };
    await old.table('tasks').bulkPut([overdue, finished]);
    old.close();

    const db = new GovMarkDB(name, { indexedDB, IDBKeyRange });
    await db.open();
    expect(db.verno).toBe(CURRENT_SCHEMA_VERSION);
    expect(await db.tasks.orderBy(':id').toArray()).toEqual([finished, overdue]);
    const stored = db.backendDB().transaction('tasks').objectStore('tasks').indexNames;
    expect([...stored].filter((index) => ['status', 'deadline', '[status+deadline]'].includes(index))).toEqual([]);
    expect(await countOverdue(db, '2023-09-01')).toBe(1);
    db.close();
  });
});
