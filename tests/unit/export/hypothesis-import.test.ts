import { describe, expect, it } from 'vitest';
import {
  HYPOTHESIS_ID_PREFIX,
  isHypothesisExport,
  parseHypothesisExport,
} from '../../../utils/export/hypothesis-import';

const URI = 'https://tuyenquang.gov.vn/Pages/chi-dao.aspx?utm_source=zalo#p3';

/** An annotation as the Hypothesis client's export writes it (API annotation data). */
function hypothesisAnnotation(overrides: Record<string, unknown> = {}) {
  return {
    id: 'Yb5dJqYXEe6',
    created: '2024-05-01T09:00:00.000000+00:00',
    updated: '2024-05-01T09:05:00.000000+00:00',
    user: 'acct:reader@hypothes.is',
    uri: URI,
    text: 'Hỏi lại Sở'.normalize('NFD'),
    tags: ['lũ', ' hỗ trợ '],
    group: '__world__',
    target: [
      {
        source: URI,
        selector: [
          {
            type: 'RangeSelector',
            startContainer: '/div[1]/p[2]',
            startOffset: 0,
            endContainer: '/div[1]/p[2]',
            endOffset: 9,
          },
          { type: 'TextPositionSelector', start: 812, end: 845 },
          { type: 'TextQuoteSelector', exact: 'mức hỗ trợ cho các hộ dân', prefix: 'đề xuất ', suffix: ', báo cáo' },
          { type: 'FragmentSelector', value: 'page=3' },
        ],
      },
    ],
    document: { title: ['Chỉ đạo'] },
    ...overrides,
  };
}

function exportOf(annotations: unknown[]) {
  return {
    export_date: '2024-05-02T00:00:00.000Z',
    export_userid: 'acct:reader@hypothes.is',
    client_version: '1.1500.0',
    annotations,
  };
}

describe('parseHypothesisExport', () => {
  it('keeps the note, tags, page and time, the quote and its context, and the position as a hint', () => {
    const parsed = parseHypothesisExport(exportOf([hypothesisAnnotation()]));
    if (!parsed.ok) throw new Error(parsed.error.en);
    expect(parsed.data.skipped).toBe(0);
    expect(parsed.data.annotations).toEqual([
      expect.objectContaining({
        id: `${HYPOTHESIS_ID_PREFIX}Yb5dJqYXEe6`,
        articleUrl: 'https://tuyenquang.gov.vn/Pages/chi-dao.aspx',
        quote: 'mức hỗ trợ cho các hộ dân',
        note: 'Hỏi lại Sở',
        tags: ['lũ', 'hỗ trợ'],
        kind: 'note',
        created: Date.parse('2024-05-01T09:00:00Z'),
        updated: Date.parse('2024-05-01T09:05:00Z'),
        selectors: [
          { type: 'TextQuoteSelector', exact: 'mức hỗ trợ cho các hộ dân', prefix: 'đề xuất ', suffix: ', báo cáo' },
          { type: 'TextPositionSelector', start: 812, end: 845 },
        ],
      }),
    ]);
  });

  it('counts replies and page notes, which have no passage to mark', () => {
    const reply = hypothesisAnnotation({ id: 'r1', references: ['Yb5dJqYXEe6'], target: [{ source: URI }] });
    const pageNote = hypothesisAnnotation({ id: 'p1', target: [{ source: URI }] });
    const parsed = parseHypothesisExport(exportOf([hypothesisAnnotation(), reply, pageNote]));
    expect(parsed.ok && [parsed.data.annotations.length, parsed.data.skipped]).toEqual([1, 2]);
  });

  it.each([
    ['a created time that is not a date', { created: 'hôm qua' }, 'annotations.0.created'],
    [
      'a page that is not http(s)',
      {
        uri: 'urn:x-pdf:abc',
        target: [{ source: 'urn:x-pdf:abc', selector: [{ type: 'TextQuoteSelector', exact: 'a' }] }],
      },
      'annotations.0.uri',
    ],
    [
      'a quote selector without its text',
      { target: [{ source: URI, selector: [{ type: 'TextQuoteSelector' }] }] },
      'annotations.0.target.0.selector.0.type',
    ],
    ['tags that are not a list', { tags: 'lũ' }, 'annotations.0.tags'],
  ])('refuses %s, naming where', (_name, overrides, path) => {
    const parsed = parseHypothesisExport(exportOf([hypothesisAnnotation(overrides)]));
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.error.path).toBe(path);
    expect(parsed.error.en).toMatch(/Hypothesis export is damaged.*not changed/);
    expect(parsed.error.vi).toMatch(/Hypothesis bị hỏng/);
  });

  it('refuses the same annotation twice', () => {
    const parsed = parseHypothesisExport(exportOf([hypothesisAnnotation(), hypothesisAnnotation()]));
    expect(!parsed.ok && parsed.error.path).toBe('annotations.1.id');
  });

  it('tells a Hypothesis export from a GovMark backup', () => {
    expect(isHypothesisExport(exportOf([]))).toBe(true);
    expect(isHypothesisExport({ total: 0, rows: [] })).toBe(true);
    expect(isHypothesisExport({ type: 'AnnotationCollection', items: [] })).toBe(false);
  });

  // Hypothesis describes a passage in the whole document (its TextPosition counts body
  // textContent), so its annotations are placed in the page's text: on a page GovMark reads as
  // an article, a note on the heading or the footer is outside the article's body.
  it('places imported annotations in the page’s text, where Hypothesis described them', () => {
    const parsed = parseHypothesisExport(exportOf([hypothesisAnnotation()]));
    expect(parsed.ok && parsed.data.annotations.map((annotation) => annotation.scope)).toEqual(['page']);
  });

  // The Hypothesis API's search answer ({total, rows}), which is how its own anchoring
  // baselines were saved and what a reader fetching their annotations by script gets.
  it('reads the Hypothesis API’s search answer as it reads the client’s export', () => {
    const row = { ...hypothesisAnnotation(), permissions: { read: ['group:__world__'] }, links: {} };
    const fromApi = parseHypothesisExport({ total: 1, rows: [row] });
    const fromExport = parseHypothesisExport(exportOf([row]));
    expect(fromApi).toEqual(fromExport);
    expect(fromApi.ok && fromApi.data.annotations).toHaveLength(1);
    const broken = parseHypothesisExport({ total: 1, rows: [{ ...row, created: 'hôm qua' }] });
    expect(!broken.ok && broken.error.path).toBe('rows.0.created');
  });
});
