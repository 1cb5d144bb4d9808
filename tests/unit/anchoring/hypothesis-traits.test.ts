// @vitest-environment jsdom
// A page of our own with the traits of the Hypothesis client's anchoring baselines: script,
// style and noscript text before the quotes, a Hypothesis-format export whose TextPosition
// offsets and context count that text (as Hypothesis counts document.body.textContent), and a
// quote that occurs twice. Every annotation must be placed on exactly its quote.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe as group, expect, it } from 'vitest';
import {
  anchorAll,
  articleScope,
  pageScope,
  type Selector,
  type TextPositionSelector,
  type TextQuoteSelector,
} from '../../../utils/anchoring/index';

interface ExportedAnnotation {
  id: string;
  target: { selector: Selector[] }[];
}

const FIXTURES = path.resolve(import.meta.dirname, 'fixtures');
const html = readFileSync(path.join(FIXTURES, 'hypothesis-traits.html'), 'utf8');
const exported: { annotations: ExportedAnnotation[] } = JSON.parse(
  readFileSync(path.join(FIXTURES, 'hypothesis-traits.json'), 'utf8'),
);
const selectorLists = exported.annotations.map((annotation) => annotation.target[0].selector);

function load(): Document {
  return new DOMParser().parseFromString(html, 'text/html');
}

function partsOf(selectors: Selector[]) {
  return {
    position: selectors.find((s): s is TextPositionSelector => s.type === 'TextPositionSelector')!,
    quote: selectors.find((s): s is TextQuoteSelector => s.type === 'TextQuoteSelector')!,
  };
}

/** Which occurrence of its quote, counted in textContent, an annotation was made on. */
function occurrenceOf(text: string, { position, quote }: ReturnType<typeof partsOf>): number {
  let occurrence = 0;
  for (let at = text.indexOf(quote.exact); at !== -1 && at < position.start; at = text.indexOf(quote.exact, at + 1)) {
    occurrence++;
  }
  return occurrence;
}

function nthIndexOf(text: string, needle: string, n: number): number {
  let at = -1;
  for (let seen = 0; seen <= n; seen++) at = text.indexOf(needle, at + 1);
  return at;
}

group('a page with the Hypothesis baselines’ traits', () => {
  it('has the traits: positions and context count script, style and noscript text; a quote occurs twice', () => {
    const doc = load();
    const content = doc.body.textContent!;
    const model = pageScope(doc.body).model;
    for (const selectors of selectorLists) {
      const { position, quote } = partsOf(selectors);
      expect(content.slice(position.start, position.end)).toBe(quote.exact);
      expect(model.text.slice(position.start, position.end)).not.toBe(quote.exact);
    }
    const quotes = selectorLists.map((selectors) => partsOf(selectors).quote.exact);
    expect(quotes.filter((exact) => exact === 'Các sở, ngành khẩn trương triển khai')).toHaveLength(2);
    expect(partsOf(selectorLists[0]).quote.prefix).toContain('Welcome');
  });

  it.each(['in one batch', 'one by one'])('places every annotation on exactly its quote, %s', (mode) => {
    const doc = load();
    const scope = pageScope(doc.body);
    const results =
      mode === 'in one batch'
        ? anchorAll(scope, selectorLists)
        : selectorLists.map((selectors) => anchorAll(scope, [selectors])[0]);
    results.forEach((result, index) => {
      const parts = partsOf(selectorLists[index]);
      expect(result.placement).toBe('exact');
      if (result.placement === 'orphan') return;
      expect(scope.model.text.slice(result.start, result.end)).toBe(parts.quote.exact);
      const occurrence = occurrenceOf(doc.body.textContent!, parts);
      expect(result.start).toBe(nthIndexOf(scope.model.text, parts.quote.exact, occurrence));
      expect(result.score).toBe(1);
    });
  });

  it('keeps the footer annotation an orphan when only the article is searched', () => {
    const doc = load();
    const scope = articleScope(doc.querySelector('article')!);
    const results = anchorAll(scope, selectorLists);
    const placements = results.map((result) => result.placement);
    const footer = selectorLists.findIndex((selectors) => partsOf(selectors).quote.exact.startsWith('Cập nhật'));
    expect(placements[footer]).toBe('orphan');
    expect(placements.filter((placement) => placement === 'exact')).toHaveLength(selectorLists.length - 1);
  });
});
