// Finds a stored quote in a text that may have changed since it was described. Exact before
// fuzzy: every verbatim occurrence is weighed first, by its prefix and suffix and then by
// nearness to where the quote is expected; only when none is good enough are matches with
// edits looked for, near the expected position first, then anywhere. The best candidate is
// refused below a minimum score, and when its figures or negations differ from the quote's:
// the passage is then known to say something else now, so no weaker candidate elsewhere
// (a near-duplicate paragraph) takes its place. An orphan is better than a highlight on the
// wrong words.
// Text and query are in match form (see match-form.ts).

import approxSearch from 'approx-string-match';
import { combinedScore, contextAgreement, type QuoteQuery } from './context';
import { meaningGuard } from './meaning';

export type { QuoteQuery } from './context';

export interface QuoteMatch {
  start: number;
  end: number;
  /** Similarity (0–1) of quote, prefix and suffix together, each weighted by its length. */
  score: number;
  /** Similarity (0–1) of the prefix and suffix alone. */
  context: number;
  /** Edits between the text found and the quote: 0 for a verbatim occurrence. */
  editDistance: number;
}

export interface QuoteSearchOptions {
  minScore: number;
  minFuzzyScore: number;
  maxErrorRate: number;
  windowChars: number;
}

export const DEFAULT_QUOTE_SEARCH: QuoteSearchOptions = {
  // Unrelated Vietnamese context scores 0.15–0.4, so a short quote found verbatim with one
  // side of its context intact passes, while the same words amid other sentences do not.
  minScore: 0.6,
  // A fuzzy match has lost part of the quote's own evidence, so its context must carry more:
  // a quote with a word or two changed in place scores 0.85–0.95; the same edit beside a
  // rewritten neighbouring sentence scores about 0.7 and is refused.
  minFuzzyScore: 0.75,
  maxErrorRate: 0.25,
  windowChars: 2048,
};

/** A query with its meaning check, made once per search. */
interface GuardedQuery extends QuoteQuery {
  sameMeaning: (found: string, foundPrefix: string) => boolean;
}

interface Candidate {
  start: number;
  end: number;
  errors: number;
}

interface ScoredCandidate extends Candidate {
  score: number;
  context: number;
  rank: number;
  /** Same figures and negations as the quote (see meaning.ts). */
  keepsMeaning: boolean;
}

// Longer quotes are first located by their first and last PIECE characters, searched in one
// 32-bit block of the bit-parallel matcher, and only then matched whole around those spots.
const LONG_QUOTE = 64;
const PIECE = 32;
// A batch corrects each hint by the shift of the annotations before it, so the quote is
// usually within a few characters: a small window first keeps the common case cheap.
const NEAREST_REACH = 128;
// The matcher reports only its lowest-error matches; this many times the refused ones are
// masked to look for the next best.
const SEARCH_ROUNDS = 3;
// A noncharacter, absent from page text, so a masked stretch matches nothing.
const MASK = '\uffff';
// How many times a match clipped by its window's edge is looked for again in a wider one.
const MAX_WIDENINGS = 2;
// Bounds the scoring work for a quote that matches in many places (a common phrase).
const MAX_CANDIDATES = 32;
// Nearness to the expected position only breaks ties: at most 0.01, less than one character
// of 64 of context (0.016).
const POSITION_WEIGHT = 0.01;

export function matchQuote(
  text: string,
  query: QuoteQuery,
  options: QuoteSearchOptions = DEFAULT_QUOTE_SEARCH,
): QuoteMatch | null {
  if (query.exact.length === 0) return null;
  const guarded: GuardedQuery = { ...query, sameMeaning: meaningGuard(query.exact, query.prefix) };
  const best = bestVerbatim(text, guarded, options.minScore) ?? bestFuzzy(text, guarded, options);
  return best?.keepsMeaning ? toMatch(best) : null;
}

function toMatch(candidate: ScoredCandidate): QuoteMatch {
  const { start, end, score, context, errors } = candidate;
  return { start, end, score, context, editDistance: errors };
}

/** The verbatim occurrence whose context agrees most (the nearest of equals), if it scores at least `minScore`. */
function bestVerbatim(text: string, query: GuardedQuery, minScore: number): ScoredCandidate | null {
  const occurrences: Candidate[] = [];
  for (let at = text.indexOf(query.exact); at !== -1; at = text.indexOf(query.exact, at + 1)) {
    occurrences.push({ start: at, end: at + query.exact.length, errors: 0 });
  }
  let best: ScoredCandidate | null = null;
  for (const occurrence of mostAgreeing(text, query, occurrences)) {
    const scored = scoreCandidate(text, query, occurrence, 'context');
    if (!best || scored.rank > best.rank) best = scored;
  }
  return best && best.score >= minScore ? best : null;
}

function bestFuzzy(text: string, query: GuardedQuery, options: QuoteSearchOptions): ScoredCandidate | null {
  const { exact, hint } = query;
  const maxErrors = Math.max(1, Math.floor(exact.length * options.maxErrorRate));
  // Near the expected position first: when a page repeats a passage, the copy where the
  // annotation was made, even edited, is the one to keep.
  if (hint !== undefined) {
    for (const reach of [NEAREST_REACH, options.windowChars]) {
      const from = Math.max(0, hint - reach);
      const to = Math.min(text.length, hint + exact.length + reach);
      const near = bestApproximate(text, query, maxErrors, from, to, options.minFuzzyScore);
      if (near) return near;
    }
  }
  return exact.length > LONG_QUOTE
    ? bestOfLongQuote(text, query, maxErrors, options)
    : bestApproximate(text, query, maxErrors, 0, text.length, options.minFuzzyScore);
}

/**
 * The best approximate match within text[from, to) that reaches `minScore`. The matcher
 * reports only its lowest-error matches, so when those score too low (the same words amid
 * other context) they are masked and the search runs again for matches with more edits.
 * A match that reaches the edge of a window cut out of the text may be the quote's tail or
 * head with the rest outside (a long quote is then still above the minimum with a quarter of it
 * missing): it is looked for again with room on both sides, and the whole one wins.
 */
function bestApproximate(
  text: string,
  query: GuardedQuery,
  maxErrors: number,
  from: number,
  to: number,
  minScore: number,
  widenings = MAX_WIDENINGS,
): ScoredCandidate | null {
  if (to - from <= 0) return null;
  let haystack = text.slice(from, to);
  for (let round = 0; round < SEARCH_ROUNDS; round++) {
    const matches = approxSearch(haystack, query.exact, maxErrors).map((match) => ({
      start: match.start + from,
      end: match.end + from,
      errors: match.errors,
    }));
    if (matches.length === 0) return null;
    const clusters = clustered(matches);
    const best = bestOfClusters(text, query, clusters);
    if (best && best.score >= minScore) {
      const clipped = (from > 0 && best.start - from <= maxErrors) || (to < text.length && to - best.end <= maxErrors);
      if (!clipped || widenings === 0) return best;
      const room = query.exact.length + maxErrors;
      const whole = bestApproximate(
        text,
        query,
        maxErrors,
        Math.max(0, best.start - room),
        Math.min(text.length, best.end + room),
        minScore,
        widenings - 1,
      );
      return whole && whole.rank >= best.rank ? whole : best;
    }
    haystack = masked(haystack, clusters, from);
  }
  return null;
}

/** Overlapping matches grouped, in text order: each group is one place with several possible bounds. */
function clustered(matches: Candidate[]): Candidate[][] {
  const clusters: Candidate[][] = [];
  let clusterEnd = -1;
  for (const match of [...matches].sort((a, b) => a.start - b.start)) {
    if (clusters.length > 0 && match.start < clusterEnd) {
      clusters[clusters.length - 1].push(match);
      clusterEnd = Math.max(clusterEnd, match.end);
    } else {
      clusters.push([match]);
      clusterEnd = match.end;
    }
  }
  return clusters;
}

/**
 * The best candidate among the clusters. Only the clusters whose closest-length member agrees
 * most with the context are scored. A cluster stands for its closest-length member, unless
 * that one's bounds cut through a figure or a negation: then for its best member that keeps
 * the quote's meaning, if any.
 */
function bestOfClusters(text: string, query: GuardedQuery, clusters: Candidate[][]): ScoredCandidate | null {
  const representatives = new Map(clusters.map((cluster) => [closestInLength(cluster, query.exact), cluster]));
  let best: ScoredCandidate | null = null;
  for (const representative of mostAgreeing(text, query, [...representatives.keys()])) {
    let chosen = scoreCandidate(text, query, representative, 'score');
    if (!chosen.keepsMeaning) {
      for (const member of representatives.get(representative)!) {
        if (member === representative) continue;
        const scored = scoreCandidate(text, query, member, 'score');
        if (scored.keepsMeaning && (!chosen.keepsMeaning || scored.rank > chosen.rank)) chosen = scored;
      }
    }
    if (!best || chosen.rank > best.rank) best = chosen;
  }
  return best;
}

function closestInLength(cluster: Candidate[], pattern: string): Candidate {
  const gap = (candidate: Candidate) => Math.abs(candidate.end - candidate.start - pattern.length);
  return cluster.reduce((closest, candidate) => (gap(candidate) < gap(closest) ? candidate : closest));
}

/** The haystack with the clusters' characters replaced by one that matches nothing. */
function masked(haystack: string, clusters: Candidate[][], offset: number): string {
  let result = '';
  let copied = 0;
  for (const cluster of clusters) {
    const start = Math.min(...cluster.map((c) => c.start)) - offset;
    const end = Math.max(...cluster.map((c) => c.end)) - offset;
    result += haystack.slice(copied, start) + MASK.repeat(end - start);
    copied = end;
  }
  return result + haystack.slice(copied);
}

/**
 * A long quote is looked for by its head and its tail (either may carry the edits), and the
 * whole quote is then matched only in the short stretches those point to.
 */
function bestOfLongQuote(
  text: string,
  query: GuardedQuery,
  maxErrors: number,
  options: QuoteSearchOptions,
): ScoredCandidate | null {
  const { exact } = query;
  const pieceErrors = Math.max(1, Math.floor(PIECE * options.maxErrorRate));
  const slack = maxErrors;
  const regions: [number, number][] = [];
  const [head, tail] = [exact.slice(0, PIECE), exact.slice(-PIECE)];
  for (const match of approxSearch(text, head, pieceErrors)) {
    regions.push([match.start - slack, match.start + exact.length + slack]);
  }
  for (const match of approxSearch(text, tail, pieceErrors)) {
    regions.push([match.end - exact.length - slack, match.end + slack]);
  }
  let best: ScoredCandidate | null = null;
  for (const [from, to] of mergeRegions(regions, text.length)) {
    const found = bestApproximate(text, query, maxErrors, from, to, options.minFuzzyScore);
    if (found && (!best || found.rank > best.rank)) best = found;
  }
  return best;
}

function mergeRegions(regions: [number, number][], textLength: number): [number, number][] {
  const merged: [number, number][] = [];
  for (const [from, to] of regions.sort((a, b) => a[0] - b[0])) {
    const clamped: [number, number] = [Math.max(0, from), Math.min(textLength, to)];
    const last = merged[merged.length - 1];
    if (last && clamped[0] <= last[1]) last[1] = Math.max(last[1], clamped[1]);
    else merged.push(clamped);
  }
  return merged;
}

/**
 * Scores a candidate. Verbatim occurrences share the quote, so they rank by context alone;
 * fuzzy ones by the combined score. Nearness to the hint breaks ties in both.
 */
function scoreCandidate(
  text: string,
  query: GuardedQuery,
  candidate: Candidate,
  rankBy: 'context' | 'score',
): ScoredCandidate {
  const { exact, prefix, hint } = query;
  const found = text.slice(candidate.start, candidate.end);
  const foundPrefix = text.slice(Math.max(0, candidate.start - prefix.length), candidate.start);
  const context = contextAgreement(text, query, candidate.start, candidate.end);
  const score = combinedScore(query, 1 - candidate.errors / exact.length, context);
  const nearness =
    hint === undefined ? 0 : 1 - Math.min(1, Math.abs(candidate.start - hint) / Math.max(1, text.length));
  return {
    ...candidate,
    score,
    context,
    rank: (rankBy === 'context' ? context : score) + POSITION_WEIGHT * nearness,
    keepsMeaning: query.sameMeaning(found, foundPrefix),
  };
}

/** For a phrase found in many places, the candidates whose context agrees most, by a cheap count. */
function mostAgreeing(text: string, query: QuoteQuery, candidates: Candidate[]): Candidate[] {
  if (candidates.length <= MAX_CANDIDATES) return candidates;
  const agreement = (c: Candidate) =>
    commonSuffixLength(text, c.start, query.prefix) + commonPrefixLength(text, c.end, query.suffix);
  return candidates
    .map((candidate) => ({ candidate, agreement: agreement(candidate) }))
    .sort((a, b) => b.agreement - a.agreement)
    .slice(0, MAX_CANDIDATES)
    .map(({ candidate }) => candidate);
}

/** How many characters before `end` in `text` agree with the end of `prefix`. */
function commonSuffixLength(text: string, end: number, prefix: string): number {
  let n = 0;
  while (n < prefix.length && end - n > 0 && text.charCodeAt(end - n - 1) === prefix.charCodeAt(prefix.length - n - 1))
    n++;
  return n;
}

/** How many characters from `start` in `text` agree with the start of `suffix`. */
function commonPrefixLength(text: string, start: number, suffix: string): number {
  let n = 0;
  while (n < suffix.length && start + n < text.length && text.charCodeAt(start + n) === suffix.charCodeAt(n)) n++;
  return n;
}
