// analyze(): from a page's or an article's text to all findings. The text is normalised
// (NFC, canonical tone placement) for the finders; every offset is reported on the NFC form
// of the input, so `nfc.slice(start, end) === text` holds for each finding.

import { readArticle } from './article.ts';
import { dateConfidence, directiveConfidence, documentConfidence, figureConfidence } from './confidence.ts';
import { findDates } from './dates.ts';
import { findDirectives } from './directives.ts';
import { findDocuments } from './documents.ts';
import { findFigures } from './figures.ts';
import { normaliseText } from './normalise.ts';
import type { TextRange } from './sentences.ts';
import { proposeTasks } from './tasks.ts';
import { type RuleName, trace } from './rules.ts';
import type { Analysis, Span } from './types.ts';

export interface AnalyzeTextOptions {
  url?: string | null;
  title?: string | null;
  published?: string | null;
  /** true when the text is already only the article (from Readability): no furniture zoning */
  articleOnly?: boolean;
  /**
   * The caller knows the text is article content (an excerpt of a report, or a reader asking
   * to analyse a page anyway): findings are extracted whatever the page classifier says, and
   * `article.reason` tells that the verdict was the caller's.
   */
  asArticle?: boolean;
}

/** Keep findings that lie inside an article zone; zones and findings are both sorted by start. */
function insideZones<T extends Span>(findings: readonly T[], zones: readonly TextRange[]): T[] {
  const sorted = [...findings].sort((a, b) => a.start - b.start);
  const kept: T[] = [];
  let z = 0;
  for (const finding of sorted) {
    while (z < zones.length && zones[z].end <= finding.start) z++;
    if (z < zones.length && zones[z].start <= finding.start && finding.end <= zones[z].end) kept.push(finding);
  }
  return kept;
}

/** A finding with the rule that made it (directives name theirs as they are read). */
function traced<T extends Span & { rules?: unknown }>(finding: T, rule: RuleName): T {
  return finding.rules ? finding : { ...finding, rules: [trace(rule)] };
}

/** Re-point a finding at the NFC text: offsets through the normaliser's map, text re-sliced. */
function onNfc<T extends Span>(finding: T, nfc: string, toNfc: (i: number) => number): T {
  const start = toNfc(finding.start);
  const end = toNfc(finding.end);
  return { ...finding, start, end, text: nfc.slice(start, end) };
}

export function analyzeText(raw: string, opts: AnalyzeTextOptions = {}): Analysis {
  const nfc = raw.normalize('NFC');
  const { text, toRaw } = normaliseText(nfc);
  const reading = readArticle(text, opts);
  // The headline as written (the reading saw it with canonical tone marks).
  const title = reading.titleSpan
    ? nfc.slice(toRaw(reading.titleSpan.start), toRaw(reading.titleSpan.end))
    : reading.info.title;
  const article = opts.asArticle
    ? { ...reading.info, title, isArticle: true, reason: 'taken as an article by the caller' }
    : { ...reading.info, title };
  // A listing, a home page or an off-topic page has no article content: its teasers and
  // sidebars are not the findings of any one article (labeling guide, "article").
  if (!article.isArticle)
    return { article, text: nfc, figures: [], documents: [], dates: [], directives: [], tasks: [] };
  const scan = { year: reading.year };
  const zones = reading.zones;
  const dates = insideZones(findDates(text, scan), zones);
  const figures = insideZones(findFigures(text, scan), zones);
  const documents = insideZones(findDocuments(text, scan), zones);
  const directives = findDirectives(text, zones, dates, nfc, article.published);
  const toNfc = (i: number): number => toRaw(i);
  const source = { url: opts.url ?? null, title };
  const nfcDirectives = directives.map((d) => {
    const directive = onNfc(d, nfc, toNfc);
    return { ...directive, confidence: directiveConfidence(directive) };
  });
  const withConfidence = <T extends Span>(finding: T, of: (f: T) => number): T => ({
    ...finding,
    confidence: of(finding),
  });
  return {
    article,
    text: nfc,
    figures: figures.map((f) =>
      withConfidence(traced(onNfc(f, nfc, toNfc), 'figure.number-and-noun'), figureConfidence),
    ),
    documents: documents.map((d) =>
      withConfidence(traced(onNfc(d, nfc, toNfc), 'document.type-and-number'), documentConfidence),
    ),
    dates: dates.map((d) =>
      withConfidence(traced(onNfc(d, nfc, toNfc), d.deadline ? 'date.deadline' : 'date.calendar'), dateConfidence),
    ),
    directives: nfcDirectives,
    tasks: proposeTasks(nfcDirectives, source),
  };
}
