// Articles: one row per canonical URL, written on every visit.
import type { GovMarkDB } from './db';
import type { ArticleRecord } from '../model/records';

/** What a visit tells about the page; the visit times come from the background's clock. */
export type ArticleVisit = Omit<ArticleRecord, 'firstVisit' | 'lastVisit'>;

/**
 * Records a visit: the first visit time is kept, the last one moved to `now`, the rest refreshed.
 * When a page that was an article no longer reads as one (the portal deleted or moved it), the
 * stored title and text are kept, since quotes and citations rely on them. Tasks carry the
 * article's site and province, so they follow when those change.
 */
export async function recordVisit(db: GovMarkDB, visit: ArticleVisit, now: number): Promise<ArticleRecord> {
  return db.transaction('rw', db.articles, db.tasks, async () => {
    const stored = await db.articles.get(visit.url);
    const keepStoredText = stored?.isArticle && !visit.isArticle;
    const article: ArticleRecord = keepStoredText
      ? { ...stored, lastVisit: now }
      : { ...visit, firstVisit: stored?.firstVisit ?? now, lastVisit: now };
    await db.articles.put(article);
    if (stored && (stored.site !== article.site || stored.province !== article.province)) {
      await db.tasks.where('articleUrl').equals(article.url).modify({ site: article.site, province: article.province });
    }
    return article;
  });
}
