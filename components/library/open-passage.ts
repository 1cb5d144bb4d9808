// Opens a task's or annotation's article scrolled to the exact passage, with a text fragment
// built from the stored quote and its context.
import { browser } from 'wxt/browser';
import type { GovMarkDB } from '../../utils/storage/db';
import type { AnnotationRecord, TaskRecord } from '../../utils/model/records';
import { annotationPassageLink } from '../../utils/export/text-fragment';

export async function openAnnotationPassage(annotation: AnnotationRecord): Promise<void> {
  await browser.tabs.create({ url: annotationPassageLink(annotation) });
}

export async function openTaskPassage(db: GovMarkDB, task: TaskRecord): Promise<void> {
  const annotation = await db.annotations.get(task.annotationId);
  await browser.tabs.create({ url: annotation ? annotationPassageLink(annotation, task.articleUrl) : task.articleUrl });
}
