// The map of messages to the background: content scripts and extension pages ask, the
// background (the only writer, and the one context that may open browser UI such as the side
// panel) answers. Each request's payload has a valibot schema, checked in the background before
// anything is read or written. Messages to a tab's content script are in ./tab-messages.ts.
import * as v from 'valibot';
import { followUpRecordSchema } from '../model/register-schemas';
import type { ArticleVisit } from '../storage/article-queries';
import type { ArticleFindings, CitedIn } from '../storage/register-queries';
import type { FollowUpRecord } from '../model/register-records';
import type { AnnotationChanges, DeletedRecords, NewAnnotation } from '../storage/annotation-queries';
import type { StorageFailure } from '../storage/errors';
import type { AnnotationRecord, ArticleRecord, Settings, TaskRecord } from '../model/records';
import type { TaskChanges, TrackedTask, TrackTaskInput } from '../storage/task-queries';
import type { ImportSummary } from '../storage/import-staging';
import type { PageSettings, PageTask, PaintableAnnotation } from '../model/paintable';
import type { WipedRecords } from '../storage/wipe-library';
import type { LibraryResults } from '../search/library-search';
import {
  anchoringVersionSchema,
  annotationKindSchema,
  annotationRecordSchema,
  annotationScopeSchema,
  articleRecordSchema,
  deadlineSchema,
  directiveSchema,
  documentSchema,
  findingDetailSchema,
  highlightColorSchema,
  idSchema,
  pageUrlSchema,
  selectorsSchema,
  settingsSchema,
  tagsSchema,
  taskRecordSchema,
  taskStatusSchema,
} from '../model/schemas';

/** Deleting, restoring or re-dating everything in a large library is one message. */
const MAX_BULK = 100_000;
/** Records in one import chunk (utils/library/send-import.ts CHUNK_RECORDS sends at most 5,000). */
const MAX_CHUNK = 10_000;
const idsSchema = v.pipe(v.array(idSchema), v.minLength(1), v.maxLength(MAX_BULK));
const text = (max: number) => v.pipe(v.string(), v.maxLength(max));
const revisionSchema = v.pipe(v.number(), v.integer(), v.minValue(1));

/** Findings one article may send with its visit: generous for a long decree, fatal for floods. */
const MAX_VISIT_FINDINGS = 2_000;

const articleVisitSchema = v.pipe(
  v.object({
    url: pageUrlSchema,
    title: v.nullable(text(2_000)),
    site: text(253),
    province: v.nullable(text(200)),
    published: v.nullable(text(200)),
    textSnapshot: text(5_000_000),
    isArticle: v.boolean(),
    // The engine's document and directive findings, for the register (absent from older senders).
    documents: v.optional(v.pipe(v.array(documentSchema), v.maxLength(MAX_VISIT_FINDINGS))),
    directives: v.optional(v.pipe(v.array(directiveSchema), v.maxLength(MAX_VISIT_FINDINGS))),
  }),
  v.check(
    (visit) =>
      [...(visit.documents ?? []), ...(visit.directives ?? [])].every((f) => quotesText(visit.textSnapshot, f)),
    'findings must quote the article text at their offsets',
  ),
) satisfies v.GenericSchema<VisitWithFindings>;

/** A finding is recorded only where it says it is: its text at its offsets of the snapshot. */
function quotesText(snapshot: string, finding: { text: string; start: number; end: number }): boolean {
  return finding.start < finding.end && snapshot.slice(finding.start, finding.end) === finding.text;
}

const newAnnotationSchema = v.object({
  articleUrl: pageUrlSchema,
  selectors: selectorsSchema,
  anchoringVersion: anchoringVersionSchema,
  quote: v.pipe(v.string(), v.minLength(1), v.maxLength(100_000)),
  kind: annotationKindSchema,
  color: highlightColorSchema,
  tags: v.optional(tagsSchema),
  note: v.optional(text(100_000)),
  finding: findingDetailSchema,
  scope: v.optional(annotationScopeSchema),
}) satisfies v.GenericSchema<NewAnnotation>;

const annotationChangesSchema = v.object({
  note: v.optional(text(100_000)),
  tags: v.optional(tagsSchema),
  color: v.optional(highlightColorSchema),
}) satisfies v.GenericSchema<AnnotationChanges>;

const assigneesSchema = v.pipe(v.array(text(2_000)), v.maxLength(200));

const taskChangesSchema = v.object({
  text: v.optional(v.pipe(v.string(), v.minLength(1), v.maxLength(100_000))),
  assignees: v.optional(assigneesSchema),
  deadline: v.optional(deadlineSchema),
}) satisfies v.GenericSchema<TaskChanges>;

const trackTaskSchema = v.object({
  source: v.union([v.object({ annotationId: idSchema }), v.object({ annotation: newAnnotationSchema })]),
  text: v.pipe(v.string(), v.minLength(1), v.maxLength(100_000)),
  issuer: v.nullable(text(2_000)),
  assignees: assigneesSchema,
  deadline: deadlineSchema,
  notes: v.optional(text(100_000)),
}) satisfies v.GenericSchema<TrackTaskInput>;

/** A visit with the findings the register keeps. */
export type VisitWithFindings = ArticleVisit & Partial<ArticleFindings>;

export const REQUEST_SCHEMAS = {
  'page/visit': articleVisitSchema,
  'annotation/create': newAnnotationSchema,
  /** `revision`: the annotation's revision the changes were made from; refused ('stale') when it moved on. */
  'annotation/update': v.object({ id: idSchema, revision: revisionSchema, changes: annotationChangesSchema }),
  'annotation/delete': v.object({ ids: idsSchema }),
  'annotation/restore': v.object({
    annotations: v.pipe(v.array(annotationRecordSchema), v.maxLength(MAX_BULK)),
    tasks: v.pipe(v.array(taskRecordSchema), v.maxLength(MAX_BULK)),
  }),
  'annotations/for-page': v.object({ url: pageUrlSchema }),
  /**
   * One annotation with its note and tags, for the extension's own pages (the in-page note
   * editor, an extension page in an iframe, reads the note it edits this way).
   */
  'annotation/get': v.object({ id: idSchema }),
  /** Every tag the reader has filed annotations under (completion in the note editor). */
  'tags/list': v.object({}),
  /** The ids of the page's annotations tracked as tasks, so the page paints them as tasks. */
  'annotations/tracked-for-page': v.object({ url: pageUrlSchema }),
  'task/track': trackTaskSchema,
  /** The reader's edit of a task's text, assignees and deadline, made from its copy at `revision`. */
  'task/update': v.object({ id: idSchema, revision: revisionSchema, changes: taskChangesSchema }),
  'task/set-status': v.object({ ids: idsSchema, status: taskStatusSchema }),
  'task/delete': v.object({ ids: idsSchema }),
  /**
   * An import in chunks (utils/library/send-import.ts): begin, every chunk staged as it comes,
   * then one commit that merges them all in one transaction (or an abort that drops them).
   */
  'import/begin': v.object({}),
  'import/chunk': v.object({
    importId: idSchema,
    seq: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(1_000_000)),
    records: v.object({
      articles: v.pipe(v.array(articleRecordSchema), v.maxLength(MAX_CHUNK)),
      annotations: v.pipe(v.array(annotationRecordSchema), v.maxLength(MAX_CHUNK)),
      tasks: v.pipe(v.array(taskRecordSchema), v.maxLength(MAX_CHUNK)),
      /** The file's answers to suggested follow-ups (its documents are rebuilt from the articles). */
      followUps: v.optional(v.pipe(v.array(followUpRecordSchema), v.maxLength(MAX_CHUNK))),
    }),
  }),
  'import/commit': v.object({
    importId: idSchema,
    chunks: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(1_000_000)),
  }),
  'import/abort': v.object({ importId: idSchema }),
  'settings/get': v.object({}),
  'settings/set': v.partial(settingsSchema),
  /** Deletes every article, annotation and task (the options page, after the reader confirmed). */
  'library/wipe': v.object({ confirm: v.literal('wipe') }),
  /** One page of the library's search results (the dashboard): record ids grouped by article. */
  'library/search': v.object({
    query: text(1_000),
    tag: v.nullable(text(200)),
    show: v.picklist(['all', 'annotations', 'tasks']),
    groupBy: v.picklist(['article', 'province']),
    offset: v.pipe(v.number(), v.integer(), v.minValue(0)),
    limit: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(1_000)),
  }),
  /** The ids of the tasks whose text holds every word (the popup). */
  'tasks/search': v.object({ query: v.pipe(v.string(), v.minLength(1), v.maxLength(1_000)) }),
  /** The reader's articles that cite a document found on a page (the finding card). */
  'register/cited-in': v.object({
    symbol: v.pipe(v.string(), v.minLength(1), v.maxLength(200)),
    date: v.nullable(text(20)),
    /** The article the card is on: its stored province scopes a local document's symbol. */
    articleUrl: pageUrlSchema,
  }),
  /** The reader confirms or dismisses a suggested follow-up of a task. */
  'follow-up/decide': v.object({
    id: v.pipe(v.string(), v.minLength(1), v.maxLength(10_000)),
    state: v.picklist(['confirmed', 'dismissed']),
  }),
  /** Opens the side panel beside the sender's tab, focused on one annotation (to write its note). */
  'ui/open-side-panel': v.object({ focusAnnotationId: v.nullable(idSchema) }),
  /**
   * Does what clicking a reminder notification does (opens its task's passage). The click itself
   * cannot be made from a script; the end-to-end suite reaches the same handler this way.
   */
  'reminders/open-notification': v.object({ notificationId: text(300) }),
} as const;

export type MessageType = keyof typeof REQUEST_SCHEMAS;
export const MESSAGE_TYPES = Object.keys(REQUEST_SCHEMAS) as MessageType[];

/** The payload each message carries. */
export type Requests = { [K in MessageType]: v.InferOutput<(typeof REQUEST_SCHEMAS)[K]> };

/** The data each message answers with when it succeeds. */
export interface Responses {
  'page/visit': ArticleRecord;
  /** To a content script, without the reader's note and tags (model/paintable.ts). */
  'annotation/create': PaintableAnnotation;
  'annotation/update': AnnotationRecord;
  /** The deleted annotations and the tasks tracked from them, for undo. */
  'annotation/delete': DeletedRecords;
  'annotation/restore': null;
  /** To a content script, only what painting needs: no notes, no tags. */
  'annotations/for-page': PaintableAnnotation[];
  'annotation/get': AnnotationRecord;
  /** Sorted as the library's tag filter sorts them. */
  'tags/list': string[];
  /** To a content script, the task only as the passage it marks (model/paintable.ts); extension pages get all of it. */
  'task/track': Omit<TrackedTask, 'annotation' | 'task'> & { task: PageTask; annotation: PaintableAnnotation };
  'task/update': TaskRecord;
  'annotations/tracked-for-page': string[];
  'task/set-status': null;
  'task/delete': TaskRecord[];
  'import/begin': { importId: string };
  'import/chunk': null;
  /** How many records the import added, updated, or found already there. */
  'import/commit': ImportSummary;
  'import/abort': null;
  /** To a content script, only what painting needs (model/paintable.ts); extension pages get all of them. */
  'settings/get': PageSettings;
  'settings/set': Settings;
  /** The keys of what was deleted (for the search index). */
  'library/wipe': WipedRecords;
  'library/search': LibraryResults;
  'tasks/search': string[];
  'register/cited-in': CitedIn;
  'follow-up/decide': FollowUpRecord;
  /** False when the browser refused (it opens panels only from a user gesture). */
  'ui/open-side-panel': boolean;
  /** False when the notification is not a reminder or its task is gone. */
  'reminders/open-notification': boolean;
}

/** What goes over `runtime.sendMessage`. */
export interface RequestMessage<K extends MessageType = MessageType> {
  type: K;
  payload: Requests[K];
}

/**
 * Who may send a message. Content scripts run beside pages that may be hostile (a compromised
 * renderer can speak as the content script), so they may only record what they see and read
 * their page's annotations; editing, deleting and restoring come from the extension's own pages.
 */
export type SenderKind = 'any-extension-context' | 'extension-page';

export interface MessageRule {
  from: SenderKind;
  /** Whether the message changes stored data (the background refreshes the badge after it). */
  writes: boolean;
}

export const MESSAGE_RULES: Record<MessageType, MessageRule> = {
  'page/visit': { from: 'any-extension-context', writes: true },
  'annotation/create': { from: 'any-extension-context', writes: true },
  'annotation/update': { from: 'extension-page', writes: true },
  'annotation/delete': { from: 'extension-page', writes: true },
  'annotation/restore': { from: 'extension-page', writes: true },
  'annotations/for-page': { from: 'any-extension-context', writes: false },
  'annotation/get': { from: 'extension-page', writes: false },
  'tags/list': { from: 'extension-page', writes: false },
  'annotations/tracked-for-page': { from: 'any-extension-context', writes: false },
  'task/track': { from: 'any-extension-context', writes: true },
  'task/update': { from: 'extension-page', writes: true },
  'task/set-status': { from: 'extension-page', writes: true },
  'task/delete': { from: 'extension-page', writes: true },
  'import/begin': { from: 'extension-page', writes: false },
  'import/chunk': { from: 'extension-page', writes: false },
  'import/commit': { from: 'extension-page', writes: true },
  'import/abort': { from: 'extension-page', writes: false },
  'settings/get': { from: 'any-extension-context', writes: false },
  'settings/set': { from: 'extension-page', writes: true },
  'library/wipe': { from: 'extension-page', writes: true },
  'library/search': { from: 'extension-page', writes: false },
  'tasks/search': { from: 'extension-page', writes: false },
  'register/cited-in': { from: 'any-extension-context', writes: false },
  'follow-up/decide': { from: 'extension-page', writes: true },
  'ui/open-side-panel': { from: 'any-extension-context', writes: false },
  'reminders/open-notification': { from: 'extension-page', writes: false },
};

export interface MessageFailure {
  /**
   * invalid-message: the payload failed its schema; untrusted-sender: refused by origin, or a
   * content script naming a page on another site; unreachable: no answer.
   */
  code: 'invalid-message' | 'untrusted-sender' | 'unreachable';
  message: { vi: string; en: string };
}

export type Failure = StorageFailure | MessageFailure;

export type Response<T> = { ok: true; data: T } | { ok: false; error: Failure };

export type ResponseOf<K extends MessageType> = Response<Responses[K]>;
