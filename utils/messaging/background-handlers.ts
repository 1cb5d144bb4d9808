// The background's side of its message map: check who is asking, check what they ask, then
// call the storage queries (or open the side panel). Every answer is a Response; nothing throws
// back to the sender.
import * as v from 'valibot';
import { recordVisit } from '../storage/article-queries';
import { decideFollowUp } from '../storage/follow-up-queries';
import { citedIn, registerArticle, registerTables } from '../storage/register-queries';
import { indexDroppedChanges, indexTasks } from '../storage/task-match-queries';
import { rebuildRegister } from '../storage/register-rebuild';
import {
  addAnnotation,
  deleteAnnotations,
  listAnnotationsForArticle,
  restoreRecords,
  updateAnnotation,
} from '../storage/annotation-queries';
import type { GovMarkDB } from '../storage/db';
import { toStorageFailure } from '../storage/errors';
import { getSettings, setSettings } from '../storage/settings-queries';
import { deleteTasks, listTasksForArticle, setTaskStatuses, trackTask, updateTask } from '../storage/task-queries';
import { wipeLibrary } from '../storage/wipe-library';
import { libraryTags } from '../storage/library-queries';
import { RecordNotFoundError } from '../storage/errors';
import type { LibrarySearch } from '../search/library-search';
import { abortImport, beginImport, commitImport, stageChunk } from '../storage/import-staging';
import { toPageSettings, toPageTask, toPaintable } from '../model/paintable';
import { foreignPage, invalidMessage, untrustedSender } from './failures';
import { claimedPage, pageOfSender } from './sender-page';
import { sameSite } from '../model/site';
import {
  MESSAGE_RULES,
  MESSAGE_TYPES,
  REQUEST_SCHEMAS,
  type Failure,
  type MessageType,
  type Requests,
  type Response,
  type Responses,
} from './background-messages';

/** The fields of `runtime.MessageSender` the checks use. */
export interface MessageSender {
  id?: string;
  /** The sending frame's URL: for a content script, the page it runs in. */
  url?: string;
  origin?: string;
  tab?: { id?: number; url?: string };
}

/** What a write changed: records for the search index, articles for the open tabs. */
export interface WriteChanges {
  articles?: string[];
  annotations?: string[];
  tasks?: string[];
  /** Articles whose annotations or tasks changed: their open tabs repaint. */
  articleUrls?: string[];
}

export interface HandlerOptions {
  /** `browser.runtime.id`. */
  extensionId: string;
  /** The extension pages' origin, e.g. "chrome-extension://<id>" (`browser.runtime.getURL('')`). */
  extensionOrigin: string;
  now?: () => number;
  /** Called after a message that changed stored data succeeded (e.g. to refresh the badge). */
  onWrite?: (type: MessageType) => void;
  /** The search index to answer searches from and to keep up to date after writes. */
  search?: LibrarySearch;
  /**
   * Called after every write that changed articles' annotations or tasks, whoever made it (an
   * extension page, a tab, an import, an undo): the background tells their open tabs
   * (utils/messaging/tell-open-tabs.ts), which repaint.
   */
  onArticlesChanged?: (articleUrls: string[]) => void;
  /** Opens the side panel beside a tab (utils/extension/side-panel.ts); false when the browser refused. */
  openSidePanel?: (tabId: number | undefined, focusAnnotationId: string | null) => Promise<boolean>;
  /** Opens what a reminder notification is about (utils/reminders/reminder-service.ts). */
  openReminder?: (notificationId: string) => Promise<boolean>;
}

export type MessageHandler = (message: unknown, sender: MessageSender) => Promise<Response<unknown>>;

/** What a handler is given beside its payload. */
interface HandlerContext {
  now: number;
  sender: MessageSender;
  /** True for the extension's own pages; false for a content script beside a web page. */
  fromExtensionPage: boolean;
  /** For writes whose changes the answer does not list (an import's commit). */
  changed(changes: WriteChanges): void;
}

type Handlers = {
  [K in MessageType]: (payload: Requests[K], context: HandlerContext) => Promise<Responses[K]>;
};

const envelopeSchema = v.object({ type: v.picklist(MESSAGE_TYPES), payload: v.unknown() });

export function createMessageHandler(db: GovMarkDB, options: HandlerOptions): MessageHandler {
  const now = options.now ?? Date.now;
  const extensionOrigin = options.extensionOrigin.replace(/\/+$/, '');
  const handlers: Handlers = {
    // A visit is recorded under the site the sender's frame is on, whatever the page claims (its
    // address was checked against the sender's page by the dispatch, and its findings against
    // its text by the schema).
    'page/visit': ({ documents, directives, ...visit }, { now: at, sender, fromExtensionPage }) =>
      // One transaction for the visit and its register: a visit is recorded with its findings or not at all.
      db.transaction('rw', [db.articles, ...registerTables(db)], async () => {
        const article = await recordVisit(
          db,
          fromExtensionPage ? visit : { ...visit, site: siteOf(sender, visit.site) },
          at,
        );
        // The register follows the article as read now; a page that no longer reads as an
        // article keeps what was registered from its stored text.
        if (visit.isArticle && documents && directives) {
          await registerArticle(db, article, { documents, directives }, at);
        }
        return article;
      }),
    'annotation/create': (annotation, { now: at, fromExtensionPage }) =>
      addAnnotation(db, annotation, at).then((saved) => (fromExtensionPage ? saved : toPaintable(saved))),
    'annotation/update': ({ id, revision, changes }, { now: at }) => updateAnnotation(db, id, changes, revision, at),
    'annotation/get': async ({ id }) => {
      const stored = await db.annotations.get(id);
      if (!stored) throw new RecordNotFoundError('annotations', id);
      return stored;
    },
    'tags/list': () => libraryTags(db),
    'annotation/delete': ({ ids }) => deleteAnnotations(db, ids),
    'annotation/restore': async (deleted) => {
      await restoreRecords(db, deleted);
      return null;
    },
    // A content script paints; it is given what painting needs, never the reader's notes and tags.
    'annotations/for-page': async ({ url }, { fromExtensionPage }) => {
      const annotations = await listAnnotationsForArticle(db, url);
      return fromExtensionPage ? annotations : annotations.map(toPaintable);
    },
    'task/track': async (input, { now: at, fromExtensionPage }) => {
      const tracked = await trackTask(db, input, at);
      // An already tracked passage comes back with the task as the reader edited it: its page
      // learns only that it is tracked.
      return fromExtensionPage
        ? tracked
        : { ...tracked, task: toPageTask(tracked.task), annotation: toPaintable(tracked.annotation) };
    },
    'annotations/tracked-for-page': async ({ url }) =>
      (await listTasksForArticle(db, url)).map((task) => task.annotationId),
    'task/update': ({ id, revision, changes }, { now: at }) => updateTask(db, id, changes, revision, at),
    'task/set-status': async ({ ids, status }, { now: at, changed }) => {
      const tasks = await setTaskStatuses(db, ids, status, at);
      // A dropped task leaves the follow-up check, and comes back when taken up again.
      await indexDroppedChanges(db, tasks);
      // A status is not searched, but the article's page shows its tasks. The answer carries no
      // records: the page follows the tables (liveQuery), and 1,000 tasks cost a clone each way.
      changed({ articleUrls: tasks.map((task) => task.articleUrl) });
      return null;
    },
    'task/delete': ({ ids }) => deleteTasks(db, ids),
    'settings/get': async (_, { fromExtensionPage }) => {
      const settings = await getSettings(db);
      return fromExtensionPage ? settings : toPageSettings(settings);
    },
    'settings/set': (changes) => setSettings(db, changes),
    'library/wipe': () => wipeLibrary(db),
    'import/begin': async () => ({ importId: await beginImport(db) }),
    'import/chunk': async ({ importId, seq, records }) => {
      await stageChunk(db, { importId, seq, ...records });
      return null;
    },
    'import/commit': async ({ importId, chunks }, { now: at, changed }) => {
      const committed = await commitImport(db, importId, chunks);
      changed(committed);
      // The imported articles' snapshots fill the register (the commit unmarked those it wrote);
      // the file's answers to follow-ups were merged by the commit.
      await rebuildRegister(db, at);
      return committed.summary;
    },
    'import/abort': async ({ importId }) => {
      await abortImport(db, importId);
      return null;
    },
    'library/search': (request) => requireSearch().search(request),
    'tasks/search': ({ query }) => requireSearch().searchTasks(query),
    // The article named was checked to be on the sender's site; its stored province scopes a
    // local document's symbol ("45/KH-UBND" of one province is not another's).
    'register/cited-in': async ({ symbol, date, articleUrl }) =>
      citedIn(db, { symbol, date }, (await db.articles.get(articleUrl))?.province ?? null),
    'follow-up/decide': ({ id, state }, { now: at }) => decideFollowUp(db, id, state, at),
    'ui/open-side-panel': async ({ focusAnnotationId }, { sender }) =>
      (await options.openSidePanel?.(sender.tab?.id, focusAnnotationId)) ?? false,
    'reminders/open-notification': async ({ notificationId }) =>
      (await options.openReminder?.(notificationId)) ?? false,
  };

  function requireSearch(): LibrarySearch {
    if (!options.search) throw new Error('no search index in this context');
    return options.search;
  }

  async function dispatch<K extends MessageType>(
    type: K,
    rawPayload: unknown,
    sender: MessageSender,
    fromExtensionPage: boolean,
  ): Promise<Response<Responses[K]>> {
    const parsed = v.safeParse(REQUEST_SCHEMAS[type], rawPayload);
    if (!parsed.success) return failed(describeIssue(parsed.issues[0], 'payload'));
    const payload = parsed.output as Requests[K];
    // A content script speaks for the page it runs in: it may name as its article only an
    // address on the same registrable site (rel=canonical within the site), never another's.
    if (!fromExtensionPage) {
      const claimed = claimedPage(type, payload);
      const own = pageOfSender(sender);
      if (claimed === 'refused' || (claimed !== null && !isOwnSite(claimed, own))) return failed(foreignPage());
    }
    // An extension page framed inside a web page (the in-page note editor) reads and edits only
    // annotations of that page's site: a page that frames the editor itself and hands it an id
    // cannot make it open the notes kept on another site.
    const embedder = fromExtensionPage ? embeddingPage(sender) : null;
    if (embedder !== null && (type === 'annotation/get' || type === 'annotation/update')) {
      const stored = await db.annotations.get((payload as Requests['annotation/get']).id).catch(() => undefined);
      if (stored && !sameSite(stored.articleUrl, embedder)) return failed(foreignPage());
    }
    let reported: WriteChanges | null = null;
    try {
      const data = await handlers[type](payload, {
        now: now(),
        sender,
        fromExtensionPage,
        changed: (changes) => {
          reported = changes;
        },
      });
      if (MESSAGE_RULES[type].writes) {
        options.onWrite?.(type);
        const changes = reported ?? changedRecords(type, payload, data);
        if (changes) await announce(changes);
        // The follow-up check reads tasks through their match rows: keep them with the tasks.
        if (changes?.tasks) await indexTasks(db, changes.tasks).catch(() => undefined);
      }
      return { ok: true, data };
    } catch (error) {
      return failed(toStorageFailure(error));
    }
  }

  /** The one place every write's changes go out: the search index, then the open tabs. */
  async function announce(changes: WriteChanges): Promise<void> {
    const { articleUrls, ...records } = changes;
    if (records.annotations?.length || records.tasks?.length || records.articles?.length) {
      await options.search?.changed(records).catch(() => undefined);
    }
    if (articleUrls?.length) options.onArticlesChanged?.([...new Set(articleUrls)]);
  }

  return async (message, sender) => {
    if (sender.id !== options.extensionId) return failed(untrustedSender());
    const envelope = v.safeParse(envelopeSchema, message);
    if (!envelope.success) return failed(describeIssue(envelope.issues[0], null));
    const { type, payload } = envelope.output;
    const fromExtensionPage = isExtensionPage(sender, extensionOrigin);
    if (MESSAGE_RULES[type].from === 'extension-page' && !fromExtensionPage) {
      return failed(untrustedSender());
    }
    return dispatch(type, payload, sender, fromExtensionPage);
  };
}

/** The records a successful write changed, and the articles they belong to (settings change none). */
function changedRecords<K extends MessageType>(type: K, payload: Requests[K], data: Responses[K]): WriteChanges | null {
  const request = { type, payload, data } as {
    [T in MessageType]: { type: T; payload: Requests[T]; data: Responses[T] };
  }[MessageType];
  const urls = (records: readonly { articleUrl: string }[]) => records.map((record) => record.articleUrl);
  switch (request.type) {
    case 'page/visit':
      return { articles: [request.data.url] };
    case 'annotation/create':
    case 'annotation/update':
      return { annotations: [request.data.id], articleUrls: [request.data.articleUrl] };
    case 'task/track':
      return {
        annotations: [request.data.annotation.id],
        tasks: [request.data.task.id],
        articleUrls: [request.data.annotation.articleUrl],
      };
    case 'task/update':
      return { tasks: [request.data.id], articleUrls: [request.data.articleUrl] };
    case 'annotation/delete':
      return {
        annotations: request.data.annotations.map((annotation) => annotation.id),
        tasks: request.data.tasks.map((task) => task.id),
        articleUrls: [...urls(request.data.annotations), ...urls(request.data.tasks)],
      };
    case 'annotation/restore':
      return {
        annotations: request.payload.annotations.map((annotation) => annotation.id),
        tasks: request.payload.tasks.map((task) => task.id),
        articleUrls: [...urls(request.payload.annotations), ...urls(request.payload.tasks)],
      };
    case 'task/delete':
      return { tasks: request.data.map((task) => task.id), articleUrls: urls(request.data) };
    case 'library/wipe':
      // Every article's page repaints: nothing of it is stored any more.
      return { ...request.data, articleUrls: request.data.articles };
    default:
      // Settings hold no records; an import's commit reports its own changes.
      return null;
  }
}

/** Whether a page a content script names is on the site of the frame it runs in. */
function isOwnSite(claimed: string, own: string | null): boolean {
  return own !== null && sameSite(claimed, own);
}

/** The host a content script's visit is recorded under: its frame's, not one the page names. */
function siteOf(sender: MessageSender, claimed: string): string {
  const own = pageOfSender(sender);
  return own && URL.canParse(own) ? new URL(own).hostname : claimed;
}

/** The web page an extension page is framed in (its tab shows a web page), or null. */
function embeddingPage(sender: MessageSender): string | null {
  const url = sender.tab?.url;
  return url !== undefined && /^https?:/i.test(url) ? url : null;
}

/** An extension page (popup, side panel, dashboard), as opposed to a content script in a web page. */
function isExtensionPage(sender: MessageSender, extensionOrigin: string): boolean {
  if (sender.origin !== undefined) return sender.origin === extensionOrigin;
  return sender.url?.startsWith(`${extensionOrigin}/`) === true;
}

function describeIssue(issue: v.BaseIssue<unknown>, prefix: string | null): Failure {
  const path = v.getDotPath(issue);
  const field = [prefix, path].filter((part): part is string => part !== null && part !== '').join('.');
  return invalidMessage(field || 'message', issue.message);
}

function failed(error: Failure): { ok: false; error: Failure } {
  return { ok: false, error };
}
