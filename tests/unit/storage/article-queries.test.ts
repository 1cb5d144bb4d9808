import { afterEach, describe, expect, it } from 'vitest';
import { recordVisit } from '../../../utils/storage/article-queries';
import type { GovMarkDB } from '../../../utils/storage/db';
import { trackTask } from '../../../utils/storage/task-queries';
import { directiveAnnotation, openTestDb, sampleVisit } from './test-db';

let db: GovMarkDB;
afterEach(() => db?.close());

describe('recordVisit', () => {
  it('creates the article with first and last visit set to now', async () => {
    ({ db } = openTestDb());
    const article = await recordVisit(db, sampleVisit(), 1_000);
    expect(article).toMatchObject({ firstVisit: 1_000, lastVisit: 1_000, site: 'ninhthuan.gov.vn' });
    expect(await db.articles.get(article.url)).toEqual(article);
  });

  it('keeps the first visit, moves the last one and refreshes the snapshot', async () => {
    ({ db } = openTestDb());
    await recordVisit(db, sampleVisit(), 1_000);
    const again = await recordVisit(db, sampleVisit({ textSnapshot: 'Bản đã sửa.', title: 'Tiêu đề mới' }), 2_000);
    expect(again).toMatchObject({
      firstVisit: 1_000,
      lastVisit: 2_000,
      textSnapshot: 'Bản đã sửa.',
      title: 'Tiêu đề mới',
    });
    expect(await db.articles.count()).toBe(1);
  });

  it('keeps the stored text when the page no longer reads as an article', async () => {
    ({ db } = openTestDb());
    const first = await recordVisit(db, sampleVisit(), 1_000);
    const gone = await recordVisit(
      db,
      sampleVisit({ isArticle: false, textSnapshot: '404 Not Found', title: 'Lỗi' }),
      3_000,
    );
    expect(gone).toEqual({ ...first, lastVisit: 3_000 });
  });

  it('carries a changed province to the article’s tasks', async () => {
    ({ db } = openTestDb());
    await recordVisit(db, sampleVisit({ province: null }), 1_000);
    const { task } = await trackTask(
      db,
      {
        source: { annotation: directiveAnnotation() },
        text: 'Hoàn thành',
        issuer: null,
        assignees: [],
        deadline: null,
      },
      1_500,
    );
    expect(task.province).toBeNull();
    await recordVisit(db, sampleVisit({ province: 'Ninh Thuận' }), 2_000);
    expect((await db.tasks.get(task.id))?.province).toBe('Ninh Thuận');
  });
});
