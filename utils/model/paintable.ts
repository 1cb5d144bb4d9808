// What a content script is given of the reader's library: enough to anchor and paint the page's
// annotations and to run the toolbar, none of what the reader wrote (notes, tags, a task's
// rewritten text, assignees, deadline or notes) and nothing about other sites. Content scripts run
// beside pages that may be hostile (a compromised renderer speaks as the content script); the
// reader's words stay in the extension's own pages.
import type { AnnotationRecord, Settings, TaskRecord } from './records';

export type PaintableAnnotation = Omit<AnnotationRecord, 'note' | 'tags'>;

export function toPaintable(annotation: AnnotationRecord): PaintableAnnotation {
  const { note, tags, ...paintable } = annotation;
  return paintable;
}

/** A tracked task as its page knows it: which passage it marks (painted as a task), nothing more. */
export type PageTask = Pick<TaskRecord, 'id' | 'articleUrl' | 'annotationId'>;

export function toPageTask(task: TaskRecord): PageTask {
  return { id: task.id, articleUrl: task.articleUrl, annotationId: task.annotationId };
}

/** The settings a page needs: the finding kinds it paints and the UI language (not the reader's sites). */
export type PageSettings = Pick<Settings, 'hiddenKinds' | 'language'>;

export function toPageSettings(settings: Settings): PageSettings {
  return { hiddenKinds: settings.hiddenKinds, language: settings.language };
}
