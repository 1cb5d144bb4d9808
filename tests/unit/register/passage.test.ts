import { describe, expect, it } from 'vitest';
import { MAX_PASSAGE, passageSelectors, sentenceAround } from '../../../utils/register/passage';
import { nationalDatabaseSearch } from '../../../utils/register/national-database';

const TEXT =
  'Tổng vốn đạt 5.840 tỷ đồng. Thực hiện Kế hoạch số 45/KH-UBND ngày 2/3/2024 của UBND tỉnh, các sở đã rà soát.\nĐoạn sau.';

describe('the passage of a citation', () => {
  it('is its sentence: not cut at a thousands dot or a date, stopped at the next sentence or line', () => {
    const start = TEXT.indexOf('Kế hoạch');
    const end = TEXT.indexOf(' của');
    expect(sentenceAround(TEXT, start, end)).toBe(
      'Thực hiện Kế hoạch số 45/KH-UBND ngày 2/3/2024 của UBND tỉnh, các sở đã rà soát.',
    );
    expect(sentenceAround(TEXT, 0, 5)).toBe('Tổng vốn đạt 5.840 tỷ đồng.');
    expect(sentenceAround(TEXT, TEXT.indexOf('Đoạn'), TEXT.length)).toBe('Đoạn sau.');
  });

  it('is cut around the citation when the sentence is very long', () => {
    const long = `${'Chữ '.repeat(300)}Quyết định số 9/QĐ-UBND ${'chữ '.repeat(300)}.`;
    const start = long.indexOf('Quyết');
    const passage = sentenceAround(long, start, start + 'Quyết định số 9/QĐ-UBND'.length);
    expect(passage.length).toBeLessThanOrEqual(MAX_PASSAGE);
    expect(passage).toContain('Quyết định số 9/QĐ-UBND');
  });

  it('has selectors that name it and its context', () => {
    const start = TEXT.indexOf('Kế hoạch');
    expect(passageSelectors(TEXT, start, start + 8)).toEqual([
      { type: 'TextPositionSelector', start, end: start + 8 },
      {
        type: 'TextQuoteSelector',
        exact: 'Kế hoạch',
        prefix: TEXT.slice(start - 32, start),
        suffix: TEXT.slice(start + 8, start + 40),
      },
    ]);
  });
});

describe('the national database search', () => {
  it('searches vbpl.vn for the symbol as written, spaces dropped and dashes made plain', () => {
    const url = new URL(nationalDatabaseSearch('472/ QĐ– UBND'));
    expect(url.origin + url.pathname).toBe('https://vbpl.vn/pages/vbpq-timkiem.aspx');
    expect(url.searchParams.get('Keyword')).toBe('472/QĐ-UBND');
  });
});
