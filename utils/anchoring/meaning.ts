// The words and figures that make a passage say something else when they change: its numbers
// (dates, amounts, percentages, document numbers) and its negations. A fuzzy match may differ
// from the quote in other words, never in these, so "trước ngày 15/01/2023" does not become
// "trước ngày 15/02/2023" and "được phép" does not become "không được phép".

// Vietnamese negators and prohibitions ("không được" counts through its "không"), and English ones
// for the portals' English pages. Matched as whole words of the match form, case-insensitively.
const NEGATION =
  /(?<![\p{L}\p{M}\p{N}])(?:không|chưa|chẳng|chả|chớ|đừng|cấm|not|no|never|none|nor)(?![\p{L}\p{M}\p{N}])|n['’]t(?![\p{L}\p{M}\p{N}])/giu;
const DIGITS = /\p{Nd}+/gu;
// A negation placed just before a quote negates it: "… yêu cầu không [hoàn thành trước ngày …]".
const WORDS_BEFORE = 2;

/** The quote's figures and negations, in order, as one comparable key. */
function meaningKey(text: string): string {
  const figures = text.match(DIGITS) ?? [];
  const negations = (text.match(NEGATION) ?? []).map((word) => word.toLowerCase());
  return `${figures.join(' ')}|${negations.join(' ')}`;
}

/** The negations among the last words of a prefix. */
function negationsBefore(prefix: string): string {
  const words = prefix.trimEnd().split(/\s+/).slice(-WORDS_BEFORE).join(' ');
  return (words.match(NEGATION) ?? []).map((word) => word.toLowerCase()).join(' ');
}

/**
 * A check of whether a text (with the prefix before it) can stand for `quote`: the same
 * numbers and negations inside, and the same negation (or none) just before it. The quote's
 * side is read once, for the many candidates of one search.
 */
export function meaningGuard(quote: string, quotePrefix: string): (found: string, foundPrefix: string) => boolean {
  const key = meaningKey(quote);
  const before = negationsBefore(quotePrefix);
  return (found, foundPrefix) => meaningKey(found) === key && negationsBefore(foundPrefix) === before;
}

export function keepsMeaning(quote: string, quotePrefix: string, found: string, foundPrefix: string): boolean {
  return meaningGuard(quote, quotePrefix)(found, foundPrefix);
}
