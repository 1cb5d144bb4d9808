// The one GovMark database. Imported by the background (the only writer) and the extension
// pages (readers through liveQuery), never by content scripts: a database opened there would
// belong to the visited site.
import { Dexie, type DexieOptions, type Table } from 'dexie';
import type { AnnotationRecord, ArticleRecord, SettingRecord, TaskRecord } from '../model/records';
import type {
  CitationRecord,
  DocumentRecord,
  ArticleFollowUps,
  RegisteredArticle,
  TaskMatchRecord,
} from '../model/register-records';
import type { MatterDigest } from '../register/matter-digest';
import type { DocKey, SerializedIndex } from '../search/library-index';
import { declareSchema } from './schema';
import type { StagedChunk } from './import-staging';

export const DATABASE_NAME = 'govmark';

/** The IndexedDB implementation to use; tests pass fake-indexeddb's. */
export type IndexedDbDeps = Pick<DexieOptions, 'indexedDB' | 'IDBKeyRange'>;

export interface SavedSearchIndex extends SerializedIndex {
  key: 'library';
}

export class GovMarkDB extends Dexie {
  // `declare` so class-field semantics do not overwrite the tables Dexie creates in its constructor.
  declare articles: Table<ArticleRecord, string>;
  declare annotations: Table<AnnotationRecord, string>;
  declare tasks: Table<TaskRecord, string>;
  declare settings: Table<SettingRecord, string>;
  /** The background's search index as last saved (utils/search/library-search.ts). */
  declare searchIndex: Table<SavedSearchIndex, string>;
  /** Records written since the search index was last saved, to index again when it is loaded. */
  declare searchPending: Table<{ key: DocKey }, string>;
  /** An import's chunks until its commit swaps them in (utils/storage/import-staging.ts). */
  declare importStaging: Table<StagedChunk, [string, number]>;
  /** The register of documents (issue 14): utils/storage/register-queries.ts. */
  declare documents: Table<DocumentRecord, string>;
  declare citations: Table<CitationRecord, string>;
  declare taskMatch: Table<TaskMatchRecord, string>;
  /** Follow-ups suggested, one record per article (utils/storage/follow-up-queries.ts). */
  declare articleFollowUps: Table<ArticleFollowUps, string>;
  declare registered: Table<RegisteredArticle, string>;
  /** The follow-up check's matter per assignee (utils/register/matter-digest.ts). */
  declare matterDigests: Table<MatterDigest, string>;

  constructor(name: string = DATABASE_NAME, deps: IndexedDbDeps = {}) {
    super(name, deps);
    declareSchema(this);
  }
}
