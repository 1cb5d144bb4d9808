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
    ['Thông báo số 41-KL/TU', 'Thông báo', '41-KL/TU', '41'],
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
    expect(only('UBND tỉnh Hưng Yên vừa gửi Công văn số 2746/UBND-KT2 ngày 19/4/2021 hướng dẫn')).toMatchObject({
      text: 'Công văn số 2746/UBND-KT2 ngày 19/4/2021',
      date: '2021-04-19',
      issuer: 'UBND tỉnh Hưng Yên',
    });
    expect(only('phê duyệt Quyết định số 217/QĐ-UBND (ngày 9/4/2021) về Đề án')).toMatchObject({
      text: 'Quyết định số 217/QĐ-UBND (ngày 9/4/2021)',
      date: '2021-04-09',
    });
    expect(only('Quy định số 58-QĐ/TW, ngày 03-11-1998 của Bộ Chính trị')).toMatchObject({
      date: '1998-11-03',
      issuer: 'Bộ Chính trị',
    });
    expect(only('Kế hoạch số 903/KH-UBND ngày 21 tháng 06 năm 2025')).toMatchObject({ date: '2025-06-21' });
  });

  it('takes the issuer from "của …", else the sentence subject, else the symbol', () => {
    expect(only('căn cứ Nghị quyết số 64/NQ-CP ngày 22/5/2023 của Chính phủ; cải thiện')).toMatchObject({
      issuer: 'Chính phủ',
    });
    expect(only('Sở Tài chính có Công văn số 3085/STC-NS gửi các huyện')).toMatchObject({
      issuer: 'Sở Tài chính',
    });
    expect(
      only('vừa được Ban Thường vụ Tỉnh ủy Kết luận định hướng tại Thông báo số 52-KL/TU ngày 8/6/2021.'),
    ).toMatchObject({
      issuer: 'Ban Thường vụ Tỉnh ủy',
    });
    expect(only('Ngoài ra còn Nghị quyết số 27/NQ-CP về hỗ trợ')).toMatchObject({ issuer: 'Chính phủ' });
  });

  it('counts a number without symbol after "số", and after strong types when the citation ends', () => {
    expect(only('gói hỗ trợ theo Nghị quyết số 27 của Chính phủ; những gói khác')).toMatchObject({
      text: 'Nghị quyết số 27',
      number: '27',
      issuer: 'Chính phủ',
    });
    expect(only('Nghị quyết 04 của Huyện ủy')).toMatchObject({ number: '04' });
    expect(scan('Chương trình 30 và Đề án 12 vẫn đang chờ vốn')).toEqual([]);
  });

  it('starts the span at the type word when a name sits before "số"', () => {
    expect(only('ban hành Kế hoạch phục hồi du lịch cộng đồng số 47/KH-UBND ngày 3/2/2021, làm căn cứ')).toMatchObject({
      text: 'Kế hoạch phục hồi du lịch cộng đồng số 47/KH-UBND ngày 3/2/2021',
      docType: 'Kế hoạch',
    });
    expect(only('Chương trình hành động triển khai Nghị quyết số 39-NQ/TW của Bộ Chính trị')).toMatchObject({
      text: 'Nghị quyết số 39-NQ/TW',
    });
  });

  it.each([
    'Luật Đất đai và Nghị quyết Đại hội Đảng bộ huyện lần thứ XXII',
    'Quy hoạch vùng thời kỳ 2021-2030, tầm nhìn đến năm 2045',
    'Trường Tiểu học số 2 và kinh tế số năm 2024',
    'Nghị quyết của Quốc hội, Nghị quyết Thành ủy',
  ])('finds no reference without a number: %s', (text) => {
    expect(scan(text)).toEqual([]);
  });

  it('finds the same references in NFD text', () => {
    const raw = 'Quyết định số 2081/QĐ-TTg ngày 14/9/2020 của Thủ tướng Chính phủ về Khánh Hoà';
    const fromNfd = scan(raw.normalize('NFD'));
    expect(fromNfd).toEqual(scan(raw));
    expect(fromNfd[0]).toMatchObject({ symbol: '2081/QĐ-TTg', issuer: 'Thủ tướng Chính phủ', date: '2020-09-14' });
  });
});

describe('findDocuments: overlapping readings', () => {
  it('reports a reference once when a longer type word contains a shorter one', () => {
    expect(scan('Văn bản hợp nhất số 12/VBHN-BXD').map((d) => d.docType)).toEqual(['Văn bản hợp nhất']);
  });
});

describe('short re-mentions (guide, Readings · Documents; made-up examples)', () => {
  it('reads "Kế hoạch 318" and "Đề án 09" as documents when the article cites them in full', () => {
    const documents = scan(
      'UBND huyện ban hành Kế hoạch số 318/KH-UBND và Đề án số 09/ĐA-UBND về chuyển đổi số. Theo Kế hoạch 318, mỗi xã có một tổ công nghệ; Đề án 09 đặt mục tiêu số hóa hồ sơ.',
    );
    expect(documents.map((d) => [d.text, d.docType, d.number])).toEqual([
      ['Kế hoạch số 318/KH-UBND', 'Kế hoạch', '318'],
      ['Đề án số 09/ĐA-UBND', 'Đề án', '09'],
      ['Kế hoạch 318', 'Kế hoạch', '318'],
      ['Đề án 09', 'Đề án', '09'],
    ]);
  });

  it('leaves a programme named by a number when nothing cites it in full', () => {
    expect(scan('Huyện triển khai Chương trình 135, các xã đặc biệt khó khăn được hỗ trợ.')).toEqual([]);
  });
});
