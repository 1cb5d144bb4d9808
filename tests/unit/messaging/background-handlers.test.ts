import { afterEach, describe, expect, it, vi } from 'vitest';
import { createMessageHandler, type MessageSender } from '../../../utils/messaging/background-handlers';
import type { Failure, MessageType, Requests, Response } from '../../../utils/messaging/background-messages';
import type { GovMarkDB } from '../../../utils/storage/db';
import { LibrarySearch } from '../../../utils/search/library-search';
import { DEFAULT_SETTINGS } from '../../../utils/storage/settings-queries';
import type { AnnotationRecord, TaskRecord } from '../../../utils/model/records';
import {
  ARTICLE_URL,
  directiveAnnotation,
  OTHER_URL,
  openTestDb,
  sampleAnnotation,
  sampleVisit,
} from '../storage/test-db';

const EXTENSION_ID = 'abcdefghijklmnopabcdefghijklmnop';
const EXTENSION_ORIGIN = `chrome-extension://${EXTENSION_ID}`;

const CONTENT_SCRIPT: MessageSender = {
  id: EXTENSION_ID,
  url: ARTICLE_URL,
  origin: 'https://ninhthuan.gov.vn',
  tab: { id: 7 },
};
const POPUP: MessageSender = { id: EXTENSION_ID, url: `${EXTENSION_ORIGIN}/popup.html`, origin: EXTENSION_ORIGIN };
/** Firefox does not fill `origin`: the page is known by its URL. */
const DASHBOARD_IN_TAB: MessageSender = { id: EXTENSION_ID, url: `${EXTENSION_ORIGIN}/dashboard.html`, tab: { id: 9 } };
const WEB_PAGE: MessageSender = { url: 'https://evil.example/', origin: 'https://evil.example' };
const OTHER_EXTENSION: MessageSender = { id: 'another-extension', url: 'chrome-extension://another-extension/bg.html' };

let db: GovMarkDB;
afterEach(() => db?.close());

function setup(onWrite?: (type: MessageType) => void) {
  ({ db } = openTestDb());
  let clock = 1_000;
  const handle = createMessageHandler(db, {
    extensionId: EXTENSION_ID,
    extensionOrigin: `${EXTENSION_ORIGIN}/`,
    now: () => (clock += 1_000),
    onWrite,
  });
  async function send<K extends MessageType>(type: K, payload: Requests[K], sender: MessageSender = POPUP) {
    return (await handle({ type, payload }, sender)) as Response<unknown>;
  }
  return { handle, send };
}

function expectOk<T>(response: Response<unknown>): T {
  if (!response.ok) throw new Error(`expected ok, got ${JSON.stringify(response.error)}`);
  return response.data as T;
}

function expectFailure(response: Response<unknown>): Failure {
  if (response.ok) throw new Error('expected a failure');
  return response.error;
}

describe('sender checks', () => {
  it('refuses messages from web pages and other extensions before reading them', async () => {
    const { handle } = setup();
    for (const sender of [WEB_PAGE, OTHER_EXTENSION, {}]) {
      const error = expectFailure(await handle({ type: 'settings/get', payload: {} }, sender));
      expect(error.code).toBe('untrusted-sender');
      expect(error.message.en).toMatch(/refused/);
    }
    expect(expectFailure(await handle('garbage', WEB_PAGE)).code).toBe('untrusted-sender');
  });

  it('lets content scripts record and read but not edit, delete or restore', async () => {
    const { send } = setup();
    expectOk(await send('page/visit', sampleVisit(), CONTENT_SCRIPT));
    const annotation = expectOk<AnnotationRecord>(await send('annotation/create', sampleAnnotation(), CONTENT_SCRIPT));
    expect(
      expectOk<AnnotationRecord[]>(await send('annotations/for-page', { url: ARTICLE_URL }, CONTENT_SCRIPT)),
    ).toHaveLength(1);

    const refused = [
      await send('annotation/delete', { ids: [annotation.id] }, CONTENT_SCRIPT),
      await send('annotation/update', { id: annotation.id, revision: 1, changes: { note: 'x' } }, CONTENT_SCRIPT),
      await send('settings/set', { hiddenKinds: ['figure'] }, CONTENT_SCRIPT),
    ];
    expect(refused.map((response) => expectFailure(response).code)).toEqual([
      'untrusted-sender',
      'untrusted-sender',
      'untrusted-sender',
    ]);
    // The content script was answered without the note and tags; the stored record is unchanged.
    expect(await db.annotations.get(annotation.id)).toEqual({ ...annotation, note: '', tags: [] });
  });

  it('accepts extension pages known by origin or, without one, by URL', async () => {
    const { send } = setup();
    expectOk(await send('settings/set', { hiddenKinds: ['date'] }, POPUP));
    expectOk(await send('settings/set', { alwaysOnSites: ['baonghean.vn'] }, DASHBOARD_IN_TAB));
    expect(await db.settings.count()).toBe(2);
  });
});

describe('validation', () => {
  it('refuses an envelope without a known type', async () => {
    const { handle } = setup();
    const unknownType = expectFailure(await handle({ type: 'task/explode', payload: {} }, POPUP));
    expect(unknownType.code).toBe('invalid-message');
    expect(unknownType.message.en).toContain('"type"');
    expect(expectFailure(await handle(null, POPUP)).code).toBe('invalid-message');
    expect(expectFailure(await handle('page/visit', POPUP)).code).toBe('invalid-message');
  });

  it.each([
    ['page/visit', { ...sampleVisit(), url: 'javascript:alert(1)' }, 'payload.url'],
    ['page/visit', { ...sampleVisit(), isArticle: 'yes' }, 'payload.isArticle'],
    ['annotation/create', { ...sampleAnnotation(), selectors: [] }, 'payload.selectors'],
    ['annotation/create', { ...sampleAnnotation(), color: 'red' }, 'payload.color'],
    [
      'annotation/create',
      { ...sampleAnnotation(), selectors: [{ type: 'TextPositionSelector', start: 9, end: 2 }] },
      'payload.selectors.0',
    ],
    ['annotation/update', { id: 'a', revision: 1, changes: { tags: 'ngân sách' } }, 'payload.changes.tags'],
    ['annotation/delete', { ids: [] }, 'payload.ids'],
    ['task/set-status', { ids: ['t'], status: 'finished' }, 'payload.status'],
    ['annotation/restore', { annotations: [], tasks: [{ id: 't' }] }, 'payload.tasks.0.'],
    ['ui/open-side-panel', { focusAnnotationId: 42 }, 'payload.focusAnnotationId'],
    ['settings/set', { hiddenKinds: ['everything'] }, 'payload.hiddenKinds.0'],
  ])('%s refuses a malformed payload and names %s', async (type, payload, field) => {
    const { handle } = setup();
    const error = expectFailure(await handle({ type, payload }, POPUP));
    expect(error.code).toBe('invalid-message');
    expect(error.message.en).toContain(`"${field}`);
    expect(error.message.vi).toContain(`"${field}`);
  });

  it('drops fields the schema does not know instead of storing them', async () => {
    const { send } = setup();
    const payload = { ...sampleVisit(), injected: '<script>' } as Requests['page/visit'];
    const article = expectOk<object>(await send('page/visit', payload, CONTENT_SCRIPT));
    expect(article).not.toHaveProperty('injected');
  });
});

describe('dispatch', () => {
  it('runs every message against the database with the handler’s clock', async () => {
    const onWrite = vi.fn();
    const { send } = setup(onWrite);
    const article = expectOk<{ firstVisit: number }>(await send('page/visit', sampleVisit(), CONTENT_SCRIPT));
    expect(article.firstVisit).toBe(2_000);

    const tracked = expectOk<{ annotation: AnnotationRecord; task: TaskRecord }>(
      await send(
        'task/track',
        {
          source: { annotation: directiveAnnotation() },
          text: 'Hoàn thành trước ngày 15/8/2023',
          issuer: 'Chủ tịch UBND tỉnh',
          assignees: ['Sở Kế hoạch và Đầu tư'],
          deadline: '2023-08-15',
        },
        CONTENT_SCRIPT,
      ),
    );
    // The page is told which task marks the passage; the task itself is stored in full.
    expect(await db.tasks.get(tracked.task.id)).toMatchObject({ province: 'Ninh Thuận', status: 'open' });

    // The answer carries no records (a bulk change names 1,000); the table holds the change.
    expect(expectOk(await send('task/set-status', { ids: [tracked.task.id], status: 'in-progress' }))).toBeNull();
    const inProgress = (await db.tasks.get(tracked.task.id))!;
    expect(inProgress.statusHistory.map((entry) => entry.status)).toEqual(['open', 'in-progress']);

    const deletedTasks = expectOk<TaskRecord[]>(await send('task/delete', { ids: [tracked.task.id] }));
    expect(await db.tasks.count()).toBe(0);
    expectOk(await send('annotation/restore', { annotations: [], tasks: deletedTasks }));
    expect(await db.tasks.count()).toBe(1);

    const note = expectOk<AnnotationRecord>(
      await send('annotation/update', {
        id: tracked.annotation.id,
        revision: tracked.annotation.revision,
        changes: { note: 'xem lại', tags: ['ưu tiên'] },
      }),
    );
    expect(note).toMatchObject({ note: 'xem lại', tags: ['ưu tiên'] });
    // A second save from the same (now stale) revision is refused, in both languages.
    const stale = expectFailure(
      await send('annotation/update', {
        id: tracked.annotation.id,
        revision: tracked.annotation.revision,
        changes: { note: 'bản cũ' },
      }),
    );
    expect(stale.code).toBe('stale');
    expect(stale.message.vi).toMatch(/nơi khác/);
    expect(stale.message.en).toMatch(/changed elsewhere/);
    expect((await db.annotations.get(tracked.annotation.id))?.note).toBe('xem lại');

    const deleted = expectOk<{ annotations: AnnotationRecord[]; tasks: TaskRecord[] }>(
      await send('annotation/delete', { ids: [tracked.annotation.id] }),
    );
    expect(deleted.tasks).toHaveLength(1);
    expect(await db.annotations.count()).toBe(0);
    expectOk(await send('annotation/restore', deleted));
    expect(await db.annotations.get(tracked.annotation.id)).toEqual(note);
    expect(await db.tasks.count()).toBe(1);

    expect(expectOk(await send('settings/get', {}))).toEqual(DEFAULT_SETTINGS);
    expect(onWrite.mock.calls.map(([type]) => type)).toEqual([
      'page/visit',
      'task/track',
      'task/set-status',
      'task/delete',
      'annotation/restore',
      'annotation/update',
      'annotation/delete',
      'annotation/restore',
    ]);
  });

  it('answers a storage failure as a StorageFailure, not a thrown error', async () => {
    const onWrite = vi.fn();
    const { send } = setup(onWrite);
    const error = expectFailure(await send('task/set-status', { ids: ['missing'], status: 'done' }));
    expect(error.code).toBe('not-found');
    expect(error.message.vi).not.toBe('');
    expect(onWrite).not.toHaveBeenCalled();
  });

  it('opens the side panel beside the sending tab, and says so when it cannot', async () => {
    ({ db } = openTestDb());
    const openSidePanel = vi.fn(async (tabId: number | undefined) => tabId === 7);
    const handle = createMessageHandler(db, {
      extensionId: EXTENSION_ID,
      extensionOrigin: EXTENSION_ORIGIN,
      openSidePanel,
    });
    const ask = (sender: MessageSender) =>
      handle({ type: 'ui/open-side-panel', payload: { focusAnnotationId: 'a1' } }, sender);
    expect(expectOk(await ask(CONTENT_SCRIPT))).toBe(true);
    expect(openSidePanel).toHaveBeenCalledWith(7, 'a1');
    expect(expectOk(await ask(POPUP))).toBe(false);
    const without = createMessageHandler(db, { extensionId: EXTENSION_ID, extensionOrigin: EXTENSION_ORIGIN });
    expect(expectOk(await without({ type: 'ui/open-side-panel', payload: { focusAnnotationId: null } }, POPUP))).toBe(
      false,
    );
  });

  it('opens a reminder only for the extension pages, through the same handler as a notification click', async () => {
    ({ db } = openTestDb());
    const openReminder = vi.fn(async (id: string) => id === 'govmark-task:t1');
    const handle = createMessageHandler(db, {
      extensionId: EXTENSION_ID,
      extensionOrigin: EXTENSION_ORIGIN,
      openReminder,
    });
    const ask = (notificationId: string, sender: MessageSender) =>
      handle({ type: 'reminders/open-notification', payload: { notificationId } }, sender);
    expect(expectOk(await ask('govmark-task:t1', POPUP))).toBe(true);
    expect(expectOk(await ask('govmark-task:t2', DASHBOARD_IN_TAB))).toBe(false);
    expect(expectFailure(await ask('govmark-task:t1', CONTENT_SCRIPT)).code).toBe('untrusted-sender');
    expect(openReminder).toHaveBeenCalledTimes(2);
  });

  it('keeps the search index up to date after every write it answers', async () => {
    ({ db } = openTestDb());
    const search = new LibrarySearch(db);
    const handle = createMessageHandler(db, { extensionId: EXTENSION_ID, extensionOrigin: EXTENSION_ORIGIN, search });
    const send = (type: MessageType, payload: unknown, sender: MessageSender = POPUP) =>
      handle({ type, payload }, sender) as Promise<Response<unknown>>;
    const find = async (query: string) =>
      expectOk<{ totalItems: number }>(
        await send('library/search', { query, tag: null, show: 'all', groupBy: 'article', offset: 0, limit: 10 }),
      ).totalItems;
    expect(await find('ke hoach')).toBe(0);
    const created = expectOk<AnnotationRecord>(await send('annotation/create', sampleAnnotation(), CONTENT_SCRIPT));
    expect(await find('ke hoach')).toBe(1);
    await send('annotation/update', {
      id: created.id,
      revision: created.revision,
      changes: { note: 'gọi Sở Tài chính' },
    });
    expect(await find('goi so tai chinh')).toBe(1);
    await send('annotation/delete', { ids: [created.id] });
    expect(await find('ke hoach')).toBe(0);
    expect(expectFailure(await send('library/search', { query: 'x' }, CONTENT_SCRIPT)).code).toBe('untrusted-sender');
  });
});

describe('a content script speaks only for its own page (issue 12.1)', () => {
  /** A content script in a page on evil.gov.vn, another site under the gov.vn public suffix. */
  const HOSTILE: MessageSender = {
    id: EXTENSION_ID,
    url: 'https://evil.gov.vn/ban-sao.html',
    origin: 'https://evil.gov.vn',
    tab: { id: 8, url: 'https://evil.gov.vn/ban-sao.html' },
  };

  it('refuses to read, annotate, track or visit under another site’s address', async () => {
    const { send } = setup();
    const saved = expectOk<AnnotationRecord>(await send('annotation/create', sampleAnnotation(), CONTENT_SCRIPT));
    expectOk(await send('annotation/update', { id: saved.id, revision: saved.revision, changes: { note: 'bí mật' } }));
    expectOk(await send('page/visit', sampleVisit(), CONTENT_SCRIPT));
    const before = await db.articles.get(ARTICLE_URL);

    const refused = [
      await send('annotations/for-page', { url: ARTICLE_URL }, HOSTILE),
      await send('annotation/create', sampleAnnotation(), HOSTILE),
      await send('page/visit', sampleVisit({ title: 'Bị ghi đè', site: 'evil.gov.vn' }), HOSTILE),
      await send(
        'task/track',
        { source: { annotation: directiveAnnotation() }, text: 'x', issuer: null, assignees: [], deadline: null },
        HOSTILE,
      ),
      await send(
        'task/track',
        { source: { annotationId: saved.id }, text: 'x', issuer: null, assignees: [], deadline: null },
        CONTENT_SCRIPT,
      ),
    ];
    for (const response of refused) {
      const error = expectFailure(response);
      expect(error.code).toBe('untrusted-sender');
      expect(error.message.en).toMatch(/another site/);
    }
    expect(await db.annotations.count()).toBe(1);
    expect(await db.tasks.count()).toBe(0);
    expect(await db.articles.get(ARTICLE_URL)).toEqual(before);
  });

  it('gives its own page only what painting needs: no notes, no tags', async () => {
    const { send } = setup();
    const saved = expectOk<AnnotationRecord>(
      await send('annotation/create', sampleAnnotation({ note: 'riêng tư', tags: ['nguồn tin'] }), POPUP),
    );
    const [painted] = expectOk<Record<string, unknown>[]>(
      await send('annotations/for-page', { url: ARTICLE_URL }, CONTENT_SCRIPT),
    );
    expect(painted.id).toBe(saved.id);
    expect(painted).not.toHaveProperty('note');
    expect(painted).not.toHaveProperty('tags');
    expect(painted).toMatchObject({ quote: saved.quote, color: saved.color, selectors: saved.selectors });
  });

  it('answers its own page tracking an already tracked passage without the task the reader wrote', async () => {
    const { send } = setup();
    const passage = directiveAnnotation();
    // From the popup: the reader tracks the passage with a private note and rewrites the task.
    const first = expectOk<{ task: TaskRecord }>(
      await send('task/track', {
        source: { annotation: passage },
        text: 'Hoàn thành báo cáo',
        issuer: null,
        assignees: ['Sở Kế hoạch và Đầu tư'],
        deadline: '2023-08-15',
        notes: 'gọi riêng cho Giám đốc Sở',
      }),
    );
    expectOk(
      await send('task/update', {
        id: first.task.id,
        revision: first.task.revision,
        changes: { text: 'Hỏi lại tiến độ báo cáo', assignees: ['Văn phòng UBND tỉnh'] },
      }),
    );
    // The page tracks the same passage again: it learns it is tracked, and nothing the reader wrote.
    const reply = expectOk<{ task: Record<string, unknown>; annotation: Record<string, unknown> }>(
      await send(
        'task/track',
        { source: { annotation: passage }, text: passage.quote, issuer: null, assignees: [], deadline: null },
        CONTENT_SCRIPT,
      ),
    );
    const sent = JSON.stringify(reply);
    for (const written of ['gọi riêng', 'Hỏi lại tiến độ', 'Văn phòng UBND tỉnh']) expect(sent).not.toContain(written);
    expect(Object.keys(reply.task).sort()).toEqual(['annotationId', 'articleUrl', 'id']);
    expect(reply.task.id).toBe(first.task.id);
    expect(reply.annotation).not.toHaveProperty('note');
    expect(reply.annotation).not.toHaveProperty('tags');
    // The popup still gets the whole task.
    const full = expectOk<{ task: TaskRecord }>(
      await send('task/track', {
        source: { annotation: passage },
        text: 'x',
        issuer: null,
        assignees: [],
        deadline: null,
      }),
    );
    expect(full.task).toMatchObject({ notes: 'gọi riêng cho Giám đốc Sở', text: 'Hỏi lại tiến độ báo cáo' });
  });

  it('gives its own page of the settings only the kinds it paints and the language', async () => {
    const { send } = setup();
    expectOk(await send('settings/set', { alwaysOnSites: ['bao-rieng.example.vn'], hiddenKinds: ['date'] }));
    const settings = expectOk<Record<string, unknown>>(await send('settings/get', {}, CONTENT_SCRIPT));
    expect(settings).toEqual({ hiddenKinds: ['date'], language: 'auto' });
    expect(JSON.stringify(settings)).not.toContain('bao-rieng');
  });

  it('records a visit under the site of the frame that sent it', async () => {
    const { send } = setup();
    const stored = expectOk<{ site: string }>(
      await send('page/visit', sampleVisit({ site: 'quangngai.gov.vn' }), CONTENT_SCRIPT),
    );
    expect(stored.site).toBe('ninhthuan.gov.vn');
  });
});

describe('every write reaches the open tabs of its articles (issue 11.3)', () => {
  it('names the changed articles once per write, from one place, for every kind of write', async () => {
    ({ db } = openTestDb());
    const told: { type: MessageType; urls: string[] }[] = [];
    let lastType: MessageType | null = null;
    const handle = createMessageHandler(db, {
      extensionId: EXTENSION_ID,
      extensionOrigin: EXTENSION_ORIGIN,
      onWrite: (type) => {
        lastType = type;
      },
      onArticlesChanged: (urls) => told.push({ type: lastType as MessageType, urls }),
    });
    const send = (type: MessageType, payload: unknown, sender: MessageSender = POPUP) =>
      handle({ type, payload }, sender) as Promise<Response<unknown>>;
    const created = expectOk<AnnotationRecord>(await send('annotation/create', sampleAnnotation(), CONTENT_SCRIPT));
    const updated = expectOk<AnnotationRecord>(
      await send('annotation/update', { id: created.id, revision: created.revision, changes: { color: 'green' } }),
    );
    const tracked = expectOk<{ task: TaskRecord }>(
      await send(
        'task/track',
        { source: { annotationId: updated.id }, text: 'Hoàn thành', issuer: null, assignees: [], deadline: null },
        POPUP,
      ),
    );
    await send('task/update', {
      id: tracked.task.id,
      revision: tracked.task.revision,
      changes: { deadline: '2025-10' },
    });
    await send('task/set-status', { ids: [tracked.task.id], status: 'done' });
    const deleted = expectOk<{ annotations: AnnotationRecord[]; tasks: TaskRecord[] }>(
      await send('annotation/delete', { ids: [created.id] }),
    );
    await send('annotation/restore', deleted);
    await send('settings/set', { hiddenKinds: ['figure'] });
    await send('page/visit', sampleVisit(), CONTENT_SCRIPT);
    expect(told).toEqual(
      [
        'annotation/create',
        'annotation/update',
        'task/track',
        'task/update',
        'task/set-status',
        'annotation/delete',
        'annotation/restore',
      ].map((type) => ({ type, urls: [ARTICLE_URL] })),
    );
  });
});

describe('the in-page note editor, an extension page framed in the article (issue 13)', () => {
  /** The editor's frame: the extension's origin, in a tab that shows the article. */
  const EDITOR_IN_ARTICLE: MessageSender = {
    id: EXTENSION_ID,
    url: `${EXTENSION_ORIGIN}/note-editor.html`,
    origin: EXTENSION_ORIGIN,
    tab: { id: 7, url: ARTICLE_URL },
  };
  /** The same page framed by a page on another site (it is web-accessible to portals). */
  const EDITOR_IN_OTHER_SITE: MessageSender = { ...EDITOR_IN_ARTICLE, tab: { id: 8, url: OTHER_URL } };

  it('reads the note it edits, saves it, and lists the reader’s tags; a content script may do neither', async () => {
    const { send } = setup();
    const saved = expectOk<AnnotationRecord>(
      await send('annotation/create', sampleAnnotation({ note: 'ghi chú cũ', tags: ['ngân sách'] }), POPUP),
    );
    expectOk(await send('annotation/create', sampleAnnotation({ tags: ['đầu tư công', 'Ngân sách'] }), POPUP));
    const read = expectOk<AnnotationRecord>(await send('annotation/get', { id: saved.id }, EDITOR_IN_ARTICLE));
    expect(read).toMatchObject({ id: saved.id, note: 'ghi chú cũ', tags: ['ngân sách'] });
    const updated = expectOk<AnnotationRecord>(
      await send(
        'annotation/update',
        { id: saved.id, revision: read.revision, changes: { note: 'mới', tags: ['ngân sách', 'hạn chót'] } },
        EDITOR_IN_ARTICLE,
      ),
    );
    expect(updated.note).toBe('mới');
    expect(expectOk<string[]>(await send('tags/list', {}, EDITOR_IN_ARTICLE))).toEqual([
      'đầu tư công',
      'hạn chót',
      'ngân sách',
      'Ngân sách',
    ]);
    for (const type of ['annotation/get', 'tags/list'] as const) {
      const payload = type === 'annotation/get' ? { id: saved.id } : {};
      expect(expectFailure(await send(type, payload as never, CONTENT_SCRIPT)).code).toBe('untrusted-sender');
    }
    expect(expectFailure(await send('annotation/get', { id: 'missing-id' }, EDITOR_IN_ARTICLE)).code).toBe('not-found');
  });

  it('framed by a page on another site, opens and saves none of this site’s notes', async () => {
    const { send } = setup();
    const saved = expectOk<AnnotationRecord>(
      await send('annotation/create', sampleAnnotation({ note: 'riêng' }), POPUP),
    );
    const refused = [
      await send('annotation/get', { id: saved.id }, EDITOR_IN_OTHER_SITE),
      await send('annotation/update', { id: saved.id, revision: 1, changes: { note: 'x' } }, EDITOR_IN_OTHER_SITE),
    ];
    for (const response of refused) expect(expectFailure(response).message.en).toMatch(/another site/);
    expect((await db.annotations.get(saved.id))?.note).toBe('riêng');
    // The library's own pages, in a tab of their own, are not framed by any site.
    expect(expectOk<AnnotationRecord>(await send('annotation/get', { id: saved.id }, DASHBOARD_IN_TAB)).note).toBe(
      'riêng',
    );
  });

  it('names them too after a task’s deletion, an import and a wipe', async () => {
    ({ db } = openTestDb());
    const told: string[][] = [];
    const handle = createMessageHandler(db, {
      extensionId: EXTENSION_ID,
      extensionOrigin: EXTENSION_ORIGIN,
      onArticlesChanged: (urls) => told.push(urls),
    });
    const send = (type: MessageType, payload: unknown, sender: MessageSender = POPUP) =>
      handle({ type, payload }, sender) as Promise<Response<unknown>>;
    const created = expectOk<AnnotationRecord>(await send('annotation/create', sampleAnnotation(), CONTENT_SCRIPT));
    const tracked = expectOk<{ task: TaskRecord }>(
      await send('task/track', {
        source: { annotationId: created.id },
        text: 'Hoàn thành',
        issuer: null,
        assignees: [],
        deadline: null,
      }),
    );
    told.length = 0;
    expectOk(await send('task/delete', { ids: [tracked.task.id] }));
    expect(told).toEqual([[ARTICLE_URL]]);

    // An import names the articles its records belong to, once, when it commits.
    const otherUrl = 'https://quangngai.gov.vn/tin-tuc/hop.html';
    const { importId } = expectOk<{ importId: string }>(await send('import/begin', {}));
    const imported = { ...created, note: '', tags: [], id: 'imported-1', articleUrl: otherUrl };
    expectOk(
      await send('import/chunk', { importId, seq: 0, records: { articles: [], annotations: [imported], tasks: [] } }),
    );
    expect(told).toHaveLength(1);
    expectOk(await send('import/commit', { importId, chunks: 1 }));
    expect(told).toHaveLength(2);
    expect(told[1]).toContain(otherUrl);

    told.length = 0;
    expectOk(await send('page/visit', sampleVisit(), CONTENT_SCRIPT));
    expectOk(await send('library/wipe', { confirm: 'wipe' }));
    expect(told).toEqual([expect.arrayContaining([ARTICLE_URL])]);
  });
});
