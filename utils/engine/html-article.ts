// The article of a DOM page, for the page UI and the command-line tool: Readability finds the
// body on a clone (it mutates what it parses), kept elements are mapped back to the live page
// by their document-order index, and the article text is built from the live text nodes with
// an exact map back, so a finding's offsets become a live DOM Range even on NFD pages. The live
// page is never modified. DOM APIs only: runs on a jsdom Document and in a content script.

import { Readability, isProbablyReaderable } from '@mozilla/readability';
import { buildNfcMap, type NfcMap } from './nfc-map.ts';
import { analyzeText } from './analyze.ts';
import { isoFromMetaDate, readStampLine } from './publication-stamp.ts';
import type { Analysis } from './types.ts';

export interface ArticleDom {
  root: Element;
  /** the live elements whose text is the article, in document order */
  blocks: Element[];
  /** The article text (NFC): headline, then the body, blocks separated by line breaks. */
  text: string;
  /** map an offset range of `text` to a live DOM Range */
  toRange(start: number, end: number): Range;
  title: string | null;
  /** ISO publication date from meta tags or the stamp printed on the page. */
  published: string | null;
}

const INDEX_ATTRIBUTE = 'data-gm-idx';
const SKIPPED = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'IFRAME',
  'SVG',
  'CANVAS',
  'BUTTON',
  'SELECT',
  'TEXTAREA',
]);
const BLOCK = new Set([
  'P',
  'DIV',
  'LI',
  'UL',
  'OL',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'BR',
  'TR',
  'TD',
  'TH',
  'TABLE',
  'FIGURE',
  'FIGCAPTION',
  'BLOCKQUOTE',
  'SECTION',
  'ARTICLE',
  'HEADER',
  'FOOTER',
  'PRE',
  'DD',
  'DT',
  'DL',
  'HR',
  'ASIDE',
  'NAV',
  'FORM',
  'CAPTION',
]);
const PUBLISHED_META = [
  'meta[property="article:published_time"]',
  'meta[name="article:published_time"]',
  'meta[itemprop="datePublished"]',
  'meta[name="pubdate"]',
  'meta[name="publishdate"]',
  'meta[name="date"]',
  'meta[name="dc.date"]',
  'meta[name="DC.date.issued"]',
];

/** A stretch of the built text copied from one live text node. */
interface Segment {
  start: number;
  end: number;
  node: Text;
  nodeStart: number;
  /** The stretch stands for a whitespace run of this length in the node (collapsed to one space). */
  collapsedFrom: number;
}

class TextBuilder {
  private parts: string[] = [];
  length = 0;
  readonly segments: Segment[] = [];

  breakLine(): void {
    if (this.length > 0 && this.parts[this.parts.length - 1] !== '\n') this.push('\n');
  }

  private push(s: string): void {
    this.parts.push(s);
    this.length += s.length;
  }

  addText(node: Text): void {
    const data = node.data;
    // Runs of HTML whitespace (indentation, newlines) read as one space, as a browser renders
    // them; a no-break space is text and stays.
    for (const match of data.matchAll(/[ \t\n\r\f]+|[^ \t\n\r\f]+/gu)) {
      const piece = match[0];
      const collapsed = /^[ \t\n\r\f]/u.test(piece);
      const out = collapsed ? ' ' : piece;
      this.segments.push({
        start: this.length,
        end: this.length + out.length,
        node,
        nodeStart: match.index,
        collapsedFrom: collapsed ? piece.length : 0,
      });
      this.push(out);
    }
  }

  text(): string {
    return this.parts.join('');
  }
}

function elementsInOrder(root: Document | Element): Element[] {
  return Array.from(root.getElementsByTagName('*'));
}

/** Which live elements Readability kept (by document-order index). */
interface KeptSet {
  has(index: number): boolean;
  /** Some element in [from, to] is kept: a wrapper Readability unwrapped still holds article text. */
  anyWithin(from: number, to: number): boolean;
}

function keptSet(indices: Iterable<number>): KeptSet {
  const sorted = [...new Set(indices)].sort((a, b) => a - b);
  const set = new Set(sorted);
  return {
    has: (index) => set.has(index),
    anyWithin: (from, to) => {
      let low = 0;
      let high = sorted.length;
      while (low < high) {
        const mid = (low + high) >> 1;
        if (sorted[mid] < from) low = mid + 1;
        else high = mid;
      }
      return low < sorted.length && sorted[low] <= to;
    },
  };
}

/**
 * Text of the live subtree, skipping what Readability dropped (`kept` null: keep all). An
 * element it unwrapped is walked for its kept descendants, without its own loose text.
 */
function collect(
  element: Element,
  builder: TextBuilder,
  indexOf: Map<Element, number>,
  kept: KeptSet | null,
  ownText = true,
): void {
  for (let child = element.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === 3) {
      if (ownText) builder.addText(child as Text);
      continue;
    }
    if (child.nodeType !== 1) continue;
    const el = child as Element;
    if (SKIPPED.has(el.tagName.toUpperCase())) continue;
    const index = indexOf.get(el);
    let keepsOwnText = true;
    if (kept && index !== undefined && !kept.has(index)) {
      if (!kept.anyWithin(index + 1, index + el.getElementsByTagName('*').length)) continue;
      keepsOwnText = false;
    }
    const block = BLOCK.has(el.tagName.toUpperCase());
    if (block) builder.breakLine();
    collect(el, builder, indexOf, kept, keepsOwnText);
    if (block) builder.breakLine();
  }
}

function metaContent(doc: Document, selector: string): string | null {
  return doc.querySelector(selector)?.getAttribute('content')?.trim() || null;
}

function headlineElement(doc: Document): Element | null {
  return doc.querySelector('h1') ?? doc.querySelector('h2#title, .title h2, h2.title');
}

function pageTitle(doc: Document, readabilityTitle: string | null): string | null {
  const og = metaContent(doc, 'meta[property="og:title"]') ?? metaContent(doc, 'meta[name="twitter:title"]');
  const h1 = headlineElement(doc)?.textContent?.replace(/\s+/gu, ' ').trim() || null;
  return (og ?? h1 ?? (readabilityTitle?.trim() || null))?.normalize('NFC') ?? null;
}

function ldJsonPublished(doc: Document): string | null {
  for (const script of Array.from(doc.querySelectorAll('script[type="application/ld+json"]'))) {
    const match = /"datePublished"\s*:\s*"([^"]+)"/u.exec(script.textContent ?? '');
    if (match) return isoFromMetaDate(match[1]);
  }
  return null;
}

/** Publication date: meta tags, then the stamp the page prints (the first after the headline). */
export function pagePublished(doc: Document): string | null {
  for (const selector of PUBLISHED_META) {
    const value = metaContent(doc, selector);
    const iso = value ? isoFromMetaDate(value) : null;
    if (iso) return iso;
  }
  const fromLd = ldJsonPublished(doc);
  if (fromLd) return fromLd;
  const headline = headlineElement(doc);
  let first: string | null = null;
  for (const el of elementsInOrder(doc)) {
    if (SKIPPED.has(el.tagName.toUpperCase())) continue;
    if (el.children.length > 3) continue;
    const text = el.textContent ?? '';
    if (text.length > 120) continue;
    const stamp = readStampLine(text.replace(/\s+/gu, ' ').trim());
    if (!stamp) continue;
    if (!headline || headline.compareDocumentPosition(el) & 4) return stamp.iso;
    first ??= stamp.iso;
  }
  return first;
}

function rangeMaker(doc: Document, segments: readonly Segment[], nfc: NfcMap): (start: number, end: number) => Range {
  const segmentAt = (offset: number, forEnd: boolean): { node: Text; offset: number } => {
    let low = 0;
    let high = segments.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (segments[mid].start <= offset) low = mid;
      else high = mid - 1;
    }
    let seg = segments[low];
    // An offset on an inserted line break belongs to the neighbouring text.
    if (!forEnd && offset >= seg.end && low + 1 < segments.length) seg = segments[low + 1];
    const inside = Math.max(0, Math.min(offset, seg.end) - seg.start);
    const nodeOffset =
      seg.collapsedFrom > 0 ? seg.nodeStart + (inside > 0 ? seg.collapsedFrom : 0) : seg.nodeStart + inside;
    return { node: seg.node, offset: Math.min(nodeOffset, seg.node.length) };
  };
  return (start, end) => {
    const range = doc.createRange();
    if (segments.length === 0) return range;
    const from = segmentAt(nfc.toRaw(start, 'start'), false);
    const to = end > start ? segmentAt(nfc.toRaw(end, 'end'), true) : from;
    range.setStart(from.node, from.offset);
    range.setEnd(to.node, to.offset);
    return range;
  };
}

function buildDom(
  doc: Document,
  root: Element,
  blocks: Element[],
  indexOf: Map<Element, number>,
  kept: KeptSet,
  title: string | null,
): ArticleDom {
  const builder = new TextBuilder();
  for (const block of blocks) {
    builder.breakLine();
    collect(block, builder, indexOf, block.tagName === 'H1' ? null : kept);
  }
  const nfc = buildNfcMap(builder.text());
  return {
    root,
    blocks,
    text: nfc.text,
    toRange: rangeMaker(doc, builder.segments, nfc),
    title,
    published: pagePublished(doc),
  };
}

/**
 * The article of a page, or null when Readability finds nothing readerable. The address is
 * not needed to read the DOM (`analyzeDocument` uses it for the host); it is taken so callers
 * hand over the same page identity everywhere.
 */
export function readArticleDom(doc: Document, _url: string): ArticleDom | null {
  if (!doc.body || !isProbablyReaderable(doc)) return null;
  const live = elementsInOrder(doc);
  const clone = doc.cloneNode(true) as Document;
  for (const [i, el] of elementsInOrder(clone).entries()) el.setAttribute(INDEX_ATTRIBUTE, String(i));
  const parsed = new Readability(clone, { serializer: (el: Node) => el }).parse();
  const content = parsed?.content as unknown as Element | null | undefined;
  if (!parsed || !content || typeof (content as Element).querySelectorAll !== 'function') return null;

  const kept = new Set<number>();
  const tagged = [content, ...Array.from(content.querySelectorAll(`[${INDEX_ATTRIBUTE}]`))];
  for (const el of tagged) {
    const index = el.getAttribute(INDEX_ATTRIBUTE);
    if (index !== null) kept.add(Number(index));
  }
  // Top-most kept elements: a kept element whose kept ancestors are none.
  const tops: number[] = [];
  for (const el of tagged) {
    const index = el.getAttribute(INDEX_ATTRIBUTE);
    if (index === null) continue;
    let parent = el.parentElement;
    let nested = false;
    while (parent && parent !== content.parentElement) {
      if (parent.getAttribute(INDEX_ATTRIBUTE) !== null && parent !== el) {
        nested = true;
        break;
      }
      parent = parent.parentElement;
    }
    if (!nested) tops.push(Number(index));
  }
  tops.sort((a, b) => a - b);
  const indexOf = new Map<Element, number>(live.map((el, i) => [el, i]));
  const blocks = tops.map((i) => live[i]).filter((el): el is Element => el !== undefined);
  if (blocks.length === 0) return null;

  // The headline is article content even where Readability leaves it out.
  const headline = headlineElement(doc);
  const headlineIndex = headline ? indexOf.get(headline) : undefined;
  if (headline && headlineIndex !== undefined && !kept.has(headlineIndex)) {
    if (blocks.some((b) => b.contains(headline))) {
      // Inside a kept block: keep it there, in its place before the body.
      for (const el of [headline, ...Array.from(headline.getElementsByTagName('*'))]) kept.add(indexOf.get(el) ?? -1);
    } else {
      blocks.push(headline);
      blocks.sort((a, b) => (indexOf.get(a) ?? 0) - (indexOf.get(b) ?? 0));
    }
  }
  const root = blocks.length === 1 ? blocks[0] : commonAncestor(blocks);
  return buildDom(doc, root, blocks, indexOf, keptSet(kept), pageTitle(doc, parsed.title ?? null));
}

function commonAncestor(elements: readonly Element[]): Element {
  let ancestor: Element = elements[0];
  for (const el of elements.slice(1)) {
    while (!ancestor.contains(el) && ancestor.parentElement) ancestor = ancestor.parentElement;
  }
  return ancestor;
}

/** Block-aware text of a whole page (for pages Readability does not read). */
export function pageText(doc: Document): string {
  const builder = new TextBuilder();
  if (doc.body) collect(doc.body, builder, new Map(), null);
  return builder.text().normalize('NFC');
}

/**
 * Analyse a page: the article when Readability finds one (offsets index `dom.text`), else the
 * whole page text, which is still classified (offsets then index `analysis.text`, no DOM map).
 */
export function analyzeDocument(doc: Document, url: string): { analysis: Analysis; dom: ArticleDom | null } {
  const dom = readArticleDom(doc, url);
  if (dom) {
    return {
      analysis: analyzeText(dom.text, { url, title: dom.title, published: dom.published, articleOnly: true }),
      dom,
    };
  }
  const title = pageTitle(doc, doc.title || null);
  return { analysis: analyzeText(pageText(doc), { url, title, published: pagePublished(doc) }), dom: null };
}
