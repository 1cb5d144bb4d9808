// The shape of a GovMark backup file, as valibot schemas (strict: a key they do not list is
// refused by name, since it can only come from a newer GovMark and would be lost silently): the W3C Web Annotation collection
// (https://www.w3.org/TR/annotation-model/) with GovMark's own fields under a `govmark` key,
// and the articles and tasks beside it. The records inside are checked by the same schemas as
// the messages that carry them (utils/model/schemas.ts), so a file that parses here also passes
// the background's check when it is imported. The file's types are inferred from these schemas.
import * as v from 'valibot';
import { registerBackupSchema } from '../model/register-schemas';
import {
  annotationKindSchema,
  annotationScopeSchema,
  anchoringVersionSchema,
  strictArticleRecordSchema,
  strictFindingDetailSchema,
  highlightColorSchema,
  longTextSchema,
  pageUrlSchema,
  strictSelectorsSchema,
  strictTaskRecordSchema,
} from '../model/schemas';
import { FIRST_REVISION } from '../model/revision';

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

const isoTimestamp = v.pipe(v.string(), v.isoTimestamp());

const TextualBodySchema = v.strictObject({
  type: v.literal('TextualBody'),
  value: longTextSchema,
  purpose: v.picklist(['commenting', 'tagging']),
  format: v.optional(v.literal('text/plain')),
});

const AnnotationItemSchema = v.strictObject({
  id: v.pipe(v.string(), v.regex(/^urn:(uuid|govmark:annotation):./)),
  type: v.literal('Annotation'),
  motivation: v.picklist(['highlighting', 'commenting', 'tagging', 'classifying']),
  body: v.optional(
    v.pipe(
      v.array(TextualBodySchema),
      v.check((bodies) => bodies.filter((body) => body.purpose === 'commenting').length <= 1, 'more than one note'),
    ),
  ),
  target: v.strictObject({ source: pageUrlSchema, selector: strictSelectorsSchema }),
  created: isoTimestamp,
  modified: isoTimestamp,
  govmark: v.strictObject({
    kind: annotationKindSchema,
    color: highlightColorSchema,
    quote: longTextSchema,
    finding: strictFindingDetailSchema,
    anchoringVersion: anchoringVersionSchema,
    /** Absent in backups made before revisions (schema version 4). */
    revision: v.optional(v.pipe(v.number(), v.integer(), v.minValue(FIRST_REVISION)), FIRST_REVISION),
    scope: v.optional(annotationScopeSchema),
  }),
});

export const BackupSchema = v.strictObject({
  '@context': v.pipe(
    v.array(v.unknown()),
    v.check((context) => context.includes(ANNOTATION_CONTEXT), 'not a Web Annotation context'),
  ),
  type: v.literal('AnnotationCollection'),
  generator: v.literal(BACKUP_GENERATOR),
  version: v.literal(BACKUP_VERSION),
  created: isoTimestamp,
  items: v.array(AnnotationItemSchema),
  govmark: v.strictObject({
    articles: v.array(strictArticleRecordSchema),
    tasks: v.array(strictTaskRecordSchema),
    register: v.optional(registerBackupSchema),
  }),
});

export type AnnotationItem = v.InferOutput<typeof AnnotationItemSchema>;
export type BackupFile = v.InferOutput<typeof BackupSchema>;
