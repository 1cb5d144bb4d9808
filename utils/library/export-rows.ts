// Records joined for the CSV tables: each highlight with its article and tracked task, each task
// with its article and source annotation.
import type { HighlightRow, TaskRow } from '../export/csv-columns';
import type { LibraryRecords } from '../model/library';
import type { AnnotationRecord, TaskRecord } from '../model/records';

export function highlightRows(annotations: readonly AnnotationRecord[], library: LibraryRecords): HighlightRow[] {
  const articleByUrl = new Map(library.articles.map((article) => [article.url, article]));
  const taskByAnnotation = new Map(library.tasks.map((task) => [task.annotationId, task]));
  return annotations.map((annotation) => ({
    annotation,
    article: articleByUrl.get(annotation.articleUrl) ?? null,
    task: taskByAnnotation.get(annotation.id) ?? null,
  }));
}

export function taskRows(tasks: readonly TaskRecord[], library: LibraryRecords): TaskRow[] {
  const articleByUrl = new Map(library.articles.map((article) => [article.url, article]));
  const annotationById = new Map(library.annotations.map((annotation) => [annotation.id, annotation]));
  return tasks.map((task) => ({
    task,
    article: articleByUrl.get(task.articleUrl) ?? null,
    annotation: annotationById.get(task.annotationId) ?? null,
  }));
}
