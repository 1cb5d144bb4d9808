// The form in which quotes and page text are compared: NFC, with the tone of open "oa/oe/uy"
// syllables on one vowel, so "hoà"/"hòa" and "uỷ"/"ủy" (old and new placement) and NFC/NFD
// spellings are one text. Moving a tone keeps the NFC length (every toned vowel has a
// precomposed form), so offsets in the match form are offsets in the text model.

import { canonicalTone } from '../engine/normalise';

export function toMatchForm(text: string): string {
  return canonicalTone(text.normalize('NFC'));
}
