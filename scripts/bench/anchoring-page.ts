// Runs inside the bench page (bundled by scripts/bench/anchoring.ts): describes annotations on
// the article, times re-anchoring them, edits words inside every quote, and times the usual
// full-text fuzzy search for comparison. An edit that replaces a figure or a negation makes
// its quote say something else, so that annotation must become an orphan, not be placed.

import approxSearch from 'approx-string-match';
import {
  anchorAll,
  articleScope,
  buildTextModel,
  describe,
  type Selector,
  type TextQuoteSelector,
} from '../../utils/anchoring/index';
import { keepsMeaning } from '../../utils/anchoring/meaning';

interface Annotation {
  selectors: Selector[];
  start: number;
  length: number;
}

export interface AnchoringRun {
  ms: number;
  placed: number;
  byPlacement: Record<string, number>;
  /** Placed on the text the annotation was made on (after edits, where that text now is). */
  correct: number;
  /** Placed anywhere else: must be 0. */
  wrong: number;
  /** Annotations whose edits changed a figure or a negation, and of those how many were placed (must be 0). */
  meaningChanged: number;
  meaningChangedPlaced: number;
}

const REPLACEMENTS = ['điều', 'triển', 'kiểm', 'hướng', 'tổng', 'báo', 'rà', 'đôn', 'quyết', 'chỉnh'];

let annotations: Annotation[] = [];
/** For each annotation, how far its text moved because of the edits made before it. */
let shiftByAnnotation: number[] = [];
/** For each annotation, whether an edit inside it replaced a figure or a negation. */
let meaningEdited: boolean[] = [];

function article(): Element {
  return document.getElementById('article')!;
}

/** A small deterministic generator, so that every run annotates the same places. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

function wordStartAtOrAfter(text: string, offset: number): number {
  while (offset < text.length && !/\s/.test(text[offset])) offset++;
  while (offset < text.length && /\s/.test(text[offset])) offset++;
  return offset;
}

function wordEndAtOrBefore(text: string, offset: number): number {
  while (offset > 0 && !/\s/.test(text[offset - 1])) offset--;
  while (offset > 0 && /\s/.test(text[offset - 1])) offset--;
  return offset;
}

/** Describes `count` annotations spread over the article, quotes of 24 to 160 characters. */
function prepare(count: number): { textLength: number; annotations: number; longQuotes: number } {
  const root = article();
  const model = buildTextModel(root);
  const next = random(20231204);
  // Places are drawn in order along the text, skipping quotes that would cross a paragraph.
  const stride = model.text.length / (count * 1.25);
  annotations = [];
  for (let slot = 0; annotations.length < count; slot++) {
    const start = wordStartAtOrAfter(model.text, Math.floor(slot * stride + next() * stride * 0.3));
    if (start >= model.text.length) throw new Error(`the article holds fewer than ${count} annotations`);
    const wanted = next() < 0.2 ? 70 + Math.floor(next() * 90) : 24 + Math.floor(next() * 40);
    const end = wordEndAtOrBefore(model.text, Math.min(model.text.length, start + wanted));
    if (end - start < 20 || model.text.slice(start, end).includes('\n')) continue;
    annotations.push({ selectors: describe(root, model.toRange(start, end)), start, length: end - start });
  }
  shiftByAnnotation = annotations.map(() => 0);
  meaningEdited = annotations.map(() => false);
  return {
    textLength: model.text.length,
    annotations: annotations.length,
    longQuotes: annotations.filter((a) => a.length > 64).length,
  };
}

/**
 * Replaces one word per 40 characters (at least one) inside every quote with another word,
 * editing the text nodes in place from the end of the article backwards.
 */
function editQuotes(): { editedWords: number } {
  const root = article();
  const model = buildTextModel(root);
  const next = random(7);
  const edits: { at: number; removed: number; inserted: string; annotation: number }[] = [];
  annotations.forEach((annotation, index) => {
    const words = Math.max(1, Math.floor(annotation.length / 40));
    for (let w = 0; w < words; w++) {
      const at = wordStartAtOrAfter(
        model.text,
        annotation.start + Math.floor(((w + 0.5) * annotation.length) / words) - 3,
      );
      const match = /^[^\s.,;:–-]+/.exec(model.text.slice(at));
      if (!match || at + match[0].length > annotation.start + annotation.length) continue;
      if (edits.length && edits[edits.length - 1].at + edits[edits.length - 1].removed > at) continue;
      const inserted = REPLACEMENTS[Math.floor(next() * REPLACEMENTS.length)];
      if (inserted === match[0]) continue;
      edits.push({ at, removed: match[0].length, inserted, annotation: index });
      if (!keepsMeaning(match[0], '', inserted, '')) meaningEdited[index] = true;
    }
  });
  let shift = 0;
  let e = 0;
  annotations.forEach((_annotation, index) => {
    while (e < edits.length && edits[e].annotation < index) {
      shift += edits[e].inserted.length - edits[e].removed;
      e++;
    }
    shiftByAnnotation[index] = shift;
  });
  for (const edit of [...edits].reverse()) {
    const from = model.positionAt(edit.at, 'start');
    from.node.replaceData(from.offset, edit.removed, edit.inserted);
  }
  return { editedWords: edits.length };
}

function timeAnchorAll(): AnchoringRun {
  const root = article();
  const lists = annotations.map((a) => a.selectors);
  const started = performance.now();
  const results = anchorAll(articleScope(root), lists);
  const ms = performance.now() - started;
  const byPlacement: Record<string, number> = {};
  let correct = 0;
  let meaningChangedPlaced = 0;
  results.forEach((result, index) => {
    byPlacement[result.placement] = (byPlacement[result.placement] ?? 0) + 1;
    if (!result.range) return;
    if (meaningEdited[index]) meaningChangedPlaced++;
    else if (Math.abs(result.start - (annotations[index].start + shiftByAnnotation[index])) <= 3) correct++;
  });
  const placed = results.filter((r) => r.range).length;
  return {
    ms,
    placed,
    byPlacement,
    correct,
    wrong: placed - correct - meaningChangedPlaced,
    meaningChanged: meaningEdited.filter(Boolean).length,
    meaningChangedPlaced,
  };
}

/**
 * The same annotations trusted by their stored positions alone, unchecked: the least any
 * re-anchoring can cost (text model and ranges), as a reference within the run.
 */
function timePositionsOnly(): number {
  const root = article();
  const lists = annotations.map((a) => a.selectors.filter((s) => s.type === 'TextPositionSelector'));
  const started = performance.now();
  anchorAll(articleScope(root), lists);
  return performance.now() - started;
}

/** The usual approach: one fuzzy search of the whole text per quote, errors up to 25%. */
function timeFullSearch(count: number): { quotes: number; ms: number } {
  const { text } = buildTextModel(article());
  const quotes = annotations
    .slice(0, count)
    .map((a) => (a.selectors.find((s) => s.type === 'TextQuoteSelector') as TextQuoteSelector).exact);
  const started = performance.now();
  for (const quote of quotes) approxSearch(text, quote, Math.floor(quote.length * 0.25));
  return { quotes: quotes.length, ms: performance.now() - started };
}

Object.assign(window, {
  govmarkAnchoringBench: { prepare, editQuotes, timeAnchorAll, timePositionsOnly, timeFullSearch },
});
