// The reader's own marks on the page — highlights, tracked passages, the flash after a jump from
// the side panel, the outline of the stretch a card describes — drawn as positioned boxes in a
// closed shadow root, never through the CSS Custom Highlight API. The highlight registry is
// shared with the page's main world (`CSS.highlights` lists every name and range), so anything
// painted there can be read by any script on the portal, analytics included. Boxes in a closed
// shadow root are out of its reach: the page sees one empty element with no attributes, and
// `shadowRoot` on it is null. The engine's findings stay in the registry: they are what any
// reader of the public page would get from the same engine.
//
// The boxes follow the text: they are laid out again (once per frame at most) when anything
// scrolls, the window or the page's size changes, fonts load, or the marks change. They take no
// pointer events, so the page below them works as before. The fills are blended with `multiply`,
// as a highlighter pen over paper: the text and the findings' underlines beneath stay visible.
import { HIGHLIGHT_COLORS, type HighlightColor } from '../model/kinds';
import { FLASH_FILL, FOCUS_INK, READER_FILLS, TASK_INK } from '../model/paint-palette';

/** What the private layer draws. */
export type PrivateMarkKind = `user-${HighlightColor}` | 'task' | 'flash' | 'focus';

export interface PrivateMarks {
  paint(kind: PrivateMarkKind, ranges: readonly Range[]): void;
  clear(kind: PrivateMarkKind): void;
  /** Removes every mark and the layer's element from the page. */
  destroy(): void;
  /** Whether a node is the layer's element (so page watchers can ignore it). */
  owns(node: Node): boolean;
}

/** Drawn in this order: later kinds lie over earlier ones. */
const ORDER: PrivateMarkKind[] = [
  'user-yellow',
  'user-green',
  'user-blue',
  'user-pink',
  'user-purple',
  'task',
  'flash',
  'focus',
];

const LAYER_CSS = `
:host { all: initial !important; position: absolute !important; left: 0 !important; top: 0 !important;
  width: 0 !important; height: 0 !important; overflow: visible !important; pointer-events: none !important;
  z-index: 2147483645 !important; mix-blend-mode: multiply !important; display: block !important; }
.m { position: absolute; pointer-events: none; border-radius: 2px; }
${HIGHLIGHT_COLORS.map((color) => `.m-user-${color} { background: ${READER_FILLS[color]}; }`).join('\n')}
.m-task { box-sizing: border-box; border: 1.5px solid ${TASK_INK}; }
.m-task-bar { position: absolute; border-radius: 2px; background: ${TASK_INK}; }
.m-flash { background: ${FLASH_FILL}; }
.m-focus { box-sizing: border-box; border: 2px solid ${FOCUS_INK}; border-radius: 3px; }
`;

/** The gap between a tracked passage and the bar in the margin beside it, in CSS pixels. */
const TASK_BAR_GAP = 8;

export function createPrivateMarks(doc: Document = document): PrivateMarks {
  const win = doc.defaultView!;
  const marks = new Map<PrivateMarkKind, readonly Range[]>();
  let layer: { host: HTMLElement; boxes: HTMLElement } | null = null;
  let frame = 0;
  let resizeObserver: ResizeObserver | null = null;

  const schedule = () => {
    if (frame) return;
    frame = win.requestAnimationFrame(() => {
      frame = 0;
      draw();
    });
  };

  function attach(): { host: HTMLElement; boxes: HTMLElement } {
    if (layer) return layer;
    // A name of our own each time: a page cannot pre-define it to take the element over.
    const host = doc.createElement(`gm-${Math.random().toString(36).slice(2, 10)}-layer`);
    const root = host.attachShadow({ mode: 'closed' });
    const style = doc.createElement('style');
    style.textContent = LAYER_CSS;
    const boxes = doc.createElement('div');
    root.append(style, boxes);
    doc.documentElement.append(host);
    win.addEventListener('scroll', schedule, { capture: true, passive: true });
    win.addEventListener('resize', schedule, { passive: true });
    doc.fonts?.addEventListener?.('loadingdone', schedule);
    if (typeof win.ResizeObserver === 'function') {
      resizeObserver = new win.ResizeObserver(schedule);
      resizeObserver.observe(doc.documentElement);
      if (doc.body) resizeObserver.observe(doc.body);
    }
    layer = { host, boxes };
    return layer;
  }

  function detach(): void {
    if (!layer) return;
    if (frame) win.cancelAnimationFrame(frame);
    frame = 0;
    win.removeEventListener('scroll', schedule, { capture: true });
    win.removeEventListener('resize', schedule);
    doc.fonts?.removeEventListener?.('loadingdone', schedule);
    resizeObserver?.disconnect();
    resizeObserver = null;
    layer.host.remove();
    layer = null;
  }

  function draw(): void {
    if (!layer) return;
    const origin = layer.host.getBoundingClientRect();
    const out = doc.createDocumentFragment();
    for (const kind of ORDER) {
      for (const range of marks.get(kind) ?? []) {
        const lines = lineBoxes(range);
        for (const r of lines) out.append(box(`m m-${kind}`, r, origin));
        if (kind === 'task' && lines.length > 0) out.append(taskBar(lines, origin));
      }
    }
    layer.boxes.replaceChildren(out);
  }

  function box(className: string, r: Rect, origin: DOMRect): HTMLElement {
    const el = doc.createElement('div');
    el.className = className;
    el.style.cssText = `left:${r.left - origin.left}px;top:${r.top - origin.top}px;width:${r.right - r.left}px;height:${r.bottom - r.top}px`;
    return el;
  }

  /** A bar in the left margin over the passage's height: a tracked task reads as one block. */
  function taskBar(lines: Rect[], origin: DOMRect): HTMLElement {
    const left = Math.min(...lines.map((r) => r.left)) - TASK_BAR_GAP;
    const top = Math.min(...lines.map((r) => r.top));
    const bottom = Math.max(...lines.map((r) => r.bottom));
    const bar = box('m-task-bar', { left: left - 4, right: left, top, bottom }, origin);
    return bar;
  }

  return {
    paint(kind, ranges) {
      if (ranges.length === 0) {
        this.clear(kind);
        return;
      }
      marks.set(kind, [...ranges]);
      attach();
      schedule();
    },
    clear(kind) {
      if (!marks.delete(kind)) return;
      if (marks.size === 0) detach();
      else schedule();
    },
    destroy() {
      marks.clear();
      detach();
    },
    owns(node) {
      return !!layer && node === layer.host;
    },
  };
}

interface Rect {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/**
 * One box per line of a range: `getClientRects` gives a box per inline element piece, which
 * overlap where elements nest (and would darken twice under `multiply`).
 */
export function lineBoxes(range: Range): Rect[] {
  const rects = [...range.getClientRects()]
    .filter((r) => r.width > 0.5 && r.height > 0.5)
    .map((r) => ({ left: r.left, top: r.top, right: r.right, bottom: r.bottom }))
    .sort((a, b) => a.top - b.top || a.left - b.left);
  const lines: Rect[] = [];
  for (const r of rects) {
    const line = lines.find((l) => overlapsVertically(l, r) && r.left <= l.right + 1 && r.right >= l.left - 1);
    if (line) {
      line.left = Math.min(line.left, r.left);
      line.right = Math.max(line.right, r.right);
      line.top = Math.min(line.top, r.top);
      line.bottom = Math.max(line.bottom, r.bottom);
    } else {
      lines.push({ ...r });
    }
  }
  return lines;
}

function overlapsVertically(a: Rect, b: Rect): boolean {
  const overlap = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
  return overlap > 0.5 * Math.min(a.bottom - a.top, b.bottom - b.top);
}
