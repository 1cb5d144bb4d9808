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
  const register = [db.documents, db.citations, db.taskMatch, db.matterDigests, db.articleFollowUps, db.registered];
  return db.transaction('rw', [db.articles, db.annotations, db.tasks, ...register], async () => {
    const [articles, annotations, tasks] = await Promise.all([
      db.articles.toCollection().primaryKeys(),
      db.annotations.toCollection().primaryKeys(),
      db.tasks.toCollection().primaryKeys(),
    ]);
    // The register is read from the articles: it names what the reader read, so it goes with them.
    await Promise.all([
      db.articles.clear(),
      db.annotations.clear(),
      db.tasks.clear(),
      ...register.map((t) => t.clear()),
    ]);
    return { articles: articles as string[], annotations: annotations as string[], tasks: tasks as string[] };
  });
}
