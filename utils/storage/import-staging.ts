// A backup too large for one message (Chromium refuses messages over 64 MiB) arrives in chunks.
// Each chunk is kept in the importStaging table as it comes; only the final commit, one
// transaction, merges every staged chunk into the library and empties the staging rows. An
// import that stops half way (the page closed, a chunk refused) changes nothing: its rows are
// dropped by the next import's start or by an abort.
import type { LibraryRecords } from '../model/library';
import type { FollowUpRecord } from '../model/register-records';
import type { GovMarkDB } from './db';
import { mergeImport } from '../export/merge-import';
import { normaliseLibrary } from './import-normalise';
import { mergeFollowUps } from './register-backup';

/** One message's share of an import: library records, and the file's answers to follow-ups. */
export interface ImportChunk extends Omit<LibraryRecords, 'register'> {
  followUps?: FollowUpRecord[];
}

export interface StagedChunk extends ImportChunk {
  importId: string;
  seq: number;
}

export interface ImportSummary {
  added: number;
  updated: number;
  unchanged: number;
}

/** What a commit changed, for the search index and the open tabs. */
export interface CommittedImport {
  summary: ImportSummary;
  articles: string[];
  annotations: string[];
  tasks: string[];
  /** The articles whose annotations or tasks changed. */
  articleUrls: string[];
}

/** Thrown when a chunk or a commit names an import that is not the one in progress. */
export class UnknownImportError extends Error {
  override readonly name = 'UnknownImportError';
  constructor(readonly importId: string) {
    super(`No import ${importId} in progress`);
  }
}

/** Starts an import: an id for its chunks, and any import left half way before is dropped. */
export async function beginImport(db: GovMarkDB, importId: string = crypto.randomUUID()): Promise<string> {
  await db.importStaging.clear();
  return importId;
}

export async function stageChunk(db: GovMarkDB, chunk: StagedChunk): Promise<void> {
  await db.importStaging.put(chunk);
}

export async function abortImport(db: GovMarkDB, importId: string): Promise<void> {
  await db.importStaging.where('[importId+seq]').between([importId, 0], [importId, Infinity]).delete();
}

/**
 * Merges the staged chunks `0 … chunks-1` into the library in one transaction and drops them:
 * all of the import lands, or (a chunk missing, the disk full) none of it.
 */
export async function commitImport(db: GovMarkDB, importId: string, chunks: number): Promise<CommittedImport> {
  const tables = [db.articles, db.annotations, db.tasks, db.importStaging, db.articleFollowUps, db.registered];
  return db.transaction('rw', tables, async () => {
    const out: CommittedImport = {
      summary: { added: 0, updated: 0, unchanged: 0 },
      articles: [],
      annotations: [],
      tasks: [],
      articleUrls: [],
    };
    const touched = new Set<string>();
    for (let seq = 0; seq < chunks; seq += 1) {
      const staged = await db.importStaging.get([importId, seq]);
      if (!staged) throw new UnknownImportError(importId);
      const summary = await mergeRecords(db, normaliseLibrary(staged), out, touched);
      await mergeFollowUps(db, staged.followUps ?? []);
      out.summary.added += summary.added;
      out.summary.updated += summary.updated;
      out.summary.unchanged += summary.unchanged;
    }
    await abortImport(db, importId);
    // Articles the import wrote are registered again from their imported snapshots
    // (utils/storage/register-rebuild.ts, run by the background after the commit).
    await db.registered.bulkDelete(out.articles);
    out.articleUrls = [...touched];
    return out;
  });
}

/** Merges one batch of records into the library (inside the caller's transaction). */
async function mergeRecords(
  db: GovMarkDB,
  incoming: LibraryRecords,
  out: CommittedImport,
  touched: Set<string>,
): Promise<ImportSummary> {
  const [articles, annotations, tasks] = await Promise.all([
    db.articles.bulkGet(incoming.articles.map((article) => article.url)),
    db.annotations.bulkGet(incoming.annotations.map((annotation) => annotation.id)),
    db.tasks.bulkGet(incoming.tasks.map((task) => task.id)),
  ]);
  const plan = mergeImport(
    { articles: present(articles), annotations: present(annotations), tasks: present(tasks) },
    incoming,
  );
  const written = {
    articles: [...plan.add.articles, ...plan.update.articles],
    annotations: [...plan.add.annotations, ...plan.update.annotations],
    tasks: [...plan.add.tasks, ...plan.update.tasks],
  };
  await db.articles.bulkPut(written.articles);
  await db.annotations.bulkPut(written.annotations);
  await db.tasks.bulkPut(written.tasks);
  for (const article of written.articles) out.articles.push(article.url);
  for (const annotation of written.annotations) {
    out.annotations.push(annotation.id);
    touched.add(annotation.articleUrl);
  }
  for (const task of written.tasks) {
    out.tasks.push(task.id);
    touched.add(task.articleUrl);
  }
  const count = (records: LibraryRecords) =>
    records.articles.length + records.annotations.length + records.tasks.length;
  return { added: count(plan.add), updated: count(plan.update), unchanged: plan.unchanged };
}

function present<T>(records: (T | undefined)[]): T[] {
  return records.filter((record): record is T => record !== undefined);
}
