import { describe, expect, it } from 'vitest';
import { annotationPassageLink, passageLink } from '../../../utils/export/text-fragment';
import { directiveAnnotation, figureAnnotation } from './fixtures';

const URL_BASE = 'https://ninhthuan.gov.vn/tin';

describe('passageLink', () => {
  it('percent-encodes the directive syntax characters and Vietnamese letters', () => {
    expect(passageLink(URL_BASE, 'Sở Tài-chính, A&B')).toBe(
      `${URL_BASE}#:~:text=S%E1%BB%9F%20T%C3%A0i%2Dch%C3%ADnh%2C%20A%26B`,
    );
  });

  it('writes context as prefix-, and ,-suffix with whole words only', () => {
    const link = passageLink(URL_BASE, 'giảm 3,5%', 'ết định số 12, tỉnh ', ' chi thường xuyên trong năm');
    // "ết" is a cut word and is dropped; three words are kept on each side.
    expect(link).toBe(
      `${URL_BASE}#:~:text=s%E1%BB%91%2012%2C%20t%E1%BB%89nh-,gi%E1%BA%A3m%203%2C5%25,-chi%20th%C6%B0%E1%BB%9Dng%20xuy%C3%AAn`,
    );
  });

  it('stops context at a paragraph break', () => {
    const link = passageLink(URL_BASE, 'Giao Sở', 'đoạn trước.\n', '\nđoạn sau');
    expect(link).toBe(`${URL_BASE}#:~:text=Giao%20S%E1%BB%9F`);
  });

  it('uses textStart,textEnd for a long quote', () => {
    const link = passageLink(URL_BASE, 'một hai ba bốn năm sáu bảy tám chín mười mười một');
    const terms = link.split('#:~:text=')[1].split(',').map(decodeURIComponent);
    expect(terms).toEqual(['một hai ba bốn năm', 'tám chín mười mười một']);
  });

  it('uses textStart,textEnd within the first and last paragraphs of a multi-paragraph quote', () => {
    const link = passageLink(URL_BASE, 'Đầu đoạn một.\n\nCuối đoạn hai');
    expect(link).toBe(
      `${URL_BASE}#:~:text=%C4%90%E1%BA%A7u%20%C4%91o%E1%BA%A1n%20m%E1%BB%99t.,Cu%E1%BB%91i%20%C4%91o%E1%BA%A1n%20hai`,
    );
  });

  it('composes Vietnamese letters (NFC) before encoding', () => {
    expect(passageLink(URL_BASE, 'tỉnh'.normalize('NFD'))).toBe(passageLink(URL_BASE, 'tỉnh'));
  });

  it('keeps an existing fragment and returns the bare URL for an empty quote', () => {
    expect(passageLink(`${URL_BASE}#muc-2`, 'tỉnh')).toBe(`${URL_BASE}#muc-2:~:text=t%E1%BB%89nh`);
    expect(passageLink(URL_BASE, '  \n ')).toBe(URL_BASE);
  });

  it('decodes back to the quote words', () => {
    const link = annotationPassageLink(figureAnnotation);
    const directive = link.split('#:~:text=')[1];
    const terms = directive.split(',').map(decodeURIComponent);
    expect(terms).toEqual(['tỉnh-', 'giảm 3,5% chi thường xuyên']);
  });

  it('builds a link from an annotation quote selector', () => {
    const link = annotationPassageLink(directiveAnnotation);
    const terms = link.split('#:~:text=')[1].split(',').map(decodeURIComponent);
    expect(terms).toEqual(['Giao Sở Tài chính chủ', 'UBND tỉnh trước ngày 15/01/2023', '-. Chủ tịch']);
  });
});
