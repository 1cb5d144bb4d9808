// The link that opens a task's article scrolled to its passage: the article URL with a text
// fragment built from the passage's stored quote and context. Shared by the extension pages and
// the background (a reminder notification opens the same link).
import type { GovMarkDB } from './db';
import type { TaskRecord } from '../model/records';
import { annotationPassageLink } from '../export/text-fragment';

export async function taskPassageUrl(db: GovMarkDB, task: TaskRecord): Promise<string> {
  const annotation = await db.annotations.get(task.annotationId);
  return annotation ? annotationPassageLink(annotation, task.articleUrl) : task.articleUrl;
}
