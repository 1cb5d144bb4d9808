// Valibot schemas of the register's records (./register-records.ts), for the backup file: a
// damaged register in a file is refused with the rest, as for the other records. Strict like the
// backup's other records: a key they do not list can only come from a newer GovMark.
import * as v from 'valibot';
import type { CitationRecord, DocumentRecord, FollowUpRecord } from './register-records';
import { FOLLOW_UP_STATES } from './register-records';
import { pageUrlSchema, selectorsSchema, timestampSchema } from './schemas';

const MAX_TEXT = 2_000;
const text = v.pipe(v.string(), v.maxLength(MAX_TEXT));
const nullableText = v.nullable(text);
const key = v.pipe(v.string(), v.minLength(1), v.maxLength(10_000));
const count = v.pipe(v.number(), v.integer(), v.minValue(0));
const score = v.pipe(v.number(), v.minValue(0), v.maxValue(1));

export const documentRecordSchema = v.strictObject({
  key,
  symbolKey: key,
  year: v.nullable(v.pipe(v.number(), v.integer(), v.minValue(1900), v.maxValue(2200))),
  national: v.boolean(),
  docType: text,
  symbol: text,
  number: nullableText,
  date: nullableText,
  issuer: nullableText,
  provinces: v.pipe(v.array(text), v.maxLength(200)),
  articleCount: count,
  citationCount: count,
  firstSeen: timestampSchema,
  lastSeen: timestampSchema,
  searchText: v.pipe(v.string(), v.maxLength(10_000)),
}) satisfies v.GenericSchema<DocumentRecord>;

export const citationRecordSchema = v.strictObject({
  id: key,
  documentKey: key,
  articleUrl: pageUrlSchema,
  title: nullableText,
  site: v.pipe(v.string(), v.maxLength(253)),
  province: nullableText,
  published: nullableText,
  seen: timestampSchema,
  quote: text,
  passage: text,
  selectors: selectorsSchema,
}) satisfies v.GenericSchema<CitationRecord>;

export const followUpRecordSchema = v.strictObject({
  id: key,
  taskId: key,
  articleUrl: pageUrlSchema,
  title: nullableText,
  site: v.pipe(v.string(), v.maxLength(253)),
  published: nullableText,
  reason: v.picklist(['same-document', 'same-matter']),
  score,
  text: v.pipe(v.string(), v.maxLength(100_000)),
  selectors: selectorsSchema,
  state: v.picklist(FOLLOW_UP_STATES),
  created: timestampSchema,
  decided: v.nullable(timestampSchema),
}) satisfies v.GenericSchema<FollowUpRecord>;

/** The register as a backup carries it. */
export const registerBackupSchema = v.strictObject({
  documents: v.array(documentRecordSchema),
  citations: v.array(citationRecordSchema),
  followUps: v.array(followUpRecordSchema),
});

export type RegisterBackup = v.InferOutput<typeof registerBackupSchema>;
