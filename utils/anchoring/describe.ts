// Turns a range into the W3C selectors GovMark stores: where it is in the root's NFC text,
// and what it says with some context on each side to find it again after the page changes.

import { buildTextModel } from './text-model';
import type { Selector } from './types';

/** Characters of context kept on each side of the quote. */
export const CONTEXT_LENGTH = 32;

export function describe(root: Element, range: Range): Selector[] {
  const model = buildTextModel(root);
  const start = model.offsetOf(range.startContainer, range.startOffset, 'start');
  const end = model.offsetOf(range.endContainer, range.endOffset, 'end');
  if (end <= start) throw new RangeError('the range holds no text of the root');
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
