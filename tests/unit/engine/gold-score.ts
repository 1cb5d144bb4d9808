// Scoring the engine against gold files (labeling guide form): precision, recall and F1 per
// kind, with the matching rules of issue 3 — a figure matches when the spans overlap and the
// values agree, documents, dates and directives when the spans overlap (one-to-one, greedy in
// text order) — plus how often matched directives carry the right assignees and deadline.

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { corpusDir, webCorpusDir } from '../../../scripts/lib/shared-corpus.ts';
import { analyzeText } from '../../../utils/engine/analyze.ts';
import type {
  Analysis,
  ArticleInfo,
  DateMention,
  Directive,
  DocumentRef,
  Figure,
  Span,
} from '../../../utils/engine/types.ts';

export interface GoldArticle {
  isArticle: boolean;
  province: string | null;
  published: string | null;
  title: string | null;
}

export interface Gold {
  id?: string;
  /** An excerpt of a report (the web corpus), not a whole page: extraction is scored with it taken as an article. */
  excerpt?: boolean;
  article: GoldArticle;
  figures: Figure[];
  documents: DocumentRef[];
  dates: DateMention[];
  directives: Directive[];
}

export interface GoldCase {
  name: string;
  /** The page's address as the gold records it (real pages), else null. */
  source?: string | null;
  text: string;
  gold: Gold;
}

export interface Counts {
  gold: number;
  found: number;
  matched: number;
}

export interface ArticleScore {
  name: string;
  figures: Counts;
  documents: Counts;
  dates: Counts;
  directives: Counts;
  /** Matched directives with the right assignees / deadline. */
  assigneesRight: number;
  deadlinesRight: number;
  isArticleRight: boolean;
  /** Province right on a page the gold calls an article; null on negatives (not counted). */
  provinceRight: boolean | null;
}

const repoRoot = path.resolve(import.meta.dirname, '../../..');

export const SEEDS_DIR = (): string => corpusDir('seeds');
export const REAL_DIR = (): string => corpusDir('real');
export const OWN_ARTICLES_DIR = path.join(repoRoot, 'tests', 'fixtures', 'articles');
/** Which real pages are for tuning and which are blind (fixed once, see tests/results/). */
export const REAL_SPLIT_FILE = path.join(repoRoot, 'tests', 'results', 'real-split.json');

/** The same split for the web excerpts (ids only; the corpus's own split.json, copied as batches arrive). */
export const WEB_SPLIT_FILE = path.join(repoRoot, 'tests', 'results', 'web-split.json');

export interface RealSplit {
  tuning: string[];
  blind: string[];
}

function readSplit(file: string): RealSplit {
  const split = JSON.parse(readFileSync(file, 'utf8')) as RealSplit;
  return { tuning: [...split.tuning], blind: [...split.blind] };
}

export const readRealSplit = (): RealSplit => readSplit(REAL_SPLIT_FILE);
export const readWebSplit = (): RealSplit => readSplit(WEB_SPLIT_FILE);

/** The scored corpora, each reported on its own (issue 9: composed text is not evidence). */
export type ScoredCorpus = 'seeds' | 'own' | 'real-tuning' | 'real-blind' | 'web-tuning' | 'web-blind';
export const SCORED_CORPORA: readonly ScoredCorpus[] = [
  'seeds',
  'own',
  'real-tuning',
  'real-blind',
  'web-tuning',
  'web-blind',
];
/** Halves whose misses are measured and never inspected. */
export const BLIND_CORPORA: readonly ScoredCorpus[] = ['real-blind', 'web-blind'];
export const isWebCorpus = (corpus: ScoredCorpus): boolean => corpus.startsWith('web-');

export function loadCorpus(corpus: ScoredCorpus): GoldCase[] {
  if (corpus === 'seeds') return loadGoldCases(SEEDS_DIR());
  if (corpus === 'own') return loadGoldCases(OWN_ARTICLES_DIR);
  const web = isWebCorpus(corpus);
  const split = web ? readWebSplit() : readRealSplit();
  const wanted = new Set(BLIND_CORPORA.includes(corpus) ? split.blind : split.tuning);
  const dir = web ? webCorpusDir() : REAL_DIR();
  return dir === null ? [] : loadGoldCases(dir).filter((c) => wanted.has(c.name));
}

/** Items of the web corpus with gold but in neither half of the repository's split (a batch not yet copied in). */
export function unsplitWebItems(): string[] {
  const dir = webCorpusDir();
  if (dir === null) return [];
  const { tuning, blind } = readWebSplit();
  const listed = new Set([...tuning, ...blind]);
  return loadGoldCases(dir)
    .map((c) => c.name)
    .filter((name) => !listed.has(name));
}

// Where the text was copied from a code host, that address is the copy's, not the page's.
const COPY_HOSTS = /(?:^|\.)(?:github\.com|githubusercontent\.com|gitlab\.com|bitbucket\.org)$/iu;

/**
 * The page's own address from a gold `source`, when it is one: a whole http(s) URL (a source
 * that adds a remark, "https://host/ (bài …; URL chính xác không được ghi …)", names no page)
 * not on a code host. Else null, and the page is read without an address.
 */
export function pageAddress(source: string | null | undefined): string | null {
  const candidate = source?.trim() ?? '';
  if (!/^https?:\/\/\S+$/iu.test(candidate)) return null;
  try {
    return COPY_HOSTS.test(new URL(candidate).hostname) ? null : candidate;
  } catch {
    return null;
  }
}

/** A gold case as the engine reads it: the analysis its findings are scored on, and the page's classification. */
export interface CaseReading {
  analysis: Analysis;
  classified: ArticleInfo;
}

/**
 * An excerpt is not a whole page: its findings are extracted with it taken as an article, and
 * the classifier's own verdict on it is scored apart (pages right). A page is analysed as it stands.
 */
export function readCase(c: GoldCase): CaseReading {
  // An excerpt is article text throughout, as Readability's output is: no headline to search
  // for, no menus before it.
  const excerpt = c.gold.excerpt === true;
  // The page's address, as the browser and `analyze --url` give it (host: province, portal).
  const url = pageAddress(c.source);
  const plain = analyzeText(c.text, excerpt ? { url, articleOnly: true } : { url });
  const takeAsArticle = excerpt && c.gold.article.isArticle && !plain.article.isArticle;
  return {
    analysis: takeAsArticle ? analyzeText(c.text, { url, asArticle: true, articleOnly: true }) : plain,
    classified: plain.article,
  };
}

// An excerpt may stop in the middle of a sentence. Its gold leaves that cut-off sentence
// unlabelled, so findings there are neither rewarded nor punished: from the last sentence or
// clause end on, when the excerpt itself does not end with one, both sides are left out.
const ENDS_WITH_SENTENCE = /[.!?…:;”"')\]]\s*$/u;
// A ";"- or ":"-clause is a unit of its own in the gold (guide: ";"-clauses are split), so it ends there too.
const SENTENCE_END = /[.!?…;:](?:[”"')\]]*)\s+/gu;

/** Offset where an excerpt's unfinished last sentence starts (NFC text), or null when it ends whole. */
export function unfinishedTail(text: string): number | null {
  const nfc = text.normalize('NFC');
  if (ENDS_WITH_SENTENCE.test(nfc)) return null;
  let tail = 0;
  for (const end of nfc.matchAll(SENTENCE_END)) tail = end.index + end[0].length;
  // A line break also ends what came before it (a heading, a caption, a paragraph).
  const lastBreak = nfc.trimEnd().lastIndexOf('\n');
  return Math.max(tail, lastBreak + 1);
}

function withoutTail<T extends Span>(spans: readonly T[], tail: number | null): T[] {
  return tail === null ? [...spans] : spans.filter((s) => s.start < tail);
}

/** Analysis and gold with an excerpt's unfinished tail left out of both. */
function scoredParts(c: GoldCase, analysis: Analysis): { analysis: Analysis; gold: Gold } {
  const tail = c.gold.excerpt === true ? unfinishedTail(c.text) : null;
  if (tail === null) return { analysis, gold: c.gold };
  const cut = <T extends Span>(spans: readonly T[]) => withoutTail(spans, tail);
  return {
    analysis: {
      ...analysis,
      figures: cut(analysis.figures),
      documents: cut(analysis.documents),
      dates: cut(analysis.dates),
      directives: cut(analysis.directives),
    },
    gold: {
      ...c.gold,
      figures: cut(c.gold.figures),
      documents: cut(c.gold.documents),
      dates: cut(c.gold.dates),
      directives: cut(c.gold.directives),
    },
  };
}

/** What a case is scored on: the analysis and gold without an excerpt's unfinished tail, and the classifier's verdict. */
export function scoredReading(c: GoldCase): CaseReading & { gold: Gold } {
  const { analysis: read, classified } = readCase(c);
  return { ...scoredParts(c, read), classified };
}

/** A case scored: extraction as readCase reads it, pages right by the classifier's verdict. */
export function scoreCase(c: GoldCase): ArticleScore {
  const { analysis, gold, classified } = scoredReading(c);
  return {
    ...scoreAnalysis(c.name, analysis, gold),
    isArticleRight: classified.isArticle === c.gold.article.isArticle,
  };
}

/** Every `NNN.txt` with its `NNN.gold.json` in a folder. */
export function loadGoldCases(dir: string): GoldCase[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.gold.json') && existsSync(path.join(dir, f.replace(/\.gold\.json$/, '.txt'))))
    .sort()
    .map((f) => {
      const gold = JSON.parse(readFileSync(path.join(dir, f), 'utf8')) as Gold & { source?: string };
      return {
        name: f.replace(/\.gold\.json$/, ''),
        source: gold.source ?? null,
        text: readFileSync(path.join(dir, f.replace(/\.gold\.json$/, '.txt')), 'utf8'),
        gold,
      };
    });
}

const overlaps = (a: Span, b: Span): boolean => a.start < b.end && b.start < a.end;

function valuesAgree(a: number, b: number): boolean {
  return Math.abs(a - b) <= 1e-9 * Math.max(Math.abs(a), Math.abs(b));
}

/** One-to-one matches (found index → gold index), greedy in text order. */
export function matchSpans<F extends Span, G extends Span>(
  found: readonly F[],
  gold: readonly G[],
  agree: (f: F, g: G) => boolean = () => true,
): Map<number, number> {
  const used = new Set<number>();
  const pairs = new Map<number, number>();
  found.forEach((f, i) => {
    const j = gold.findIndex((g, k) => !used.has(k) && overlaps(f, g) && agree(f, g));
    if (j >= 0) {
      used.add(j);
      pairs.set(i, j);
    }
  });
  return pairs;
}

// A list separator left at a name's edge ("Sở Y tế |", "các xã;") is not part of the name.
const EDGE_SEPARATORS = /^[\s|;,]+|[\s|;,]+$/gu;
export const assigneeKey = (name: string): string => name.replace(EDGE_SEPARATORS, '');

const sameSet = (a: readonly string[], b: readonly string[]): boolean => {
  const norm = (xs: readonly string[]) => [...new Set(xs.map(assigneeKey))].sort().join('\u0000');
  return norm(a) === norm(b);
};

export function scoreAnalysis(name: string, analysis: Analysis, gold: Gold): ArticleScore {
  const count = <F extends Span, G extends Span>(
    found: readonly F[],
    golds: readonly G[],
    agree?: (f: F, g: G) => boolean,
  ): Counts => ({
    gold: golds.length,
    found: found.length,
    matched: matchSpans(found, golds, agree).size,
  });
  const directivePairs = matchSpans(analysis.directives, gold.directives);
  let assigneesRight = 0;
  let deadlinesRight = 0;
  for (const [i, j] of directivePairs) {
    const f = analysis.directives[i];
    const g = gold.directives[j];
    if (sameSet(f.assignees, g.assignees)) assigneesRight++;
    if ((f.deadline ?? null) === (g.deadline ?? null)) deadlinesRight++;
  }
  return {
    name,
    figures: count(analysis.figures, gold.figures, (f, g) => valuesAgree(f.value, g.value)),
    documents: count(analysis.documents, gold.documents),
    dates: count(analysis.dates, gold.dates),
    directives: { gold: gold.directives.length, found: analysis.directives.length, matched: directivePairs.size },
    assigneesRight,
    deadlinesRight,
    isArticleRight: analysis.article.isArticle === gold.article.isArticle,
    provinceRight: gold.article.isArticle ? analysis.article.province === gold.article.province : null,
  };
}

export interface KindTotals extends Counts {
  precision: number;
  recall: number;
  f1: number;
}

export function totals(counts: readonly Counts[]): KindTotals {
  const sum = counts.reduce(
    (a, c) => ({ gold: a.gold + c.gold, found: a.found + c.found, matched: a.matched + c.matched }),
    { gold: 0, found: 0, matched: 0 },
  );
  const precision = sum.found === 0 ? (sum.gold === 0 ? 1 : 0) : sum.matched / sum.found;
  const recall = sum.gold === 0 ? 1 : sum.matched / sum.gold;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { ...sum, precision, recall, f1 };
}

export const KINDS = ['figures', 'documents', 'dates', 'directives'] as const;

/** Table rows per kind (for console.table) over a set of article scores. */
export function scoreTable(scores: readonly ArticleScore[]): Record<string, Record<string, number | string>> {
  const table: Record<string, Record<string, number | string>> = {};
  const round = (x: number) => Math.round(x * 1000) / 1000;
  for (const kind of KINDS) {
    const t = totals(scores.map((s) => s[kind]));
    table[kind] = {
      gold: t.gold,
      found: t.found,
      matched: t.matched,
      precision: round(t.precision),
      recall: round(t.recall),
      f1: round(t.f1),
    };
  }
  const matched = scores.reduce((a, s) => a + s.directives.matched, 0);
  table['directive assignees right'] = {
    matched,
    right: scores.reduce((a, s) => a + s.assigneesRight, 0),
    share: round(matched ? scores.reduce((a, s) => a + s.assigneesRight, 0) / matched : 1),
  };
  table['directive deadlines right'] = {
    matched,
    right: scores.reduce((a, s) => a + s.deadlinesRight, 0),
    share: round(matched ? scores.reduce((a, s) => a + s.deadlinesRight, 0) / matched : 1),
  };
  table['pages classified right'] = { pages: scores.length, right: scores.filter((s) => s.isArticleRight).length };
  return table;
}

/** One corpus's figures: per-kind P/R/F1 and the page-level shares the thresholds guard. */
export interface CorpusSummary {
  pages: number;
  kinds: Record<(typeof KINDS)[number], KindTotals>;
  pagesRight: number;
  provinces: { pages: number; right: number };
  assignees: { matched: number; right: number };
  deadlines: { matched: number; right: number };
}

export function summarise(scores: readonly ArticleScore[]): CorpusSummary {
  const kinds = Object.fromEntries(KINDS.map((k) => [k, totals(scores.map((s) => s[k]))])) as CorpusSummary['kinds'];
  const matched = scores.reduce((a, s) => a + s.directives.matched, 0);
  const provincePages = scores.filter((s) => s.provinceRight !== null);
  return {
    pages: scores.length,
    kinds,
    pagesRight: scores.filter((s) => s.isArticleRight).length,
    provinces: { pages: provincePages.length, right: provincePages.filter((s) => s.provinceRight).length },
    assignees: { matched, right: scores.reduce((a, s) => a + s.assigneesRight, 0) },
    deadlines: { matched, right: scores.reduce((a, s) => a + s.deadlinesRight, 0) },
  };
}

/** matched ÷ total, 1 when there is nothing to get right. */
export const shareOf = (part: { right: number; matched?: number; pages?: number }): number => {
  const whole = part.matched ?? part.pages ?? 0;
  return whole === 0 ? 1 : part.right / whole;
};

const f3 = (x: number): string => x.toFixed(3);

/** A corpus summary as Markdown table cells: F1 (P/R) per kind, then the page shares. */
export function summaryCells(summary: CorpusSummary): string[] {
  return [
    String(summary.pages),
    ...KINDS.map((k) => {
      const t = summary.kinds[k];
      return `${f3(t.f1)} (${f3(t.precision)}/${f3(t.recall)})`;
    }),
    `${summary.pagesRight}/${summary.pages}`,
    `${summary.provinces.right}/${summary.provinces.pages}`,
    `${summary.assignees.right}/${summary.assignees.matched}`,
    `${summary.deadlines.right}/${summary.deadlines.matched}`,
  ];
}

export const SUMMARY_HEADER = [
  'pages',
  ...KINDS.map((k) => `${k} F1 (P/R)`),
  'pages right',
  'provinces',
  'assignees',
  'deadlines',
];
