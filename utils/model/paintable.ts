// What a content script is given of the reader's annotations: enough to anchor and paint them,
// none of what the reader wrote (notes, tags). Content scripts run beside pages that may be
// hostile; the reader's words stay in the extension's own pages.
import type { AnnotationRecord } from './records';

export type PaintableAnnotation = Omit<AnnotationRecord, 'note' | 'tags'>;

export function toPaintable(annotation: AnnotationRecord): PaintableAnnotation {
  const { note, tags, ...paintable } = annotation;
  return paintable;
}
