// Finds a stored quote in a text that may have changed since it was described: near the
// expected position first (verbatim or with edits), then verbatim anywhere, then with edits
// anywhere.
// Every candidate is scored on the quote and its prefix/suffix together, and the best one is
// refused below a minimum: an orphan is better than a highlight on the wrong words.

import approxSearch from 'approx-string-match';
import { similarity } from './similarity';

export interface QuoteQuery {
  exact: string;
  prefix: string;
  suffix: string;
  /** Where the quote is expected to start, if known. */
  hint?: number;
}

export interface QuoteMatch {
  start: number;
  end: number;
  /** Similarity (0–1) of quote, prefix and suffix together, each weighted by its length. */
  score: number;
  /** `quote` when the quote was found verbatim, `fuzzy` when edits were tolerated. */
  method: 'quote' | 'fuzzy';
}

export interface QuoteSearchOptions {
  minScore: number;
  maxErrorRate: number;
  windowChars: number;
}

export const DEFAULT_QUOTE_SEARCH: QuoteSearchOptions = {
  // Unrelated Vietnamese context scores 0.15–0.4, so a short quote found verbatim with one
  // side of its context intact passes, while the same words amid other sentences do not.
  minScore: 0.6,
  maxErrorRate: 0.25,
  windowChars: 2048,
};

interface Candidate {
  start: number;
  end: number;
  errors: number;
}

interface ScoredCandidate extends Candidate {
  score: number;
  rank: number;
}

// Longer quotes are first located by their first and last PIECE characters, searched in one
// 32-bit block of the bit-parallel matcher, and only then matched whole around those spots.
const LONG_QUOTE = 64;
const PIECE = 32;
// A batch corrects each hint by the shift of the annotations before it, so the quote is
// usually within a few characters: a small window first keeps the common case cheap.
const NEAREST_REACH = 128;
// How often refused matches are masked to look for the next best ones.
const SEARCH_ROUNDS = 3;
// A noncharacter, absent from page text, so a masked stretch matches nothing.
const MASK = '\uffff';
// Bounds the scoring work for a quote that matches in many places (a common phrase).
const MAX_CANDIDATES = 32;
// Nearness to the expected position only breaks ties between equally similar candidates.
const POSITION_WEIGHT = 0.01;

export function matchQuote(
  text: string,
  query: QuoteQuery,
  options: QuoteSearchOptions = DEFAULT_QUOTE_SEARCH,
): QuoteMatch | null {
  const { exact, hint } = query;
  if (exact.length === 0) return null;

  const maxErrors = Math.max(1, Math.floor(exact.length * options.maxErrorRate));
  // Near the expected position first: when a page repeats a passage, the copy where the
  // annotation was made, even edited, is the one to keep.
  if (hint !== undefined) {
    for (const reach of [NEAREST_REACH, options.windowChars]) {
      const from = Math.max(0, hint - reach);
      const to = Math.min(text.length, hint + exact.length + reach);
      const near = bestApproximate(text, query, maxErrors, from, to, options.minScore);
      if (near) return toMatch(near);
    }
  }

  const verbatim = bestOf(text, query, exactCandidates(text, exact));
  if (verbatim && verbatim.score >= options.minScore) return toMatch(verbatim);

  const anywhere =
    exact.length > LONG_QUOTE
      ? bestOfLongQuote(text, query, maxErrors, options)
      : bestApproximate(text, query, maxErrors, 0, text.length, options.minScore);
  return anywhere ? toMatch(anywhere) : null;
}

function toMatch(candidate: ScoredCandidate): QuoteMatch {
  return {
    start: candidate.start,
    end: candidate.end,
    score: candidate.score,
    method: candidate.errors === 0 ? 'quote' : 'fuzzy',
  };
}

function exactCandidates(text: string, exact: string): Candidate[] {
  const found: Candidate[] = [];
  for (let at = text.indexOf(exact); at !== -1; at = text.indexOf(exact, at + 1)) {
    found.push({ start: at, end: at + exact.length, errors: 0 });
  }
  return found;
}

/**
 * The best approximate match within text[from, to) that reaches `minScore`. The matcher
 * reports only its lowest-error matches, so when those are refused (the same words amid other
 * context) they are masked and the search runs again for matches with more edits.
 */
function bestApproximate(
  text: string,
  query: QuoteQuery,
  maxErrors: number,
  from: number,
  to: number,
  minScore: number,
): ScoredCandidate | null {
  if (to - from <= 0) return null;
  let haystack = text.slice(from, to);
  for (let round = 0; round < SEARCH_ROUNDS; round++) {
    const candidates = clustered(approxSearch(haystack, query.exact, maxErrors), query.exact, from);
    const best = bestOf(text, query, candidates);
    if (!best) return null;
    if (best.score >= minScore) return best;
    haystack = masked(haystack, candidates, from);
  }
  return null;
}

/** Candidates in text offsets, one per cluster of overlapping matches (the closest in length). */
function clustered(matches: Candidate[], pattern: string, offset: number): Candidate[] {
  const clusters: Candidate[] = [];
  for (const match of matches.sort((a, b) => a.start - b.start)) {
    const candidate = { start: match.start + offset, end: match.end + offset, errors: match.errors };
    const last = clusters[clusters.length - 1];
    if (last && candidate.start < last.end) {
      if (lengthGap(candidate, pattern) < lengthGap(last, pattern)) clusters[clusters.length - 1] = candidate;
    } else {
      clusters.push(candidate);
    }
  }
  return clusters;
}

function lengthGap(candidate: Candidate, pattern: string): number {
  return Math.abs(candidate.end - candidate.start - pattern.length);
}

/** The haystack with the candidates' characters replaced by one that matches nothing. */
function masked(haystack: string, candidates: Candidate[], offset: number): string {
  let result = '';
  let copied = 0;
  for (const { start, end } of candidates) {
    result += haystack.slice(copied, start - offset) + MASK.repeat(end - start);
    copied = end - offset;
  }
  return result + haystack.slice(copied);
}

/**
 * A long quote is looked for by its head and its tail (either may carry the edits), and the
 * whole quote is then matched only in the short stretches those point to.
 */
function bestOfLongQuote(
  text: string,
  query: QuoteQuery,
  maxErrors: number,
  options: QuoteSearchOptions,
): ScoredCandidate | null {
  const { exact } = query;
  const pieceErrors = Math.max(1, Math.floor(PIECE * options.maxErrorRate));
  const slack = maxErrors;
  const regions: [number, number][] = [];
  const [head, tail] = [exact.slice(0, PIECE), exact.slice(-PIECE)];
  for (const match of clustered(approxSearch(text, head, pieceErrors), head, 0)) {
    regions.push([match.start - slack, match.start + exact.length + slack]);
  }
  for (const match of clustered(approxSearch(text, tail, pieceErrors), tail, 0)) {
    regions.push([match.end - exact.length - slack, match.end + slack]);
  }
  let best: ScoredCandidate | null = null;
  for (const [from, to] of mergeRegions(regions, text.length)) {
    const found = bestApproximate(text, query, maxErrors, from, to, options.minScore);
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

function bestOf(text: string, query: QuoteQuery, candidates: Candidate[]): ScoredCandidate | null {
  let best: ScoredCandidate | null = null;
  for (const candidate of mostAgreeing(text, query, candidates)) {
    const scored = scoreCandidate(text, query, candidate);
    if (!best || scored.rank > best.rank) best = scored;
  }
  return best;
}

function scoreCandidate(text: string, query: QuoteQuery, candidate: Candidate): ScoredCandidate {
  const { exact, prefix, suffix, hint } = query;
  const quoteSimilarity = 1 - candidate.errors / exact.length;
  const prefixSimilarity = prefix
    ? similarity(text.slice(Math.max(0, candidate.start - prefix.length), candidate.start), prefix)
    : 0;
  const suffixSimilarity = suffix ? similarity(text.slice(candidate.end, candidate.end + suffix.length), suffix) : 0;
  const score =
    (exact.length * quoteSimilarity + prefix.length * prefixSimilarity + suffix.length * suffixSimilarity) /
    (exact.length + prefix.length + suffix.length);
  const nearness =
    hint === undefined ? 0 : 1 - Math.min(1, Math.abs(candidate.start - hint) / Math.max(1, text.length));
  return { ...candidate, score, rank: score + POSITION_WEIGHT * nearness };
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
