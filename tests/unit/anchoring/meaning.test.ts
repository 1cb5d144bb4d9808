import { describe as group, expect, it } from 'vitest';
import { toMatchForm } from '../../../utils/anchoring/match-form';
import { keepsMeaning } from '../../../utils/anchoring/meaning';

// [quote, text found instead, same meaning?]
const INSIDE: [string, string, boolean][] = [
  ['hoàn thành trước ngày 15/01/2024', 'hoàn thành trước ngày 15/01/2024', true],
  ['hoàn thành trước ngày 15/01/2024', 'hoàn tất trước ngày 15/01/2024', true],
  ['hoàn thành trước ngày 15/01/2024', 'hoàn thành trước ngày 15/02/2024', false],
  ['hoàn thành trước ngày 15/01/2024', 'hoàn thành trước ngày 15/01', false],
  ['thu ngân sách đạt 1.300 tỷ đồng', 'thu ngân sách đạt 1.800 tỷ đồng', false],
  ['tăng 14,74% so với cùng kỳ', 'tăng 14,47% so với cùng kỳ', false],
  ['Quyết định số 1234/QĐ-UBND', 'Quyết định số 1243/QĐ-UBND', false],
  ['được phép điều chỉnh dự toán', 'không được phép điều chỉnh dự toán', false],
  ['không được phép điều chỉnh dự toán', 'được phép điều chỉnh dự toán', false],
  ['Các huyện chưa hoàn thành', 'Các huyện đã hoàn thành', false],
  ['chẳng có đơn vị nào vi phạm', 'có đơn vị vi phạm', false],
  ['Cấm xả thải ra sông', 'Hạn chế xả thải ra sông', false],
  ['Nghiêm cấm xả thải ra sông', 'nghiêm Cấm xả thải ra sông', true],
  ['KHÔNG được phép', 'không được phép', true],
  ['The plan was not approved', 'The plan was approved', false],
  ["The plan wasn't approved", 'The plan was approved', false],
  ['No permit is needed', 'A permit is needed', false],
  // Whole words only: "không gian" (space) and "hàng không" (aviation) still count, but only a change does.
  ['quy hoạch không gian đô thị', 'quy hoạch không gian đô thị mới', true],
  ['cảng hàng không Phù Cát', 'sân bay Phù Cát', false],
  ['nông nghiệp công nghệ cao', 'nông nghiệp kỹ thuật cao', true],
];

// [stored prefix, prefix found, same meaning?]
const BEFORE: [string, string, boolean][] = [
  ['Chủ tịch UBND tỉnh yêu cầu ', 'Chủ tịch UBND tỉnh yêu cầu ', true],
  ['Chủ tịch UBND tỉnh yêu cầu ', 'Chủ tịch UBND tỉnh đề nghị ', true],
  ['Sở Tài chính ', 'Sở Tài chính không ', false],
  ['Sở Tài chính không ', 'Sở Tài chính ', false],
  ['các huyện chưa ', 'các huyện đã ', false],
  ['Sở Tài chính không được ', 'Sở Tài chính được ', false],
  // A negation further back belongs to another clause.
  ['không có ý kiến khác, Sở Tài chính ', 'có ý kiến khác, Sở Tài chính ', true],
];

group('keepsMeaning', () => {
  it.each(INSIDE)('%j → %j: %s', (quote, found, same) => {
    expect(keepsMeaning(toMatchForm(quote), '', toMatchForm(found), '')).toBe(same);
  });

  it.each(BEFORE)('after %j → after %j: %s', (prefix, foundPrefix, same) => {
    const quote = 'được phép điều chỉnh dự toán';
    expect(keepsMeaning(quote, toMatchForm(prefix), quote, toMatchForm(foundPrefix))).toBe(same);
  });
});
