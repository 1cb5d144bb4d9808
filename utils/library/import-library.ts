// Writes a parsed backup into the library (background side of "library/import"). Only the
// records the file names are read back for the merge, and everything is written in one
// transaction: an import either lands whole or not at all.
import { mergeImport } from '../export/merge-import';
import type { LibraryRecords } from '../model/library';
import type { GovMarkDB } from '../storage/db';

export interface ImportSummary {
  added: number;
  updated: number;
  unchanged: number;
}

function present<T>(records: (T | undefined)[]): T[] {
  return records.filter((record): record is T => record !== undefined);
}

export async function importLibrary(db: GovMarkDB, incoming: LibraryRecords): Promise<ImportSummary> {
  return db.transaction('rw', db.articles, db.annotations, db.tasks, async () => {
    const [articles, annotations, tasks] = await Promise.all([
      db.articles.bulkGet(incoming.articles.map((article) => article.url)),
      db.annotations.bulkGet(incoming.annotations.map((annotation) => annotation.id)),
      db.tasks.bulkGet(incoming.tasks.map((task) => task.id)),
    ]);
    const plan = mergeImport(
      { articles: present(articles), annotations: present(annotations), tasks: present(tasks) },
      incoming,
    );
    await db.articles.bulkPut([...plan.add.articles, ...plan.update.articles]);
    await db.annotations.bulkPut([...plan.add.annotations, ...plan.update.annotations]);
    await db.tasks.bulkPut([...plan.add.tasks, ...plan.update.tasks]);
    const count = (records: LibraryRecords) =>
      records.articles.length + records.annotations.length + records.tasks.length;
    return { added: count(plan.add), updated: count(plan.update), unchanged: plan.unchanged };
  });
}
