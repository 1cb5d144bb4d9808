import { afterEach, describe, expect, it } from 'vitest';
import type { GovMarkDB } from '../../../utils/storage/db';
import {
  type BlockCursor,
  libraryTags,
  provinceCounts,
  readBlockPage,
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

type View = { groupBy: 'article' | 'province'; show: 'all' | 'annotations' | 'tasks' };

/** Every page of the list from the top, `perPage` articles at a time, following each page's cursor. */
async function allPages(view: View, perPage: number) {
  const pages = [];
  let after: BlockCursor | null = null;
  do {
    const page = await readBlockPage(db, view, after, perPage);
    pages.push(page.blocks);
    after = page.next;
  } while (after !== null && pages.length < 100);
  return pages;
}

describe('readBlockPage', () => {
  it('reads articles a page at a time after a cursor, newest visit first, each with its items in reading order', async () => {
    await seed();
    const first = await readBlockPage(db, { groupBy: 'article', show: 'all' }, null, 2);
    expect(first.next).toEqual({ province: 'Ninh Thuận', lastVisit: 2_000, url: NINH });
    expect(outline(first.blocks)).toEqual([
      [QUANG, 'q1'],
      [NINH, 'early', 'late', 't1'],
    ]);
    const second = await readBlockPage(db, { groupBy: 'article', show: 'all' }, first.next, 2);
    // Articles with nothing kept stay listed; records without their article come last, on the last page.
    expect(second.next).toBeNull();
    expect(outline(second.blocks)).toEqual([[THANH], [GONE, 'lost']]);
  });

  it('pages through articles visited in the same millisecond without losing or repeating one', async () => {
    db = openTestDb().db;
    const urls = Array.from({ length: 7 }, (_, i) => `https://hatinh.gov.vn/tin-tuc/bai-${i}.html`);
    // Three articles share each of the first two visit times: a cursor on the key alone would skip them.
    await db.articles.bulkPut(urls.map((url, i) => article({ url, lastVisit: i < 3 ? 5_000 : i < 6 ? 4_000 : 1 })));
    for (const perPage of [1, 2, 3, 4]) {
      const pages = await allPages({ groupBy: 'article', show: 'all' }, perPage);
      const listed = pages.flat().map((block) => block.url);
      expect(listed).toEqual([urls[2], urls[1], urls[0], urls[5], urls[4], urls[3], urls[6]]);
      expect(pages.every((page) => page.length <= perPage)).toBe(true);
    }
  });

  it('shows only annotations or only tasks when asked', async () => {
    await seed();
    const tasksOnly = await readBlockPage(db, { groupBy: 'article', show: 'tasks' }, null, 10);
    expect(outline(tasksOnly.blocks)).toEqual([[QUANG], [NINH, 't1'], [THANH]]);
  });

  it('groups by province in Vietnamese order, the unknown province last, one page after another', async () => {
    await seed();
    await db.articles.bulkPut([
      article({ url: 'https://angiang.gov.vn/a.html', site: 'angiang.gov.vn', province: 'An Giang', lastVisit: 500 }),
      article({ url: 'https://ninhthuan.gov.vn/b.html', lastVisit: 2_500 }),
      article({ url: 'https://baomoi.vn/c.html', site: 'baomoi.vn', province: null, lastVisit: 4_000 }),
    ]);
    const expected = [
      ['An Giang', 'https://angiang.gov.vn/a.html'],
      ['Ninh Thuận', 'https://ninhthuan.gov.vn/b.html'],
      ['Ninh Thuận', NINH],
      ['Quảng Ngãi', QUANG],
      [null, 'https://baomoi.vn/c.html'],
      [null, THANH],
      [null, GONE],
    ];
    for (const perPage of [1, 2, 3, 10]) {
      const pages = await allPages({ groupBy: 'province', show: 'annotations' }, perPage);
      expect(pages.flat().map((block) => [block.province, block.url])).toEqual(expected);
    }
    expect(await provinceCounts(db)).toEqual({ 'An Giang': 1, 'Ninh Thuận': 2, 'Quảng Ngãi': 1, '': 2 });
  });

  it('starts after a cursor whose article and province are gone at the next province in order', async () => {
    await seed();
    const page = await readBlockPage(
      db,
      { groupBy: 'province', show: 'all' },
      { province: 'Lâm Đồng', lastVisit: 9_999, url: 'https://lamdong.gov.vn/gone.html' },
      10,
    );
    expect(page.blocks.map((block) => block.url)).toEqual([NINH, QUANG, THANH, GONE]);
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
