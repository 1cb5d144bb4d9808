// The Hypothesis client's anchoring baselines (its src/annotator/anchoring/test/html-baselines:
// a saved Wikipedia page, CC BY-SA, and five annotations fetched from the Hypothesis API, BSD-2).
// They are other people's text, so they are never in this repository: a suite reads them from
// the directory GOVMARK_HYPOTHESIS_BASELINES names and is skipped with one line without it, even
// under CI=true (they exist only on the machines where someone put them). The edits below are
// made at run time from the annotations' own selectors, in our own words: nothing of the page is
// restated here.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { JSDOM } from 'jsdom';
import { describe, it } from 'vitest';
import { describeAbsent } from './corpus-suite';

export const BASELINES_ENV = 'GOVMARK_HYPOTHESIS_BASELINES';
const PAGE_FILE = 'wikipedia-regression-testing.html';
const ANNOTATIONS_FILE = 'wikipedia-regression-testing.json';

export interface BaselineRow {
  id: string;
  text: string;
  target: { selector: { type: string; start?: number; end?: number; exact?: string }[] }[];
}

export interface Baselines {
  html: string;
  /** The annotations file as Hypothesis saved it: its API's search answer, {total, rows}. */
  search: { total: number; rows: BaselineRow[] };
}

/** `describe` over the baselines, or one skipped test (and one line) when the directory is not named. */
export function describeWithBaselines(title: string, body: (baselines: () => Baselines) => void): void {
  const dir = process.env[BASELINES_ENV];
  if (!dir) {
    describeAbsent(
      title,
      `${title}: skipped, ${BASELINES_ENV} does not name a directory with the Hypothesis html-baselines`,
    );
    return;
  }
  const missing = [PAGE_FILE, ANNOTATIONS_FILE].filter((file) => !existsSync(path.join(dir, file)));
  if (missing.length > 0) {
    // Named but incomplete: a mistake to say out loud, not a reason to skip.
    describe(title, () =>
      it('finds the baselines it was pointed at', () => {
        throw new Error(`${BASELINES_ENV}=${dir} lacks ${missing.join(', ')}`);
      }),
    );
    return;
  }
  let loaded: Baselines | undefined;
  const baselines = () => {
    loaded ??= {
      html: readFileSync(path.join(dir, PAGE_FILE), 'utf8'),
      search: JSON.parse(readFileSync(path.join(dir, ANNOTATIONS_FILE), 'utf8')),
    };
    return loaded;
  };
  describe(title, () => body(baselines));
}

/**
 * Parses the page as a browser does with scripting on: `noscript` content is one text node, as
 * Chromium counts it in `textContent` (the baselines' TextPosition offsets count it so). jsdom
 * parses it as elements unless it runs the page's scripts, which it has no reason to.
 */
export function parsePage(html: string, url = 'https://baseline.example/wiki/page'): Document {
  const doc = new JSDOM(html, { url }).window.document;
  // The source's own characters (serialising the parsed elements would rewrite `<img … />`).
  const sources = [...html.matchAll(/<noscript\b[^>]*>([\s\S]*?)<\/noscript>/gi)].map((match) => match[1]);
  const elements = [...doc.querySelectorAll('noscript')];
  if (sources.length !== elements.length) throw new Error('noscript elements do not match the source');
  elements.forEach((noscript, index) => noscript.replaceChildren(sources[index]));
  return doc;
}

/** What an annotation must become on an edited page: on its quote, on the edited quote, or an orphan. */
export type Expected =
  | { kind: 'verbatim'; text: string; within?: Element }
  | { kind: 'fuzzy'; text: string }
  | { kind: 'orphan' };

export interface EditedPage {
  name: string;
  doc: Document;
  /** By Hypothesis id. */
  expected: Map<string, Expected>;
}

interface Located {
  row: BaselineRow;
  exact: string;
  start: number;
  end: number;
}

function quoteOf(row: BaselineRow): { exact: string; start: number; end: number } {
  const selectors = row.target[0].selector;
  const exact = selectors.find((s) => s.type === 'TextQuoteSelector')?.exact ?? '';
  const position = selectors.find((s) => s.type === 'TextPositionSelector');
  return { exact, start: position?.start ?? -1, end: position?.end ?? -1 };
}

/** Each row's quote where Hypothesis described it, in this document's `textContent`. */
function locate(doc: Document, rows: BaselineRow[]): Located[] {
  const text = doc.body.textContent ?? '';
  return rows.map((row) => {
    const quote = quoteOf(row);
    if (text.slice(quote.start, quote.end) !== quote.exact) {
      throw new Error(`baseline ${row.id}: its TextPosition does not hold its quote in this parse of the page`);
    }
    return { row, ...quote };
  });
}

/** The text node and offset at a `textContent` offset of `root`. */
function pointAt(root: Node, offset: number): { node: Text; offset: number } {
  const walker = root.ownerDocument!.createTreeWalker(root, 4);
  let seen = 0;
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    if (offset < seen + node.data.length) return { node, offset: offset - seen };
    seen += node.data.length;
  }
  throw new RangeError(`offset ${offset} is past the text`);
}

function verbatimAll(located: Located[]): Map<string, Expected> {
  return new Map(located.map((l) => [l.row.id, { kind: 'verbatim', text: l.exact }]));
}

/** The longest quote: it has words to change and still be recognised. */
function longest(located: Located[]): Located {
  return located.reduce((a, b) => (b.exact.length > a.exact.length ? b : a));
}

/**
 * The baseline page unchanged, then edited the ways real pages change after an annotation was
 * made. Every annotation's expected outcome is known: never a highlight on other words.
 */
export function baselinePages(html: string, rows: BaselineRow[]): EditedPage[] {
  const pages: EditedPage[] = [];
  const fresh = () => {
    const doc = parsePage(html);
    return { doc, located: locate(doc, rows) };
  };

  {
    const { doc, located } = fresh();
    pages.push({ name: 'unchanged', doc, expected: verbatimAll(located) });
  }

  {
    // Text inserted before every quote (a banner, a script): every stored position is off.
    const { doc, located } = fresh();
    const banner = doc.createElement('div');
    banner.textContent = 'Một dòng thông báo chèn lên đầu trang, trước mọi đoạn đã ghi chú.';
    const script = doc.createElement('script');
    script.textContent = 'window.govmarkBaselineBanner = "chèn thêm trước mọi vị trí";';
    doc.body.prepend(banner, script);
    pages.push({ name: 'text inserted before every quote', doc, expected: verbatimAll(located) });
  }

  {
    // One letter changed in the middle of the longest quote: placed there, with the edit.
    const { doc, located } = fresh();
    const target = longest(located);
    const text = target.exact;
    let at = Math.floor(text.length / 2);
    while (at < text.length && !/[a-z]/.test(text[at])) at++;
    const replacement = text[at] === 'x' ? 'q' : 'x';
    const point = pointAt(doc.body, target.start + at);
    point.node.replaceData(point.offset, 1, replacement);
    const expected = verbatimAll(located);
    expected.set(target.row.id, { kind: 'fuzzy', text: text.slice(0, at) + replacement + text.slice(at + 1) });
    pages.push({ name: 'a letter changed inside the longest quote', doc, expected });
  }

  {
    // The passage of one quote removed from the page: an orphan, not a neighbour.
    const { doc, located } = fresh();
    const target = located.find((l) => l !== longest(located) && l.exact.length > 40) ?? located[0];
    const element = pointAt(doc.body, target.start).node.parentElement!;
    element.remove();
    const expected = verbatimAll(located);
    expected.set(target.row.id, { kind: 'orphan' });
    pages.push({ name: 'one quote’s passage removed', doc, expected });
  }

  {
    // A figure changed inside a short quote (a date): the page now says something else there.
    const { doc, located } = fresh();
    const target = located.find((l) => /\d/.test(l.exact) && l.exact.length < 40);
    if (target) {
      const at = target.exact.search(/\d/);
      const digit = target.exact[at] === '9' ? '1' : String(Number(target.exact[at]) + 1);
      const point = pointAt(doc.body, target.start + at);
      point.node.replaceData(point.offset, 1, digit);
      const expected = verbatimAll(located);
      expected.set(target.row.id, { kind: 'orphan' });
      pages.push({ name: 'a figure changed inside a quote', doc, expected });
    }
  }

  {
    // A quote repeated earlier on the page amid other words: the original, with its context, is chosen.
    const { doc, located } = fresh();
    const target = located.find((l) => l.exact.length > 60 && l !== longest(located)) ?? located[0];
    const original = pointAt(doc.body, target.start).node.parentElement!;
    const copy = doc.createElement('p');
    copy.textContent = `Trích lại ở đầu trang: ${target.exact}; hết phần trích.`;
    doc.body.prepend(copy);
    const expected = verbatimAll(located);
    expected.set(target.row.id, { kind: 'verbatim', text: target.exact, within: original });
    pages.push({ name: 'a quote repeated before it with other context', doc, expected });
  }

  return pages;
}

/**
 * One page per quote and end: a letter near the quote's start or near its end changed (the
 * edges are where a clipped match would start or stop). Only that annotation's expected outcome
 * is recorded: it is placed on the edited words, never on another copy of its words.
 */
export function letterChangedPages(html: string, rows: BaselineRow[]): EditedPage[] {
  const pages: EditedPage[] = [];
  for (const row of rows) {
    for (const edge of ['start', 'end'] as const) {
      const doc = parsePage(html);
      const target = locate(doc, [row])[0];
      const text = target.exact;
      let at = edge === 'start' ? 0 : text.length - 1;
      while (!/[a-z]/i.test(text[at])) at += edge === 'start' ? 1 : -1;
      const replacement = text[at] === 'x' ? 'q' : 'x';
      const point = pointAt(doc.body, target.start + at);
      point.node.replaceData(point.offset, 1, replacement);
      const edited = text.slice(0, at) + replacement + text.slice(at + 1);
      pages.push({
        name: `a letter changed near the ${edge} of “${row.text}”`,
        doc,
        expected: new Map([[row.id, { kind: 'fuzzy', text: edited }]]),
      });
    }
  }
  return pages;
}

/** The page as HTML again, to serve it to a real browser. */
export function serialise(doc: Document): string {
  return `<!DOCTYPE html>\n${doc.documentElement.outerHTML}`;
}
