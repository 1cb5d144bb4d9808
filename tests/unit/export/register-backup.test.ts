// The register in the backup: written with the library, checked whole when read back, its
// follow-up answers merged on import while its documents are rebuilt from the articles.
import { afterEach, describe, expect, it } from 'vitest';
import { buildBackup, parseBackup } from '../../../utils/export/backup';
import { csvChunks, toCsvBlobParts } from '../../../utils/export/csv';
import { DOCUMENT_TABLE } from '../../../utils/export/document-columns';
import { createMessageHandler } from '../../../utils/messaging/background-handlers';
import type { Response } from '../../../utils/messaging/background-messages';
import { type ImportChannel, sendImport } from '../../../utils/library/send-import';
import type { GovMarkDB } from '../../../utils/storage/db';
import { decideFollowUp, followUpId, followUpsOfTask } from '../../../utils/storage/follow-up-queries';
import { readRegister } from '../../../utils/storage/register-backup';
import { directiveWith, REGISTER_ARTICLES, trackDirective, visit } from '../register/register-articles';
import { openTestDb } from '../storage/test-db';

let db: GovMarkDB;
afterEach(() => db?.close());

/** A library with both articles visited, a task from the first and its follow-up answered. */
async function answeredLibrary() {
  ({ db } = openTestDb());
  const { article, directives } = await visit(db, 'first', 1_000);
  const task = await trackDirective(db, article.url, directiveWith(directives, 'giải phóng mặt bằng'), 1_500);
  await visit(db, 'second', 2_000);
  await decideFollowUp(db, followUpId(task.id, REGISTER_ARTICLES.second.url), 'confirmed', 2_500);
  const [articles, annotations, tasks] = await Promise.all([
    db.articles.toArray(),
    db.annotations.toArray(),
    db.tasks.toArray(),
  ]);
  return { task, library: { articles, annotations, tasks, register: await readRegister(db) } };
}

describe('the register in the backup', () => {
  it('goes into the file and comes back whole', async () => {
    const { library } = await answeredLibrary();
    expect(library.register.documents).toHaveLength(2);
    const parsed = parseBackup(JSON.stringify(buildBackup(library, 5_000)));
    if (!parsed.ok) throw new Error(parsed.error.en);
    expect(parsed.data.register).toEqual(library.register);
  });

  it('refuses a file whose register is damaged, naming where', async () => {
    const { library } = await answeredLibrary();
    const file = buildBackup(library, 5_000) as unknown as {
      govmark: { register: { followUps: { state: string }[] } };
    };
    file.govmark.register.followUps[0].state = 'maybe';
    const parsed = parseBackup(JSON.stringify(file));
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) {
      expect(parsed.error.path).toBe('govmark.register.followUps.0.state');
      expect(parsed.error.vi).toMatch(/Thư viện không thay đổi/);
    }
  });

  it('reads a backup made before the register existed', async () => {
    const { library } = await answeredLibrary();
    const { register: _register, ...older } = library;
    const parsed = parseBackup(JSON.stringify(buildBackup(older, 5_000)));
    expect(parsed.ok && parsed.data.register).toBe(undefined);
  });

  it('imports into an empty library: documents rebuilt from the articles, the reader’s answer kept', async () => {
    const { task, library } = await answeredLibrary();
    const parsed = parseBackup(JSON.stringify(buildBackup(library, 5_000)));
    if (!parsed.ok) throw new Error(parsed.error.en);
    db.close();
    ({ db } = openTestDb());
    const response = await sendImport(parsed.data, dashboardChannel(db));
    expect(response).toEqual({ ok: true, data: { added: 4, updated: 0, unchanged: 0 } });
    expect(await db.importStaging.count()).toBe(0);
    expect(await db.documents.get('VN|105/NQ/CP@2023')).toMatchObject({ articleCount: 2, citationCount: 3 });
    expect(await followUpsOfTask(db, task.id)).toMatchObject([
      { id: followUpId(task.id, REGISTER_ARTICLES.second.url), state: 'confirmed', decided: 2_500 },
    ]);
    expect(await db.taskMatch.get(task.id)).toMatchObject({ bodies: ['so giao thong van tai'] });
  });

  it('registers an imported article again from the file’s snapshot when it replaces the stored one', async () => {
    const { library } = await answeredLibrary();
    expect(await db.documents.get('ninh thuan|45/KH/UBND@2024')).toBeDefined();
    // The file's copy of the first article was read later and no longer cites the plan.
    const first = library.articles.find((article) => article.url === REGISTER_ARTICLES.first.url)!;
    const changed = {
      ...first,
      lastVisit: first.lastVisit + 10_000,
      textSnapshot: first.textSnapshot.replace('Thực hiện Kế hoạch số 45/KH-UBND ngày 2/3/2024 của UBND tỉnh, c', 'C'),
    };
    expect(changed.textSnapshot).not.toBe(first.textSnapshot);
    const file = { articles: [changed], annotations: [], tasks: [] };
    expect(await sendImport(file, dashboardChannel(db))).toMatchObject({ ok: true, data: { updated: 1 } });
    expect(await db.documents.get('ninh thuan|45/KH/UBND@2024')).toBeUndefined();
    expect(await db.documents.get('VN|105/NQ/CP@2023')).toMatchObject({ articleCount: 2 });
  });
});

/** The dashboard's import channel, answered by the background's handler in this process. */
function dashboardChannel(store: GovMarkDB): ImportChannel {
  const id = 'abcdefghijklmnopabcdefghijklmnop';
  const origin = `chrome-extension://${id}`;
  const handle = createMessageHandler(store, { extensionId: id, extensionOrigin: origin, now: () => 9_000 });
  const sender = { id, url: `${origin}/dashboard.html`, origin };
  const send = <T>(type: string, payload: unknown) => handle({ type, payload }, sender) as Promise<Response<T>>;
  return {
    begin: () => send('import/begin', {}),
    chunk: (importId, seq, records) => send('import/chunk', { importId, seq, records }),
    commit: (importId, chunks) => send('import/commit', { importId, chunks }),
    abort: (importId) => send('import/abort', { importId }),
  };
}

describe('the documents spreadsheet', () => {
  it('has a row per document with its counts, dates and the national database search', async () => {
    const { library } = await answeredLibrary();
    const csv = (
      await toCsvBlobParts(
        csvChunks(library.register.documents, { table: DOCUMENT_TABLE, lang: 'en', timeZone: 'UTC' }),
      )
    ).join('');
    const lines = csv
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(lines[0]).toBe(
      'Type,Number and symbol,Number,Issued on,Year,Issued by,Scope,Provinces citing it,Articles citing it,Citations,First seen,Last seen,National database search,Register key',
    );
    const national = lines.find((line) => line.includes('105/NQ-CP'));
    expect(national).toMatch(
      /^Nghị quyết,105\/NQ-CP,105,2023-07-15,2023,Chính phủ,VN,Ninh Thuận,2,3,1970-01-01,1970-01-01,https:\/\/vbpl\.vn\//,
    );
  });
});
