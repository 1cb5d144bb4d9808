import { describe, expect, it } from 'vitest';
import { foldForSearch } from '../../../utils/search/fold';

describe('foldForSearch', () => {
  it('strips tone and vowel marks, đ included, and lowercases', () => {
    expect(foldForSearch('Sở Kế hoạch và Đầu tư')).toBe('so ke hoach va dau tu');
    expect(foldForSearch('ĐỒNG ĐẲNG')).toBe('dong dang');
  });

  it('gives the same key for NFC and NFD input', () => {
    const nfc = 'Quảng Ngãi'.normalize('NFC');
    const nfd = 'Quảng Ngãi'.normalize('NFD');
    expect(nfd).not.toBe(nfc);
    expect(foldForSearch(nfd)).toBe(foldForSearch(nfc));
  });

  it('treats old and new tone placement alike', () => {
    expect(foldForSearch('hòa')).toBe(foldForSearch('hoà'));
  });

  it('collapses and trims whitespace, non-breaking spaces included', () => {
    expect(foldForSearch('  Sở\u00a0 Tài\n chính ')).toBe('so tai chinh');
  });
});
