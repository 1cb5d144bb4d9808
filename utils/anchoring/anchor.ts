// Places stored selectors back on a page, inside one scope and never outside it. For each
// annotation, strongest evidence first:
//   1. the stored position, when it holds the quote and the text around it agrees with the
//      stored prefix and suffix;
//   2. every verbatim occurrence of the quote, chosen by prefix, suffix and nearness to where
//      it is expected;
//   3. fuzzy matches (the quote with a few edits, never in its figures or negations), above a
//      minimum score;
//   4. otherwise an orphan.
// A position is only ever a hint until the quote confirms it: positions imported from other
// tools count other text (Hypothesis counts script and style text), and a stretch inserted
// before a quote can bring the same words from another sentence under the stored offsets.
// The batch forms share one text model and learn from each placed annotation how far the text
// has shifted, so the next one is looked for in the right spot.

import type { QuoteQuery } from './context';
import { toMatchForm } from './match-form';
import { DEFAULT_QUOTE_SEARCH, matchQuote, type QuoteSearchOptions } from './match-quote';
import { scopeOf, type TextScope } from './scope';
import type { TextModel } from './text-model';
import type { AnchorOptions, AnchorResult, Selector, TextPositionSelector } from './types';

export interface ChunkOptions {
  /** Lets the page run between chunks; a macrotask by default. */
  yieldToPage?: () => Promise<void>;
  /** Longest stretch of work, in milliseconds, before yielding. */
  chunkMs?: number;
}

const DEFAULT_CHUNK_MS = 8;
// The stored position is kept only when its context still agrees: one word changed beside the
// quote leaves 0.85–0.95, a neighbouring sentence rewritten or unrelated text 0.2–0.6.
const POSITION_CONTEXT_MIN = 0.75;

const ORPHAN: AnchorResult = { placement: 'orphan', range: null };

/** The range of one annotation in the scope, or null for an orphan. A bare root element is the article scope over it. */
export function anchor(scopeOrRoot: TextScope | Element, selectors: Selector[], opts?: AnchorOptions): Range | null {
  return anchorAll(scopeOrRoot, [selectors], opts)[0].range;
}

/** One result per selector list, in input order. A bare root element is the article scope over it. */
export function anchorAll(
  scopeOrRoot: TextScope | Element,
  selectorLists: Selector[][],
  opts?: AnchorOptions,
): AnchorResult[] {
  const results: AnchorResult[] = new Array(selectorLists.length);
  for (const [index, result] of anchorEach(scopeOf(scopeOrRoot).model, selectorLists, opts)) results[index] = result;
  return results;
}

/** `anchorAll` in slices of `chunkMs`, yielding to the page between them. */
export async function anchorAllChunked(
  scopeOrRoot: TextScope | Element,
  selectorLists: Selector[][],
  opts: AnchorOptions & ChunkOptions = {},
): Promise<AnchorResult[]> {
  const yieldToPage = opts.yieldToPage ?? (() => new Promise<void>((resolve) => setTimeout(resolve, 0)));
  const chunkMs = opts.chunkMs ?? DEFAULT_CHUNK_MS;
  const results: AnchorResult[] = new Array(selectorLists.length);
  let chunkStart = performance.now();
  let done = 0;
  for (const [index, result] of anchorEach(scopeOf(scopeOrRoot).model, selectorLists, opts)) {
    results[index] = result;
    done++;
    if (done < selectorLists.length && performance.now() - chunkStart >= chunkMs) {
      await yieldToPage();
      chunkStart = performance.now();
    }
  }
  return results;
}

/** Anchors annotations in order of stored position, yielding [input index, result] pairs. */
function* anchorEach(
  model: TextModel,
  selectorLists: Selector[][],
  opts: AnchorOptions = {},
): Generator<[number, AnchorResult]> {
  const search: QuoteSearchOptions = {
    minScore: opts.minScore ?? DEFAULT_QUOTE_SEARCH.minScore,
    minFuzzyScore: opts.minFuzzyScore ?? DEFAULT_QUOTE_SEARCH.minFuzzyScore,
    maxErrorRate: opts.maxErrorRate ?? DEFAULT_QUOTE_SEARCH.maxErrorRate,
    windowChars: opts.windowChars ?? DEFAULT_QUOTE_SEARCH.windowChars,
  };
  const order = selectorLists
    .map((selectors, index) => ({ index, position: findSelector(selectors, 'TextPositionSelector') }))
    .sort((a, b) => (a.position?.start ?? Infinity) - (b.position?.start ?? Infinity));
  // Text inserted or removed earlier in the page shifts every later annotation alike. Only
  // annotations found near where they were expected teach the shift: one found far away
  // (a moved paragraph, a repeated passage) says nothing about its neighbours.
  let shift = 0;
  for (const { index, position } of order) {
    const result = placeOne(model, selectorLists[index], shift, search);
    if (result.range && position) {
      const expected = position.start + shift;
      if (Math.abs(result.start - expected) <= search.windowChars) shift = result.start - position.start;
    }
    yield [index, result];
  }
}

function placeOne(model: TextModel, selectors: Selector[], shift: number, search: QuoteSearchOptions): AnchorResult {
  const position = findSelector(selectors, 'TextPositionSelector');
  const quote = findSelector(selectors, 'TextQuoteSelector');
  const stored = position && fitsText(position, model.text.length) ? position : undefined;

  // With no quote to check it against, a lone position is all there is.
  if (!quote) return stored ? { placement: 'position', ...placed(model, stored.start, stored.end, 1) } : ORPHAN;
  if (quote.exact.length === 0) return ORPHAN;

  // The common case, an unchanged page, costs three string comparisons.
  if (stored && holdsQuoteVerbatim(model.text, stored, quote.exact, quote.prefix ?? '', quote.suffix ?? '')) {
    return { placement: 'position', ...placed(model, stored.start, stored.end, 1) };
  }

  const query: QuoteQuery = {
    exact: toMatchForm(quote.exact),
    prefix: toMatchForm(quote.prefix ?? ''),
    suffix: toMatchForm(quote.suffix ?? ''),
    hint: position && Number.isFinite(position.start) ? position.start + shift : undefined,
    textContentAround: (start, end, before, after) => {
      const around = model.textContentAround(start, end, before, after);
      const { text } = model;
      const own =
        around.prefix === text.slice(Math.max(0, start - before), start) &&
        around.suffix === text.slice(end, end + after);
      return own ? null : { prefix: toMatchForm(around.prefix), suffix: toMatchForm(around.suffix) };
    },
  };
  const match = matchQuote(model.matchText, query, search);
  if (!match) return ORPHAN;
  const where = placed(model, match.start, match.end, match.score);
  if (match.editDistance > 0) return { placement: 'fuzzy', ...where, editDistance: match.editDistance };
  const atStoredPosition =
    stored !== undefined &&
    match.start === stored.start &&
    match.end === stored.end &&
    match.context >= POSITION_CONTEXT_MIN;
  return { placement: atStoredPosition ? 'position' : 'exact', ...where };
}

function fitsText(position: TextPositionSelector, textLength: number): boolean {
  const { start, end } = position;
  return Number.isInteger(start) && Number.isInteger(end) && start >= 0 && start < end && end <= textLength;
}

/** Whether the stored position holds the quote with exactly its stored context (all NFC). */
function holdsQuoteVerbatim(
  text: string,
  { start, end }: TextPositionSelector,
  exact: string,
  prefix: string,
  suffix: string,
): boolean {
  return (
    sameNfc(text.slice(start, end), exact) &&
    sameNfc(text.slice(Math.max(0, start - prefix.length), start), prefix) &&
    sameNfc(text.slice(end, end + suffix.length), suffix)
  );
}

/** Whether NFC text equals a stored string, normalising the stored one only when it differs. */
function sameNfc(nfcText: string, stored: string): boolean {
  return nfcText === stored || nfcText === stored.normalize('NFC');
}

function placed(model: TextModel, start: number, end: number, score: number) {
  return { range: model.toRange(start, end), start, end, score };
}

function findSelector<T extends Selector['type']>(
  selectors: Selector[],
  type: T,
): Extract<Selector, { type: T }> | undefined {
  return selectors.find((selector): selector is Extract<Selector, { type: T }> => selector.type === type);
}
