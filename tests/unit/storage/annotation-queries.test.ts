import { afterEach, describe, expect, it } from 'vitest';
import {
  addAnnotation,
  deleteAnnotations,
  listAnnotationsForArticle,
  normaliseTags,
  restoreRecords,
  updateAnnotation,
} from '../../../utils/storage/annotation-queries';
import type { GovMarkDB } from '../../../utils/storage/db';
import { RecordNotFoundError, StaleRevisionError } from '../../../utils/storage/errors';
import { trackTask } from '../../../utils/storage/task-queries';
import { directiveAnnotation, OTHER_URL, openTestDb, sampleAnnotation } from './test-db';

let db: GovMarkDB;
afterEach(() => db?.close());

describe('addAnnotation', () => {
  it('stores the annotation with an id, times, empty note and cleaned tags', async () => {
    ({ db } = openTestDb());
    const annotation = await addAnnotation(db, sampleAnnotation({ tags: [' ngân sách ', 'ngân sách', ''] }), 1_000);
    expect(annotation.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(annotation).toMatchObject({ created: 1_000, updated: 1_000, note: '', tags: ['ngân sách'] });
    expect(await db.annotations.get(annotation.id)).toEqual(annotation);
  });
});

describe('updateAnnotation', () => {
  it('changes note, tags and colour and stamps the update', async () => {
    ({ db } = openTestDb());
    const annotation = await addAnnotation(db, sampleAnnotation(), 1_000);
    const updated = await updateAnnotation(
      db,
      annotation.id,
      { note: 'Cần kiểm tra', tags: ['đầu tư'], color: 'green' },
      annotation.revision,
      2_000,
    );
    expect(updated).toMatchObject({
      note: 'Cần kiểm tra',
      tags: ['đầu tư'],
      color: 'green',
      created: 1_000,
      updated: 2_000,
      revision: annotation.revision + 1,
    });
    expect(updated.quote).toBe(annotation.quote);
    expect(await db.annotations.get(annotation.id)).toEqual(updated);
  });

  it('leaves fields it was not given alone', async () => {
    ({ db } = openTestDb());
    const annotation = await addAnnotation(db, sampleAnnotation({ note: 'giữ', tags: ['a'] }), 1_000);
    const updated = await updateAnnotation(db, annotation.id, { color: 'blue' }, annotation.revision, 2_000);
    expect(updated).toMatchObject({ note: 'giữ', tags: ['a'], color: 'blue' });
  });

  it('throws RecordNotFoundError for an unknown id', async () => {
    ({ db } = openTestDb());
    await expect(updateAnnotation(db, 'missing', { note: 'x' }, 1, 1)).rejects.toBeInstanceOf(RecordNotFoundError);
  });

  it('refuses an edit made from an older revision and keeps the newer note', async () => {
    ({ db } = openTestDb());
    const annotation = await addAnnotation(db, sampleAnnotation(), 1_000);
    // Two tabs read revision 1; the first saves, the second then saves from revision 1.
    await updateAnnotation(db, annotation.id, { note: 'từ thẻ thứ nhất' }, annotation.revision, 2_000);
    await expect(
      updateAnnotation(db, annotation.id, { note: 'từ thẻ thứ hai' }, annotation.revision, 3_000),
    ).rejects.toBeInstanceOf(StaleRevisionError);
    expect(await db.annotations.get(annotation.id)).toMatchObject({ note: 'từ thẻ thứ nhất', revision: 2 });
  });

  it('stores NFD notes and tags in NFC', async () => {
    ({ db } = openTestDb());
    const nfd = 'Sở Tài chính'.normalize('NFD');
    const annotation = await addAnnotation(db, sampleAnnotation({ note: nfd, tags: [nfd] }), 1_000);
    expect(annotation.note).toBe('Sở Tài chính');
    expect(annotation.tags).toEqual(['Sở Tài chính']);
    const updated = await updateAnnotation(db, annotation.id, { note: `${nfd}!` }, annotation.revision, 2_000);
    expect(updated.note).toBe('Sở Tài chính!');
  });
});

describe('deleteAnnotations and restoreRecords', () => {
  it('deletes annotations with the tasks tracked from them and restores both', async () => {
    ({ db } = openTestDb());
    const kept = await addAnnotation(db, sampleAnnotation(), 1_000);
    const { annotation, task } = await trackTask(
      db,
      {
        source: { annotation: directiveAnnotation() },
        text: 'Hoàn thành',
        issuer: null,
        assignees: [],
        deadline: null,
      },
      1_000,
    );
    const deleted = await deleteAnnotations(db, [annotation.id, 'unknown']);
    expect(deleted.annotations).toEqual([annotation]);
    expect(deleted.tasks).toEqual([task]);
    expect(await db.annotations.toArray()).toEqual([kept]);
    expect(await db.tasks.count()).toBe(0);

    await restoreRecords(db, deleted);
    expect(await db.annotations.get(annotation.id)).toEqual(annotation);
    expect(await db.tasks.get(task.id)).toEqual(task);
  });
});

describe('listing', () => {
  it('lists an article’s annotations in reading order', async () => {
    ({ db } = openTestDb());
    const late = await addAnnotation(
      db,
      sampleAnnotation({ selectors: [{ type: 'TextPositionSelector', start: 90, end: 95 }] }),
      1,
    );
    const early = await addAnnotation(
      db,
      sampleAnnotation({ selectors: [{ type: 'TextPositionSelector', start: 3, end: 9 }] }),
      2,
    );
    await addAnnotation(db, sampleAnnotation({ articleUrl: OTHER_URL }), 3);
    expect((await listAnnotationsForArticle(db, early.articleUrl)).map((a) => a.id)).toEqual([early.id, late.id]);
  });
});

describe('normaliseTags', () => {
  it('trims, collapses whitespace, normalises to NFC and drops duplicates', () => {
    expect(normaliseTags(['  kế   hoạch ', 'kế hoạch'.normalize('NFD'), ' ', 'x'])).toEqual(['kế hoạch', 'x']);
  });
});
