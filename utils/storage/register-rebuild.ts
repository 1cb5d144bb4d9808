// Fills the register from the articles already stored, so a reader who upgrades gets it for what
// they read before: each stored snapshot is read again by the engine (nothing is fetched). Runs
// in the background after the database opens; articles already registered are skipped, so it
// resumes where a stopped service worker left it.
import { analyzeText } from '../engine/analyze';
import type { ArticleRecord } from '../model/records';
import type { GovMarkDB } from './db';
import { type ArticleFindings, registerArticle } from './register-queries';
import { indexTasks } from './task-match-queries';
import { droppedTaskIds } from './schema';

export type SnapshotReader = (article: ArticleRecord) => ArticleFindings;

/** The engine on a stored snapshot: the article text as the content script read it. */
export function readSnapshot(article: ArticleRecord): ArticleFindings {
  const analysis = analyzeText(article.textSnapshot, {
    url: article.url,
    title: article.title,
    published: article.published,
    articleOnly: true,
  });
  return { documents: analysis.documents, directives: analysis.directives };
}

export interface RebuildSummary {
  /** Articles whose snapshot was read into the register. */
  registered: number;
  /** Stored articles with no snapshot to read (pages that were not articles). */
  skipped: number;
  /** Tasks given their follow-up match row. */
  tasksIndexed: number;
}

export async function rebuildRegister(
  db: GovMarkDB,
  now: number,
  read: SnapshotReader = readSnapshot,
): Promise<RebuildSummary> {
  const registered = new Set(await db.registered.toCollection().primaryKeys());
  const pending = (await db.articles.toCollection().primaryKeys()).filter((url) => !registered.has(url));
  let done = 0;
  let skipped = 0;
  for (const url of pending) {
    // A visit may have registered it meanwhile, from the page as it reads now.
    if (await db.registered.get(url)) continue;
    const article = await db.articles.get(url);
    if (!article?.isArticle || article.textSnapshot === '') {
      skipped += 1;
      continue;
    }
    await registerArticle(db, article, read(article), now, { suggestFollowUps: false });
    done += 1;
  }
  const indexed = new Set(await db.taskMatch.toCollection().primaryKeys());
  // Dropped tasks have no row (they are followed up no more).
  const dropped = new Set(await droppedTaskIds(db.tasks));
  const unindexed = (await db.tasks.toCollection().primaryKeys()).filter((id) => !indexed.has(id) && !dropped.has(id));
  await indexTasks(db, unindexed);
  return { registered: done, skipped, tasksIndexed: unindexed.length };
}
