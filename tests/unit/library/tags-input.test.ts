import { describe, expect, it } from 'vitest';
import { formatTagsInput, parseTagsInput } from '../../../utils/library/tags-input';

describe('parseTagsInput', () => {
  it('splits on commas and semicolons, keeps spaces inside a tag, drops empties and repeats', () => {
    expect(parseTagsInput(' đầu tư công,  Sở  Tài chính ;; khẩn, đầu tư công ')).toEqual([
      'đầu tư công',
      'Sở Tài chính',
      'khẩn',
    ]);
  });

  it('composes decomposed Vietnamese (NFD) input', () => {
    expect(parseTagsInput('y te\u0302\u0301')).toEqual(['y tế']);
  });

  it('round-trips through the text field', () => {
    const tags = ['y tế', 'giải ngân'];
    expect(parseTagsInput(formatTagsInput(tags))).toEqual(tags);
  });
});
