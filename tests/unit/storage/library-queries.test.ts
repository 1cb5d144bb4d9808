import { afterEach, describe, expect, it } from 'vitest';
import type { GovMarkDB } from '../../../utils/storage/db';
import {
  libraryTags,
  readLibraryBlocks,
  readSearchBlocks,
  recentArticles,
} from '../../../utils/storage/library-queries';
import { annotation, article, task } from '../library/records';
import { openTestDb } from './test-db';

const NINH = 'https://ninhthuan.gov.vn/tin-tuc/hop-ubnd.html';
const QUANG = 'https://quangngai.gov.vn/tin-tuc/chi-dao.html';
const THANH = 'https://thanhhoa.gov.vn/tin-tuc/khong-ghi-chu.html';
const GONE = 'https://hanoi.gov.vn/bai-chua-ghi.html';

let db: GovMarkDB;
afterEach(async () => {
  await db?.delete();
});

async function seed(): Promise<void> {
  db = openTestDb().db;
  await db.articles.bulkPut([
    article({ url: NINH, lastVisit: 2_000 }),
    article({ url: QUANG, site: 'quangngai.gov.vn', province: 'Quảng Ngãi', lastVisit: 3_000 }),
    article({ url: THANH, site: 'baothanhhoa.vn', province: null, lastVisit: 1_000 }),
  ]);
  await db.annotations.bulkPut([
    annotation({ id: 'late', articleUrl: NINH, start: 60, tags: ['hạn chót'] }),
    annotation({ id: 'early', articleUrl: NINH, start: 20, tags: ['đầu tư'] }),
    annotation({ id: 'q1', articleUrl: QUANG, start: 5 }),
    // Imported without its article.
    annotation({ id: 'lost', articleUrl: GONE }),
  ]);
  await db.tasks.bulkPut([task({ id: 't1', articleUrl: NINH, annotationId: 'early' })]);
}

const outline = (blocks: { url: string; annotations: { id: string }[]; tasks: { id: string }[] }[]) =>
  blocks.map((block) => [block.url, ...block.annotations.map((a) => a.id), ...block.tasks.map((t) => t.id)]);

describe('readLibraryBlocks', () => {
  it('reads articles a page at a time, newest visit first, each with its items in reading order', async () => {
    await seed();
    const first = await readLibraryBlocks(db, { groupBy: 'article', show: 'all' }, 2);
    expect(first.complete).toBe(false);
    expect(outline(first.blocks)).toEqual([
      [QUANG, 'q1'],
      [NINH, 'early', 'late', 't1'],
    ]);
    const all = await readLibraryBlocks(db, { groupBy: 'article', show: 'all' }, 10);
    expect(all.complete).toBe(true);
    // Articles with nothing kept stay listed; records without their article come last.
    expect(outline(all.blocks)).toEqual([[QUANG, 'q1'], [NINH, 'early', 'late', 't1'], [THANH], [GONE, 'lost']]);
  });

  it('shows only annotations or only tasks when asked', async () => {
    await seed();
    const tasksOnly = await readLibraryBlocks(db, { groupBy: 'article', show: 'tasks' }, 10);
    expect(outline(tasksOnly.blocks)).toEqual([[QUANG], [NINH, 't1'], [THANH]]);
  });

  it('groups by province in Vietnamese order, the unknown province last, with article counts', async () => {
    await seed();
    const page = await readLibraryBlocks(db, { groupBy: 'province', show: 'annotations' }, 10);
    expect(page.blocks.map((block) => block.province)).toEqual(['Ninh Thuận', 'Quảng Ngãi', null, null]);
    expect(page.provinceCounts).toEqual({ 'Ninh Thuận': 1, 'Quảng Ngãi': 1, '': 1 });
  });
});

describe('readSearchBlocks', () => {
  it('reads the records a search named, leaving out those deleted since', async () => {
    await seed();
    const blocks = await readSearchBlocks(db, [
      { url: NINH, province: 'Ninh Thuận', annotationIds: ['late', 'deleted', 'early'], taskIds: ['t1'] },
      { url: QUANG, province: 'Quảng Ngãi', annotationIds: [], taskIds: [] },
    ]);
    expect(outline(blocks)).toEqual([[NINH, 'early', 'late', 't1'], [QUANG]]);
    expect(blocks[0].article?.url).toBe(NINH);
  });
});

describe('recentArticles and libraryTags', () => {
  it('read the newest visits and every tag in use from the indexes', async () => {
    await seed();
    expect((await recentArticles(db, 2)).map((a) => a.url)).toEqual([QUANG, NINH]);
    expect(await libraryTags(db)).toEqual(['đầu tư', 'hạn chót']);
  });
});
