import { describe, expect, it } from 'vitest';
import { escapeRegExp } from '../../../utils/engine/regex-text';

describe('escapeRegExp', () => {
  it('matches the text literally, syntax characters included', () => {
    for (const text of ['Số 12/QĐ-UBND', 'a.b*c+d?', '(1) [2] {3}', 'x|y^z$', 'back\\slash']) {
      const pattern = new RegExp(`^${escapeRegExp(text)}$`, 'u');
      expect(pattern.test(text)).toBe(true);
    }
  });

  it('does not let a dot stand for any character', () => {
    expect(new RegExp(escapeRegExp('1.300'), 'u').test('1,300')).toBe(false);
  });
});
