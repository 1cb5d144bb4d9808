import { afterEach, describe, expect, it } from 'vitest';
import type { GovMarkDB } from '../../../utils/storage/db';
import { LibrarySearch, type LibraryQuery } from '../../../utils/search/library-search';
import { openTestDb } from '../storage/test-db';
import { annotation, article, task } from '../library/records';

const NINHTHUAN = article().url;
const QUANGNGAI = 'https://quangngai.gov.vn/tin-tuc/b.html';
const HANOI = 'https://hanoi.gov.vn/tin-tuc/c.html';

let db: GovMarkDB;
afterEach(() => db?.close());

const ALL: LibraryQuery = { query: '', tag: null, show: 'all', groupBy: 'article' };

async function seed(): Promise<void> {
  ({ db } = openTestDb());
  // Written around the background, as the bench does: the first search must notice and rebuild.
  await db.articles.bulkAdd([
    article({ lastVisit: 3 }),
    article({ url: QUANGNGAI, title: 'Quảng Ngãi đẩy nhanh giải ngân', province: 'Quảng Ngãi', lastVisit: 5 }),
    article({ url: HANOI, title: 'Hà Nội chuyển đổi số', site: 'hanoi.gov.vn', province: null, lastVisit: 4 }),
  ]);
  await db.annotations.bulkAdd([
    annotation({ id: 'plan', quote: 'Sở Kế hoạch và Đầu tư', tags: ['đầu tư'] }),
    annotation({ id: 'money', quote: 'giải ngân 1.300 tỷ đồng', articleUrl: QUANGNGAI, tags: ['đầu tư'] }),
    annotation({ id: 'digital', quote: 'kế hoạch chuyển đổi số', articleUrl: HANOI }),
  ]);
  await db.tasks.bulkAdd([
    task({ id: 'report', annotationId: 'money', articleUrl: QUANGNGAI, text: 'Báo cáo tiến độ giải ngân' }),
  ]);
}

const page = (search: LibrarySearch, request: Partial<LibraryQuery> = {}) =>
  search.search({ ...ALL, ...request, offset: 0, limit: 100 });

describe('LibrarySearch', () => {
  it('answers with record ids grouped by article, most recently visited first', async () => {
    await seed();
    const search = new LibrarySearch(db);
    const results = await page(search, { query: 'ke hoach' });
    expect(results.blocks).toEqual([
      { url: HANOI, province: null, annotationIds: ['digital'], taskIds: [] },
      { url: NINHTHUAN, province: null, annotationIds: ['plan'], taskIds: [] },
    ]);
    expect(results.totalItems).toBe(2);
  });

  it('lists everything kept on an article whose title matches, and pages through the blocks', async () => {
    await seed();
    const search = new LibrarySearch(db);
    const results = await page(search, { query: 'quang ngai' });
    expect(results.blocks).toEqual([{ url: QUANGNGAI, province: null, annotationIds: ['money'], taskIds: ['report'] }]);
    const second = await search.search({ ...ALL, query: 'ke hoach', offset: 1, limit: 1 });
    expect(second).toMatchObject({ totalBlocks: 2, blocks: [{ url: NINHTHUAN }] });
  });

  it('narrows by tag (with the tasks tracked from tagged passages), by what is shown, and groups by province', async () => {
    await seed();
    const search = new LibrarySearch(db);
    const tagged = await page(search, { tag: 'đầu tư' });
    expect(tagged.blocks.map((block) => [block.url, block.annotationIds, block.taskIds])).toEqual([
      [QUANGNGAI, ['money'], ['report']],
      [NINHTHUAN, ['plan'], []],
    ]);
    const tasksOnly = await page(search, { query: 'giai ngan', show: 'tasks' });
    expect(tasksOnly.blocks).toEqual([{ url: QUANGNGAI, province: null, annotationIds: [], taskIds: ['report'] }]);
    const byProvince = await page(search, { query: 'ke hoach', groupBy: 'province' });
    expect(byProvince.blocks.map((block) => block.province)).toEqual(['Ninh Thuận', null]);
    expect(byProvince.provinceCounts).toEqual({ 'Ninh Thuận': 1, '': 1 });
  });

  it('finds what is written after it loaded, and forgets what is deleted', async () => {
    await seed();
    const search = new LibrarySearch(db);
    expect(await search.searchTasks('tien do')).toEqual(['report']);
    await db.annotations.put(annotation({ id: 'new', quote: 'Sở Xây dựng thẩm định' }));
    await db.tasks.delete('report');
    await search.changed({ annotations: ['new'], tasks: ['report'] });
    expect((await page(search, { query: 'tham dinh' })).blocks.map((block) => block.annotationIds)).toEqual([['new']]);
    expect(await search.searchTasks('tien do')).toEqual([]);
  });

  it('is saved between lives and catches up on writes made while it was not loaded', async () => {
    await seed();
    const first = new LibrarySearch(db);
    await page(first, { query: 'giai ngan' });
    await first.flush();
    expect(await db.searchIndex.count()).toBe(1);

    // The worker idled out; a new one notes a write without loading the index.
    const second = new LibrarySearch(db);
    await db.annotations.update('plan', { note: 'hỏi lại phòng đấu thầu' });
    await second.changed({ annotations: ['plan'] });
    expect(await db.searchPending.count()).toBe(1);
    expect((await page(second, { query: 'dau thau' })).blocks.map((block) => block.annotationIds)).toEqual([['plan']]);
    await second.flush();
    expect(await db.searchPending.count()).toBe(0);
  });
});
