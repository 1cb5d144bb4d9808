// Text normalisation for the engine. Pages come NFC, NFD or mixed, and Vietnamese writes the
// tone of "oa", "oe", "uy" (open syllables) on either vowel ("hòa"/"hoà", "thủy"/"thuỷ"), so
// the finders see one canonical form; the offset map leads every finding back to the raw page.

import { buildNfcMap } from './nfc-map.ts';
import { correctMisspellings } from './misspellings.ts';

export { foldForSearch } from '../search/fold.ts';

export interface NormalisedText {
  text: string;
  /** index i in text → index in raw input (defined for 0..text.length, monotone) */
  toRaw: (i: number) => number;
}

// The five tone marks; vowel-quality marks (circumflex, breve, horn) are not moved.
const TONE_MARK = /[\u0300\u0301\u0303\u0309\u0323]/u;
// "o"+"a|e" or "u"+"y" as the whole vowel nucleus of an open syllable, either vowel toned.
// "qu" and "gi" are onsets, so "quý" and "già" are not pairs; a vowel before the pair means
// the nucleus is longer ("ngoài" is excluded by the letter after it).
const TONE_PAIR =
  /(?<![qQaăâeêioôơuưyAĂÂEÊIOÔƠUƯYàáảãạèéẻẽẹìíỉĩịòóỏõọùúủũụỳýỷỹỵÀÁẢÃẠÈÉẺẼẸÌÍỈĨỊÒÓỎÕỌÙÚỦŨỤỲÝỶỸỴ])([oòóỏõọOÒÓỎÕỌ][aàáảãạeèéẻẽẹAÀÁẢÃẠEÈÉẺẼẸ]|[uùúủũụUÙÚỦŨỤ][yỳýỷỹỵYỲÝỶỸỴ])(?![\p{L}\p{M}])/gu;

function moveToneToFirstVowel(pair: string): string {
  const first = pair[0].normalize('NFD');
  const second = pair[1].normalize('NFD');
  const tone = TONE_MARK.exec(second)?.[0];
  if (tone === undefined) return pair;
  return (first + tone).normalize('NFC') + second.replace(tone, '').normalize('NFC');
}

/**
 * NFC text → the same text with the tone of open "oa/oe/uy" syllables on the first vowel
 * ("hoà" → "hòa", "thuỷ" → "thủy", the spelling most news sites use). Length-preserving.
 */
export function canonicalTone(nfcText: string): string {
  return nfcText.replace(TONE_PAIR, moveToneToFirstVowel);
}

// Latin ETH stands in for "Đ" in text converted from legacy fonts ("ÐỒNG CHÍ", "QÐ-UBND").
const LATIN_ETH = /[Ðð]/g;

/** raw (NFC, NFD or mixed) → canonical text + exact offset map back to raw. */
export function normaliseText(raw: string): NormalisedText {
  const nfc = buildNfcMap(raw);
  const text = correctMisspellings(canonicalTone(nfc.text).replace(LATIN_ETH, (eth) => (eth === 'Ð' ? 'Đ' : 'đ')));
  return { text, toRaw: (i) => nfc.toRaw(i, 'start') };
}
