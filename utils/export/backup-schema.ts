// The shape of a GovMark backup file, as valibot schemas: the W3C Web Annotation collection
// (https://www.w3.org/TR/annotation-model/) with GovMark's own fields under a `govmark` key,
// and the articles and tasks beside it. The file's types are inferred from these schemas so
// the writer and the validator cannot drift apart.
import * as v from 'valibot';

export const ANNOTATION_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';
export const BACKUP_GENERATOR = 'GovMark';
export const BACKUP_VERSION = 1;

/**
 * `govmark` values are plain JSON (`@type: @json`), so a JSON-LD processor keeps them as
 * literals instead of reading their keys as properties.
 */
export const GOVMARK_CONTEXT = {
  govmark: { '@id': 'urn:govmark:terms#data', '@type': '@json' },
} as const;

const timestamp = v.pipe(v.number(), v.finite());
const isoTimestamp = v.pipe(v.string(), v.isoTimestamp());
const offset = v.pipe(v.number(), v.integer(), v.minValue(0));
const nullableString = v.nullable(v.string());

const SelectorSchema = v.variant('type', [
  v.object({
    type: v.literal('TextQuoteSelector'),
    exact: v.string(),
    prefix: v.optional(v.string()),
    suffix: v.optional(v.string()),
  }),
  v.object({ type: v.literal('TextPositionSelector'), start: offset, end: offset }),
]);

const span = { text: v.string(), start: offset, end: offset };

const FigureSchema = v.object({
  ...span,
  kind: v.picklist(['percent', 'money', 'quantity', 'ratio']),
  value: v.pipe(v.number(), v.finite()),
  unit: nullableString,
  vnd: v.nullable(v.number()),
  qualifier: nullableString,
  numerator: v.optional(v.number()),
  denominator: v.optional(v.number()),
});

const FindingSchema = v.variant('kind', [
  v.object({ kind: v.literal('figure'), figure: FigureSchema }),
  v.object({
    kind: v.literal('document'),
    document: v.object({
      ...span,
      docType: v.string(),
      symbol: v.string(),
      number: nullableString,
      date: nullableString,
      issuer: nullableString,
    }),
  }),
  v.object({ kind: v.literal('date'), date: v.object({ ...span, iso: v.string(), deadline: v.boolean() }) }),
  v.object({
    kind: v.literal('directive'),
    directive: v.object({
      ...span,
      issuer: nullableString,
      assignees: v.array(v.string()),
      deadline: nullableString,
      deadlineIso: nullableString,
    }),
  }),
]);

export const ArticleSchema = v.object({
  url: v.string(),
  title: nullableString,
  site: v.string(),
  province: nullableString,
  published: nullableString,
  firstVisit: timestamp,
  lastVisit: timestamp,
  textSnapshot: v.string(),
  isArticle: v.boolean(),
});

const TaskStatusSchema = v.picklist(['open', 'in-progress', 'done', 'dropped']);

export const TaskSchema = v.object({
  id: v.string(),
  articleUrl: v.string(),
  annotationId: v.string(),
  text: v.string(),
  issuer: nullableString,
  assignees: v.array(v.string()),
  deadline: nullableString,
  status: TaskStatusSchema,
  notes: v.string(),
  statusHistory: v.array(v.object({ status: TaskStatusSchema, at: timestamp })),
  site: v.string(),
  province: nullableString,
  created: timestamp,
  updated: timestamp,
});

const TextualBodySchema = v.object({
  type: v.literal('TextualBody'),
  value: v.string(),
  purpose: v.picklist(['commenting', 'tagging']),
  format: v.optional(v.literal('text/plain')),
});

export const AnnotationItemSchema = v.object({
  id: v.pipe(v.string(), v.regex(/^urn:(uuid|govmark:annotation):./)),
  type: v.literal('Annotation'),
  motivation: v.picklist(['highlighting', 'commenting', 'tagging', 'classifying']),
  body: v.optional(
    v.pipe(
      v.array(TextualBodySchema),
      v.check((bodies) => bodies.filter((body) => body.purpose === 'commenting').length <= 1, 'more than one note'),
    ),
  ),
  target: v.object({ source: v.string(), selector: v.array(SelectorSchema) }),
  created: isoTimestamp,
  modified: isoTimestamp,
  govmark: v.object({
    kind: v.picklist(['highlight', 'note', 'figure', 'document', 'date', 'directive']),
    color: v.picklist(['yellow', 'green', 'blue', 'pink', 'purple']),
    quote: v.string(),
    finding: v.nullable(FindingSchema),
    anchoringVersion: v.pipe(v.number(), v.integer()),
  }),
});

export const BackupSchema = v.object({
  '@context': v.pipe(
    v.array(v.unknown()),
    v.check((context) => context.includes(ANNOTATION_CONTEXT), 'not a Web Annotation context'),
  ),
  type: v.literal('AnnotationCollection'),
  generator: v.literal(BACKUP_GENERATOR),
  version: v.literal(BACKUP_VERSION),
  created: isoTimestamp,
  items: v.array(AnnotationItemSchema),
  govmark: v.object({ articles: v.array(ArticleSchema), tasks: v.array(TaskSchema) }),
});

export type AnnotationItem = v.InferOutput<typeof AnnotationItemSchema>;
export type BackupFile = v.InferOutput<typeof BackupSchema>;
