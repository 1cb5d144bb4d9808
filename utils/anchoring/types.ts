// W3C Web Annotation selectors (https://www.w3.org/TR/annotation-model/#selectors),
// as plain objects with their `type` field, exactly as the model writes them.

export interface TextQuoteSelector {
  type: 'TextQuoteSelector';
  exact: string;
  prefix?: string;
  suffix?: string;
}

export interface TextPositionSelector {
  type: 'TextPositionSelector';
  start: number;
  end: number;
}

export type Selector = TextQuoteSelector | TextPositionSelector;

/** Bumped when the text model or the selector rules change, so old anchors can be re-described. */
export const ANCHORING_VERSION = 1;

/** Tuning of the quote search; every field has a default chosen for article-sized pages. */
export interface AnchorOptions {
  /** Lowest similarity (0–1) of quote plus context at which a quote match is accepted. */
  minScore?: number;
  /** Most edits tolerated in a fuzzy match, as a share of the quote's length. */
  maxErrorRate?: number;
  /** Characters searched on each side of the expected position before the whole text. */
  windowChars?: number;
}

/** How one annotation was placed; `range` null means it is an orphan. */
export interface AnchorResult {
  range: Range | null;
  method: 'position' | 'quote' | 'fuzzy' | null;
  /** Similarity of the text found to the stored quote and context (1 for an exact position). */
  score?: number;
}
