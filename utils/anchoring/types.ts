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
  /** Lowest score (0–1) of quote plus context at which a verbatim quote found by search is accepted. */
  minScore?: number;
  /** Lowest score (0–1) at which a fuzzy match (the quote with edits) is accepted. */
  minFuzzyScore?: number;
  /** Most edits tolerated in a fuzzy match, as a share of the quote's length. */
  maxErrorRate?: number;
  /** Characters searched on each side of the expected position before the whole text, for fuzzy matches. */
  windowChars?: number;
}

/**
 * How an annotation was placed, strongest first. The side panel shows "text changed" for
 * `fuzzy` (the page's words differ from the stored quote) and "not found" for `orphan`.
 *
 * - `position`: the stored TextPosition holds the quote and the text around it agrees with the
 *   stored prefix and suffix: nothing moved. (A TextPosition stored without a quote is placed
 *   as it is, having nothing to be checked against; GovMark always stores both.)
 * - `exact`: the quote was found verbatim by searching the scope's text (it moved, or its
 *   context changed), the occurrence chosen by prefix, suffix and nearness to where it was.
 * - `fuzzy`: no verbatim occurrence was good enough; the page holds the quote with a few edits
 *   (never in its figures or negations), scoring at least `minFuzzyScore`.
 * - `orphan`: not placed; the passage left the scope or changed too much.
 *
 * "Verbatim" is compared in the match form (NFC, one tone placement), so "hoà"/"hòa" and
 * NFC/NFD spellings of one text are the same quote.
 */
export type Placement = 'position' | 'exact' | 'fuzzy' | 'orphan';

interface Placed {
  range: Range;
  /** Offsets of the placed text in the scope's text (`scope.model.text`). */
  start: number;
  end: number;
  /**
   * Similarity (0–1) of the placed text and its surroundings to the stored quote, prefix and
   * suffix, each weighted by its length: 1 when everything agrees.
   */
  score: number;
}

export type AnchorResult =
  | (Placed & { placement: 'position' | 'exact' })
  | (Placed & {
      placement: 'fuzzy';
      /** Edits between the placed text and the quote (in match form), at most `maxErrorRate` of its length. */
      editDistance: number;
    })
  | { placement: 'orphan'; range: null };
