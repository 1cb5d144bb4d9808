// Hands a parsed library to the background in chunks small enough for one message each
// (Chromium refuses messages over 64 MiB; a reader's backup can be larger), then asks it to
// commit them in one transaction. A chunk refused stops the import and drops what was staged.
import type { Response } from '../messaging/background-messages';
import type { LibraryRecords } from '../model/library';
import type { ImportSummary } from '../storage/import-staging';

/** Characters of JSON per chunk: at most ~12 MiB of UTF-8 even in Vietnamese, far under the limit. */
export const CHUNK_CHARS = 4_000_000;
/** Records per chunk, so the background's checks and writes stay short however small the records. */
export const CHUNK_RECORDS = 5_000;

/** The background calls an import takes (components/library/library-actions.ts sends them). */
export interface ImportChannel {
  begin(): Promise<Response<{ importId: string }>>;
  chunk(importId: string, seq: number, records: LibraryRecords): Promise<Response<null>>;
  commit(importId: string, chunks: number): Promise<Response<ImportSummary>>;
  abort(importId: string): Promise<Response<null>>;
}

/** The library cut into chunks of at most CHUNK_CHARS of JSON and CHUNK_RECORDS records. */
export function* chunksOf(library: LibraryRecords, maxChars = CHUNK_CHARS, maxRecords = CHUNK_RECORDS) {
  let chunk: LibraryRecords = { articles: [], annotations: [], tasks: [] };
  let chars = 0;
  let records = 0;
  const tables = ['articles', 'annotations', 'tasks'] as const;
  for (const table of tables) {
    for (const record of library[table]) {
      const size = JSON.stringify(record).length;
      if (records > 0 && (chars + size > maxChars || records >= maxRecords)) {
        yield chunk;
        chunk = { articles: [], annotations: [], tasks: [] };
        chars = 0;
        records = 0;
      }
      (chunk[table] as unknown[]).push(record);
      chars += size;
      records += 1;
    }
  }
  if (records > 0) yield chunk;
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
    sent += chunk.articles.length + chunk.annotations.length + chunk.tasks.length;
    onProgress(sent);
  }
  return channel.commit(importId, seq);
}
