import { describe, expect, it } from 'vitest';
import { documentIdentity, sameDocument, symbolOccursIn, symbolTokens } from '../../../utils/register/document-key';

const id = (symbol: string, date: string | null = null, province: string | null = 'Ninh Thuận') =>
  documentIdentity({ symbol, date }, province);

describe('symbol tokens', () => {
  it.each([
    ['105/NQ-CP', ['105', 'NQ', 'CP']],
    ['472/ QĐ- UBND', ['472', 'QD', 'UBND']],
    ['Số: 1206 /QĐ-HVTC', ['1206', 'QD', 'HVTC']],
    ['số 05/2019/NQ-HĐND', ['5', '2019', 'NQ', 'HDND']],
    ['5/2019/NQ–HĐND', ['5', '2019', 'NQ', 'HDND']],
    ['71/KL/TW', ['71', 'KL', 'TW']],
    ['71-KL/TW', ['71', 'KL', 'TW']],
    ['15- Nq/tw', ['15', 'NQ', 'TW']],
    ['1129/QĐ-TTG', ['1129', 'QD', 'TTG']],
    ['82/2005-QĐ-UBND', ['82', '2005', 'QD', 'UBND']],
  ])('%s', (symbol, tokens) => {
    expect(symbolTokens(symbol)).toEqual(tokens);
  });

  it.each([
    ['Số:05/2019/NQ-HĐND', ['5', '2019', 'NQ', 'HDND']],
    ['SỐ 105/NQ-CP', ['105', 'NQ', 'CP']],
    ['so 105/NQ-CP', ['105', 'NQ', 'CP']],
    ['Số. 105/NQ-CP', ['105', 'NQ', 'CP']],
    ['Sô 105/NQ-CP', ['105', 'NQ', 'CP']],
    ['Số 105/NQ-CP'.normalize('NFD'), ['105', 'NQ', 'CP']],
  ])('"số" written %s', (symbol, tokens) => {
    expect(symbolTokens(symbol)).toEqual(tokens);
  });

  it.each([
    ['hyphen-minus', '105/NQ-CP'],
    ['en dash', '105/NQ–CP'],
    ['em dash', '105/NQ—CP'],
    ['minus sign', '105/NQ−CP'],
    ['non-breaking hyphen', '105/NQ\u2011CP'],
    ['figure dash', '105/NQ‒CP'],
    ['spaced, with no-break spaces', '105 /\u00a0NQ\u00a0-\u00a0CP'],
  ])('a %s between the parts', (_kind, symbol) => {
    expect(symbolTokens(symbol)).toEqual(['105', 'NQ', 'CP']);
  });

  it('reads NFD text and both tone placements alike', () => {
    expect(symbolTokens('12/KH-UBND'.normalize('NFD'))).toEqual(symbolTokens('12/KH-UBND'));
    expect(symbolTokens('Số 08-QĐi/TW'.normalize('NFD'))).toEqual(['8', 'QDI', 'TW']);
    expect(id('108/QĐ-UBND', null, 'Hoà Bình').symbolKey).toBe(id('108/QĐ-UBND', null, 'Hòa Bình').symbolKey);
  });
});

describe('document identity', () => {
  it('keys national documents nationwide and local ones within their province', () => {
    expect(id('105/NQ-CP', null, 'Ninh Thuận').symbolKey).toBe(id('105/NQ-CP', null, 'Long An').symbolKey);
    expect(id('10/CT-TTg').national).toBe(true);
    expect(id('16/2014/TT-BCT').national).toBe(true);
    expect(id('58-NQ/TW').national).toBe(true);
    expect(id('108/QĐ-UBND', null, 'Ninh Thuận').symbolKey).not.toBe(id('108/QĐ-UBND', null, 'Long An').symbolKey);
    expect(id('36-KL/TU').national).toBe(false);
    expect(id('1621/SKHĐT-TH').national).toBe(false);
  });

  it('takes the year from the symbol, else from the cited date', () => {
    expect(id('326/2021/NQ-HĐND').year).toBe(2021);
    expect(id('105/NQ-CP', '2023-07-15').year).toBe(2023);
    expect(id('105/NQ-CP').year).toBeNull();
  });

  it('tells apart documents with the same symbol in different years, and joins a citation without a date', () => {
    expect(sameDocument(id('105/NQ-CP', '2023-07-15'), id('105/NQ-CP', '2024-02-01'))).toBe(false);
    expect(sameDocument(id('105/NQ-CP', '2023-07-15'), id('Số: 105/ NQ–CP'))).toBe(true);
    expect(sameDocument(id('05/2019/NQ-HĐND'), id('5/2019/NQ-HĐND', '2019-07-10'))).toBe(true);
    expect(sameDocument(id('105/NQ-CP'), id('105/QĐ-CP'))).toBe(false);
  });
});

describe('a symbol checked against its text', () => {
  it.each([
    ['105/NQ-CP', 'Nghị quyết số 105/NQ-CP ngày 15/7/2023'],
    ['05 /2019/ QĐ– UBND', 'Quyết định số: 05 /2019/ QĐ– UBND'],
    ['5/2019/QĐ-UBND', 'Quyết định số 05/2019/QĐ‑UBND'],
    ['Số: 472/QĐ-UBND', 'Quyết định 472/ QĐ- UBND'],
    ['318/KH-UBND', 'Kế hoạch số 318/KH-UBND'.normalize('NFD')],
    ['318', 'Kế hoạch 318'],
    ['35-NQ/TW', 'Nghị quyết số 35-NQ/TW'],
  ])('finds %s in “%s”', (symbol, text) => {
    expect(symbolOccursIn(symbol, text)).toBe(true);
  });

  it.each([
    ['999/QĐ-TTg', 'Nghị quyết số 105/NQ-CP'],
    ['10/NQ-CP', 'Nghị quyết số 105/NQ-CP'],
    ['105/NQ-CP', 'Nghị quyết số 105/QĐ-CP'],
    ['105/CP-NQ', 'Nghị quyết số 105/NQ-CP'],
    ['', 'Nghị quyết số 105/NQ-CP'],
  ])('does not find %s in “%s”', (symbol, text) => {
    expect(symbolOccursIn(symbol, text)).toBe(false);
  });
});
