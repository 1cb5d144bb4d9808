// Everything a reader keeps, as one value: what a backup holds and an import restores.
import type { AnnotationRecord, ArticleRecord, TaskRecord } from '../model/records';

export interface LibraryRecords {
  articles: ArticleRecord[];
  annotations: AnnotationRecord[];
  tasks: TaskRecord[];
}
