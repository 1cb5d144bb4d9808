// A windowed list: fixed row height, only the rows in view (plus a few either side) are in the
// DOM, so 50,000 rows scroll as smoothly as 50. Rows are absolutely placed inside a spacer as
// tall as the whole list.
import type { ComponentChildren } from 'preact';
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';

export interface VirtualListProps<T> {
  items: readonly T[];
  rowHeight: number;
  /** Height of the scrolling viewport in CSS pixels. */
  height: number;
  renderRow: (item: T, index: number) => ComponentChildren;
  getKey: (item: T, index: number) => string;
  /** Rows rendered beyond each edge of the viewport. */
  overscan?: number;
  label: string;
  /** Index of a row to bring into view (e.g. the focused one). */
  scrollToIndex?: number | null;
  /** Called when the rows rendered reach the end of `items` (to read the next page). */
  onNearEnd?: () => void;
}

export function visibleRange(
  scrollTop: number,
  viewport: number,
  rowHeight: number,
  count: number,
  overscan: number,
): [number, number] {
  const first = Math.max(0, Math.floor(scrollTop / rowHeight) - overscan);
  const last = Math.min(count, Math.ceil((scrollTop + viewport) / rowHeight) + overscan);
  return [first, Math.max(first, last)];
}

export function VirtualList<T>(props: VirtualListProps<T>) {
  const { items, rowHeight, height, renderRow, getKey, overscan = 6, label, scrollToIndex = null, onNearEnd } = props;
  const viewportRef = useRef<HTMLDivElement>(null);
  const [scrollTop, setScrollTop] = useState(0);
  const frame = useRef<number | null>(null);

  // Scroll events come faster than frames; one state update per frame is enough.
  const onScroll = () => {
    if (frame.current !== null) return;
    frame.current = requestAnimationFrame(() => {
      frame.current = null;
      setScrollTop(viewportRef.current?.scrollTop ?? 0);
    });
  };
  useEffect(
    () => () => {
      if (frame.current !== null) cancelAnimationFrame(frame.current);
    },
    [],
  );

  useLayoutEffect(() => {
    const viewport = viewportRef.current;
    if (!viewport || scrollToIndex === null || scrollToIndex < 0) return;
    const top = scrollToIndex * rowHeight;
    if (top < viewport.scrollTop || top + rowHeight > viewport.scrollTop + height) {
      viewport.scrollTop = Math.max(0, top - Math.floor(height / 3));
      setScrollTop(viewport.scrollTop);
    }
  }, [scrollToIndex, rowHeight, height]);

  // A shorter list (search narrowed it) must not leave the viewport scrolled past its end.
  const maxTop = Math.max(0, items.length * rowHeight - height);
  const top = Math.min(scrollTop, maxTop);
  const [first, last] = visibleRange(top, height, rowHeight, items.length, overscan);
  const reachedEnd = last >= items.length;
  useEffect(() => {
    if (reachedEnd) onNearEnd?.();
  }, [reachedEnd, onNearEnd]);
  const rows: ComponentChildren[] = [];
  for (let index = first; index < last; index += 1) {
    const item = items[index];
    rows.push(
      <div
        key={getKey(item, index)}
        role="listitem"
        aria-setsize={items.length}
        aria-posinset={index + 1}
        class="vlist-row"
        style={{ position: 'absolute', top: `${index * rowHeight}px`, left: 0, right: 0, height: `${rowHeight}px` }}
      >
        {renderRow(item, index)}
      </div>,
    );
  }
  return (
    <div
      ref={viewportRef}
      class="vlist"
      style={{ height: `${height}px`, overflowY: 'auto', position: 'relative' }}
      onScroll={onScroll}
    >
      <div role="list" aria-label={label} style={{ position: 'relative', height: `${items.length * rowHeight}px` }}>
        {rows}
      </div>
    </div>
  );
}
