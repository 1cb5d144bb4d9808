// Turns a range into the W3C selectors GovMark stores: where it is in the scope's NFC text,
// and what it says with some context on each side to find it again after the page changes.

import { scopeOf, type TextScope } from './scope';
import type { Selector } from './types';

/** Characters of context kept on each side of the quote. */
export const CONTEXT_LENGTH = 32;

/**
 * Selectors for `range` in the scope's text. A bare root element is the article scope over it.
 * Throws a RangeError for a range that reaches outside the scope or holds none of its text.
 */
export function describe(scopeOrRoot: TextScope | Element, range: Range): Selector[] {
  const { root, model } = scopeOf(scopeOrRoot);
  if (!root.contains(range.startContainer) || !root.contains(range.endContainer)) {
    throw new RangeError('the range reaches outside the scope');
  }
  const start = model.offsetOf(range.startContainer, range.startOffset, 'start');
  const end = model.offsetOf(range.endContainer, range.endOffset, 'end');
  if (end <= start) throw new RangeError('the range holds no text of the scope');
  const { text } = model;
  return [
    { type: 'TextPositionSelector', start, end },
    {
      type: 'TextQuoteSelector',
      exact: text.slice(start, end),
      prefix: text.slice(wholeCharacterAt(text, start - CONTEXT_LENGTH), start),
      suffix: text.slice(end, wholeCharacterAt(text, end + CONTEXT_LENGTH)),
    },
  ];
}

/** Clamps an offset into the text and moves it off the middle of a surrogate pair. */
function wholeCharacterAt(text: string, offset: number): number {
  const clamped = Math.max(0, Math.min(text.length, offset));
  const code = text.charCodeAt(clamped);
  return code >= 0xdc00 && code <= 0xdfff ? clamped + 1 : clamped;
}
