// A small library for the export tests: a provincial portal article and a newspaper article,
// annotations of every kind (including hostile page text), and a tracked task.
import type { AnnotationRecord, ArticleRecord, TaskRecord } from '../../../utils/model/records';

/** Timestamps chosen so the Vietnamese calendar day differs from the UTC one. */
export const TIME_ZONE = 'Asia/Ho_Chi_Minh';

export const portalArticle: ArticleRecord = {
  url: 'https://ninhthuan.gov.vn/portal/Pages/2023-1-15/UBND-tinh-chi-dao.aspx',
  title: 'UBND tỉnh Ninh Thuận chỉ đạo triển khai Quyết định số 12/QĐ-UBND về “chuyển đổi số” & {đô thị}',
  site: 'ninhthuan.gov.vn',
  province: 'Ninh Thuận',
  published: '2023-01-15',
  firstVisit: Date.UTC(2024, 4, 1, 9, 0),
  // 2024-05-01 18:30 UTC is 2 May 2024 01:30 in Vietnam.
  lastVisit: Date.UTC(2024, 4, 1, 18, 30),
  textSnapshot: 'Theo Quyết định số 12/QĐ-UBND, tỉnh giảm 3,5% chi thường xuyên.',
  isArticle: true,
};

export const newspaperArticle: ArticleRecord = {
  url: 'https://baoninhthuan.com.vn/kinh-te/202301/tang-truong-dat-8-phan-tram-123456/',
  title: 'Tăng trưởng đạt 8%: Đắk Lắk, Huế và Thừa Thiên–Huế',
  site: 'baoninhthuan.com.vn',
  province: null,
  published: '2023-01',
  firstVisit: Date.UTC(2024, 0, 3, 2, 0),
  lastVisit: Date.UTC(2024, 0, 3, 2, 0),
  textSnapshot: 'Tăng trưởng đạt 8%.',
  isArticle: true,
};

export const figureAnnotation: AnnotationRecord = {
  id: '0f8fad5b-d9cb-469f-a165-70867728950e',
  articleUrl: portalArticle.url,
  selectors: [
    { type: 'TextQuoteSelector', exact: 'giảm 3,5% chi thường xuyên', prefix: 'UBND, tỉnh ', suffix: '.' },
    { type: 'TextPositionSelector', start: 35, end: 61 },
  ],
  anchoringVersion: 1,
  quote: 'giảm 3,5% chi thường xuyên',
  kind: 'figure',
  color: 'green',
  tags: ['ngân sách', 'chi, thường xuyên'],
  note: '-abc ghi chú',
  finding: {
    kind: 'figure',
    figure: { text: '3,5%', start: 40, end: 44, kind: 'percent', value: -3.5, unit: null, vnd: null, qualifier: null },
  },
  created: Date.UTC(2024, 4, 1, 9, 5),
  updated: Date.UTC(2024, 4, 1, 9, 6),
  revision: 1,
};

export const hostileAnnotation: AnnotationRecord = {
  id: '7c9e6679-7425-40de-944b-e07fc1f90ae7',
  articleUrl: portalArticle.url,
  selectors: [{ type: 'TextQuoteSelector', exact: '=HYPERLINK("http://evil.example","bấm vào")' }],
  anchoringVersion: 1,
  quote: '=HYPERLINK("http://evil.example","bấm vào")',
  kind: 'highlight',
  color: 'yellow',
  tags: [],
  note: '@SUM(1+1)\nvà dòng hai, có "ngoặc kép"',
  finding: null,
  created: Date.UTC(2024, 4, 1, 9, 10),
  updated: Date.UTC(2024, 4, 1, 9, 10),
  revision: 1,
};

export const directiveAnnotation: AnnotationRecord = {
  id: 'directive-1',
  articleUrl: portalArticle.url,
  selectors: [
    {
      type: 'TextQuoteSelector',
      exact: 'Giao Sở Tài chính chủ trì, phối hợp các sở, ngành báo cáo UBND tỉnh trước ngày 15/01/2023',
      prefix: 'thường xuyên.\n',
      suffix: '. Chủ tịch UBND tỉnh',
    },
  ],
  anchoringVersion: 1,
  quote: 'Giao Sở Tài chính chủ trì, phối hợp các sở, ngành báo cáo UBND tỉnh trước ngày 15/01/2023',
  kind: 'directive',
  color: 'purple',
  tags: ['+nhiệm vụ'],
  note: '',
  finding: {
    kind: 'directive',
    directive: {
      text: 'Giao Sở Tài chính chủ trì',
      start: 62,
      end: 150,
      issuer: 'UBND tỉnh',
      assignees: ['Sở Tài chính'],
      deadline: 'trước ngày 15/01/2023',
      deadlineIso: '2023-01-15',
    },
  },
  created: Date.UTC(2024, 4, 1, 9, 20),
  updated: Date.UTC(2024, 4, 1, 9, 25),
  revision: 1,
};

export const documentAnnotation: AnnotationRecord = {
  id: 'a5e9c3e0-1b2c-4d3e-8f40-5a6b7c8d9e0f',
  articleUrl: newspaperArticle.url,
  selectors: [{ type: 'TextQuoteSelector', exact: 'Quyết định số 12/QĐ-UBND', prefix: 'Theo ', suffix: ', tỉnh' }],
  anchoringVersion: 1,
  quote: 'Quyết định số 12/QĐ-UBND',
  kind: 'document',
  color: 'blue',
  tags: [],
  note: '',
  finding: {
    kind: 'document',
    document: {
      text: 'Quyết định số 12/QĐ-UBND',
      start: 5,
      end: 29,
      docType: 'Quyết định',
      symbol: '12/QĐ-UBND',
      number: '12',
      date: null,
      issuer: null,
    },
  },
  created: Date.UTC(2024, 0, 3, 2, 1),
  updated: Date.UTC(2024, 0, 3, 2, 1),
  revision: 1,
};

export const task: TaskRecord = {
  id: 'task-1',
  articleUrl: portalArticle.url,
  annotationId: directiveAnnotation.id,
  text: 'Sở Tài chính báo cáo UBND tỉnh',
  issuer: 'UBND tỉnh',
  assignees: ['Sở Tài chính', 'các sở, ngành'],
  deadline: '2023-01-15',
  status: 'in-progress',
  notes: '-5 ngày còn lại',
  statusHistory: [
    { status: 'open', at: Date.UTC(2024, 4, 1, 9, 25) },
    { status: 'in-progress', at: Date.UTC(2024, 4, 2, 1, 0) },
  ],
  site: portalArticle.site,
  province: portalArticle.province,
  created: Date.UTC(2024, 4, 1, 9, 25),
  updated: Date.UTC(2024, 4, 2, 1, 0),
  revision: 1,
  due: '2023-01-15',
};

export const library = {
  articles: [portalArticle, newspaperArticle],
  annotations: [figureAnnotation, hostileAnnotation, directiveAnnotation, documentAnnotation],
  tasks: [task],
};
