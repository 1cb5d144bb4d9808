// CSV injection (OWASP): a spreadsheet runs a cell as a formula when its first visible character
// is = + - or @, and Excel also folds full-width and small-form variants (＝ ＋ ﹣ ＠) and skips
// leading blanks, line breaks and invisible format characters. Such cells get a leading
// apostrophe, which spreadsheets show as text and hide.

/** Blanks a spreadsheet skips before the formula sign: white space and invisible format characters. */
const LEADING_BLANKS = /^[\p{White_Space}\p{Cf}]*/u;
const FORMULA_SIGNS = new Set(['=', '+', '-', '@']);
/** Tab and carriage return at the very start also start a formula in some spreadsheets. */
const CONTROL_START = /^[\t\r]/;

/** Whether a text cell's first non-blank character, after compatibility folding, starts a formula. */
export function startsFormula(text: string): boolean {
  if (CONTROL_START.test(text)) return true;
  const rest = text.slice(LEADING_BLANKS.exec(text)?.[0].length ?? 0);
  const first = rest.codePointAt(0);
  if (first === undefined) return false;
  const folded = String.fromCodePoint(first).normalize('NFKC');
  return FORMULA_SIGNS.has(folded[0]);
}

/** The cell as a spreadsheet will show it without running it; numbers and safe text unchanged. */
export function neutraliseFormula<T>(cell: T): T | string {
  return typeof cell === 'string' && startsFormula(cell) ? `'${cell}` : cell;
}
