// The engine's findings. Field names follow shared/domain/labeling-guide.md, so the
// `analyze` command's JSON, the gold files and the stored records speak one vocabulary.

/** A stretch of the analysed text. `start`/`end` are UTF-16 offsets, end exclusive. */
export interface Span {
  text: string;
  start: number;
  end: number;
}

/** One rule that made a finding: its name, the guide section it serves, why (vi/en). */
export interface RuleTrace {
  rule: string;
  section: string;
  vi: string;
  en: string;
}

/** Findings say which rules made them and how sure the engine is (optional: stored findings from before had neither). */
interface Traced {
  rules?: RuleTrace[];
  /** 0..1, from the rules that fired and what the finding carries (utils/engine/confidence.ts). */
  confidence?: number;
}

export type FigureKind = 'percent' | 'money' | 'quantity' | 'ratio';

export interface Figure extends Span, Traced {
  kind: FigureKind;
  /** The number as written, in its own unit ("1.300 tỷ đồng" → 1300); ratios: numerator ÷ denominator. */
  value: number;
  /** Money: the currency unit as written; quantity: the counted noun or measure; percent/ratio: null or the noun. */
  unit: string | null;
  /** Money in đồng (1.300 tỷ đồng → 1.3e12), null for other currencies and kinds. */
  vnd: number | null;
  /** Approximator before the number ("hơn", "trên", "khoảng", "đạt") or "trở lên". */
  qualifier: string | null;
  numerator?: number;
  denominator?: number;
}

export interface DocumentRef extends Span, Traced {
  docType: string;
  symbol: string;
  number: string | null;
  /** ISO date of issue when written with the reference. */
  date: string | null;
  issuer: string | null;
}

export interface DateMention extends Span, Traced {
  /** Most precise ISO form the text supports: "2023-01-15", "2023-07", "2021-Q2", "2024-H1", "2023". */
  iso: string;
  deadline: boolean;
}

export interface Directive extends Span, Traced {
  issuer: string | null;
  assignees: string[];
  /** The deadline date's text as written (e.g. "trước ngày 15/01/2023"), or null. */
  deadline: string | null;
  /** ISO form of the deadline, or null. */
  deadlineIso: string | null;
}

export interface ArticleInfo {
  isArticle: boolean;
  /** 0..1: how sure the classifier is about `isArticle`. */
  confidence: number;
  province: string | null;
  /** ISO date (YYYY-MM-DD) from the page's own publication stamp or meta tags. */
  published: string | null;
  title: string | null;
  /** Why the page is or is not an article, for the popup ("listing page", "not a government site"...). */
  reason: string;
}

/**
 * A trackable task proposed from one directive: what is to be done, by whom, by when,
 * on whose instruction and where it was read. The reader decides whether to track it.
 */
export interface TaskProposal {
  /** Stable within one article text: `${start}-${end}` of the source directive. */
  id: string;
  what: string;
  assignees: string[];
  /** ISO deadline ("2023-01-15", "2023-08", "2023") or null when none is set. */
  deadline: string | null;
  deadlineText: string | null;
  issuer: string | null;
  source: { url: string | null; title: string | null; start: number; end: number; text: string };
}

export interface Analysis {
  article: ArticleInfo;
  /** The text the offsets index (NFC). */
  text: string;
  figures: Figure[];
  documents: DocumentRef[];
  dates: DateMention[];
  directives: Directive[];
  tasks: TaskProposal[];
}
