import { describe, expect, it } from 'vitest';
import { formatIsoDate, formatNumber, formatVnd } from '../../../utils/page/format-finding';

describe('finding card text', () => {
  it('spells money in the largest fitting unit, in each language', () => {
    expect(formatVnd(1.3e12, 'vi')).toBe('1,3 nghìn tỷ đồng');
    expect(formatVnd(1.3e12, 'en')).toBe('1.3 trillion đồng');
    expect(formatVnd(2.5e9, 'vi')).toBe('2,5 tỷ đồng');
    expect(formatVnd(320e6, 'vi')).toBe('320 triệu đồng');
    expect(formatVnd(500, 'vi')).toBe('500 đồng');
  });

  it('writes numbers with the reader’s separators', () => {
    expect(formatNumber(1523.5, 'vi')).toBe('1.523,5');
    expect(formatNumber(1523.5, 'en')).toBe('1,523.5');
  });

  it('writes ISO dates of every precision', () => {
    expect(formatIsoDate('2023-01-15', 'vi')).toBe('15/01/2023');
    expect(formatIsoDate('2023-08', 'vi')).toBe('tháng 8/2023');
    expect(formatIsoDate('2023-01-15', 'en')).toBe('15 Jan 2023');
    expect(formatIsoDate('2021-Q2', 'vi')).toBe('quý II/2021');
    expect(formatIsoDate('2021-Q2', 'en')).toBe('Q2 2021');
    expect(formatIsoDate('2023', 'en')).toBe('2023');
  });
});
