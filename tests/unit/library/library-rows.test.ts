import { describe, expect, it } from 'vitest';
import {
  annotationsOfRows,
  articlesOfRows,
  buildLibraryRows,
  DEFAULT_VIEW,
  type LibraryData,
  type LibraryRow,
} from '../../../utils/library/library-rows';
import { annotation, article, task } from './records';

const NINH = 'https://ninhthuan.gov.vn/tin-tuc/hop-ubnd.html';
const QUANG = 'https://quangngai.gov.vn/tin-tuc/chi-dao.html';
const THANH = 'https://thanhhoa.gov.vn/tin-tuc/khong-ghi-chu.html';

function library(): LibraryData {
  return {
    articles: [
      article({ url: NINH, lastVisit: 2_000 }),
      article({
        url: QUANG,
        title: 'Quảng Ngãi chỉ đạo giải ngân vốn',
        site: 'quangngai.gov.vn',
        province: 'Quảng Ngãi',
        lastVisit: 3_000,
      }),
      article({ url: THANH, title: 'Bài không có ghi chú', site: 'baothanhhoa.vn', province: null, lastVisit: 1_000 }),
    ],
    annotations: [
      annotation({
        id: 'late',
        articleUrl: NINH,
        quote: 'hoàn thành trước ngày 15/8/2023',
        start: 60,
        tags: ['hạn chót'],
      }),
      annotation({ id: 'early', articleUrl: NINH, quote: 'Sở Kế hoạch và Đầu tư', start: 20 }),
      annotation({ id: 'q1', articleUrl: QUANG, quote: 'giải ngân 1.300 tỷ đồng', note: 'Kiểm tra số liệu', start: 5 }),
    ],
    tasks: [
      task({ id: 't-ninh', articleUrl: NINH, annotationId: 'late', text: 'Sở Tài chính hoàn thành báo cáo' }),
      task({
        id: 't-quang',
        articleUrl: QUANG,
        annotationId: 'q1',
        province: 'Quảng Ngãi',
        site: 'quangngai.gov.vn',
        text: 'Đẩy nhanh giải ngân',
      }),
    ],
  };
}

function describeRows(rows: LibraryRow[]): string[] {
  return rows.map((row) => {
    switch (row.type) {
      case 'province':
        return `province:${row.province}`;
      case 'article':
        return `article:${row.url}`;
      case 'annotation':
        return `annotation:${row.annotation.id}`;
      case 'task':
        return `task:${row.task.id}`;
    }
  });
}

describe('buildLibraryRows', () => {
  it('groups by article, most recently visited first, annotations in reading order then tasks', () => {
    expect(describeRows(buildLibraryRows(library(), DEFAULT_VIEW))).toEqual([
      `article:${QUANG}`,
      'annotation:q1',
      'task:t-quang',
      `article:${NINH}`,
      'annotation:early',
      'annotation:late',
      'task:t-ninh',
      `article:${THANH}`,
    ]);
  });

  it('groups by province in Vietnamese order with the unknown province last', () => {
    const rows = buildLibraryRows(library(), { ...DEFAULT_VIEW, groupBy: 'province' });
    expect(describeRows(rows).filter((row) => row.startsWith('province') || row.startsWith('article'))).toEqual([
      'province:Ninh Thuận',
      `article:${NINH}`,
      'province:Quảng Ngãi',
      `article:${QUANG}`,
      'province:null',
      `article:${THANH}`,
    ]);
    expect(rows[0]).toMatchObject({ type: 'province', articleCount: 1 });
  });

  it('searches ignoring diacritics and case, in records and their article', () => {
    const bySearch = (query: string) => describeRows(buildLibraryRows(library(), { ...DEFAULT_VIEW, query }));
    expect(bySearch('so ke hoach')).toEqual([`article:${NINH}`, 'annotation:early']);
    expect(bySearch('KIEM TRA so lieu')).toEqual([`article:${QUANG}`, 'annotation:q1']);
    // The article title matches: its records are listed with it.
    expect(bySearch('quang ngai chi dao')).toEqual([`article:${QUANG}`, 'annotation:q1', 'task:t-quang']);
    expect(bySearch('khong co ghi chu')).toEqual([`article:${THANH}`]);
    expect(bySearch('không tồn tại')).toEqual([]);
  });

  it('filters by tag, keeping the tasks tracked from tagged annotations', () => {
    expect(describeRows(buildLibraryRows(library(), { ...DEFAULT_VIEW, tag: 'Hạn chót' }))).toEqual([
      `article:${NINH}`,
      'annotation:late',
      'task:t-ninh',
    ]);
  });

  it('shows only annotations or only tasks', () => {
    const tasksOnly = describeRows(buildLibraryRows(library(), { ...DEFAULT_VIEW, show: 'tasks' }));
    expect(tasksOnly.filter((row) => !row.startsWith('article'))).toEqual(['task:t-quang', 'task:t-ninh']);
    const annotationsOnly = describeRows(buildLibraryRows(library(), { ...DEFAULT_VIEW, show: 'annotations' }));
    expect(annotationsOnly.filter((row) => !row.startsWith('article'))).toEqual([
      'annotation:q1',
      'annotation:early',
      'annotation:late',
    ]);
  });

  it('lists records whose article was never recorded under their URL', () => {
    const data = library();
    const orphanUrl = 'https://hatinh.gov.vn/tin/khong-luu.html';
    const rows = buildLibraryRows(
      { ...data, annotations: [...data.annotations, annotation({ id: 'lost', articleUrl: orphanUrl })] },
      DEFAULT_VIEW,
    );
    const index = rows.findIndex((row) => row.key === `article:${orphanUrl}`);
    expect(rows[index]).toMatchObject({ type: 'article', article: undefined, itemCount: 1 });
    expect(rows[index + 1]).toMatchObject({ type: 'annotation', key: 'annotation:lost' });
  });

  it('gives the annotations and articles of the rows in list order', () => {
    const rows = buildLibraryRows(library(), { ...DEFAULT_VIEW, query: 'giai ngan' });
    expect(annotationsOfRows(rows).map((a) => a.id)).toEqual(['q1']);
    expect(articlesOfRows(rows).map((a) => a.url)).toEqual([QUANG]);
  });
});
