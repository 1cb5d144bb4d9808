import { afterEach, describe, expect, it } from 'vitest';
import { recordVisit } from '../../../utils/storage/article-queries';
import { addAnnotation, restoreRecords } from '../../../utils/storage/annotation-queries';
import type { GovMarkDB } from '../../../utils/storage/db';
import { RecordNotFoundError, StaleRevisionError } from '../../../utils/storage/errors';
import {
  countOverdue,
  deleteTasks,
  setTaskStatuses,
  trackTask,
  updateTask,
  type TrackTaskInput,
} from '../../../utils/storage/task-queries';
import { directiveAnnotation, openTestDb, sampleVisit } from './test-db';

let db: GovMarkDB;
afterEach(() => db?.close());

function trackInput(overrides: Partial<TrackTaskInput> = {}): TrackTaskInput {
  return {
    source: { annotation: directiveAnnotation() },
    text: 'Hoàn thành trước ngày 15/8/2023',
    issuer: 'Chủ tịch UBND tỉnh',
    assignees: ['Sở Kế hoạch và Đầu tư'],
    deadline: '2023-08-15',
    ...overrides,
  };
}

/** Tracks one task on its own passage (a distinct position per task). */
async function trackAt(start: number, overrides: Partial<TrackTaskInput> = {}, url = sampleVisit().url) {
  const annotation = directiveAnnotation({
    articleUrl: url,
    selectors: [{ type: 'TextPositionSelector', start, end: start + 10 }],
    quote: `quote ${start}`,
  });
  return (await trackTask(db, trackInput({ source: { annotation }, ...overrides }), 1_000 + start)).task;
}

describe('trackTask', () => {
  it('saves the passage and an open task with its history and the article’s site and province', async () => {
    ({ db } = openTestDb());
    await recordVisit(db, sampleVisit(), 500);
    const { annotation, task, created } = await trackTask(db, trackInput(), 1_000);
    expect(created).toBe(true);
    expect(annotation.kind).toBe('directive');
    expect(task).toMatchObject({
      annotationId: annotation.id,
      articleUrl: annotation.articleUrl,
      status: 'open',
      statusHistory: [{ status: 'open', at: 1_000 }],
      site: 'ninhthuan.gov.vn',
      province: 'Ninh Thuận',
      notes: '',
      deadline: '2023-08-15',
    });
    expect(await db.tasks.get(task.id)).toEqual(task);
    expect(await db.annotations.get(annotation.id)).toEqual(annotation);
  });

  it('takes the site from the URL when the article was never recorded', async () => {
    ({ db } = openTestDb());
    const { task } = await trackTask(db, trackInput(), 1_000);
    expect(task).toMatchObject({ site: 'ninhthuan.gov.vn', province: null });
  });

  it('tracks an annotation already saved, by id', async () => {
    ({ db } = openTestDb());
    const saved = await addAnnotation(db, directiveAnnotation(), 900);
    const { annotation, task } = await trackTask(db, trackInput({ source: { annotationId: saved.id } }), 1_000);
    expect(annotation).toEqual(saved);
    expect(task.annotationId).toBe(saved.id);
    expect(await db.annotations.count()).toBe(1);
  });

  it('returns the existing task when the same passage is tracked again', async () => {
    ({ db } = openTestDb());
    const first = await trackTask(db, trackInput(), 1_000);
    const again = await trackTask(db, trackInput(), 2_000);
    expect(again.created).toBe(false);
    expect(again.task).toEqual(first.task);
    expect(await db.tasks.count()).toBe(1);
    expect(await db.annotations.count()).toBe(1);
  });

  it('refuses an unknown annotation id and writes nothing', async () => {
    ({ db } = openTestDb());
    await expect(trackTask(db, trackInput({ source: { annotationId: 'nope' } }), 1)).rejects.toBeInstanceOf(
      RecordNotFoundError,
    );
    expect(await db.tasks.count()).toBe(0);
  });
});

describe('status and edits', () => {
  it('appends each status change to the history', async () => {
    ({ db } = openTestDb());
    const task = await trackAt(0);
    (await setTaskStatuses(db, [task.id], 'in-progress', 2_000))[0];
    const done = (await setTaskStatuses(db, [task.id], 'done', 3_000))[0];
    expect(done.status).toBe('done');
    expect(done.updated).toBe(3_000);
    expect(done.statusHistory).toEqual([
      { status: 'open', at: 1_000 },
      { status: 'in-progress', at: 2_000 },
      { status: 'done', at: 3_000 },
    ]);
    expect(await db.tasks.get(task.id)).toEqual(done);
  });

  it('records nothing when the status does not change', async () => {
    ({ db } = openTestDb());
    const task = await trackAt(0);
    expect((await setTaskStatuses(db, [task.id], 'open', 2_000))[0]).toEqual(task);
  });

  it('changes several tasks at once, or none when one is missing', async () => {
    ({ db } = openTestDb());
    const a = await trackAt(0);
    const b = await trackAt(20);
    expect((await setTaskStatuses(db, [a.id, b.id], 'dropped', 5_000)).map((t) => t.status)).toEqual([
      'dropped',
      'dropped',
    ]);
    await expect(setTaskStatuses(db, [a.id, 'missing'], 'open', 6_000)).rejects.toBeInstanceOf(RecordNotFoundError);
    expect((await db.tasks.get(a.id))?.status).toBe('dropped');
  });
});

describe('delete and restore', () => {
  it('deletes tasks, keeps their passages, and restores them unchanged', async () => {
    ({ db } = openTestDb());
    const task = await trackAt(0);
    const deleted = await deleteTasks(db, [task.id, 'unknown']);
    expect(deleted).toEqual([task]);
    expect(await db.tasks.count()).toBe(0);
    expect(await db.annotations.count()).toBe(1);
    await restoreRecords(db, { annotations: [], tasks: deleted });
    expect(await db.tasks.get(task.id)).toEqual(task);
  });
});

describe('countOverdue', () => {
  it('counts open and in-progress tasks whose deadline period has ended', async () => {
    ({ db } = openTestDb());
    await trackAt(0, { deadline: '2023-08-09' });
    const inProgress = await trackAt(20, { deadline: '2023-07' });
    await trackAt(40, { deadline: '2023-Q2' });
    await trackAt(60, { deadline: '2023-08' });
    await trackAt(80, { deadline: '2023' });
    await trackAt(100, { deadline: null });
    const done = await trackAt(120, { deadline: '2022' });
    // Due at a time of day: overdue from the next day on, as its day's deadline is.
    await trackAt(140, { deadline: '2023-08-10T16:00' });
    (await setTaskStatuses(db, [inProgress.id], 'in-progress', 2))[0];
    (await setTaskStatuses(db, [done.id], 'done', 2))[0];
    expect(await countOverdue(db, '2023-08-10')).toBe(3);
    expect(await countOverdue(db, '2023-08-11')).toBe(4);
    expect(await countOverdue(db, '2024-01-01')).toBe(6);
    expect(await countOverdue(db, '2020-01-01')).toBe(0);
  });
});

describe('updateTask (the reader edits what the engine proposed)', () => {
  it('changes text, assignees and deadline, moves the due day, and raises the revision', async () => {
    ({ db } = openTestDb());
    const task = await trackAt(0);
    const nfd = (text: string) => text.normalize('NFD');
    const updated = await updateTask(
      db,
      task.id,
      { text: nfd(' Báo cáo thiệt hại '), assignees: [nfd('Sở Tài chính'), ' ', 'Sở Tài chính'], deadline: '2023-Q4' },
      task.revision,
      5_000,
    );
    expect(updated).toMatchObject({
      text: 'Báo cáo thiệt hại',
      assignees: ['Sở Tài chính'],
      deadline: '2023-Q4',
      due: '2023-12-31',
      updated: 5_000,
      revision: task.revision + 1,
    });
    expect(await db.tasks.get(task.id)).toEqual(updated);
    const cleared = await updateTask(db, task.id, { deadline: null }, updated.revision, 6_000);
    expect(cleared).toMatchObject({ deadline: null, due: '', text: 'Báo cáo thiệt hại' });
  });

  it('refuses an edit made from an older revision (saved meanwhile in another tab)', async () => {
    ({ db } = openTestDb());
    const task = await trackAt(0);
    await updateTask(db, task.id, { text: 'Bản thứ nhất' }, task.revision, 5_000);
    await expect(updateTask(db, task.id, { text: 'Bản thứ hai' }, task.revision, 6_000)).rejects.toBeInstanceOf(
      StaleRevisionError,
    );
    expect((await db.tasks.get(task.id))?.text).toBe('Bản thứ nhất');
    // A status change is a write too: an edit from before it is stale.
    const [done] = await setTaskStatuses(db, [task.id], 'done', 7_000);
    expect(done.revision).toBe(task.revision + 2);
  });
});
