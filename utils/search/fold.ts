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

/** One folded search text for a record's fields, null and empty parts skipped. */
export function foldFields(fields: readonly (string | null | undefined)[]): string {
  return foldForSearch(fields.filter((field): field is string => typeof field === 'string' && field !== '').join('\n'));
}

/**
 * A predicate over folded text (see foldFields) for one query, folded once: every word of the
 * query must occur, in any order ("ke hoach so" still finds "Sở Kế hoạch"). An empty query
 * matches everything.
 */
export function createTextMatcher(query: string): (foldedText: string) => boolean {
  const words = foldForSearch(query)
    .split(' ')
    .filter((word) => word !== '');
  return (foldedText) => words.every((word) => foldedText.includes(word));
}
