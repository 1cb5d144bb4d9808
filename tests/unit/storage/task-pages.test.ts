import { afterEach, describe, expect, it } from 'vitest';
import type { GovMarkDB } from '../../../utils/storage/db';
import { sortTasks } from '../../../utils/storage/task-filter';
import { pageTasks, taskFacets } from '../../../utils/storage/task-queries';
import { task } from '../library/records';
import { openTestDb } from './test-db';

let db: GovMarkDB;
afterEach(async () => {
  await db?.delete();
});

const ids = (page: { tasks: { id: string }[] }) => page.tasks.map((t) => t.id);

describe('pageTasks', () => {
  it('reads tasks in the order they fall due: a month at its end, a quarter at its end, undated last', async () => {
    db = openTestDb().db;
    await db.tasks.bulkPut([
      task({ id: 'month', deadline: '2023-08' }),
      task({ id: 'mid-august', deadline: '2023-08-15' }),
      task({ id: 'undated', deadline: null }),
      task({ id: 'quarter', deadline: '2023-Q3' }),
      task({ id: 'july', deadline: '2023-07-01' }),
      task({ id: 'year', deadline: '2024' }),
    ]);
    expect(await pageTasks(db, {}, 10)).toEqual({
      tasks: expect.any(Array),
      complete: true,
    });
    expect(ids(await pageTasks(db, {}, 10))).toEqual(['july', 'mid-august', 'month', 'quarter', 'year', 'undated']);
    expect(await pageTasks(db, {}, 2)).toMatchObject({ complete: false });
    expect(ids(await pageTasks(db, {}, 2))).toEqual(['july', 'mid-august']);
  });

  it('gives the first rows of sorting the whole table, for every filter', async () => {
    db = openTestDb().db;
    const statuses = ['open', 'in-progress', 'done', 'dropped'] as const;
    const tasks = Array.from({ length: 80 }, (_, i) =>
      task({
        id: `t${String(i).padStart(2, '0')}`,
        created: i,
        status: statuses[i % 4],
        site: i % 3 === 0 ? 'quangngai.gov.vn' : 'ninhthuan.gov.vn',
        province: i % 3 === 0 ? 'Quảng Ngãi' : 'Ninh Thuận',
        assignees: i % 5 === 0 ? ['Sở Tài chính'] : ['Sở Y tế'],
        deadline:
          i % 7 === 0 ? null : `2024-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 28) + 1).padStart(2, '0')}`,
      }),
    );
    await db.tasks.bulkPut(tasks);
    const expected = (keep: (t: (typeof tasks)[number]) => boolean, n: number) =>
      sortTasks(tasks.filter(keep))
        .slice(0, n)
        .map((t) => t.id)
        .sort();
    const got = async (filter: Parameters<typeof pageTasks>[1], n: number) =>
      ids(await pageTasks(db, filter, n)).sort();
    expect(await got({}, 25)).toEqual(expected(() => true, 25));
    expect(await got({ status: 'done' }, 8)).toEqual(expected((t) => t.status === 'done', 8));
    expect(await got({ site: 'quangngai.gov.vn', status: 'open' }, 50)).toEqual(
      expected((t) => t.site === 'quangngai.gov.vn' && t.status === 'open', 50),
    );
    expect(await got({ province: 'Ninh Thuận', assignee: 'so tai chinh' }, 50)).toEqual(
      expected((t) => t.province === 'Ninh Thuận' && t.assignees[0] === 'Sở Tài chính', 50),
    );
  });
});

describe('taskFacets', () => {
  it('lists provinces, sites and assignees once each from the indexes, in Vietnamese order', async () => {
    db = openTestDb().db;
    await db.tasks.bulkPut([
      task({ id: 'a', assignees: ['Sở Tài chính', 'UBND các huyện'] }),
      task({ id: 'b', assignees: ['sở tài chính'], site: 'quangngai.gov.vn', province: 'Quảng Ngãi' }),
      task({ id: 'c', assignees: [], site: '', province: null }),
    ]);
    expect(await taskFacets(db)).toEqual({
      provinces: ['Ninh Thuận', 'Quảng Ngãi'],
      sites: ['ninhthuan.gov.vn', 'quangngai.gov.vn'],
      assignees: ['Sở Tài chính', 'UBND các huyện'],
    });
  });
});
