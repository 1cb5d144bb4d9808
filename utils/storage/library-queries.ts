// The dashboard's reads: the library as article blocks (an article with the annotations and
// tasks kept on it), a page at a time through the articles' indexes, so a library of 200,000
// annotations shows its first rows as fast as one of 200. Searches go through the background's
// index (messages library/search); their results are read back here by id.
import { type Collection, Dexie } from 'dexie';
import type { AnnotationRecord, ArticleRecord, TaskRecord } from '../model/records';
import type { BlockRef, GroupBy, ShownItems } from '../search/library-search';
import { compareProvinces } from '../model/province-order';
import type { GovMarkDB } from './db';

export interface LibraryBlock {
  url: string;
  /** Undefined for records whose article was never recorded (an import can bring those). */
  article: ArticleRecord | undefined;
  province: string | null;
  annotations: AnnotationRecord[];
  tasks: TaskRecord[];
}

/** Where a page of the list starts: right after this article, in list order. */
export interface BlockCursor {
  province: string | null;
  lastVisit: number;
  url: string;
}

export interface BlockPage {
  blocks: LibraryBlock[];
  /** Where the next page starts; null when this page ends the list. */
  next: BlockCursor | null;
}

/**
 * One page of the whole library in list order (by last visit, or by province first), the `count`
 * articles after `after` (from the top when null) with their items. Offset-free: a page is found
 * from its cursor through the indexes, so page 300 costs what page 1 does. The page that ends the
 * list also carries the records whose article is not in the library.
 */
export async function readBlockPage(
  db: GovMarkDB,
  view: { groupBy: GroupBy; show: ShownItems },
  after: BlockCursor | null,
  count: number,
): Promise<BlockPage> {
  const articles =
    view.groupBy === 'article'
      ? await articlesAfter(db, after, count + 1)
      : await provinceArticlesAfter(db, after, count + 1);
  const shown = articles.slice(0, count);
  const blocks = await itemsOf(
    db,
    shown.map((article) => ({ url: article.url, article, province: article.province })),
    view.show,
  );
  if (articles.length <= count) {
    blocks.push(...(await blocksWithoutArticle(db, view.show)));
    return { blocks, next: null };
  }
  const last = shown[shown.length - 1];
  return { blocks, next: { province: last.province, lastVisit: last.lastVisit, url: last.url } };
}

/** Articles per province ('' for an unknown one), for the headers when grouping by province. */
export async function provinceCounts(db: GovMarkDB): Promise<Record<string, number>> {
  const provinces = (await db.articles.orderBy('province').uniqueKeys()) as string[];
  const counts: Record<string, number> = {};
  let known = 0;
  for (const province of provinces) {
    counts[province] = await db.articles.where('province').equals(province).count();
    known += counts[province];
  }
  const unknown = (await db.articles.count()) - known;
  if (unknown > 0) counts[''] = unknown;
  return counts;
}

/** The blocks a search found, read by id; records deleted since are left out. */
export async function readSearchBlocks(db: GovMarkDB, refs: readonly BlockRef[]): Promise<LibraryBlock[]> {
  const [articles, annotations, tasks] = await Promise.all([
    db.articles.bulkGet(refs.map((ref) => ref.url)),
    db.annotations.bulkGet(refs.flatMap((ref) => ref.annotationIds)),
    db.tasks.bulkGet(refs.flatMap((ref) => ref.taskIds)),
  ]);
  let annotationAt = 0;
  let taskAt = 0;
  return refs.map((ref, index) => {
    const blockAnnotations = annotations.slice(annotationAt, (annotationAt += ref.annotationIds.length));
    const blockTasks = tasks.slice(taskAt, (taskAt += ref.taskIds.length));
    return {
      url: ref.url,
      article: articles[index],
      province: ref.province ?? articles[index]?.province ?? null,
      annotations: inReadingOrder(blockAnnotations.filter(isDefined)),
      tasks: byCreation(blockTasks.filter(isDefined)),
    };
  });
}

/** The most recently visited articles, newest first. */
export function recentArticles(db: GovMarkDB, count: number): Promise<ArticleRecord[]> {
  return db.articles.orderBy('lastVisit').reverse().limit(count).toArray();
}

/** Every tag in use, sorted, for the tag filter. */
export async function libraryTags(db: GovMarkDB): Promise<string[]> {
  const tags = (await db.annotations.orderBy('tags').uniqueKeys()) as string[];
  return tags.sort((a, b) => a.localeCompare(b, 'vi'));
}

/**
 * Up to `limit` records after the cursor in newest-first order of one key (ties in the key in
 * descending URL order, as the index keeps them read backwards). `sameKey` reads the records
 * sharing the cursor's key (few: visits to the millisecond), `older` those with a smaller key.
 */
async function newestAfter(
  after: { url: string } | null,
  sameKey: () => Promise<ArticleRecord[]>,
  older: (limit: number) => Promise<ArticleRecord[]>,
  limit: number,
): Promise<ArticleRecord[]> {
  const ties = after
    ? (await sameKey()).filter((article) => article.url < after.url).sort((a, b) => b.url.localeCompare(a.url))
    : [];
  if (ties.length >= limit) return ties.slice(0, limit);
  return [...ties, ...(await older(limit - ties.length))];
}

/** The articles after the cursor by last visit, newest first. */
function articlesAfter(db: GovMarkDB, after: BlockCursor | null, limit: number): Promise<ArticleRecord[]> {
  if (!after) return recentArticles(db, limit);
  return newestAfter(
    after,
    () => db.articles.where('lastVisit').equals(after.lastVisit).toArray(),
    (n) => db.articles.where('lastVisit').below(after.lastVisit).reverse().limit(n).toArray(),
    limit,
  );
}

/**
 * The articles after the cursor with provinces in order, each province's articles by last visit,
 * the articles of no known province last (the province index leaves them out: null is no key).
 */
async function provinceArticlesAfter(
  db: GovMarkDB,
  after: BlockCursor | null,
  limit: number,
): Promise<ArticleRecord[]> {
  const provinces = ((await db.articles.orderBy('province').uniqueKeys()) as string[]).sort(compareProvinces);
  const out: ArticleRecord[] = [];
  // The cursor's province may be gone (its last article deleted): start at the next one in order.
  const at = after === null ? 0 : provinces.findIndex((province) => compareProvinces(province, after.province) >= 0);
  for (let i = at === -1 ? provinces.length : at; i < provinces.length && out.length < limit; i++) {
    const province = provinces[i];
    const cursor = after !== null && after.province === province ? after : null;
    const upper = cursor ? cursor.lastVisit : Dexie.maxKey;
    out.push(
      ...(await newestAfter(
        cursor,
        () => db.articles.where('[province+lastVisit]').equals([province, upper]).toArray(),
        (n) =>
          db.articles
            .where('[province+lastVisit]')
            .between([province, Dexie.minKey], [province, upper], false, cursor === null)
            .reverse()
            .limit(n)
            .toArray(),
        limit - out.length,
      )),
    );
  }
  if (out.length < limit) {
    const cursor = after !== null && after.province === null ? after : null;
    const unknown = (collection: Collection<ArticleRecord, string>) =>
      collection.filter((article) => article.province === null);
    out.push(
      ...(await newestAfter(
        cursor,
        () => unknown(db.articles.where('lastVisit').equals(cursor?.lastVisit ?? 0)).toArray(),
        (n) =>
          unknown(cursor ? db.articles.where('lastVisit').below(cursor.lastVisit) : db.articles.orderBy('lastVisit'))
            .reverse()
            .limit(n)
            .toArray(),
        limit - out.length,
      )),
    );
  }
  return out;
}

async function itemsOf(
  db: GovMarkDB,
  heads: { url: string; article: ArticleRecord | undefined; province: string | null }[],
  show: ShownItems,
): Promise<LibraryBlock[]> {
  const urls = heads.map((head) => head.url);
  // One getAll per article: anyOf() walks a cursor record by record, each step a round trip.
  const perArticle = <T>(read: (url: string) => Promise<T[]>) =>
    Promise.all(urls.map(read)).then((lists) => lists.flat());
  const [annotations, tasks] = await Promise.all([
    show === 'tasks' ? [] : perArticle((url) => db.annotations.where('articleUrl').equals(url).toArray()),
    show === 'annotations' ? [] : perArticle((url) => db.tasks.where('articleUrl').equals(url).toArray()),
  ]);
  const annotationsByUrl = groupBy(annotations, (annotation) => annotation.articleUrl);
  const tasksByUrl = groupBy(tasks, (task) => task.articleUrl);
  return heads.map((head) => ({
    ...head,
    annotations: inReadingOrder(annotationsByUrl.get(head.url) ?? []),
    tasks: byCreation(tasksByUrl.get(head.url) ?? []),
  }));
}

/** Records whose article is not in the library, as blocks after every article's. */
async function blocksWithoutArticle(db: GovMarkDB, show: ShownItems): Promise<LibraryBlock[]> {
  const [articleUrls, annotationUrls, taskUrls] = await Promise.all([
    db.articles.toCollection().primaryKeys(),
    show === 'tasks' ? [] : db.annotations.orderBy('articleUrl').uniqueKeys(),
    show === 'annotations' ? [] : db.tasks.orderBy('articleUrl').uniqueKeys(),
  ]);
  const known = new Set(articleUrls as string[]);
  const missing = [...new Set([...(annotationUrls as string[]), ...(taskUrls as string[])])]
    .filter((url) => !known.has(url))
    .sort();
  const blocks = await itemsOf(
    db,
    missing.map((url) => ({ url, article: undefined, province: null })),
    show,
  );
  return blocks.filter((block) => block.annotations.length + block.tasks.length > 0);
}

function groupBy<T>(records: readonly T[], key: (record: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const record of records) {
    const list = groups.get(key(record));
    if (list) list.push(record);
    else groups.set(key(record), [record]);
  }
  return groups;
}

function storedStart(annotation: AnnotationRecord): number {
  const position = annotation.selectors.find((selector) => selector.type === 'TextPositionSelector');
  return position ? position.start : Number.MAX_SAFE_INTEGER;
}

/** By stored position, then creation. */
function inReadingOrder(annotations: AnnotationRecord[]): AnnotationRecord[] {
  return annotations.sort(
    (a, b) => storedStart(a) - storedStart(b) || a.created - b.created || a.id.localeCompare(b.id),
  );
}

function byCreation(tasks: TaskRecord[]): TaskRecord[] {
  return tasks.sort((a, b) => a.created - b.created || a.id.localeCompare(b.id));
}

function isDefined<T>(value: T | undefined): value is T {
  return value !== undefined;
}
