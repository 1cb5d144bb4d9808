import { describe as group, expect, it } from 'vitest';
import { toMatchForm } from '../../../utils/anchoring/match-form';

// Spellings of one text that must match as the same quote.
const SAME: [string, string][] = [
  ['hoà giải', 'hòa giải'],
  ['Uỷ ban nhân dân', 'Ủy ban nhân dân'],
  ['thuỷ lợi', 'thủy lợi'],
  ['khoẻ mạnh', 'khỏe mạnh'],
  ['Tỉnh uỷ'.normalize('NFD'), 'Tỉnh ủy'],
  ['Nguyễn Trọng Trang'.normalize('NFD'), 'Nguyễn Trọng Trang'],
];

// Spellings that are different words and must stay apart.
const DIFFERENT: [string, string][] = [
  ['quý', 'qúy'],
  ['ngoài', 'ngòai'],
  ['hòa', 'hóa'],
  ['tỉnh', 'tinh'],
];

group('toMatchForm', () => {
  it.each(SAME)('%j matches %j', (a, b) => {
    expect(toMatchForm(a)).toBe(toMatchForm(b));
  });

  it.each(DIFFERENT)('%j stays apart from %j', (a, b) => {
    expect(toMatchForm(a)).not.toBe(toMatchForm(b));
  });

  it('keeps the NFC length, so offsets in the match form are text model offsets', () => {
    const vowels = ['o', 'O', 'u', 'U'];
    const seconds = ['a', 'e', 'y', 'A', 'E', 'Y'];
    const tones = ['\u0300', '\u0301', '\u0303', '\u0309', '\u0323'];
    for (const first of vowels)
      for (const second of seconds)
        for (const tone of tones) {
          const text = `h${first}${second}${tone} và h${first}${tone}${second}`.normalize('NFC');
          expect(toMatchForm(text)).toHaveLength(text.length);
        }
  });
});
