// Diacritics- and case-insensitive search keys for Vietnamese text, so "so ke hoach" finds
// "Sở Kế hoạch và Đầu tư" whether the stored text is NFC or NFD.

const COMBINING_MARKS = /\p{M}/gu;
const WHITESPACE_RUN = /\s+/gu;

/** Lowercase, tone and vowel marks removed (đ → d, which has no decomposition), whitespace collapsed. */
export function foldForSearch(text: string): string {
  return text
    .normalize('NFD')
    .replace(COMBINING_MARKS, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase()
    .replace(WHITESPACE_RUN, ' ')
    .trim();
}
