import { afterEach, describe, expect, it } from 'vitest';
import { createMessageHandler, type MessageSender } from '../../../utils/messaging/background-handlers';
import type { Response } from '../../../utils/messaging/background-messages';
import type { GovMarkDB } from '../../../utils/storage/db';
import { sendImport, type ImportChannel } from '../../../utils/library/send-import';
import type { LibraryRecords } from '../../../utils/model/library';
import { openTestDb } from '../storage/test-db';
import { annotation, article, task } from './records';

const EXTENSION_ID = 'abcdefghijklmnopabcdefghijklmnop';
const EXTENSION_ORIGIN = `chrome-extension://${EXTENSION_ID}`;
const DASHBOARD: MessageSender = {
  id: EXTENSION_ID,
  url: `${EXTENSION_ORIGIN}/dashboard.html`,
  origin: EXTENSION_ORIGIN,
};
const CONTENT_SCRIPT: MessageSender = {
  id: EXTENSION_ID,
  url: 'https://ninhthuan.gov.vn/a.html',
  origin: 'https://ninhthuan.gov.vn',
  tab: { id: 3 },
};

let db: GovMarkDB;
afterEach(async () => {
  await db?.delete();
});

const library = (): LibraryRecords => ({ articles: [article()], annotations: [annotation()], tasks: [task()] });

/** The dashboard's import channel, answered by the background's handler in this process. */
function channelTo(handle: ReturnType<typeof createMessageHandler>, sender = DASHBOARD): ImportChannel {
  const send = <T>(type: string, payload: unknown) => handle({ type, payload }, sender) as Promise<Response<T>>;
  return {
    begin: () => send('import/begin', {}),
    chunk: (importId, seq, records) => send('import/chunk', { importId, seq, records }),
    commit: (importId, chunks) => send('import/commit', { importId, chunks }),
    abort: (importId) => send('import/abort', { importId }),
  };
}

function setup() {
  db = openTestDb().db;
  const changedArticles: string[][] = [];
  const handle = createMessageHandler(db, {
    extensionId: EXTENSION_ID,
    extensionOrigin: EXTENSION_ORIGIN,
    onArticlesChanged: (urls) => changedArticles.push(urls),
  });
  return { handle, changedArticles };
}

describe('an import in chunks', () => {
  it('merges a library sent chunk by chunk, once, and tells the open tabs which articles changed', async () => {
    const { handle, changedArticles } = setup();
    const channel = channelTo(handle);
    expect(await sendImport(library(), channel)).toEqual({ ok: true, data: { added: 3, updated: 0, unchanged: 0 } });
    expect(await sendImport(library(), channel)).toEqual({ ok: true, data: { added: 0, updated: 0, unchanged: 3 } });
    expect(await db.tasks.count()).toBe(1);
    expect(await db.importStaging.count()).toBe(0);
    expect(changedArticles).toEqual([[annotation().articleUrl]]);
  });

  it('writes nothing until the commit, and nothing at all when a chunk is missing', async () => {
    const { handle } = setup();
    const channel = channelTo(handle);
    const begun = await channel.begin();
    if (!begun.ok) throw new Error('begin refused');
    const { importId } = begun.data;
    expect((await channel.chunk(importId, 0, library())).ok).toBe(true);
    expect(await db.annotations.count()).toBe(0);
    // Two chunks announced, one staged: the commit fails and the library is untouched.
    const commit = await channel.commit(importId, 2);
    expect(commit.ok).toBe(false);
    expect(await db.annotations.count()).toBe(0);
    expect(await db.articles.count()).toBe(0);
  });

  it('refuses content scripts and malformed records, writing nothing', async () => {
    const { handle } = setup();
    const refused = await sendImport(library(), channelTo(handle, CONTENT_SCRIPT));
    expect(refused.ok === false && refused.error.code).toBe('untrusted-sender');
    const broken = { ...library(), tasks: [{ ...task(), status: 'finished' as never }] };
    const invalid = await sendImport(broken, channelTo(handle));
    expect(invalid.ok === false && invalid.error.code).toBe('invalid-message');
    expect(await db.articles.count()).toBe(0);
    expect(await db.importStaging.count()).toBe(0);
  });

  it('stores NFD notes, tags and task texts in NFC', async () => {
    const { handle } = setup();
    const nfd = (text: string) => text.normalize('NFD');
    const records: LibraryRecords = {
      articles: [],
      annotations: [annotation({ note: nfd('Hỏi lại Sở'), tags: [nfd('đầu tư công')] })],
      tasks: [task({ text: nfd('Sở Tài chính hoàn thành'), assignees: [nfd('Sở Tài chính')] })],
    };
    expect((await sendImport(records, channelTo(handle))).ok).toBe(true);
    expect(await db.annotations.get('a1')).toMatchObject({ note: 'Hỏi lại Sở', tags: ['đầu tư công'] });
    expect(await db.tasks.get('t1')).toMatchObject({ text: 'Sở Tài chính hoàn thành', assignees: ['Sở Tài chính'] });
  });
});
