// Places stored selectors back on a page. For each annotation: the stored position if its
// text still equals the quote, else the quote itself (verbatim, then with edits) searched near
// where it is expected. The batch forms share one text model and learn from each placed
// annotation how far the text has shifted, so the next one is looked for in the right spot.

import { DEFAULT_QUOTE_SEARCH, matchQuote, type QuoteSearchOptions } from './match-quote';
import { buildTextModel, type TextModel } from './text-model';
import type { AnchorOptions, AnchorResult, Selector } from './types';

export interface ChunkOptions {
  /** Lets the page run between chunks; a macrotask by default. */
  yieldToPage?: () => Promise<void>;
  /** Longest stretch of work, in milliseconds, before yielding. */
  chunkMs?: number;
}

const DEFAULT_CHUNK_MS = 8;

export function anchor(root: Element, selectors: Selector[], opts?: AnchorOptions): Range | null {
  return anchorAll(root, [selectors], opts)[0].range;
}

export function anchorAll(root: Element, selectorLists: Selector[][], opts?: AnchorOptions): AnchorResult[] {
  const results: AnchorResult[] = new Array(selectorLists.length);
  for (const [index, result] of anchorEach(buildTextModel(root), selectorLists, opts)) results[index] = result;
  return results;
}

export async function anchorAllChunked(
  root: Element,
  selectorLists: Selector[][],
  opts: AnchorOptions & ChunkOptions = {},
): Promise<AnchorResult[]> {
  const yieldToPage = opts.yieldToPage ?? (() => new Promise<void>((resolve) => setTimeout(resolve, 0)));
  const chunkMs = opts.chunkMs ?? DEFAULT_CHUNK_MS;
  const results: AnchorResult[] = new Array(selectorLists.length);
  let chunkStart = performance.now();
  let done = 0;
  for (const [index, result] of anchorEach(buildTextModel(root), selectorLists, opts)) {
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
    const placed = placeOne(model, selectorLists[index], shift, search);
    if (placed.start !== undefined && position) {
      const expected = position.start + shift;
      if (Math.abs(placed.start - expected) <= search.windowChars) shift = placed.start - position.start;
    }
    yield [index, placed.result];
  }
}

function placeOne(
  model: TextModel,
  selectors: Selector[],
  shift: number,
  search: QuoteSearchOptions,
): { result: AnchorResult; start?: number } {
  const { text } = model;
  const position = findSelector(selectors, 'TextPositionSelector');
  const quote = findSelector(selectors, 'TextQuoteSelector');
  const positionFits =
    position !== undefined &&
    Number.isInteger(position.start) &&
    Number.isInteger(position.end) &&
    position.start >= 0 &&
    position.start < position.end &&
    position.end <= text.length;

  if (!quote) {
    if (!positionFits) return { result: { range: null, method: null } };
    return placed(model, position.start, position.end, 'position', 1);
  }
  const exact = quote.exact.normalize('NFC');
  if (positionFits && text.slice(position.start, position.end) === exact) {
    return placed(model, position.start, position.end, 'position', 1);
  }
  const match = matchQuote(
    text,
    {
      exact,
      prefix: (quote.prefix ?? '').normalize('NFC'),
      suffix: (quote.suffix ?? '').normalize('NFC'),
      hint: position ? position.start + shift : undefined,
    },
    search,
  );
  if (!match) return { result: { range: null, method: null } };
  return placed(model, match.start, match.end, match.method, match.score);
}

function placed(
  model: TextModel,
  start: number,
  end: number,
  method: NonNullable<AnchorResult['method']>,
  score: number,
): { result: AnchorResult; start: number } {
  return { result: { range: model.toRange(start, end), method, score }, start };
}

function findSelector<T extends Selector['type']>(
  selectors: Selector[],
  type: T,
): Extract<Selector, { type: T }> | undefined {
  return selectors.find((selector): selector is Extract<Selector, { type: T }> => selector.type === type);
}
