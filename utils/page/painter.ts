// Paints ranges without touching the page's text nodes, through the CSS Custom Highlight API.
// Where the API is missing, ranges are wrapped in a custom element (`govmark-mark`, not a
// <span>, so page CSS aimed at spans leaves it alone) that is removed cleanly again.
import { FINDING_PAINT_PRIORITY, type FindingKind } from '../model/kinds';
import { highlightName, type PaintKind } from './highlight-kinds';

export interface Painter {
  readonly usesHighlightApi: boolean;
  paint(kind: PaintKind, ranges: Range[]): void;
  clear(kind: PaintKind): void;
  clearAll(): void;
  /** The painted kinds whose ranges contain the point (for hover cards and clicks). */
  kindsAt(node: Node, offset: number): PaintKind[];
  rangesOf(kind: PaintKind): readonly Range[];
}

const FALLBACK_TAG = 'govmark-mark';

export function createPainter(doc: Document = document): Painter {
  const win = doc.defaultView as (Window & typeof globalThis) | null;
  const registry =
    win?.CSS && 'highlights' in win.CSS && typeof win.Highlight === 'function' ? win.CSS.highlights : null;
  const painted = new Map<PaintKind, Range[]>();
  const wrappers = new Map<PaintKind, HTMLElement[]>();

  function priorityOf(kind: PaintKind): number {
    if (kind === 'flash') return 20;
    return kind.startsWith('user-') ? 10 : FINDING_PAINT_PRIORITY[kind as FindingKind];
  }

  function unwrap(kind: PaintKind): void {
    for (const el of wrappers.get(kind) ?? []) {
      const parent = el.parentNode;
      if (!parent) continue;
      while (el.firstChild) parent.insertBefore(el.firstChild, el);
      parent.removeChild(el);
      parent.normalize();
    }
    wrappers.delete(kind);
  }

  function wrap(kind: PaintKind, ranges: Range[]): void {
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

  return {
    usesHighlightApi: registry !== null,
    paint(kind, ranges) {
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
      if (registry) registry.delete(highlightName(kind));
      else unwrap(kind);
    },
    clearAll() {
      for (const kind of [...painted.keys()]) this.clear(kind);
    },
    kindsAt(node, offset) {
      // Wrapping moves text into new nodes, which collapses the painted live ranges: in the
      // fallback the marks themselves say what is painted where.
      if (!registry) return fallbackKindsAt(node).sort((a, b) => priorityOf(b) - priorityOf(a));
      const hits: PaintKind[] = [];
      for (const [kind, ranges] of painted) {
        if (ranges.some((r) => safeIsPointInRange(r, node, offset))) hits.push(kind);
      }
      return hits.sort((a, b) => priorityOf(b) - priorityOf(a));
    },
    rangesOf(kind) {
      return painted.get(kind) ?? [];
    },
  };
}

function fallbackKindsAt(node: Node): PaintKind[] {
  const kinds: PaintKind[] = [];
  for (
    let el = node.nodeType === Node.ELEMENT_NODE ? (node as Element) : node.parentElement;
    el;
    el = el.parentElement
  ) {
    if (el.localName === FALLBACK_TAG) kinds.push(el.getAttribute('data-kind') as PaintKind);
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
