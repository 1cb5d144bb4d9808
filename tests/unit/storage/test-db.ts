// Fresh databases and sample records for storage and messaging tests.
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { GovMarkDB } from '../../../utils/storage/db';
import type { ArticleVisit } from '../../../utils/storage/article-queries';
import type { NewAnnotation } from '../../../utils/storage/annotation-queries';

export const ARTICLE_URL = 'https://ninhthuan.gov.vn/portal/tin-tuc/hop-ubnd-tinh.html';
export const OTHER_URL = 'https://quangngai.gov.vn/tin-tuc/chi-dao-dieu-hanh.html';

/** Each test gets its own IndexedDB factory, so no state leaks between tests. */
export function openTestDb(): { db: GovMarkDB; indexedDB: IDBFactory; name: string } {
  const indexedDB = new IDBFactory();
  const name = `test-${Math.random().toString(36).slice(2)}`;
  return { db: new GovMarkDB(name, { indexedDB, IDBKeyRange }), indexedDB, name };
}

export function sampleVisit(overrides: Partial<ArticleVisit> = {}): ArticleVisit {
  return {
    url: ARTICLE_URL,
    title: 'UBND tỉnh họp phiên thường kỳ tháng 7',
    site: 'ninhthuan.gov.vn',
    province: 'Ninh Thuận',
    published: '2023-07-15',
    textSnapshot: 'Chủ tịch UBND tỉnh yêu cầu Sở Kế hoạch và Đầu tư hoàn thành trước ngày 15/8/2023.',
    isArticle: true,
    ...overrides,
  };
}

export function sampleAnnotation(overrides: Partial<NewAnnotation> = {}): NewAnnotation {
  return {
    articleUrl: ARTICLE_URL,
    selectors: [
      { type: 'TextQuoteSelector', exact: 'Sở Kế hoạch và Đầu tư', prefix: 'yêu cầu ', suffix: ' hoàn thành' },
      { type: 'TextPositionSelector', start: 29, end: 50 },
    ],
    anchoringVersion: 1,
    quote: 'Sở Kế hoạch và Đầu tư',
    kind: 'highlight',
    color: 'yellow',
    finding: null,
    ...overrides,
  };
}

export function directiveAnnotation(overrides: Partial<NewAnnotation> = {}): NewAnnotation {
  const text = 'Chủ tịch UBND tỉnh yêu cầu Sở Kế hoạch và Đầu tư hoàn thành trước ngày 15/8/2023.';
  return sampleAnnotation({
    selectors: [
      { type: 'TextQuoteSelector', exact: text },
      { type: 'TextPositionSelector', start: 0, end: text.length },
    ],
    quote: text,
    kind: 'directive',
    color: 'purple',
    finding: {
      kind: 'directive',
      directive: {
        text,
        start: 0,
        end: text.length,
        issuer: 'Chủ tịch UBND tỉnh',
        assignees: ['Sở Kế hoạch và Đầu tư'],
        deadline: 'trước ngày 15/8/2023',
        deadlineIso: '2023-08-15',
      },
    },
    ...overrides,
  });
}
