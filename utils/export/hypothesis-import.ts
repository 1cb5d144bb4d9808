// Reads the JSON file the Hypothesis client exports (its sidebar's "Export annotations": an
// object with export_date, export_userid, client_version and its API annotations), or the
// Hypothesis API's search answer ({total, rows}: how Hypothesis saved its own anchoring
// baselines, and what a reader fetching their annotations by script gets), into GovMark
// annotations. Each keeps its note (`text`), tags, page (`uri`) and time (`created`); its quote
// and context come from the TextQuoteSelector. A TextPositionSelector is kept as a hint only:
// Hypothesis counts `textContent` (script and noscript text included), GovMark's text model does
// not, and anchoring places a position only where the quote and its context are found there.
// Hypothesis describes a passage in the whole document, so an imported annotation is placed in
// the page's text (scope 'page'), never only in the article GovMark recognises: a note on the
// heading or the footer would otherwise be an orphan on a page read as an article.
// RangeSelector XPaths name the other page model's nodes and are checked, not kept. Replies and
// page notes (no quote) have no passage to mark and are counted, not imported. As with a
// GovMark backup, the whole file is checked first: a malformed one yields a message, no records.
import * as v from 'valibot';
import { ANCHORING_VERSION, type Selector } from '../anchoring/types';
import { normaliseNote, normaliseTags } from '../storage/annotation-queries';
import type { AnnotationRecord } from '../model/records';
import { FIRST_REVISION } from '../model/revision';
import type { ImportError } from './backup';
import { canonicalUrl } from '../model/canonical-url';

/** Imported ids are the Hypothesis ids under this prefix, so importing a file again merges. */
export const HYPOTHESIS_ID_PREFIX = 'hypothesis:';

const MAX_TEXT = 100_000;
const isoTimestamp = v.pipe(
  v.string(),
  v.check((value) => Number.isFinite(Date.parse(value)), 'not a date'),
);

const quoteSelectorSchema = v.object({
  type: v.literal('TextQuoteSelector'),
  exact: v.pipe(v.string(), v.minLength(1), v.maxLength(MAX_TEXT)),
  prefix: v.optional(v.pipe(v.string(), v.maxLength(2_000))),
  suffix: v.optional(v.pipe(v.string(), v.maxLength(2_000))),
});
const positionSelectorSchema = v.pipe(
  v.object({
    type: v.literal('TextPositionSelector'),
    start: v.pipe(v.number(), v.integer(), v.minValue(0)),
    end: v.pipe(v.number(), v.integer(), v.minValue(0)),
  }),
  v.check((selector) => selector.start <= selector.end, 'start must not be after end'),
);
const rangeSelectorSchema = v.object({
  type: v.literal('RangeSelector'),
  startContainer: v.string(),
  startOffset: v.pipe(v.number(), v.integer(), v.minValue(0)),
  endContainer: v.string(),
  endOffset: v.pipe(v.number(), v.integer(), v.minValue(0)),
});
/** Selector types GovMark does not read (e.g. EPUB or PDF ones) are allowed and left aside. */
const otherSelectorSchema = v.looseObject({
  type: v.pipe(
    v.string(),
    v.check(
      (type) => !['TextQuoteSelector', 'TextPositionSelector', 'RangeSelector'].includes(type),
      'a known selector type with the wrong fields',
    ),
  ),
});

const hypothesisAnnotationSchema = v.looseObject({
  id: v.pipe(v.string(), v.minLength(1), v.maxLength(150)),
  created: isoTimestamp,
  updated: v.optional(isoTimestamp),
  uri: v.pipe(v.string(), v.maxLength(8_192)),
  text: v.optional(v.pipe(v.string(), v.maxLength(MAX_TEXT)), ''),
  tags: v.optional(v.pipe(v.array(v.pipe(v.string(), v.maxLength(200))), v.maxLength(200)), []),
  references: v.optional(v.array(v.string()), []),
  target: v.array(
    v.looseObject({
      source: v.optional(v.string()),
      selector: v.optional(
        v.array(v.union([quoteSelectorSchema, positionSelectorSchema, rangeSelectorSchema, otherSelectorSchema])),
      ),
    }),
  ),
});

type HypothesisAnnotation = v.InferOutput<typeof hypothesisAnnotationSchema>;

const hypothesisExportSchema = v.looseObject({
  export_date: isoTimestamp,
  export_userid: v.optional(v.string()),
  client_version: v.optional(v.string()),
  annotations: v.pipe(v.array(hypothesisAnnotationSchema), v.maxLength(1_000_000)),
});

const hypothesisSearchSchema = v.looseObject({
  total: v.pipe(v.number(), v.integer(), v.minValue(0)),
  rows: v.pipe(v.array(hypothesisAnnotationSchema), v.maxLength(1_000_000)),
});

export interface HypothesisImport {
  annotations: AnnotationRecord[];
  /** Replies and page notes: no passage of their own, so nothing to mark. */
  skipped: number;
}

export type ParsedHypothesis = { ok: true; data: HypothesisImport } | { ok: false; error: ImportError };

/** Whether parsed JSON looks like a Hypothesis export or API search answer (so the import reads it as one). */
export function isHypothesisExport(json: unknown): boolean {
  if (typeof json !== 'object' || json === null) return false;
  return ('export_date' in json && 'annotations' in json) || isSearchAnswer(json);
}

function isSearchAnswer(json: object): boolean {
  return 'total' in json && 'rows' in json && !('export_date' in json);
}

function damaged(path: string, detail: string): ImportError {
  return {
    vi: `Tệp xuất của Hypothesis bị hỏng: giá trị tại “${path}” không hợp lệ (${detail}). Thư viện không thay đổi.`,
    en: `The Hypothesis export is damaged: the value at “${path}” is not valid (${detail}). Your library was not changed.`,
    path,
  };
}

const NOT_HTTP: (path: string) => ImportError = (path) => damaged(path, 'not an http(s) page address');

export function parseHypothesisExport(json: unknown, now: number = Date.now()): ParsedHypothesis {
  const fromSearch = typeof json === 'object' && json !== null && isSearchAnswer(json);
  const listName = fromSearch ? 'rows' : 'annotations';
  const result = fromSearch
    ? v.safeParse(
        v.pipe(
          hypothesisSearchSchema,
          v.transform((answer) => answer.rows),
        ),
        json,
      )
    : v.safeParse(
        v.pipe(
          hypothesisExportSchema,
          v.transform((exported) => exported.annotations),
        ),
        json,
      );
  if (!result.success) {
    const issue = result.issues[0];
    return { ok: false, error: damaged(v.getDotPath(issue) ?? '', issue.message) };
  }
  const items: HypothesisAnnotation[] = result.output;
  const annotations: AnnotationRecord[] = [];
  const seen = new Set<string>();
  let skipped = 0;
  for (const [index, item] of items.entries()) {
    const path = `${listName}.${index}`;
    if (seen.has(item.id)) return { ok: false, error: damaged(`${path}.id`, `"${item.id}" appears twice`) };
    seen.add(item.id);
    const target = item.target[0];
    const selectors = target?.selector ?? [];
    const quote = selectors.find((selector) => selector.type === 'TextQuoteSelector') as
      | v.InferOutput<typeof quoteSelectorSchema>
      | undefined;
    if (item.references.length > 0 || !quote) {
      skipped += 1;
      continue;
    }
    const url = pageUrl(target?.source ?? item.uri);
    if (!url) return { ok: false, error: NOT_HTTP(`${path}.uri`) };
    const position = selectors.find((selector) => selector.type === 'TextPositionSelector') as
      | v.InferOutput<typeof positionSelectorSchema>
      | undefined;
    const kept: Selector[] = [
      {
        type: 'TextQuoteSelector',
        exact: quote.exact.normalize('NFC'),
        ...(quote.prefix !== undefined && { prefix: quote.prefix.normalize('NFC') }),
        ...(quote.suffix !== undefined && { suffix: quote.suffix.normalize('NFC') }),
      },
      ...(position ? [{ type: 'TextPositionSelector' as const, start: position.start, end: position.end }] : []),
    ];
    const note = normaliseNote(item.text);
    const created = Date.parse(item.created);
    annotations.push({
      id: `${HYPOTHESIS_ID_PREFIX}${item.id}`,
      articleUrl: url,
      selectors: kept,
      anchoringVersion: ANCHORING_VERSION,
      quote: quote.exact.normalize('NFC'),
      kind: note === '' ? 'highlight' : 'note',
      color: 'yellow',
      tags: normaliseTags(item.tags),
      note,
      finding: null,
      scope: 'page',
      created: Math.min(created, now),
      updated: item.updated ? Date.parse(item.updated) : created,
      revision: FIRST_REVISION,
    });
  }
  return { ok: true, data: { annotations, skipped } };
}

/** The page's address as GovMark keys it (no fragment or tracking parameters), or null when not http(s). */
function pageUrl(raw: string): string | null {
  if (!URL.canParse(raw)) return null;
  const { protocol } = new URL(raw);
  if (protocol !== 'http:' && protocol !== 'https:') return null;
  return canonicalUrl(raw);
}
