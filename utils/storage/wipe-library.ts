// Deleting the whole library (the options page's "delete all data", after the reader
// confirmed): articles, annotations and tasks in one transaction, settings kept. The keys are
// returned so the search index forgets the same records.
import type { GovMarkDB } from './db';

export interface WipedRecords {
  articles: string[];
  annotations: string[];
  tasks: string[];
}

export async function wipeLibrary(db: GovMarkDB): Promise<WipedRecords> {
  return db.transaction('rw', db.articles, db.annotations, db.tasks, async () => {
    const [articles, annotations, tasks] = await Promise.all([
      db.articles.toCollection().primaryKeys(),
      db.annotations.toCollection().primaryKeys(),
      db.tasks.toCollection().primaryKeys(),
    ]);
    await Promise.all([db.articles.clear(), db.annotations.clear(), db.tasks.clear()]);
    return { articles: articles as string[], annotations: annotations as string[], tasks: tasks as string[] };
  });
}
