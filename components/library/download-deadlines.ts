// The tracked tasks' deadlines as an iCalendar file (one event per deadline on the end of its
// period, reminding as the reader's notifications do), for the popup's button. The dashboard's
// export panel writes the same file for its filtered view.
import { ICS_MIME_TYPE, tasksToIcs } from '../../utils/export/ics';
import { isoDay } from '../../utils/export/dates';
import type { Lang } from '../../utils/i18n/lang';
import { taskRows } from '../../utils/library/export-rows';
import type { AnnotationRecord, ArticleRecord, TaskRecord } from '../../utils/model/records';
import type { GovMarkDB } from '../../utils/storage/db';
import { getSettings } from '../../utils/storage/settings-queries';
import { downloadBlob } from '../common/download';

/** Downloads the deadlines of the tasks `keep` accepts; false when none has a deadline. */
export async function downloadDeadlines(
  db: GovMarkDB,
  lang: Lang,
  keep: (task: TaskRecord) => boolean = () => true,
): Promise<boolean> {
  const tasks = (await db.tasks.toArray()).filter((task) => task.deadline !== null && keep(task));
  if (tasks.length === 0) return false;
  const present = <T>(records: (T | undefined)[]) => records.filter((record): record is T => record !== undefined);
  const [articles, annotations] = await Promise.all([
    db.articles.bulkGet([...new Set(tasks.map((task) => task.articleUrl))]),
    db.annotations.bulkGet(tasks.map((task) => task.annotationId)),
  ]);
  const library = {
    articles: present<ArticleRecord>(articles),
    annotations: present<AnnotationRecord>(annotations),
    tasks,
  };
  const { reminders } = await getSettings(db);
  const ics = tasksToIcs(taskRows(tasks, library), { lang, reminderDays: reminders.leadDays });
  downloadBlob([ics], ICS_MIME_TYPE, `govmark-deadlines-${isoDay(Date.now())}.ics`);
  return true;
}
