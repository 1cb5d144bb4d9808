// Record builders for the library view-model tests.
import { dueKey } from '../../../utils/model/deadline';
import type { AnnotationRecord, ArticleRecord, TaskRecord } from '../../../utils/model/records';

export function article(overrides: Partial<ArticleRecord> = {}): ArticleRecord {
  return {
    url: 'https://ninhthuan.gov.vn/tin-tuc/hop-ubnd.html',
    title: 'UBND tỉnh họp phiên thường kỳ tháng 7',
    site: 'ninhthuan.gov.vn',
    province: 'Ninh Thuận',
    published: '2023-07-15',
    firstVisit: 1_000,
    lastVisit: 2_000,
    textSnapshot: '',
    isArticle: true,
    ...overrides,
  };
}

export function annotation(overrides: Partial<AnnotationRecord> & { start?: number } = {}): AnnotationRecord {
  const { start = 0, ...rest } = overrides;
  const quote = rest.quote ?? 'Sở Kế hoạch và Đầu tư';
  return {
    id: 'a1',
    articleUrl: 'https://ninhthuan.gov.vn/tin-tuc/hop-ubnd.html',
    selectors: [
      { type: 'TextQuoteSelector', exact: quote, prefix: 'yêu cầu ', suffix: ' hoàn thành' },
      { type: 'TextPositionSelector', start, end: start + quote.length },
    ],
    anchoringVersion: 1,
    quote,
    kind: 'highlight',
    color: 'yellow',
    tags: [],
    note: '',
    finding: null,
    created: 10,
    updated: 10,
    revision: 1,
    ...rest,
  };
}

export function task(overrides: Partial<TaskRecord> = {}): TaskRecord {
  const record: Omit<TaskRecord, 'due'> & { due?: string } = {
    id: 't1',
    articleUrl: 'https://ninhthuan.gov.vn/tin-tuc/hop-ubnd.html',
    annotationId: 'a1',
    text: 'Giao Sở Tài chính hoàn thành báo cáo trước ngày 15/8/2023',
    issuer: 'Chủ tịch UBND tỉnh',
    assignees: ['Sở Tài chính'],
    deadline: '2023-08-15',
    status: 'open',
    notes: '',
    statusHistory: [{ status: 'open', at: 10 }],
    site: 'ninhthuan.gov.vn',
    province: 'Ninh Thuận',
    created: 10,
    updated: 10,
    revision: 1,
    ...overrides,
  };
  return { ...record, due: overrides.due ?? dueKey(record.deadline) };
}
