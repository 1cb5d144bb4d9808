// The register through the background's messages: a visit's findings are checked against its
// text before they are recorded, the card asks who cites a document, the reader's pages answer
// follow-ups, and tracking a task makes it a candidate for them.
import { afterEach, describe, expect, it } from 'vitest';
import { createMessageHandler, type MessageSender } from '../../../utils/messaging/background-handlers';
import type { MessageType, Requests, Response } from '../../../utils/messaging/background-messages';
import type { CitedIn } from '../../../utils/storage/register-queries';
import type { GovMarkDB } from '../../../utils/storage/db';
import type { TrackedTask } from '../../../utils/storage/task-queries';
import { directiveWith, REGISTER_ARTICLES, visitOf } from '../register/register-articles';
import { openTestDb } from '../storage/test-db';
import { followUpsOfTask } from '../../../utils/storage/follow-up-queries';

const EXTENSION_ID = 'abcdefghijklmnopabcdefghijklmnop';
const ORIGIN = `chrome-extension://${EXTENSION_ID}`;
const CONTENT_SCRIPT: MessageSender = {
  id: EXTENSION_ID,
  url: REGISTER_ARTICLES.first.url,
  origin: 'https://ninhthuan.gov.vn',
};
const DASHBOARD: MessageSender = { id: EXTENSION_ID, url: `${ORIGIN}/dashboard.html`, origin: ORIGIN };

let db: GovMarkDB;
afterEach(() => db?.close());

function setup() {
  ({ db } = openTestDb());
  let clock = 1_000;
  const handle = createMessageHandler(db, {
    extensionId: EXTENSION_ID,
    extensionOrigin: ORIGIN,
    now: () => (clock += 1_000),
  });
  return async <K extends MessageType>(type: K, payload: Requests[K], sender = CONTENT_SCRIPT) =>
    (await handle({ type, payload }, sender)) as Response<unknown>;
}

function data<T>(response: Response<unknown>): T {
  if (!response.ok) throw new Error(JSON.stringify(response.error));
  return response.data as T;
}

describe('register messages', () => {
  it('registers a document only under a symbol its own text spells; the visit and its other documents stay', async () => {
    const send = setup();
    const visit = visitOf('first');
    const documents = visit.documents ?? [];
    const forged = documents.map((document) =>
      document.symbol === '45/KH-UBND' ? { ...document, symbol: '999/QĐ-TTg', number: '999' } : document,
    );
    // The passage quotes the page (the offsets hold); only the symbol is not what it says.
    expect(forged.some((document) => document.symbol === '999/QĐ-TTg')).toBe(true);
    data(await send('page/visit', { ...visit, documents: forged }));
    expect(await db.articles.get(visit.url)).toBeDefined();
    expect(await db.documents.toCollection().primaryKeys()).toEqual(['VN|105/NQ/CP@2023']);
    expect(await db.citations.where('documentKey').equals('VN|999/QD/TTG@2024').count()).toBe(0);
  });

  it('records the documents a visit sends, and the card learns who cites one', async () => {
    const send = setup();
    data(await send('page/visit', visitOf('first')));
    data(await send('page/visit', visitOf('second')));
    const cited = data<CitedIn>(
      await send('register/cited-in', {
        symbol: '105/NQ-CP',
        date: '2023-07-15',
        articleUrl: REGISTER_ARTICLES.second.url,
      }),
    );
    expect(cited.articles.map((article) => article.url).sort()).toEqual(
      [REGISTER_ARTICLES.first.url, REGISTER_ARTICLES.second.url].sort(),
    );
    // The article record itself holds no findings: they live in the register.
    expect(await db.articles.get(REGISTER_ARTICLES.first.url)).not.toHaveProperty('documents');
  });

  it('answers a page only about its own site, and only with what the card shows', async () => {
    const send = setup();
    data(await send('page/visit', visitOf('first')));
    const ask = { symbol: '105/NQ-CP', date: '2023-07-15' };
    // A page may not pose as an article of another site to learn that site's province scope.
    const foreign = await send('register/cited-in', { ...ask, articleUrl: 'https://longan.gov.vn/tin/bai-1.html' });
    expect(foreign).toMatchObject({ ok: false, error: { code: 'untrusted-sender' } });
    const own = data<CitedIn>(await send('register/cited-in', { ...ask, articleUrl: REGISTER_ARTICLES.first.url }));
    expect(own.articles).toHaveLength(1);
    expect(Object.keys(own).sort()).toEqual(['articles']);
    expect(Object.keys(own.articles[0]).sort()).toEqual(['link', 'published', 'site', 'title', 'url']);
  });

  it('refuses findings that do not quote the text at their offsets, and records nothing', async () => {
    const send = setup();
    const forged = visitOf('first');
    forged.documents = [{ ...forged.documents![0], text: 'Nghị quyết số 999/NQ-CP' }];
    const response = await send('page/visit', forged);
    expect(response).toMatchObject({ ok: false, error: { code: 'invalid-message' } });
    if (!response.ok) expect(response.error.message.vi).not.toBe('');
    expect(await db.articles.count()).toBe(0);
    expect(await db.documents.count()).toBe(0);
  });

  it('still records a visit from a sender that sends no findings', async () => {
    const send = setup();
    const { documents: _d, directives: _r, ...bare } = visitOf('first');
    data(await send('page/visit', bare));
    expect(await db.articles.count()).toBe(1);
    expect(await db.registered.count()).toBe(0);
  });

  it('indexes a tracked task, suggests the later article, and takes the answer only from the reader’s pages', async () => {
    const send = setup();
    const first = visitOf('first');
    data(await send('page/visit', first));
    const directive = directiveWith(first.directives ?? [], 'giải phóng mặt bằng');
    const tracked = data<TrackedTask>(
      await send('task/track', {
        source: {
          annotation: {
            articleUrl: first.url,
            selectors: [{ type: 'TextPositionSelector', start: directive.start, end: directive.end }],
            anchoringVersion: 1,
            quote: directive.text,
            kind: 'directive',
            color: 'purple',
            finding: { kind: 'directive', directive },
          },
        },
        text: directive.text,
        issuer: directive.issuer,
        assignees: directive.assignees,
        deadline: directive.deadlineIso,
      }),
    );
    expect(await db.taskMatch.get(tracked.task.id)).toMatchObject({ bodies: ['so giao thong van tai'] });
    data(await send('page/visit', visitOf('second')));
    const [suggested] = await followUpsOfTask(db, tracked.task.id);
    expect(suggested.state).toBe('suggested');
    const decide = { id: suggested.id, state: 'confirmed' } as const;
    expect(await send('follow-up/decide', decide)).toMatchObject({ ok: false, error: { code: 'untrusted-sender' } });
    expect(data(await send('follow-up/decide', decide, DASHBOARD))).toMatchObject({ state: 'confirmed' });
    expect(await send('follow-up/decide', { ...decide, state: 'suggested' } as never, DASHBOARD)).toMatchObject({
      ok: false,
      error: { code: 'invalid-message' },
    });
  });

  it('forgets a deleted task’s match row', async () => {
    const send = setup();
    data(await send('page/visit', visitOf('first')));
    const directive = directiveWith(visitOf('first').directives ?? [], 'giải phóng mặt bằng');
    const tracked = data<TrackedTask>(
      await send('task/track', {
        source: {
          annotation: {
            articleUrl: REGISTER_ARTICLES.first.url,
            selectors: [{ type: 'TextQuoteSelector', exact: directive.text }],
            anchoringVersion: 1,
            quote: directive.text,
            kind: 'directive',
            color: 'purple',
            finding: null,
          },
        },
        text: directive.text,
        issuer: null,
        assignees: directive.assignees,
        deadline: null,
      }),
    );
    data(await send('task/delete', { ids: [tracked.task.id] }, DASHBOARD));
    expect(await db.taskMatch.get(tracked.task.id)).toBeUndefined();
  });
});
