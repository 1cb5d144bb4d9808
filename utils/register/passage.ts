// The passage around a finding of an article's text: the sentence it sits in (shown in the
// register's lists) and the selectors that find it again (the link that opens it). Pure.
import { CONTEXT_LENGTH } from '../anchoring/describe';
import type { Selector } from '../anchoring/types';

/** Longest sentence kept; a longer one is cut around the finding. */
export const MAX_PASSAGE = 400;

/** A sentence ends at a line break, or at ".!?" followed by a space (not "1.300", not "TP."). */
const SENTENCE_END = /[\n\r]|[.!?…](?=\s)/gu;

/** The sentence holding text[start, end), trimmed, at most MAX_PASSAGE characters. */
export function sentenceAround(text: string, start: number, end: number): string {
  const range = sentenceRange(text, start, end);
  return text.slice(range.start, range.end);
}

/** Where the sentence holding text[start, end) lies, trimmed, at most MAX_PASSAGE characters. */
export function sentenceRange(text: string, start: number, end: number): { start: number; end: number } {
  let from = 0;
  let to = text.length;
  SENTENCE_END.lastIndex = 0;
  for (let match = SENTENCE_END.exec(text); match; match = SENTENCE_END.exec(text)) {
    if (match.index < start) from = match.index + 1;
    else if (match.index >= end) {
      to = match.index + (match[0] === '\n' || match[0] === '\r' ? 0 : 1);
      break;
    }
  }
  if (to - from > MAX_PASSAGE) {
    const room = Math.max(0, MAX_PASSAGE - (end - start));
    from = Math.max(from, start - Math.floor(room / 2));
    to = Math.min(to, from + Math.max(MAX_PASSAGE, end - start));
  }
  while (from < to && /\s/u.test(text[from])) from += 1;
  while (to > from && /\s/u.test(text[to - 1])) to -= 1;
  return { start: from, end: to };
}

/** Position and quote selectors for text[start, end), the way utils/anchoring/describe.ts writes them. */
export function passageSelectors(text: string, start: number, end: number): Selector[] {
  return [
    { type: 'TextPositionSelector', start, end },
    {
      type: 'TextQuoteSelector',
      exact: text.slice(start, end),
      prefix: text.slice(Math.max(0, start - CONTEXT_LENGTH), start),
      suffix: text.slice(end, end + CONTEXT_LENGTH),
    },
  ];
}
