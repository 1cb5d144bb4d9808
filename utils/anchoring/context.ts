// How well a candidate place agrees with the stored quote and its context. Scores weigh the
// quote, prefix and suffix by their lengths, so a long quote is evidence of its own while a
// short one ("UBND tỉnh") needs its context to be believed.

import { similarity } from './similarity';

export interface QuoteQuery {
  /** The quote, prefix and suffix in match form. */
  exact: string;
  prefix: string;
  suffix: string;
  /** Where the quote is expected to start, if known. */
  hint?: number;
  /**
   * The text around [start, end) as `textContent` counts it, in match form, or null where it
   * is the text model's own: context stored by other tools includes script and style text, so
   * it is compared with that too.
   */
  textContentAround?: (
    start: number,
    end: number,
    before: number,
    after: number,
  ) => { prefix: string; suffix: string } | null;
}

/**
 * Similarity (0–1) of the text around [start, end) to the stored prefix and suffix; 1 with none
 * stored. The better of the text model's counting and `textContent`'s.
 */
export function contextAgreement(text: string, query: QuoteQuery, start: number, end: number): number {
  const { prefix, suffix } = query;
  if (prefix.length + suffix.length === 0) return 1;
  const own = agreement(
    query,
    text.slice(Math.max(0, start - prefix.length), start),
    text.slice(end, end + suffix.length),
  );
  if (own === 1 || !query.textContentAround) return own;
  const around = query.textContentAround(start, end, prefix.length, suffix.length);
  return around ? Math.max(own, agreement(query, around.prefix, around.suffix)) : own;
}

function agreement(query: QuoteQuery, foundPrefix: string, foundSuffix: string): number {
  const { prefix, suffix } = query;
  const prefixSimilarity = prefix ? similarity(foundPrefix, prefix) : 0;
  const suffixSimilarity = suffix ? similarity(foundSuffix, suffix) : 0;
  return (prefix.length * prefixSimilarity + suffix.length * suffixSimilarity) / (prefix.length + suffix.length);
}

/** The quote's own similarity and the context's, weighted by length. */
export function combinedScore(query: QuoteQuery, quoteSimilarity: number, context: number): number {
  const contextLength = query.prefix.length + query.suffix.length;
  return (query.exact.length * quoteSimilarity + contextLength * context) / (query.exact.length + contextLength);
}
