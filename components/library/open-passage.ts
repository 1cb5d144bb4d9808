// Opens a task's or annotation's article scrolled to the exact passage, with a text fragment
// built from the stored quote and its context.
import { browser } from 'wxt/browser';
import type { GovMarkDB } from '../../utils/storage/db';
import type { AnnotationRecord, TaskRecord } from '../../utils/model/records';
import { annotationPassageLink } from '../../utils/export/text-fragment';
import { taskPassageUrl } from '../../utils/storage/task-passage';

export async function openAnnotationPassage(annotation: AnnotationRecord): Promise<void> {
  await browser.tabs.create({ url: annotationPassageLink(annotation) });
}

export async function openTaskPassage(db: GovMarkDB, task: TaskRecord): Promise<void> {
  await browser.tabs.create({ url: await taskPassageUrl(db, task) });
}
