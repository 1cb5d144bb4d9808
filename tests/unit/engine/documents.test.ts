import { describe, expect, it } from 'vitest';
import { findDocuments } from '../../../utils/engine/documents.ts';
import { normaliseText } from '../../../utils/engine/normalise.ts';

const scan = (raw: string) => findDocuments(normaliseText(raw).text, { year: 2021 });
const only = (raw: string) => {
  const documents = scan(raw);
  expect(documents).toHaveLength(1);
  return documents[0];
};

describe('findDocuments', () => {
  it.each([
    ['Nghị quyết số 326/2021/NQ-HĐND', 'Nghị quyết', '326/2021/NQ-HĐND', '326'],
    ['Thông báo số 36-KL/TU', 'Thông báo', '36-KL/TU', '36'],
    ['Quyết định 1234/QĐ-UBND', 'Quyết định', '1234/QĐ-UBND', '1234'],
    ['Chỉ thị số 05-CT/TU', 'Chỉ thị', '05-CT/TU', '05'],
    ['Kết luận 71/KL/TW', 'Kết luận', '71/KL/TW', '71'],
    ['Luật số 80/2015/QH13', 'Luật', '80/2015/QH13', '80'],
    ['quyết định số 82/2005-QĐ-UBND', 'quyết định', '82/2005-QĐ-UBND', '82'],
    ['Quyết định số 472/ QĐ- UBND', 'Quyết định', '472/ QĐ- UBND', '472'],
    ['Quyết định số 84 QĐ/TWĐTN', 'Quyết định', '84 QĐ/TWĐTN', '84'],
  ])('reads the symbol shapes: %s', (text, docType, symbol, number) => {
    expect(only(`Thực hiện ${text}, các sở triển khai.`)).toMatchObject({ text, docType, symbol, number });
  });

  it('includes the issue date that follows, also in parentheses or after a comma', () => {
    expect(only('UBND tỉnh Bắc Ninh đã có Công văn số 1393/UBND-DL1 ngày 11/3/2021 điều chỉnh')).toMatchObject({
      text: 'Công văn số 1393/UBND-DL1 ngày 11/3/2021',
      date: '2021-03-11',
      issuer: 'UBND tỉnh Bắc Ninh',
    });
    expect(only('ban hành Quyết định số 108/QĐ-UBND (ngày 15/1/2021) về Chương trình')).toMatchObject({
      text: 'Quyết định số 108/QĐ-UBND (ngày 15/1/2021)',
      date: '2021-01-15',
    });
    expect(only('Quyết định số 31-QĐ/TW, ngày 01-10-1997 của Bộ Chính trị')).toMatchObject({
      date: '1997-10-01',
      issuer: 'Bộ Chính trị',
    });
    expect(only('Kế hoạch số 484/KH-UBND ngày 14 tháng 02 năm 2025')).toMatchObject({ date: '2025-02-14' });
  });

  it('takes the issuer from "của …", else the sentence subject, else the symbol', () => {
    expect(only('theo Nghị quyết số 105/NQ-CP ngày 15/7/2023 của Chính phủ; nâng cao')).toMatchObject({
      issuer: 'Chính phủ',
    });
    expect(only('Sở Kế hoạch và Đầu tư có Công văn số 1621/SKHĐT-TH gửi các sở')).toMatchObject({
      issuer: 'Sở Kế hoạch và Đầu tư',
    });
    expect(
      only('đã được Ban Thường vụ Tỉnh ủy Kết luận chỉ đạo tại Thông báo số 36-KL/TU ngày 2/3/2021.'),
    ).toMatchObject({
      issuer: 'Ban Thường vụ Tỉnh ủy',
    });
    expect(only('Trong đó có Nghị quyết số 11/NQ-CP về phục hồi')).toMatchObject({ issuer: 'Chính phủ' });
  });

  it('counts a number without symbol after "số", and after strong types when the citation ends', () => {
    expect(only('chương trình phục hồi theo Nghị quyết số 11 của Chính phủ; các chương trình')).toMatchObject({
      text: 'Nghị quyết số 11',
      number: '11',
      issuer: 'Chính phủ',
    });
    expect(only('Nghị quyết 01 của Tỉnh ủy')).toMatchObject({ number: '01' });
    expect(scan('Chương trình 135 và Đề án 06 đã được triển khai')).toEqual([]);
  });

  it('starts the span at the type word when a name sits before "số"', () => {
    expect(
      only('ban hành Kế hoạch kịch bản tăng trưởng kinh tế số 12/KH-UBND ngày 15/1/2021, làm cơ sở'),
    ).toMatchObject({
      text: 'Kế hoạch kịch bản tăng trưởng kinh tế số 12/KH-UBND ngày 15/1/2021',
      docType: 'Kế hoạch',
    });
    expect(only('Kế hoạch hành động thực hiện Nghị quyết số 58-NQ/TW của Bộ Chính trị')).toMatchObject({
      text: 'Nghị quyết số 58-NQ/TW',
    });
  });

  it.each([
    'Luật Quy hoạch và Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XIX',
    'Quy hoạch tỉnh thời kỳ 2021-2030, tầm nhìn đến năm 2050',
    'Trường THPT số 1 và chuyển đổi số năm 2023',
    'Nghị quyết của Chính phủ, Nghị quyết Tỉnh ủy',
  ])('finds no reference without a number: %s', (text) => {
    expect(scan(text)).toEqual([]);
  });

  it('finds the same references in NFD text', () => {
    const raw = 'Quyết định số 1129/QĐ-TTg ngày 27/7/2020 của Thủ tướng Chính phủ về Hoà Bình';
    const fromNfd = scan(raw.normalize('NFD'));
    expect(fromNfd).toEqual(scan(raw));
    expect(fromNfd[0]).toMatchObject({ symbol: '1129/QĐ-TTg', issuer: 'Thủ tướng Chính phủ', date: '2020-07-27' });
  });
});

describe('findDocuments: overlapping readings', () => {
  it('reports a reference once when a longer type word contains a shorter one', () => {
    expect(scan('Văn bản hợp nhất số 12/VBHN-BXD').map((d) => d.docType)).toEqual(['Văn bản hợp nhất']);
  });
});
