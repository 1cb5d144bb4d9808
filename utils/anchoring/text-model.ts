// The text of a root element as GovMark's TextPositionSelector counts it: the NFC form of
// the concatenated text nodes, without the contents of script, style, noscript and template
// (a browser shows none of them as article text) and of elements the caller excludes, with an
// exact map back into the DOM.

import { toMatchForm } from './match-form';
import { buildNfcMap, type Affinity, type NfcMap } from '../engine/nfc-map';

export interface TextModel {
  text: string;
  /** `text` in match form (same length, same offsets), computed on first use. */
  readonly matchText: string;
  /** NFC offset → DOM position; at a node boundary `start` picks the next node, `end` the previous one. */
  positionAt(offset: number, affinity?: Affinity): { node: Text; offset: number };
  toRange(start: number, end: number): Range;
  /** DOM boundary → NFC offset; a boundary inside a combining sequence rounds by `affinity`. */
  offsetOf(node: Node, offset: number, affinity?: Affinity): number;
  /**
   * Up to `before` and `after` characters around text[start, end) as the root's `textContent`
   * counts them, script, style and noscript text included: context stored by other tools
   * (Hypothesis) was taken so.
   */
  textContentAround(start: number, end: number, before: number, after: number): { prefix: string; suffix: string };
}

export interface TextModelOptions {
  /** Elements whose text is left out with all their descendants (GovMark's own UI, hidden parts). */
  exclude?: (element: Element) => boolean;
}

const SKIPPED_ELEMENTS = new Set(['script', 'style', 'noscript', 'template']);
const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
const SHOW_TEXT = 4;

export function buildTextModel(root: Element, options: TextModelOptions = {}): TextModel {
  const nodes: Text[] = [];
  const exclude = options.exclude ?? (() => false);
  collectTextNodes(root, nodes, exclude);
  const nodeStarts: number[] = [];
  let rawLength = 0;
  for (const node of nodes) {
    nodeStarts.push(rawLength);
    rawLength += node.data.length;
  }
  const nfc: NfcMap = buildNfcMap(nodes.map((node) => node.data).join(''));
  const indexOfNode = new Map<Text, number>(nodes.map((node, index) => [node, index]));
  const doc = root.ownerDocument;

  function positionAt(offset: number, affinity: Affinity = 'start'): { node: Text; offset: number } {
    if (!Number.isInteger(offset) || offset < 0 || offset > nfc.text.length) {
      throw new RangeError(`offset ${offset} is outside the text (0–${nfc.text.length})`);
    }
    if (nodes.length === 0) throw new RangeError('the root has no text');
    const raw = nfc.toRaw(offset, affinity);
    const index = nodeIndexAt(nodeStarts, raw, affinity === 'start' ? raw < rawLength : raw === 0);
    return { node: nodes[index], offset: raw - nodeStarts[index] };
  }

  function toRange(start: number, end: number): Range {
    if (start > end) throw new RangeError(`range start ${start} is after its end ${end}`);
    const range = doc.createRange();
    if (nodes.length === 0 && start === 0 && end === 0) {
      range.setStart(root, 0);
      return range;
    }
    const from = positionAt(start, 'start');
    const to = start === end ? from : positionAt(end, 'end');
    range.setStart(from.node, from.offset);
    range.setEnd(to.node, to.offset);
    return range;
  }

  function offsetOf(node: Node, offset: number, affinity: Affinity = 'start'): number {
    const index = indexOfNode.get(node as Text);
    if (index !== undefined) {
      const inNode = Math.max(0, Math.min(offset, nodes[index].data.length));
      return nfc.toNfc(nodeStarts[index] + inNode, affinity);
    }
    return nfc.toNfc(rawOffsetOfBoundary(node, offset), affinity);
  }

  // A boundary outside the model's text nodes (an element, skipped text, a point outside the
  // root) counts from the first model text node that starts at or after it.
  function rawOffsetOfBoundary(node: Node, offset: number): number {
    const point = doc.createRange();
    point.setStart(node, offset);
    let low = 0;
    let high = nodes.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (point.comparePoint(nodes[mid], 0) < 0) low = mid + 1;
      else high = mid;
    }
    return low < nodes.length ? nodeStarts[low] : rawLength;
  }

  // Where each text node starts in the root's textContent, built the first time it is asked for.
  let textContent: { text: string; startOf: Map<Text, number> } | undefined;
  function textContentIndex(): { text: string; startOf: Map<Text, number> } {
    if (textContent) return textContent;
    const startOf = new Map<Text, number>();
    const parts: string[] = [];
    let length = 0;
    const walker = doc.createTreeWalker(root, SHOW_TEXT);
    for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
      startOf.set(node, length);
      parts.push(node.data);
      length += node.data.length;
    }
    textContent = { text: parts.join(''), startOf };
    return textContent;
  }

  function textContentAround(start: number, end: number, before: number, after: number) {
    const { text, startOf } = textContentIndex();
    const from = positionAt(start, 'start');
    const to = positionAt(end, 'end');
    const rawStart = startOf.get(from.node)! + from.offset;
    const rawEnd = startOf.get(to.node)! + to.offset;
    return { prefix: text.slice(Math.max(0, rawStart - before), rawStart), suffix: text.slice(rawEnd, rawEnd + after) };
  }

  let matchText: string | undefined;
  return {
    text: nfc.text,
    get matchText() {
      matchText ??= toMatchForm(nfc.text);
      return matchText;
    },
    positionAt,
    toRange,
    offsetOf,
    textContentAround,
  };
}

function collectTextNodes(parent: Node, out: Text[], exclude: (element: Element) => boolean): void {
  for (let child = parent.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === TEXT_NODE) {
      if ((child as Text).data.length > 0) out.push(child as Text);
    } else if (
      child.nodeType === ELEMENT_NODE &&
      !SKIPPED_ELEMENTS.has((child as Element).localName) &&
      !exclude(child as Element)
    ) {
      collectTextNodes(child, out, exclude);
    }
  }
}

/**
 * Index of the node holding raw offset `raw`. At a boundary between two nodes, `preferNext`
 * picks the node that starts there (a range start) rather than the one that ends there.
 */
function nodeIndexAt(nodeStarts: number[], raw: number, preferNext: boolean): number {
  let low = 0;
  let high = nodeStarts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    const startsAtOrBefore = preferNext ? nodeStarts[mid] <= raw : nodeStarts[mid] < raw;
    if (startsAtOrBefore) low = mid;
    else high = mid - 1;
  }
  return low;
}
