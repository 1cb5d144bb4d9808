// Paints ranges without touching the page's text nodes. The engine's findings go through the
// CSS Custom Highlight API; where the API is missing, they are wrapped in a custom element
// (`govmark-mark`, not a <span>, so page CSS aimed at spans leaves it alone) that is removed
// cleanly again. The reader's own marks go to the private layer, out of the page's reach
// (private-marks.ts): never to the registry, never into the page's DOM.
import { FINDING_PAINT_PRIORITY } from '../model/kinds';
import { type FindingPaintKind, highlightName, isPrivateKind, type PaintKind } from './highlight-kinds';
import { createPrivateMarks, type PrivateMarks } from './private-marks';

export interface Painter {
  readonly usesHighlightApi: boolean;
  paint(kind: PaintKind, ranges: Range[]): void;
  clear(kind: PaintKind): void;
  clearAll(): void;
  /** The painted kinds whose ranges contain the point, the reader's own first (for hover cards and clicks). */
  kindsAt(node: Node, offset: number): PaintKind[];
  rangesOf(kind: PaintKind): readonly Range[];
  /** Whether a node is part of GovMark's paint (so page watchers can ignore it). */
  owns(node: Node): boolean;
}

const FALLBACK_TAG = 'govmark-mark';

export function createPainter(doc: Document = document, reader: PrivateMarks = createPrivateMarks(doc)): Painter {
  const win = doc.defaultView as (Window & typeof globalThis) | null;
  const registry =
    win?.CSS && 'highlights' in win.CSS && typeof win.Highlight === 'function' ? win.CSS.highlights : null;
  const painted = new Map<PaintKind, Range[]>();
  const wrappers = new Map<PaintKind, HTMLElement[]>();

  function priorityOf(kind: FindingPaintKind): number {
    return FINDING_PAINT_PRIORITY[kind === 'directive-alt' ? 'directive' : kind];
  }

  function unwrap(kind: FindingPaintKind): void {
    for (const el of wrappers.get(kind) ?? []) {
      const parent = el.parentNode;
      if (!parent) continue;
      while (el.firstChild) parent.insertBefore(el.firstChild, el);
      parent.removeChild(el);
      parent.normalize();
    }
    wrappers.delete(kind);
  }

  function wrap(kind: FindingPaintKind, ranges: Range[]): void {
    const made: HTMLElement[] = [];
    // Wrap text-node pieces from the end so earlier ranges' offsets stay valid.
    for (const range of [...ranges].reverse()) {
      for (const piece of textPieces(range).reverse()) {
        const mark = doc.createElement(FALLBACK_TAG);
        mark.setAttribute('data-kind', kind);
        piece.surroundContents(mark);
        made.push(mark);
      }
    }
    wrappers.set(kind, made);
  }

  const rank = (kind: PaintKind) => (isPrivateKind(kind) ? 10 : priorityOf(kind));

  return {
    usesHighlightApi: registry !== null,
    paint(kind, ranges) {
      if (isPrivateKind(kind)) {
        painted.set(kind, ranges);
        reader.paint(kind, ranges);
        return;
      }
      this.clear(kind);
      painted.set(kind, ranges);
      if (ranges.length === 0) return;
      if (registry && win) {
        const highlight = new win.Highlight(...ranges);
        highlight.priority = priorityOf(kind);
        registry.set(highlightName(kind), highlight);
      } else {
        wrap(kind, ranges);
      }
    },
    clear(kind) {
      painted.delete(kind);
      if (isPrivateKind(kind)) reader.clear(kind);
      else if (registry) registry.delete(highlightName(kind));
      else unwrap(kind);
    },
    clearAll() {
      for (const kind of [...painted.keys()]) this.clear(kind);
      reader.destroy();
    },
    owns(node) {
      return reader.owns(node);
    },
    kindsAt(node, offset) {
      // Wrapping moves text into new nodes, which collapses the painted live ranges: in the
      // fallback the marks themselves say what is painted where.
      const hits: PaintKind[] = [];
      for (const [kind, ranges] of painted) {
        if (registry || isPrivateKind(kind)) {
          if (ranges.some((r) => safeIsPointInRange(r, node, offset))) hits.push(kind);
        }
      }
      if (!registry) hits.push(...fallbackKindsAt(node));
      return hits.sort((a, b) => rank(b) - rank(a));
    },
    rangesOf(kind) {
      return painted.get(kind) ?? [];
    },
  };
}

function fallbackKindsAt(node: Node): FindingPaintKind[] {
  const kinds: FindingPaintKind[] = [];
  for (
    let el = node.nodeType === Node.ELEMENT_NODE ? (node as Element) : node.parentElement;
    el;
    el = el.parentElement
  ) {
    if (el.localName === FALLBACK_TAG) kinds.push(el.getAttribute('data-kind') as FindingPaintKind);
  }
  return kinds;
}

function safeIsPointInRange(range: Range, node: Node, offset: number): boolean {
  try {
    return range.isPointInRange(node, offset);
  } catch {
    return false;
  }
}

/** Splits a range into ranges that each lie inside one text node (surroundContents needs that). */
function textPieces(range: Range): Range[] {
  const doc = range.startContainer.ownerDocument!;
  const root = range.commonAncestorContainer;
  const pieces: Range[] = [];
  const walker = doc.createTreeWalker(root.nodeType === Node.TEXT_NODE ? root.parentNode! : root, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode() as Text | null; n; n = walker.nextNode() as Text | null) {
    if (!range.intersectsNode(n)) continue;
    const start = n === range.startContainer ? range.startOffset : 0;
    const end = n === range.endContainer ? range.endOffset : n.length;
    if (end <= start) continue;
    const piece = doc.createRange();
    piece.setStart(n, start);
    piece.setEnd(n, end);
    pieces.push(piece);
  }
  return pieces;
}
