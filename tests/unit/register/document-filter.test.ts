import { describe, expect, it } from 'vitest';
import type { DocumentRecord } from '../../../utils/model/register-records';
import { documentIdentity } from '../../../utils/register/document-key';
import { documentKeyOf } from '../../../utils/register/document-resolution';
import { DEFAULT_DOCUMENT_QUERY, documentFacets, filterDocuments } from '../../../utils/register/document-filter';
import { foldForSearch } from '../../../utils/search/fold';

function doc(
  symbol: string,
  docType: string,
  province: string,
  articles: number,
  lastSeen: number,
  about = '',
): DocumentRecord {
  const identity = documentIdentity({ symbol, date: null }, province);
  return {
    key: documentKeyOf(identity),
    ...identity,
    docType,
    symbol,
    number: null,
    date: null,
    issuer: null,
    provinces: [province],
    articleCount: articles,
    citationCount: articles,
    firstSeen: 0,
    lastSeen,
    searchText: foldForSearch(`${docType} ${symbol} ${about}`),
  };
}

const DOCUMENTS = [
  doc('105/NQ-CP', 'Nghị quyết', 'Ninh Thuận', 3, 10, 'hỗ trợ doanh nghiệp tháo gỡ khó khăn'),
  doc('45/KH-UBND', 'Kế hoạch', 'Ninh Thuận', 1, 30, 'chuyển đổi số'),
  doc('1050/QĐ-UBND', 'Quyết định', 'Long An', 2, 20, 'giải phóng mặt bằng'),
];
const symbols = (query: Partial<typeof DEFAULT_DOCUMENT_QUERY>) =>
  filterDocuments(DOCUMENTS, { ...DEFAULT_DOCUMENT_QUERY, ...query }).map((d) => d.symbol);

describe('the Documents view’s search', () => {
  it('orders by articles citing, or by last seen', () => {
    expect(symbols({})).toEqual(['105/NQ-CP', '1050/QĐ-UBND', '45/KH-UBND']);
    expect(symbols({ sort: 'last-seen' })).toEqual(['45/KH-UBND', '1050/QĐ-UBND', '105/NQ-CP']);
  });

  it('finds a symbol however it is typed, by its leading tokens, not by any digits inside', () => {
    expect(symbols({ text: '105/NQ-CP' })).toEqual(['105/NQ-CP']);
    expect(symbols({ text: 'số 105/ nq–cp' })).toEqual(['105/NQ-CP']);
    expect(symbols({ text: '105' })).toEqual(['105/NQ-CP']);
    expect(symbols({ text: '1050/QD' })).toEqual(['1050/QĐ-UBND']);
    expect(symbols({ text: '45/KH-UBND' })).toEqual(['45/KH-UBND']);
  });

  it('finds words of the type and passages without tone marks, every word required', () => {
    expect(symbols({ text: 'giai phong mat bang' })).toEqual(['1050/QĐ-UBND']);
    expect(symbols({ text: 'Chuyển đổi số'.normalize('NFD') })).toEqual(['45/KH-UBND']);
    expect(symbols({ text: 'nghị quyết doanh nghiệp' })).toEqual(['105/NQ-CP']);
    expect(symbols({ text: 'nghị quyết mặt bằng' })).toEqual([]);
  });

  it('filters by province and type, and lists both for the filters', () => {
    expect(symbols({ province: 'Ninh Thuận' })).toEqual(['105/NQ-CP', '45/KH-UBND']);
    expect(symbols({ docType: 'Quyết định' })).toEqual(['1050/QĐ-UBND']);
    expect(symbols({ province: 'Long An', docType: 'Kế hoạch' })).toEqual([]);
    expect(documentFacets(DOCUMENTS)).toEqual({
      provinces: ['Long An', 'Ninh Thuận'],
      docTypes: ['Kế hoạch', 'Nghị quyết', 'Quyết định'],
    });
  });
});
