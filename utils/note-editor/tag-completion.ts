// Completion of the tag the reader is typing from the tags they already use. Tags are typed in
// one field separated by commas (utils/library/tags-input.ts); the tag being typed is the one
// around the caret. Matching ignores case and Vietnamese marks, so "ngan" offers "Ngân sách";
// a tag whose any word starts with what was typed is offered after those that start with it.
import { foldForSearch } from '../search/fold';
import { parseTagsInput } from '../library/tags-input';

const SEPARATOR = /[,;]/u;

/** The tag around the caret: where it starts and ends in `text`, and its words. */
export interface TypedTag {
  start: number;
  end: number;
  text: string;
}

export function tagAtCaret(text: string, caret: number): TypedTag {
  let start = caret;
  while (start > 0 && !SEPARATOR.test(text[start - 1])) start -= 1;
  let end = caret;
  while (end < text.length && !SEPARATOR.test(text[end])) end += 1;
  return { start, end, text: text.slice(start, end).trim() };
}

/** Up to `limit` of the reader's tags that complete `typed`, not counting tags already in the field. */
export function suggestTags(existing: readonly string[], field: string, typed: TypedTag, limit = 6): string[] {
  const query = foldForSearch(typed.text);
  if (query === '') return [];
  const chosen = new Set(
    parseTagsInput(`${field.slice(0, typed.start)},${field.slice(typed.end)}`).map((tag) => foldForSearch(tag)),
  );
  const starts: string[] = [];
  const words: string[] = [];
  for (const tag of existing) {
    const folded = foldForSearch(tag);
    if (chosen.has(folded) || folded === query) continue;
    if (folded.startsWith(query)) starts.push(tag);
    else if (folded.split(' ').some((word) => word.startsWith(query))) words.push(tag);
  }
  return [...starts, ...words].slice(0, limit);
}

/** The field with the typed tag replaced by `tag`, and where the caret goes (after ", "). */
export function acceptTag(field: string, typed: TypedTag, tag: string): { text: string; caret: number } {
  const before = field.slice(0, typed.start).replace(/\s*$/u, '');
  const after = field.slice(typed.end).replace(/^[\s,;]*/u, '');
  const head = before === '' ? tag : `${before} ${tag}`;
  const text = after === '' ? `${head}, ` : `${head}, ${after}`;
  return { text, caret: head.length + 2 };
}
