import { afterEach, describe, expect, it } from 'vitest';
import { firstTasksByDeadline, recentArticles } from '../../../utils/library/popup-tasks';
import { recentArticlesLibrary } from '../../../utils/library/dashboard-preview';
import { sortTasks } from '../../../utils/storage/task-filter';
import type { GovMarkDB } from '../../../utils/storage/db';
import { openTestDb } from '../storage/test-db';
import { annotation, article, task } from './records';

let db: GovMarkDB;
afterEach(async () => {
  await db?.delete();
});

describe('firstTasksByDeadline', () => {
  it('reads the first tasks in deadline order, a month falling due at its end, undated last', async () => {
    db = openTestDb().db;
    await db.tasks.bulkPut([
      task({ id: 'month', deadline: '2023-08' }),
      task({ id: 'mid-august', deadline: '2023-08-15' }),
      task({ id: 'undated', deadline: null }),
      task({ id: 'july', deadline: '2023-07-01' }),
      task({ id: 'year', deadline: '2024' }),
    ]);
    expect((await firstTasksByDeadline(db, 10)).map((t) => t.id)).toEqual([
      'july',
      'mid-august',
      'month',
      'year',
      'undated',
    ]);
    expect((await firstTasksByDeadline(db, 2)).map((t) => t.id)).toEqual(['july', 'mid-august']);
  });

  it('gives the same first rows as sorting the whole table', async () => {
    db = openTestDb().db;
    const tasks = Array.from({ length: 60 }, (_, i) =>
      task({
        id: `t${i}`,
        created: i,
        deadline:
          i % 7 === 0 ? null : `2024-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 28) + 1).padStart(2, '0')}`,
      }),
    );
    await db.tasks.bulkPut(tasks);
    const first = await firstTasksByDeadline(db, 20);
    expect(first.map((t) => t.id)).toEqual(
      sortTasks(tasks)
        .slice(0, 20)
        .map((t) => t.id),
    );
  });
});

describe('recentArticles and recentArticlesLibrary', () => {
  it('read the most recently visited articles with their records', async () => {
    db = openTestDb().db;
    const urls = ['https://a.gov.vn/1', 'https://b.gov.vn/2', 'https://c.gov.vn/3'];
    await db.articles.bulkPut(urls.map((url, i) => article({ url, lastVisit: i })));
    await db.annotations.bulkPut(urls.map((url, i) => annotation({ id: `a${i}`, articleUrl: url })));
    await db.tasks.bulkPut(urls.map((url, i) => task({ id: `t${i}`, articleUrl: url, annotationId: `a${i}` })));
    expect((await recentArticles(db, 2)).map((a) => a.url)).toEqual([urls[2], urls[1]]);
    const preview = await recentArticlesLibrary(db, 2);
    expect(preview.articles.map((a) => a.url)).toEqual([urls[2], urls[1]]);
    expect(preview.annotations.map((a) => a.id).sort()).toEqual(['a1', 'a2']);
    expect(preview.tasks.map((t) => t.id).sort()).toEqual(['t1', 't2']);
  });
});
