// The dashboard's first screen before the whole library is read: the most recently visited
// articles with their annotations and tasks, which are exactly the first rows when grouping by
// article. Reading 50,000 annotations takes a second; these take a few milliseconds.
import type { LibraryRecords } from '../model/library';
import type { GovMarkDB } from '../storage/db';

export async function recentArticlesLibrary(db: GovMarkDB, articleCount: number): Promise<LibraryRecords> {
  const articles = await db.articles.orderBy('lastVisit').reverse().limit(articleCount).toArray();
  const urls = articles.map((article) => article.url);
  const [annotations, tasks] = await Promise.all([
    db.annotations.where('articleUrl').anyOf(urls).toArray(),
    db.tasks.where('articleUrl').anyOf(urls).toArray(),
  ]);
  return { articles, annotations, tasks };
}
