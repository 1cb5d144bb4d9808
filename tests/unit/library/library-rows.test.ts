import { describe, expect, it } from 'vitest';
import { articlesOfRows, blocksToRows, type LibraryRow } from '../../../utils/library/library-rows';
import type { LibraryBlock } from '../../../utils/storage/library-queries';
import { annotation, article, task } from './records';

const NINH = 'https://ninhthuan.gov.vn/tin-tuc/hop-ubnd.html';
const QUANG = 'https://quangngai.gov.vn/tin-tuc/chi-dao.html';

const blocks: LibraryBlock[] = [
  {
    url: QUANG,
    article: article({ url: QUANG, province: 'Quảng Ngãi' }),
    province: 'Quảng Ngãi',
    annotations: [annotation({ id: 'q1', articleUrl: QUANG })],
    tasks: [task({ id: 't1', articleUrl: QUANG, annotationId: 'q1' })],
  },
  { url: NINH, article: undefined, province: null, annotations: [], tasks: [] },
];

const shape = (rows: LibraryRow[]) => rows.map((row) => row.key);

describe('blocksToRows', () => {
  it('lists each block as its article header, its annotations, then its tasks', () => {
    const rows = blocksToRows(blocks, 'article');
    // q1 is the passage t1 was tracked from: one row, the task's, not the same text twice.
    expect(shape(rows)).toEqual([`article:${QUANG}`, 'task:t1', `article:${NINH}`]);
    expect(rows[0]).toMatchObject({ type: 'article', annotationCount: 0, taskCount: 1 });
    expect(rows[1]).toMatchObject({ type: 'task', annotation: { id: 'q1' } });
    expect(articlesOfRows(rows).map((a) => a.url)).toEqual([QUANG]);
  });

  it('puts a province header before each province’s articles, with its article count', () => {
    const rows = blocksToRows(blocks, 'province', { 'Quảng Ngãi': 4, '': 1 });
    expect(shape(rows)).toEqual(['province:Quảng Ngãi', `article:${QUANG}`, 'task:t1', 'province:', `article:${NINH}`]);
    expect(rows[0]).toMatchObject({ province: 'Quảng Ngãi', articleCount: 4 });
    expect(rows[3]).toMatchObject({ province: null, articleCount: 1 });
  });
});

describe('blocksToRows with tracked passages', () => {
  it('keeps the annotation row when its task is not listed (annotations only)', () => {
    const rows = blocksToRows([{ ...blocks[0], tasks: [] }], 'article');
    expect(shape(rows)).toEqual([`article:${QUANG}`, 'annotation:q1']);
    expect(rows[0]).toMatchObject({ annotationCount: 1, taskCount: 0 });
  });

  it('lists an annotation with no task beside the tasks of other passages', () => {
    const rows = blocksToRows(
      [{ ...blocks[0], annotations: [annotation({ id: 'q2', articleUrl: QUANG }), ...blocks[0].annotations] }],
      'article',
    );
    expect(shape(rows)).toEqual([`article:${QUANG}`, 'annotation:q2', 'task:t1']);
    expect(rows[0]).toMatchObject({ annotationCount: 1, taskCount: 1 });
  });
});
