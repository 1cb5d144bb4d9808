// The background's side of its message map: check who is asking, check what they ask, then
// call the storage queries (or open the side panel). Every answer is a Response; nothing throws
// back to the sender.
import * as v from 'valibot';
import { recordVisit } from '../storage/article-queries';
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
import { deleteTasks, listTasksForArticle, setTaskStatuses, trackTask } from '../storage/task-queries';
import { importLibrary } from '../library/import-library';
import { wipeLibrary } from '../storage/wipe-library';
import type { LibrarySearch } from '../search/library-search';
import { invalidMessage, untrustedSender } from './failures';
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
  url?: string;
  origin?: string;
  tab?: { id?: number };
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
  /** Opens the side panel beside a tab (utils/extension/side-panel.ts); false when the browser refused. */
  openSidePanel?: (tabId: number | undefined, focusAnnotationId: string | null) => Promise<boolean>;
  /** Opens what a reminder notification is about (utils/reminders/reminder-service.ts). */
  openReminder?: (notificationId: string) => Promise<boolean>;
}

export type MessageHandler = (message: unknown, sender: MessageSender) => Promise<Response<unknown>>;

type Handlers = {
  [K in MessageType]: (payload: Requests[K], now: number, sender: MessageSender) => Promise<Responses[K]>;
};

const envelopeSchema = v.object({ type: v.picklist(MESSAGE_TYPES), payload: v.unknown() });

export function createMessageHandler(db: GovMarkDB, options: HandlerOptions): MessageHandler {
  const now = options.now ?? Date.now;
  const extensionOrigin = options.extensionOrigin.replace(/\/+$/, '');
  const handlers: Handlers = {
    'page/visit': (visit, at) => recordVisit(db, visit, at),
    'annotation/create': (annotation, at) => addAnnotation(db, annotation, at),
    'annotation/update': ({ id, revision, changes }, at) => updateAnnotation(db, id, changes, revision, at),
    'annotation/delete': ({ ids }) => deleteAnnotations(db, ids),
    'annotation/restore': async (deleted) => {
      await restoreRecords(db, deleted);
      return null;
    },
    'annotations/for-page': ({ url }) => listAnnotationsForArticle(db, url),
    'annotations/tracked-for-page': async ({ url }) =>
      (await listTasksForArticle(db, url)).map((task) => task.annotationId),
    'task/track': (input, at) => trackTask(db, input, at),
    'task/set-status': ({ ids, status }, at) => setTaskStatuses(db, ids, status, at),
    'task/delete': ({ ids }) => deleteTasks(db, ids),
    'settings/get': () => getSettings(db),
    'settings/set': (changes) => setSettings(db, changes),
    'library/import': (library) => importLibrary(db, library),
    'library/wipe': () => wipeLibrary(db),
    'library/search': (request) => requireSearch().search(request),
    'tasks/search': ({ query }) => requireSearch().searchTasks(query),
    'ui/open-side-panel': async ({ focusAnnotationId }, _at, sender) =>
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
  ): Promise<Response<Responses[K]>> {
    const parsed = v.safeParse(REQUEST_SCHEMAS[type], rawPayload);
    if (!parsed.success) return failed(describeIssue(parsed.issues[0], 'payload'));
    try {
      const data = await handlers[type](parsed.output as Requests[K], now(), sender);
      if (MESSAGE_RULES[type].writes) {
        options.onWrite?.(type);
        const changed = changedRecords(type, parsed.output as Requests[K], data);
        if (changed) await options.search?.changed(changed).catch(() => undefined);
      }
      return { ok: true, data };
    } catch (error) {
      return failed(toStorageFailure(error));
    }
  }

  return async (message, sender) => {
    if (sender.id !== options.extensionId) return failed(untrustedSender());
    const envelope = v.safeParse(envelopeSchema, message);
    if (!envelope.success) return failed(describeIssue(envelope.issues[0], null));
    const { type, payload } = envelope.output;
    if (MESSAGE_RULES[type].from === 'extension-page' && !isExtensionPage(sender, extensionOrigin)) {
      return failed(untrustedSender());
    }
    return dispatch(type, payload, sender);
  };
}

/** The records a successful write changed, for the search index (settings change none). */
function changedRecords<K extends MessageType>(
  type: K,
  payload: Requests[K],
  data: Responses[K],
): { annotations?: string[]; tasks?: string[]; articles?: string[] } | null {
  const request = { type, payload, data } as {
    [T in MessageType]: { type: T; payload: Requests[T]; data: Responses[T] };
  }[MessageType];
  switch (request.type) {
    case 'page/visit':
      return { articles: [request.data.url] };
    case 'annotation/create':
    case 'annotation/update':
      return { annotations: [request.data.id] };
    case 'task/track':
      return { annotations: [request.data.annotation.id], tasks: [request.data.task.id] };
    case 'annotation/delete':
      return {
        annotations: request.data.annotations.map((annotation) => annotation.id),
        tasks: request.data.tasks.map((task) => task.id),
      };
    case 'annotation/restore':
      return {
        annotations: request.payload.annotations.map((annotation) => annotation.id),
        tasks: request.payload.tasks.map((task) => task.id),
      };
    case 'task/delete':
      return { tasks: request.data.map((task) => task.id) };
    case 'library/wipe':
      return request.data;
    case 'library/import':
      return {
        articles: request.payload.articles.map((article) => article.url),
        annotations: request.payload.annotations.map((annotation) => annotation.id),
        tasks: request.payload.tasks.map((task) => task.id),
      };
    default:
      // A status is not searched, and settings hold no records.
      return null;
  }
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
