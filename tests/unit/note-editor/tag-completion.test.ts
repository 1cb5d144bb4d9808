// Completing the tag being typed from the reader's own tags (issue 13: tags with completion).
import { describe, expect, it } from 'vitest';
import { acceptTag, suggestTags, tagAtCaret } from '../../../utils/note-editor/tag-completion';

const TAGS = ['Ngân sách tỉnh', 'đầu tư công', 'hạ tầng giao thông', 'nguồn vốn ngân sách', 'Giao thông nông thôn'];

describe('tag completion', () => {
  it('finds the tag around the caret between commas', () => {
    expect(tagAtCaret('đầu tư công, ngan', 17)).toEqual({ start: 12, end: 17, text: 'ngan' });
    expect(tagAtCaret('ngan, đầu tư công', 4)).toEqual({ start: 0, end: 4, text: 'ngan' });
    expect(tagAtCaret('', 0)).toEqual({ start: 0, end: 0, text: '' });
  });

  it('offers tags that start with what was typed, then tags with a word that does, ignoring marks and case', () => {
    const field = 'ngan';
    expect(suggestTags(TAGS, field, tagAtCaret(field, 4))).toEqual(['Ngân sách tỉnh', 'nguồn vốn ngân sách']);
    const giao = 'giao';
    expect(suggestTags(TAGS, giao, tagAtCaret(giao, 4))).toEqual(['Giao thông nông thôn', 'hạ tầng giao thông']);
    const dau = 'dau';
    expect(suggestTags(TAGS, dau, tagAtCaret(dau, 3))).toEqual(['đầu tư công']);
  });

  it('offers nothing for an empty tag, a tag typed in full, or one already in the field', () => {
    expect(suggestTags(TAGS, '', tagAtCaret('', 0))).toEqual([]);
    const full = 'đầu tư công';
    expect(suggestTags(TAGS, full, tagAtCaret(full, full.length))).toEqual([]);
    const field = 'Ngân sách tỉnh, ngan';
    expect(suggestTags(TAGS, field, tagAtCaret(field, field.length))).toEqual(['nguồn vốn ngân sách']);
  });

  it('replaces the typed tag by the chosen one and puts the caret after its comma', () => {
    const field = 'đầu tư công, ngan';
    expect(acceptTag(field, tagAtCaret(field, field.length), 'Ngân sách tỉnh')).toEqual({
      text: 'đầu tư công, Ngân sách tỉnh, ',
      caret: 29,
    });
    const middle = 'ngan, khẩn';
    expect(acceptTag(middle, tagAtCaret(middle, 4), 'Ngân sách tỉnh')).toEqual({
      text: 'Ngân sách tỉnh, khẩn',
      caret: 16,
    });
  });
});
