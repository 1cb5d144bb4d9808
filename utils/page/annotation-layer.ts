// The reader's annotations on the page: read from the background, anchored in a root element
// (the article, or the whole body on a page that is not one), painted in their colours, and
// kept with the range each was placed at. A passage the reader just acted on is placed directly.
import { anchor, anchorAllChunked } from '../anchoring/anchor';
import { HIGHLIGHT_COLORS } from '../model/kinds';
import type { PaintableAnnotation } from '../model/paintable';
import type { PageAnnotationSummary } from '../messaging/page-state';
import type { PageBackend } from './page-backend';
import type { Painter } from './painter';

interface PlacedAnnotation {
  record: PaintableAnnotation;
  /** Null for an orphan: the passage is no longer found on the page. */
  range: Range | null;
}

const yieldToPage = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

export class AnnotationLayer {
  private readonly placed = new Map<string, PlacedAnnotation>();

  constructor(
    private readonly doc: Document,
    private readonly painter: Painter,
    private readonly backend: Pick<PageBackend, 'loadAnnotations'>,
  ) {}

  /** Reads the page's saved annotations again, anchors them in `root` and repaints them. */
  async load(url: string, root: Element): Promise<void> {
    const records = await this.backend.loadAnnotations(url).catch(() => [] as PaintableAnnotation[]);
    const results = await anchorAllChunked(
      root,
      records.map((record) => record.selectors),
      { yieldToPage },
    );
    this.placed.clear();
    records.forEach((record, index) => {
      let range = results[index]?.range ?? null;
      // The article root can shrink when a portal changes its layout: try the whole body
      // by quote before calling an annotation an orphan.
      if (!range && root !== this.doc.body) {
        const quoteOnly = record.selectors.filter((selector) => selector.type === 'TextQuoteSelector');
        range = quoteOnly.length ? anchor(this.doc.body, quoteOnly) : null;
      }
      this.placed.set(record.id, { record, range });
    });
    this.paint();
    this.doc.documentElement.setAttribute('data-govmark-anchored', String(this.placed.size));
  }

  /** Places a saved annotation at the range the reader just acted on. */
  place(record: PaintableAnnotation, range: Range): void {
    this.placed.set(record.id, { record, range });
    this.paint();
  }

  rangeOf(annotationId: string): Range | null {
    return this.placed.get(annotationId)?.range ?? null;
  }

  summaries(): PageAnnotationSummary[] {
    return [...this.placed.values()].map(({ record, range }) => ({
      id: record.id,
      quote: record.quote,
      anchored: range !== null,
    }));
  }

  private paint(): void {
    for (const color of HIGHLIGHT_COLORS) {
      const ranges: Range[] = [];
      for (const { record, range } of this.placed.values()) if (range && record.color === color) ranges.push(range);
      this.painter.paint(`user-${color}`, ranges);
    }
  }
}
