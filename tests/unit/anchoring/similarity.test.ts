import { describe as group, expect, it } from 'vitest';
import { editDistance, similarity } from '../../../utils/anchoring/similarity';

group('editDistance', () => {
  it.each([
    ['', '', 0],
    ['abc', '', 3],
    ['', 'ab', 2],
    ['kitten', 'sitting', 3],
    ['tỉnh', 'tinh', 1],
    ['UBND tỉnh', 'UBND huyện', 5],
  ])('%j → %j is %i', (a, b, distance) => {
    expect(editDistance(a, b)).toBe(distance);
    expect(editDistance(b, a)).toBe(distance);
  });
});

group('similarity', () => {
  it('is 1 for equal strings and falls with edits', () => {
    expect(similarity('', '')).toBe(1);
    expect(similarity('Nghị quyết', 'Nghị quyết')).toBe(1);
    expect(similarity('abcd', 'abce')).toBe(0.75);
    expect(similarity('abcd', 'wxyz')).toBe(0);
  });
});
