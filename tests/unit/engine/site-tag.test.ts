import { describe, expect, it } from 'vitest';
import { provinceFromText } from '../../../utils/engine/province-lookup.ts';
import { provinceFromTag, siteTagProvinces } from '../../../utils/engine/site-tag.ts';

describe('provinceFromTag', () => {
  it.each([
    // "Báo" + the province's initials, with or without "ĐT" (điện tử).
    ['BTV', 'Trà Vinh'],
    ['BBNĐT', 'Bắc Ninh'],
    ['BQT', 'Quảng Trị'],
    // A host name in the tag reads like the page's host.
    ['Thanhhoa.dcs.vn', 'Thanh Hóa'],
    ['Congannghean.vn', 'Nghệ An'],
    // A tag the domain notes record for initials another province shares.
    ['BTN', 'Tây Ninh'],
  ])('(%s) → %s', (tag, province) => {
    expect(provinceFromTag(tag)).toBe(province);
  });

  it('names no province for initials two provinces share, or for other words in parentheses', () => {
    // Quảng Ninh, Quảng Nam and Quảng Ngãi are all Q.N.
    expect(provinceFromTag('BQN')).toBeNull();
    expect(provinceFromTag('ảnh minh họa')).toBeNull();
    expect(provinceFromTag('TTXVN')).toBeNull();
    // A provincial station's "T… TV": several provinces sign so.
    expect(provinceFromTag('TTV')).toBeNull();
  });

  it('names the merged unit for pages from 1 July 2025', () => {
    expect(provinceFromTag('BTV', '2025-08-02')).toBe('Vĩnh Long');
  });
});

describe('siteTagProvinces', () => {
  it('reads tags that open a line before a dash or a colon, not parentheses inside a sentence', () => {
    const text = '(BTV) - Sáng 12/3, UBND huyện họp bàn kế hoạch chống hạn.\nDự họp có đại diện (BQT) các xã.';
    expect(siteTagProvinces(text)).toEqual(['Trà Vinh']);
  });
});

describe('provinceFromText with a site tag', () => {
  it('takes the province from the tag when the lead names only a district of unknown province', () => {
    const lead = '(BTV) – Chiều 4/6, UBND huyện tổ chức hội nghị sơ kết công tác cải cách hành chính.';
    expect(provinceFromText(lead)).toBe('Trà Vinh');
  });
});
