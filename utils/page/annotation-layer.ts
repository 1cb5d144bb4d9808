// The reader's annotations on the page: read from the background, anchored in a root element
// (the article, or the whole body on a page that is not one), painted in their colours, and
// kept with the range each was placed at. A passage the reader just acted on is placed directly.
import { anchor, anchorAllChunked } from '../anchoring/anchor';
import type { Placement } from '../anchoring/types';
import { HIGHLIGHT_COLORS } from '../model/kinds';
import type { AnnotationRecord } from '../model/records';
import type { PageAnnotationSummary } from '../messaging/page-state';
import type { PageBackend } from './page-backend';
import type { Painter } from './painter';

interface PlacedAnnotation {
  record: AnnotationRecord;
  /** Null for an orphan: the passage is no longer found on the page. */
  range: Range | null;
  placement: Placement;
  /** Tracked as a task: painted as one, not as a highlight of its colour. */
  task: boolean;
}

const yieldToPage = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

export class AnnotationLayer {
  private readonly placed = new Map<string, PlacedAnnotation>();

  constructor(
    private readonly doc: Document,
    private readonly painter: Painter,
    private readonly backend: Pick<PageBackend, 'loadAnnotations' | 'trackedAnnotationIds'>,
  ) {}

  /** Reads the page's saved annotations again, anchors them in `root` and repaints them. */
  async load(url: string, root: Element): Promise<void> {
    const [records, tracked] = await Promise.all([
      this.backend.loadAnnotations(url).catch(() => [] as AnnotationRecord[]),
      this.backend.trackedAnnotationIds(url).catch(() => [] as string[]),
    ]);
    const tasks = new Set(tracked);
    const results = await anchorAllChunked(
      root,
      records.map((record) => record.selectors),
      { yieldToPage },
    );
    this.placed.clear();
    records.forEach((record, index) => {
      let range = results[index]?.range ?? null;
      let placement: Placement = results[index]?.placement ?? 'orphan';
      // The article root can shrink when a portal changes its layout: try the whole body
      // by quote before calling an annotation an orphan.
      if (!range && root !== this.doc.body) {
        const quoteOnly = record.selectors.filter((selector) => selector.type === 'TextQuoteSelector');
        range = quoteOnly.length ? anchor(this.doc.body, quoteOnly) : null;
        placement = range ? 'exact' : 'orphan';
      }
      this.placed.set(record.id, { record, range, placement, task: tasks.has(record.id) });
    });
    this.paint();
    this.doc.documentElement.setAttribute('data-govmark-anchored', String(this.placed.size));
  }

  /** Places a saved annotation at the range the reader just acted on (a task when it was tracked). */
  place(record: AnnotationRecord, range: Range, task = false): void {
    this.placed.set(record.id, {
      record,
      range,
      placement: 'position',
      task: task || !!this.placed.get(record.id)?.task,
    });
    this.paint();
  }

  rangeOf(annotationId: string): Range | null {
    return this.placed.get(annotationId)?.range ?? null;
  }

  summaries(): PageAnnotationSummary[] {
    return [...this.placed.values()].map(({ record, range, placement, task }) => ({
      id: record.id,
      quote: record.quote,
      anchored: range !== null,
      placement,
      color: record.color,
      task,
    }));
  }

  private paint(): void {
    const placed = [...this.placed.values()].filter((p) => p.range !== null);
    for (const color of HIGHLIGHT_COLORS) {
      this.painter.paint(
        `user-${color}`,
        placed.filter((p) => !p.task && p.record.color === color).map((p) => p.range as Range),
      );
    }
    this.painter.paint(
      'task',
      placed.filter((p) => p.task).map((p) => p.range as Range),
    );
  }
}
