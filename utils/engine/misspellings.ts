// Titles and document types written with a mark missing or wrong ("Bí thu Huyện ủy", "Pho Chủ
// tịch", "Nghi quyết số 12/NQ-HĐND"; labeling guide, Readings · Documents: a misspelt type
// word keeps the canonical type). Real pages carry such typos; the finders read the canonical
// spelling. Every Vietnamese letter is one code point in NFC, so a word and its misspelling
// have the same length and the offset map is untouched.

import { DOC_TYPES } from './doc-types.ts';

// Each base letter with every mark it can carry (tone and vowel quality), lower and upper case.
const VARIANTS: Record<string, string> = {
  a: 'aàáảãạăằắẳẵặâầấẩẫậ',
  e: 'eèéẻẽẹêềếểễệ',
  i: 'iìíỉĩị',
  o: 'oòóỏõọôồốổỗộơờớởỡợ',
  u: 'uùúủũụưừứửữự',
  y: 'yỳýỷỹỵ',
  d: 'dđ',
};
const BASE = new Map<string, string>();
for (const [base, letters] of Object.entries(VARIANTS))
  for (const letter of letters) {
    BASE.set(letter, base);
    BASE.set(letter.toUpperCase(), base.toUpperCase());
  }

const baseOf = (word: string): string => [...word].map((c) => BASE.get(c) ?? c).join('');

/** A pattern that matches `word` written with any marks on its letters (first letter's case kept). */
function skeleton(word: string): string {
  return [...word]
    .map((c) => {
      const base = BASE.get(c);
      if (base === undefined) return c === ' ' ? ' ' : c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      const lower = VARIANTS[base.toLowerCase()];
      return `[${c === c.toUpperCase() ? lower.toUpperCase() : lower}]`;
    })
    .join('');
}

// Titles are followed by the body or the person they belong to (a capitalised word, "UBND").
const TITLES = [
  'Phó Chủ tịch',
  'Chủ tịch',
  'Phó Bí thư',
  'Bí thư',
  'Phó Giám đốc',
  'Giám đốc',
  'Thủ tướng',
  'Bộ trưởng',
  'Thứ trưởng',
  'Trưởng ban',
];
// Bodies after "UBND", "HĐND": the level word ("UBND tinh").
const LEVELS = ['UBND tỉnh', 'UBND huyện', 'HĐND tỉnh', 'HĐND huyện', 'UBND thành phố', 'HĐND thành phố'];
// Document types are followed by their number ("Nghi quyết số 12", "Quyết đinh 45").
const TYPES = DOC_TYPES.filter((t) => t.includes(' '));

const alternation = (words: readonly string[]) =>
  [...words]
    .sort((a, b) => b.length - a.length)
    .map(skeleton)
    .join('|');

const MISSPELT = new RegExp(
  `(?<![\\p{L}\\p{M}])(?:(${alternation(TITLES)})(?=\\s+(?:\\p{Lu}|UBND|HĐND))|(${alternation(LEVELS)})(?![\\p{L}\\p{M}])|(${alternation(TYPES)})(?=\\s+(?:số\\s+)?\\d))`,
  'gu',
);

const CANONICAL = new Map<string, string>(
  [...TITLES, ...LEVELS, ...TYPES].map((word) => [`${baseOf(word)}`, word] as const),
);

/** `text` with misspelt titles, levels and document types in their canonical spelling (same length). */
export function correctMisspellings(text: string): string {
  return text.replace(MISSPELT, (found) => CANONICAL.get(baseOf(found)) ?? found);
}
