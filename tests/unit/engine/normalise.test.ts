import { describe, expect, it } from 'vitest';
import { canonicalTone, foldForSearch, normaliseText } from '../../../utils/engine/normalise.ts';

describe('canonicalTone', () => {
  it.each([
    ['hoà', 'hòa'],
    ['Thanh Hoá', 'Thanh Hóa'],
    ['Khánh Hoà', 'Khánh Hòa'],
    ['khoẻ', 'khỏe'],
    ['thuỷ sản', 'thủy sản'],
    ['tuỳ', 'tùy'],
    ['Uỷ ban', 'Ủy ban'],
    ['HOÀ BÌNH', 'HÒA BÌNH'],
  ])('moves the tone of open oa/oe/uy to the first vowel: %s', (written, canonical) => {
    expect(canonicalTone(written)).toBe(canonical);
  });

  it.each(['hoàn thành', 'toán', 'huýt', 'quý I', 'già', 'ngoài', 'khoái', 'hòa', 'của', 'quả'])(
    'leaves syllables both styles agree on unchanged: %s',
    (word) => {
      expect(canonicalTone(word)).toBe(word);
    },
  );

  it('keeps the length, so offsets stay valid', () => {
    const text = 'Tỉnh Hoà Bình, thuỷ lợi và tuỳ chọn';
    expect(canonicalTone(text)).toHaveLength(text.length);
  });
});

describe('normaliseText', () => {
  it('gives the same text for NFD and NFC input, with offsets back into the raw NFD string', () => {
    const nfc = 'Tỉnh Thanh Hoá đạt 14,74%';
    const nfd = nfc.normalize('NFD');
    const fromNfd = normaliseText(nfd);
    expect(fromNfd.text).toBe(normaliseText(nfc).text);
    expect(fromNfd.text).toBe('Tỉnh Thanh Hóa đạt 14,74%');
    const at = fromNfd.text.indexOf('14,74%');
    expect(nfd.slice(fromNfd.toRaw(at), fromNfd.toRaw(at + 6))).toBe('14,74%');
    expect(fromNfd.toRaw(fromNfd.text.length)).toBe(nfd.length);
  });

  it('maps offsets monotonically', () => {
    const raw = 'Việt Nam – Hoà Bình'.normalize('NFD');
    const { text, toRaw } = normaliseText(raw);
    for (let i = 1; i <= text.length; i += 1) expect(toRaw(i)).toBeGreaterThanOrEqual(toRaw(i - 1));
  });

  it('reads the Latin ETH of legacy fonts as Đ', () => {
    expect(normaliseText('ÐỒNG CHÍ, số 12/QÐ-UBND').text).toBe('ĐỒNG CHÍ, số 12/QĐ-UBND');
  });
});

describe('foldForSearch', () => {
  it('lowercases, strips marks and đ, collapses spaces', () => {
    expect(foldForSearch('Sở  Kế hoạch và Đầu tư')).toBe('so ke hoach va dau tu');
    expect(foldForSearch('Việt'.normalize('NFD'))).toBe('viet');
  });
});
