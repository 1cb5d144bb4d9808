// Readers who upgrade keep everything and get the register for what they already read: data
// written by each earlier schema version opens at the current one, and the rebuild (run by the
// background after opening) reads the stored snapshots into the register.
import { Dexie } from 'dexie';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import type { AnnotationRecord, ArticleRecord, TaskRecord } from '../../../utils/model/records';
import { GovMarkDB } from '../../../utils/storage/db';
import { rebuildRegister } from '../../../utils/storage/register-rebuild';
import {
  CURRENT_SCHEMA_VERSION,
  SCHEMA_V1,
  SCHEMA_V2,
  SCHEMA_V3,
  SCHEMA_V4,
  SCHEMA_V5,
  SCHEMA_V6,
  type AnnotationRecordV3,
  type TaskRecordV1,
} from '../../../utils/storage/schema';
import { directiveWith, visit, visitOf } from '../register/register-articles';
import { followUpsOfTask } from '../../../utils/storage/follow-up-queries';
import { buildDigest } from '../../../utils/register/matter-digest';
import { taskMatchRow } from '../../../utils/register/task-match-row';

const STORED_VERSIONS = [
  { version: 1, stores: [SCHEMA_V1] },
  { version: 2, stores: [SCHEMA_V1, SCHEMA_V2] },
  { version: 3, stores: [SCHEMA_V1, SCHEMA_V2, SCHEMA_V3] },
  { version: 4, stores: [SCHEMA_V1, SCHEMA_V2, SCHEMA_V3, SCHEMA_V4] },
  { version: 5, stores: [SCHEMA_V1, SCHEMA_V2, SCHEMA_V3, SCHEMA_V4, SCHEMA_V5] },
  { version: 6, stores: [SCHEMA_V1, SCHEMA_V2, SCHEMA_V3, SCHEMA_V4, SCHEMA_V5, SCHEMA_V6] },
] as const;

function storedArticle(name: 'first' | 'second', lastVisit: number): ArticleRecord {
  const { documents: _documents, directives: _directives, ...page } = visitOf(name);
  return { ...page, firstVisit: lastVisit, lastVisit };
}

const LISTING: ArticleRecord = {
  ...storedArticle('first', 1),
  url: 'https://ninhthuan.gov.vn/chinh-quyen/tin-tuc.html',
  isArticle: false,
  textSnapshot: '',
};

/** A task tracked from the first article's department instruction, in the shape version `version` wrote. */
function storedTask(version: number): {
  annotation: AnnotationRecordV3 | AnnotationRecord;
  task: TaskRecordV1 | Omit<TaskRecord, 'due' | 'revision'> | Omit<TaskRecord, 'revision'> | TaskRecord;
} {
  const visit = visitOf('first');
  const directive = directiveWith(visit.directives ?? [], 'tổng hợp kiến nghị');
  const annotation: AnnotationRecord = {
    revision: 1,
    id: 'ann-1',
    articleUrl: visit.url,
    selectors: [
      { type: 'TextQuoteSelector', exact: directive.text },
      { type: 'TextPositionSelector', start: directive.start, end: directive.end },
    ],
    anchoringVersion: 1,
    quote: directive.text,
    kind: 'directive',
    color: 'purple',
    tags: [],
    note: '',
    finding: { kind: 'directive', directive },
    created: 2,
    updated: 2,
  };
  const v1: TaskRecordV1 = {
    id: 'task-1',
    articleUrl: visit.url,
    annotationId: 'ann-1',
    text: directive.text,
    issuer: directive.issuer,
    assignees: directive.assignees,
    deadline: directive.deadlineIso,
    status: 'open',
    notes: '',
    created: 2,
    updated: 2,
  };
  const { revision: _revision, ...before } = annotation;
  if (version === 1) return { annotation: before, task: v1 };
  const v2 = { ...v1, site: visit.site, province: visit.province, statusHistory: [{ status: 'open' as const, at: 2 }] };
  if (version === 2) return { annotation: before, task: v2 };
  const v3 = { ...v2, due: '2024-04-15' };
  // Version 4 gave every record a revision.
  return version === 3 ? { annotation: before, task: v3 } : { annotation, task: { ...v3, revision: 1 } };
}

describe.each(STORED_VERSIONS)('upgrading from schema version $version', ({ version, stores }) => {
  it('keeps every record and rebuilds the register from the stored snapshots', async () => {
    const indexedDB = new IDBFactory();
    const name = `register-upgrade-v${version}`;
    const old = new Dexie(name, { indexedDB, IDBKeyRange });
    stores.forEach((schema, index) => old.version(index + 1).stores(schema));
    const articles = [storedArticle('first', 10), storedArticle('second', 20), LISTING];
    const { annotation, task } = storedTask(version);
    await old.table('articles').bulkPut(articles);
    await old.table('annotations').put(annotation);
    await old.table('tasks').put(task);
    old.close();

    const db = new GovMarkDB(name, { indexedDB, IDBKeyRange });
    await db.open();
    expect(db.verno).toBe(CURRENT_SCHEMA_VERSION);
    expect(await db.articles.orderBy('url').toArray()).toEqual(
      [...articles].sort((a, b) => a.url.localeCompare(b.url)),
    );
    expect(await db.annotations.toArray()).toEqual([{ ...annotation, revision: 1 }]);
    expect(await db.tasks.get('task-1')).toMatchObject({ ...task, due: '2024-04-15', revision: 1 });
    expect(await db.documents.count()).toBe(0);

    expect(await rebuildRegister(db, 100)).toEqual({ registered: 2, skipped: 1, tasksIndexed: 0 });
    expect(await db.documents.get('VN|105/NQ/CP@2023')).toMatchObject({
      articleCount: 2,
      citationCount: 3,
      lastSeen: 20,
    });
    expect(await db.documents.get('ninh thuan|45/KH/UBND@2024')).toMatchObject({ articleCount: 1 });
    expect(await db.citations.count()).toBe(4);
    // The task's own passage cites the national resolution: later articles citing it follow it up.
    expect(await db.taskMatch.get('task-1')).toMatchObject({
      symbolKeys: ['VN|105/NQ/CP'],
      bodies: ['so ke hoach va dau tu', 'so, nganh'],
    });
    // Old articles are not suggested as follow-ups: the reader read them before tracking.
    expect(await db.articleFollowUps.count()).toBe(0);
    // Run again (a worker that stopped half way, or the next start): nothing is read twice.
    expect(await rebuildRegister(db, 200)).toEqual({ registered: 0, skipped: 1, tasksIndexed: 0 });
    expect(await db.citations.count()).toBe(4);
    db.close();
  });
});

describe('the rebuild', () => {
  it('indexes a task whose article was never stored, so its assignee can still be followed up', async () => {
    const db = new GovMarkDB('register-rebuild-orphan', { indexedDB: new IDBFactory(), IDBKeyRange });
    const { task } = storedTask(4);
    await db.tasks.put({ ...(task as TaskRecord), articleUrl: 'https://quangngai.gov.vn/gone.html' });
    expect(await rebuildRegister(db, 1)).toEqual({ registered: 0, skipped: 0, tasksIndexed: 1 });
    expect(await db.taskMatch.get('task-1')).toMatchObject({
      symbolKeys: [],
      bodies: ['so ke hoach va dau tu', 'so, nganh'],
    });
    db.close();
  });
});

describe.each(STORED_VERSIONS.slice(4))('upgrading match rows from schema version $version', ({ version, stores }) => {
  it('builds each assignee’s matter digest from the stored match rows, so a visit still finds their tasks', async () => {
    const indexedDB = new IDBFactory();
    const name = `register-upgrade-v${version}-match`;
    const old = new Dexie(name, { indexedDB, IDBKeyRange });
    stores.forEach((schema, index) => old.version(index + 1).stores(schema));
    const first = visitOf('first');
    const directive = directiveWith(first.directives ?? [], 'giải phóng mặt bằng');
    const { task, annotation } = storedTask(5);
    const tracked = {
      ...(task as TaskRecord),
      text: directive.text,
      assignees: directive.assignees,
      articleUrl: 'https://ninhthuan.gov.vn/da-doc-truoc.html',
    };
    // The row as version 5 wrote it (rows did not change; the digests are new).
    const v5Row = taskMatchRow(tracked, []);
    const dropped = { ...tracked, id: 'task-2', status: 'dropped' as const };
    await old.table('tasks').bulkPut([tracked, dropped]);
    await old.table('taskMatch').put(taskMatchRow(dropped, []));
    await old.table('annotations').put(annotation);
    await old.table('taskMatch').put(v5Row);
    old.close();

    const db = new GovMarkDB(name, { indexedDB, IDBKeyRange });
    await db.open();
    expect(v5Row.bodies).toEqual(['so giao thong van tai']);
    // The dropped task leaves the check: no row, not in the digest.
    expect(await db.matterDigests.get('so giao thong van tai')).toEqual(buildDigest('so giao thong van tai', [v5Row]));
    expect(await db.taskMatch.get('task-2')).toBeUndefined();
    // The later article instructs the same department on the same road: a follow-up.
    await visit(db, 'second', 1_000);
    expect(await followUpsOfTask(db, 'task-1')).toMatchObject([
      { reason: 'same-matter', articleUrl: visitOf('second').url },
    ]);
    db.close();
  });
});
