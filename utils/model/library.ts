// Everything a reader keeps, as one value: what a backup holds and an import restores.
import type { AnnotationRecord, ArticleRecord, TaskRecord } from '../model/records';
import type { RegisterBackup } from './register-schemas';

export interface LibraryRecords {
  articles: ArticleRecord[];
  annotations: AnnotationRecord[];
  tasks: TaskRecord[];
  /** The register of documents and the follow-ups of tasks (absent from backups made before it). */
  register?: RegisterBackup;
}
