// Hands a parsed library to the background in chunks small enough for one message each
// (Chromium refuses messages over 64 MiB; a reader's backup can be larger), then asks it to
// commit them in one transaction. A chunk refused stops the import and drops what was staged.
import type { Response } from '../messaging/background-messages';
import type { LibraryRecords } from '../model/library';
import type { ImportChunk, ImportSummary } from '../storage/import-staging';

/** Characters of JSON per chunk: at most ~12 MiB of UTF-8 even in Vietnamese, far under the limit. */
export const CHUNK_CHARS = 4_000_000;
/** Records per chunk, so the background's checks and writes stay short however small the records. */
export const CHUNK_RECORDS = 5_000;

/** The background calls an import takes (components/library/library-actions.ts sends them). */
export interface ImportChannel {
  begin(): Promise<Response<{ importId: string }>>;
  chunk(importId: string, seq: number, records: ImportChunk): Promise<Response<null>>;
  commit(importId: string, chunks: number): Promise<Response<ImportSummary>>;
  abort(importId: string): Promise<Response<null>>;
}

/**
 * The library cut into chunks of at most CHUNK_CHARS of JSON and CHUNK_RECORDS records. Of the
 * register only the reader's answers to follow-ups travel: documents and citations are derived
 * from the articles' snapshots, and the background rebuilds them after the commit.
 */
export function* chunksOf(library: LibraryRecords, maxChars = CHUNK_CHARS, maxRecords = CHUNK_RECORDS) {
  const empty = (): Required<ImportChunk> => ({ articles: [], annotations: [], tasks: [], followUps: [] });
  let chunk = empty();
  let chars = 0;
  let records = 0;
  const tables: Required<ImportChunk> = { ...library, followUps: library.register?.followUps ?? [] };
  for (const table of ['articles', 'annotations', 'tasks', 'followUps'] as const) {
    for (const record of tables[table]) {
      const size = JSON.stringify(record).length;
      if (records > 0 && (chars + size > maxChars || records >= maxRecords)) {
        yield withoutEmptyFollowUps(chunk);
        chunk = empty();
        chars = 0;
        records = 0;
      }
      (chunk[table] as unknown[]).push(record);
      chars += size;
      records += 1;
    }
  }
  if (records > 0) yield withoutEmptyFollowUps(chunk);
}

/** Chunks without follow-ups read as they did before the register (and as the tests wrote them). */
function withoutEmptyFollowUps({ followUps, ...rest }: Required<ImportChunk>): ImportChunk {
  return followUps.length > 0 ? { ...rest, followUps } : rest;
}

export async function sendImport(
  library: LibraryRecords,
  channel: ImportChannel,
  /** Called after each chunk with the number of records sent so far. */
  onProgress: (sentRecords: number) => void = () => undefined,
): Promise<Response<ImportSummary>> {
  const begun = await channel.begin();
  if (!begun.ok) return begun;
  const { importId } = begun.data;
  let seq = 0;
  let sent = 0;
  for (const chunk of chunksOf(library)) {
    const staged = await channel.chunk(importId, seq, chunk);
    if (!staged.ok) {
      await channel.abort(importId);
      return staged;
    }
    seq += 1;
    sent += chunk.articles.length + chunk.annotations.length + chunk.tasks.length + (chunk.followUps?.length ?? 0);
    onProgress(sent);
  }
  return channel.commit(importId, seq);
}
