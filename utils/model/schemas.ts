// Valibot schemas of the stored records and of the engine findings they embed, built from the
// constant lists in ./kinds. Messages are validated against them in the background, and the
// backup file's schema reuses them. Each schema `satisfies`
// the TypeScript type it checks, so the two cannot drift apart silently.
import * as v from 'valibot';
import type { TextPositionSelector, TextQuoteSelector } from '../anchoring/types';
import type { DateMention, DocumentRef, Directive, Figure } from '../engine/types';
import { dueKey, isDeadlineIso } from './deadline';
import { FIRST_REVISION } from './revision';
import { REMINDER_LEAD_DAYS } from './reminders';
import { ANNOTATION_KINDS, FIGURE_KINDS, FINDING_KINDS, HIGHLIGHT_COLORS, TASK_STATUSES } from './kinds';
import type { AnnotationRecord, AnnotationScope, ArticleRecord, FindingDetail, Settings, TaskRecord } from './records';

/** Bounds that keep one message from filling the store: generous for real pages, fatal for floods. */
const MAX_URL = 8_192;
const MAX_SHORT_TEXT = 2_000;
const MAX_LONG_TEXT = 100_000;
const MAX_ARTICLE_TEXT = 5_000_000;
const MAX_LIST = 200;

export const idSchema = v.pipe(v.string(), v.minLength(1), v.maxLength(200));
export const timestampSchema = v.pipe(v.number(), v.integer(), v.minValue(0));
const offsetSchema = v.pipe(v.number(), v.integer(), v.minValue(0));
const shortText = v.pipe(v.string(), v.maxLength(MAX_SHORT_TEXT));
export const longTextSchema = v.pipe(v.string(), v.maxLength(MAX_LONG_TEXT));
const longText = longTextSchema;
export const anchoringVersionSchema = v.pipe(v.number(), v.integer(), v.minValue(1));
const nullableShortText = v.nullable(shortText);

export const pageUrlSchema = v.pipe(
  v.string(),
  v.maxLength(MAX_URL),
  v.url(),
  v.check((url) => /^https?:\/\//i.test(url), 'must be an http(s) URL'),
);

export const deadlineSchema = v.nullable(
  v.pipe(
    v.string(),
    v.check(
      isDeadlineIso,
      'must be an ISO day, month, quarter, half year or year ("2023-01-15", "2023-08", "2021-Q2", "2024-H1", "2023")',
    ),
  ),
);

export const taskStatusSchema = v.picklist(TASK_STATUSES);
export const highlightColorSchema = v.picklist(HIGHLIGHT_COLORS);
export const annotationKindSchema = v.picklist(ANNOTATION_KINDS);
export const findingKindSchema = v.picklist(FINDING_KINDS);
export const tagsSchema = v.pipe(v.array(v.pipe(v.string(), v.maxLength(200))), v.maxLength(MAX_LIST));
const namesSchema = v.pipe(v.array(shortText), v.maxLength(MAX_LIST));

const spanEntries = { text: longText, start: offsetSchema, end: offsetSchema };

// Each shape of the engine's findings and of the selectors, as entries: the messages take them as
// `v.object` (unknown keys dropped), a backup as `v.strictObject` (a key from a newer GovMark is
// reported, not dropped: utils/export/backup.ts).
const figureEntries = {
  ...spanEntries,
  kind: v.picklist(FIGURE_KINDS),
  value: v.number(),
  unit: nullableShortText,
  vnd: v.nullable(v.number()),
  qualifier: nullableShortText,
  numerator: v.optional(v.number()),
  denominator: v.optional(v.number()),
};

const documentEntries = {
  ...spanEntries,
  docType: shortText,
  symbol: shortText,
  number: nullableShortText,
  date: nullableShortText,
  issuer: nullableShortText,
};

const dateMentionEntries = {
  ...spanEntries,
  iso: shortText,
  deadline: v.boolean(),
};

const directiveEntries = {
  ...spanEntries,
  issuer: nullableShortText,
  assignees: namesSchema,
  deadline: nullableShortText,
  // Stored as the engine wrote it; only a tracked task's own deadline must be a known form.
  deadlineIso: nullableShortText,
};

/** A document reference and a directive as a visit sends them for the register (messages). */
export const documentSchema = v.object(documentEntries) satisfies v.GenericSchema<DocumentRef>;
export const directiveSchema = v.object(directiveEntries) satisfies v.GenericSchema<Directive>;

export const findingDetailSchema = v.nullable(
  v.variant('kind', [
    v.object({ kind: v.literal('figure'), figure: v.object(figureEntries) satisfies v.GenericSchema<Figure> }),
    v.object({
      kind: v.literal('document'),
      document: v.object(documentEntries) satisfies v.GenericSchema<DocumentRef>,
    }),
    v.object({ kind: v.literal('date'), date: v.object(dateMentionEntries) satisfies v.GenericSchema<DateMention> }),
    v.object({
      kind: v.literal('directive'),
      directive: v.object(directiveEntries) satisfies v.GenericSchema<Directive>,
    }),
  ]),
) satisfies v.GenericSchema<FindingDetail | null>;

/** The same findings, refusing any key they do not list (backups). */
export const strictFindingDetailSchema = v.nullable(
  v.variant('kind', [
    v.strictObject({ kind: v.literal('figure'), figure: v.strictObject(figureEntries) }),
    v.strictObject({ kind: v.literal('document'), document: v.strictObject(documentEntries) }),
    v.strictObject({ kind: v.literal('date'), date: v.strictObject(dateMentionEntries) }),
    v.strictObject({ kind: v.literal('directive'), directive: v.strictObject(directiveEntries) }),
  ]),
) satisfies v.GenericSchema<FindingDetail | null>;

export const annotationScopeSchema = v.picklist(['article', 'page']) satisfies v.GenericSchema<AnnotationScope>;

const quoteSelectorEntries = {
  type: v.literal('TextQuoteSelector'),
  exact: longText,
  prefix: v.optional(shortText),
  suffix: v.optional(shortText),
};
const positionSelectorEntries = { type: v.literal('TextPositionSelector'), start: offsetSchema, end: offsetSchema };
const START_AFTER_END = 'start must not be after end';

export const selectorsSchema = v.pipe(
  v.array(
    v.variant('type', [
      v.object(quoteSelectorEntries) satisfies v.GenericSchema<TextQuoteSelector>,
      v.pipe(
        v.object(positionSelectorEntries),
        v.check((selector) => selector.start <= selector.end, START_AFTER_END),
      ) satisfies v.GenericSchema<TextPositionSelector>,
    ]),
  ),
  v.minLength(1),
  v.maxLength(10),
);

/** The same selectors, refusing any key they do not list (backups). */
export const strictSelectorsSchema = v.pipe(
  v.array(
    v.variant('type', [
      v.strictObject(quoteSelectorEntries) satisfies v.GenericSchema<TextQuoteSelector>,
      v.pipe(
        v.strictObject(positionSelectorEntries),
        v.check((selector) => selector.start <= selector.end, START_AFTER_END),
      ) satisfies v.GenericSchema<TextPositionSelector>,
    ]),
  ),
  v.minLength(1),
  v.maxLength(10),
);

const hostSchema = v.pipe(v.string(), v.regex(/^[a-z0-9.-]+$/i, 'must be a host name'), v.maxLength(253));

export const settingsSchema = v.object({
  hiddenKinds: v.pipe(v.array(findingKindSchema), v.maxLength(10)),
  alwaysOnSites: v.pipe(v.array(hostSchema), v.maxLength(1_000)),
  language: v.picklist(['auto', 'vi', 'en']),
  csvDialect: v.nullable(v.picklist(['comma', 'semicolon'])),
  reminders: v.object({
    dayDeadlines: v.boolean(),
    periodDeadlines: v.boolean(),
    leadDays: v.picklist(REMINDER_LEAD_DAYS),
  }),
}) satisfies v.GenericSchema<Settings>;

export const articleRecordSchema = v.object({
  url: pageUrlSchema,
  title: nullableShortText,
  site: v.pipe(v.string(), v.maxLength(253)),
  province: nullableShortText,
  published: nullableShortText,
  firstVisit: timestampSchema,
  lastVisit: timestampSchema,
  textSnapshot: v.pipe(v.string(), v.maxLength(MAX_ARTICLE_TEXT)),
  isArticle: v.boolean(),
}) satisfies v.GenericSchema<ArticleRecord>;

/** A revision as messages and files carry it; files made before revisions have none (the first). */
const revisionSchema = v.optional(v.pipe(v.number(), v.integer(), v.minValue(FIRST_REVISION)), FIRST_REVISION);

/** An annotation as messages and files carry it: `revision` may be absent (a backup made before revisions). */
export type AnnotationRecordInput = Omit<AnnotationRecord, 'revision'> & { revision?: number };

export const annotationRecordSchema = v.object({
  id: idSchema,
  articleUrl: pageUrlSchema,
  selectors: selectorsSchema,
  anchoringVersion: anchoringVersionSchema,
  quote: longText,
  kind: annotationKindSchema,
  color: highlightColorSchema,
  tags: tagsSchema,
  note: longText,
  finding: findingDetailSchema,
  scope: v.optional(annotationScopeSchema),
  created: timestampSchema,
  updated: timestampSchema,
  revision: revisionSchema,
}) satisfies v.GenericSchema<AnnotationRecordInput, AnnotationRecord>;

/** A task as messages and files carry it: `due` may be absent and is derived again, `revision` may be absent. */
export type TaskRecordInput = Omit<TaskRecord, 'due' | 'revision'> & { due?: string; revision?: number };

const taskRecordEntries = {
  id: idSchema,
  articleUrl: pageUrlSchema,
  annotationId: idSchema,
  text: longText,
  issuer: nullableShortText,
  assignees: namesSchema,
  deadline: deadlineSchema,
  status: taskStatusSchema,
  notes: longText,
  statusHistory: v.array(v.object({ status: taskStatusSchema, at: timestampSchema })),
  site: v.pipe(v.string(), v.maxLength(253)),
  province: nullableShortText,
  created: timestampSchema,
  updated: timestampSchema,
  due: v.optional(v.string()),
  revision: revisionSchema,
};

const toStoredTask = v.transform(
  (task: v.InferOutput<v.ObjectSchema<typeof taskRecordEntries, undefined>>): TaskRecord => ({
    ...task,
    due: dueKey(task.deadline),
  }),
);

export const taskRecordSchema = v.pipe(v.object(taskRecordEntries), toStoredTask) satisfies v.GenericSchema<
  TaskRecordInput,
  TaskRecord
>;

/**
 * The record schemas refusing keys they do not list, for files: a backup from a newer GovMark
 * whose records carry a field this version lacks is refused with that field's name, not
 * imported with the field silently dropped. (Messages use the stripping schemas above.)
 */
export const strictArticleRecordSchema = v.strictObject(articleRecordSchema.entries);
export const strictTaskRecordSchema = v.pipe(v.strictObject(taskRecordEntries), toStoredTask);
