import { afterEach, describe, expect, it } from 'vitest';
import { buildBackup, parseBackup } from '../../../utils/export/backup';
import type { LibraryRecords } from '../../../utils/model/library';
import type { GovMarkDB } from '../../../utils/storage/db';
import { beginImport, commitImport, stageChunk, type ImportSummary } from '../../../utils/storage/import-staging';
import { openTestDb } from '../storage/test-db';
import { annotation, article, task } from './records';

let db: GovMarkDB;
afterEach(async () => {
  await db?.delete();
});

function sampleLibrary(): LibraryRecords {
  return {
    articles: [
      article(),
      article({ url: 'https://quangngai.gov.vn/tin/a.html', province: 'Quảng Ngãi', site: 'quangngai.gov.vn' }),
    ],
    annotations: [
      annotation({ id: '6f1c2a3b-4d5e-4f60-8a7b-9c0d1e2f3a4b', note: 'Ghi chú', tags: ['đầu tư công'] }),
      annotation({
        id: 'a2',
        articleUrl: 'https://quangngai.gov.vn/tin/a.html',
        quote: 'giải ngân 1.300 tỷ đồng',
        start: 5,
      }),
    ],
    tasks: [task({ id: 't1', annotationId: '6f1c2a3b-4d5e-4f60-8a7b-9c0d1e2f3a4b' })],
  };
}

/** The whole library as one staged chunk, committed: what the dashboard's import does for a small file. */
async function importLibrary(target: GovMarkDB, library: LibraryRecords): Promise<ImportSummary> {
  const importId = await beginImport(target);
  await stageChunk(target, { importId, seq: 0, ...library });
  return (await commitImport(target, importId, 1)).summary;
}

async function readLibrary(): Promise<LibraryRecords> {
  const [articles, annotations, tasks] = await Promise.all([
    db.articles.toArray(),
    db.annotations.toArray(),
    db.tasks.toArray(),
  ]);
  return { articles, annotations, tasks };
}

describe('importing a library (staged, then committed)', () => {
  it('adds the records once: importing the same file twice creates no duplicates', async () => {
    db = openTestDb().db;
    expect(await importLibrary(db, sampleLibrary())).toEqual({ added: 5, updated: 0, unchanged: 0 });
    expect(await importLibrary(db, sampleLibrary())).toEqual({ added: 0, updated: 0, unchanged: 5 });
    expect(await db.annotations.count()).toBe(2);
  });

  it('keeps the newer edit of a record', async () => {
    db = openTestDb().db;
    await importLibrary(db, sampleLibrary());
    const edited = sampleLibrary();
    edited.tasks[0] = { ...edited.tasks[0], status: 'done', updated: 99 };
    edited.annotations[1] = { ...edited.annotations[1], note: 'cũ hơn', updated: 1 };
    expect(await importLibrary(db, edited)).toEqual({ added: 0, updated: 1, unchanged: 4 });
    expect((await db.tasks.get('t1'))?.status).toBe('done');
    expect((await db.annotations.get('a2'))?.note).toBe('');
  });

  it('gives back exactly the same library after export, wipe and import', async () => {
    db = openTestDb().db;
    await importLibrary(db, sampleLibrary());
    const before = await readLibrary();
    const file = JSON.stringify(buildBackup(before));
    await Promise.all([db.articles.clear(), db.annotations.clear(), db.tasks.clear()]);
    const parsed = parseBackup(file);
    if (!parsed.ok) throw new Error(parsed.error.en);
    await importLibrary(db, parsed.data);
    const after = await readLibrary();
    const byKey = <T>(records: T[], key: (record: T) => string) =>
      [...records].sort((a, b) => key(a).localeCompare(key(b)));
    expect(byKey(after.articles, (a) => a.url)).toEqual(byKey(before.articles, (a) => a.url));
    expect(byKey(after.annotations, (a) => a.id)).toEqual(byKey(before.annotations, (a) => a.id));
    expect(after.tasks).toEqual(before.tasks);
  });
});
