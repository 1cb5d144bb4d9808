import { afterEach, describe, expect, it } from 'vitest';
import { createMessageHandler, type MessageSender } from '../../../utils/messaging/background-handlers';
import type { GovMarkDB } from '../../../utils/storage/db';
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

const library = () => ({ articles: [article()], annotations: [annotation()], tasks: [task()] });

describe('the library/import message', () => {
  it('merges a parsed backup sent by an extension page', async () => {
    db = openTestDb().db;
    const handle = createMessageHandler(db, { extensionId: EXTENSION_ID, extensionOrigin: EXTENSION_ORIGIN });
    expect(await handle({ type: 'library/import', payload: library() }, DASHBOARD)).toEqual({
      ok: true,
      data: { added: 3, updated: 0, unchanged: 0 },
    });
    expect(await handle({ type: 'library/import', payload: library() }, DASHBOARD)).toEqual({
      ok: true,
      data: { added: 0, updated: 0, unchanged: 3 },
    });
    expect(await db.tasks.count()).toBe(1);
  });

  it('refuses content scripts and malformed records, writing nothing', async () => {
    db = openTestDb().db;
    const handle = createMessageHandler(db, { extensionId: EXTENSION_ID, extensionOrigin: EXTENSION_ORIGIN });
    const refused = await handle({ type: 'library/import', payload: library() }, CONTENT_SCRIPT);
    expect(refused.ok === false && refused.error.code).toBe('untrusted-sender');
    const broken = { ...library(), tasks: [{ ...task(), status: 'finished' }] };
    const invalid = await handle({ type: 'library/import', payload: broken }, DASHBOARD);
    expect(invalid.ok === false && invalid.error.code).toBe('invalid-message');
    expect(await db.articles.count()).toBe(0);
  });
});
