// The one GovMark database. Imported by the background (the only writer) and the extension
// pages (readers through liveQuery), never by content scripts: a database opened there would
// belong to the visited site.
import { Dexie, type DexieOptions, type Table } from 'dexie';
import type { AnnotationRecord, ArticleRecord, SettingRecord, TaskRecord } from '../model/records';
import { declareSchema } from './schema';

export const DATABASE_NAME = 'govmark';

/** The IndexedDB implementation to use; tests pass fake-indexeddb's. */
export type IndexedDbDeps = Pick<DexieOptions, 'indexedDB' | 'IDBKeyRange'>;

export class GovMarkDB extends Dexie {
  // `declare` so class-field semantics do not overwrite the tables Dexie creates in its constructor.
  declare articles: Table<ArticleRecord, string>;
  declare annotations: Table<AnnotationRecord, string>;
  declare tasks: Table<TaskRecord, string>;
  declare settings: Table<SettingRecord, string>;

  constructor(name: string = DATABASE_NAME, deps: IndexedDbDeps = {}) {
    super(name, deps);
    declareSchema(this);
  }
}
