// The reader's annotations on the page: read from the background, each anchored in the text it
// was described in (the article, or the page's visible text for a page that is not an article
// and for passages outside the article's body), painted in their colours, and kept with the
// range each was placed at. A passage the reader just acted on is placed directly.
//
// Anchoring never leaves an annotation's scope: a passage that left the article is an orphan,
// not a highlight on a comment box or a sidebar that happens to hold the same words.
import { anchorAllChunked } from '../anchoring/anchor';
import type { TextScope } from '../anchoring/scope';
import type { Placement } from '../anchoring/types';
import { HIGHLIGHT_COLORS } from '../model/kinds';
import type { PaintableAnnotation } from '../model/paintable';
import type { PageAnnotationSummary } from '../messaging/page-state';
import type { PageBackend } from './page-backend';
import type { PageScopes } from './page-scopes';
import type { Painter } from './painter';

interface PlacedAnnotation {
  record: PaintableAnnotation;
  /** Null for an orphan: the passage is no longer found on the page. */
  range: Range | null;
  placement: Placement;
  /** Tracked as a task: painted as one, not as a highlight of its colour. */
  task: boolean;
}

const yieldToPage = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

export class AnnotationLayer {
  private readonly placed = new Map<string, PlacedAnnotation>();
  private loadedValue = false;

  constructor(
    private readonly painter: Painter,
    private readonly backend: Pick<PageBackend, 'loadAnnotations' | 'trackedAnnotationIds'>,
  ) {}

  /** True once the page's saved annotations have been read and placed at least once. */
  get loaded(): boolean {
    return this.loadedValue;
  }

  /** Reads the page's saved annotations again, anchors each in its scope and repaints them. */
  async load(url: string, scopes: PageScopes): Promise<void> {
    const [records, tracked] = await Promise.all([
      this.backend.loadAnnotations(url).catch(() => [] as PaintableAnnotation[]),
      this.backend.trackedAnnotationIds(url).catch(() => [] as string[]),
    ]);
    const tasks = new Set(tracked);
    const byScope = new Map<TextScope, { record: PaintableAnnotation; index: number }[]>();
    const built = new Map<string, TextScope>();
    records.forEach((record, index) => {
      const kind = record.scope ?? 'article';
      let scope = built.get(kind);
      if (!scope) {
        scope = scopes.forAnnotation(kind);
        built.set(kind, scope);
      }
      const group = byScope.get(scope) ?? [];
      group.push({ record, index });
      byScope.set(scope, group);
    });
    const ranges: (Range | null)[] = new Array(records.length).fill(null);
    const placements: Placement[] = new Array(records.length).fill('orphan');
    for (const [scope, group] of byScope) {
      const results = await anchorAllChunked(
        scope,
        group.map(({ record }) => record.selectors),
        { yieldToPage },
      );
      group.forEach(({ index }, i) => {
        ranges[index] = results[i]?.range ?? null;
        placements[index] = results[i]?.placement ?? 'orphan';
      });
    }
    this.placed.clear();
    records.forEach((record, index) => {
      this.placed.set(record.id, {
        record,
        range: ranges[index],
        placement: placements[index],
        task: tasks.has(record.id),
      });
    });
    this.loadedValue = true;
    this.paint();
  }

  /** Places a saved annotation at the range the reader just acted on (a task when it was tracked). */
  place(record: PaintableAnnotation, range: Range, task = false): void {
    this.placed.set(record.id, {
      record,
      range,
      placement: 'position',
      task: task || !!this.placed.get(record.id)?.task,
    });
    this.paint();
  }

  /** The placed annotation whose passage holds the point (the shortest, where they nest), or null. */
  annotationAt(node: Node, offset: number): string | null {
    let best: { id: string; length: number } | null = null;
    for (const { record, range } of this.placed.values()) {
      if (!range || !pointIn(range, node, offset)) continue;
      const length = range.toString().length;
      if (!best || length < best.length) best = { id: record.id, length };
    }
    return best?.id ?? null;
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
      placedText: range ? range.toString().normalize('NFC') : null,
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

function pointIn(range: Range, node: Node, offset: number): boolean {
  try {
    return range.isPointInRange(node, offset);
  } catch {
    // A point in another document or a doctype node.
    return false;
  }
}
