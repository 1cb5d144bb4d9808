import { afterEach, describe, expect, it } from 'vitest';
import { getArticle, listArticles, recordVisit } from '../../../utils/storage/article-queries';
import type { GovMarkDB } from '../../../utils/storage/db';
import { trackTask } from '../../../utils/storage/task-queries';
import { directiveAnnotation, OTHER_URL, openTestDb, sampleVisit } from './test-db';

let db: GovMarkDB;
afterEach(() => db?.close());

describe('recordVisit', () => {
  it('creates the article with first and last visit set to now', async () => {
    ({ db } = openTestDb());
    const article = await recordVisit(db, sampleVisit(), 1_000);
    expect(article).toMatchObject({ firstVisit: 1_000, lastVisit: 1_000, site: 'ninhthuan.gov.vn' });
    expect(await getArticle(db, article.url)).toEqual(article);
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

describe('listArticles', () => {
  it('lists the most recently visited first and filters by site and province', async () => {
    ({ db } = openTestDb());
    await recordVisit(db, sampleVisit(), 1_000);
    await recordVisit(db, sampleVisit({ url: OTHER_URL, site: 'quangngai.gov.vn', province: 'Quảng Ngãi' }), 2_000);
    expect((await listArticles(db)).map((a) => a.url)).toEqual([OTHER_URL, sampleVisit().url]);
    expect((await listArticles(db, { site: 'ninhthuan.gov.vn' })).map((a) => a.site)).toEqual(['ninhthuan.gov.vn']);
    expect((await listArticles(db, { province: 'Quảng Ngãi' })).map((a) => a.url)).toEqual([OTHER_URL]);
  });
});
