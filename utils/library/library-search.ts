// Diacritics- and case-insensitive search over the library's records. Folding tens of thousands
// of quotes on every keystroke would freeze the dashboard: records are replaced, never mutated,
// on change, so each record's folded text is kept for as long as the record lives.
import { createTextMatcher, foldFields } from '../search/fold';
import type { AnnotationRecord, ArticleRecord, TaskRecord } from '../model/records';

const annotationTexts = new WeakMap<AnnotationRecord, string>();
const taskTexts = new WeakMap<TaskRecord, string>();
const articleTexts = new WeakMap<ArticleRecord, string>();

export function annotationSearchText(annotation: AnnotationRecord): string {
  let text = annotationTexts.get(annotation);
  if (text === undefined) {
    text = foldFields([annotation.quote, annotation.note, ...annotation.tags]);
    annotationTexts.set(annotation, text);
  }
  return text;
}

export function taskSearchText(task: TaskRecord): string {
  let text = taskTexts.get(task);
  if (text === undefined) {
    text = foldFields([task.text, task.issuer, task.notes, task.province, task.site, ...task.assignees]);
    taskTexts.set(task, text);
  }
  return text;
}

export function articleSearchText(article: ArticleRecord): string {
  let text = articleTexts.get(article);
  if (text === undefined) {
    text = foldFields([article.title, article.site, article.province]);
    articleTexts.set(article, text);
  }
  return text;
}

/**
 * One predicate per query for a record read with its article: every word of the query must
 * occur in the record's own text or in its article's title, site and province.
 */
export function createRecordMatcher(query: string): (ownText: string, article: ArticleRecord | undefined) => boolean {
  const matches = createTextMatcher(query);
  if (query.trim() === '') return () => true;
  return (ownText, article) => matches(article ? `${ownText}\n${articleSearchText(article)}` : ownText);
}

/**
 * Folds the records' search texts in slices between which the page stays responsive, so the
 * first search after opening is as quick as the next ones. Stops when `signal` aborts.
 */
export async function warmSearchTexts(
  annotations: readonly AnnotationRecord[],
  signal: AbortSignal,
  pause: () => Promise<void> = () => new Promise((resolve) => setTimeout(resolve, 0)),
  sliceSize = 2000,
): Promise<void> {
  for (let start = 0; start < annotations.length && !signal.aborted; start += sliceSize) {
    for (const annotation of annotations.slice(start, start + sliceSize)) annotationSearchText(annotation);
    await pause();
  }
}
