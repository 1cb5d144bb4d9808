// The dashboard's reads: the library as article blocks (an article with the annotations and
// tasks kept on it), a page at a time through the articles' indexes, so a library of 200,000
// annotations shows its first rows as fast as one of 200. Searches go through the background's
// index (messages library/search); their results are read back here by id.
import { Dexie } from 'dexie';
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

export interface BlockPage {
  blocks: LibraryBlock[];
  /** True when the whole library is in `blocks`. */
  complete: boolean;
  /** Articles per province ('' for an unknown one), for the headers when grouping by province. */
  provinceCounts: Record<string, number>;
}

/** The first `count` blocks of the whole library in list order: by last visit, or by province first. */
export async function readLibraryBlocks(
  db: GovMarkDB,
  view: { groupBy: GroupBy; show: ShownItems },
  count: number,
): Promise<BlockPage> {
  const articles = view.groupBy === 'article' ? await recentArticles(db, count + 1) : await byProvince(db, count + 1);
  const complete = articles.length <= count;
  const shown = articles.slice(0, count);
  const blocks = await itemsOf(
    db,
    shown.map((article) => ({ url: article.url, article, province: article.province })),
    view.show,
  );
  if (complete) blocks.push(...(await blocksWithoutArticle(db, view.show)));
  return {
    blocks,
    complete,
    provinceCounts: view.groupBy === 'province' ? await provinceCounts(db) : {},
  };
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

/** Provinces in order, each province's articles by last visit, the articles of no known province last. */
async function byProvince(db: GovMarkDB, count: number): Promise<ArticleRecord[]> {
  const provinces = ((await db.articles.orderBy('province').uniqueKeys()) as string[]).sort(compareProvinces);
  const out: ArticleRecord[] = [];
  for (const province of provinces) {
    if (out.length >= count) return out;
    out.push(
      ...(await db.articles
        .where('[province+lastVisit]')
        .between([province, Dexie.minKey], [province, Dexie.maxKey])
        .reverse()
        .limit(count - out.length)
        .toArray()),
    );
  }
  if (out.length < count) {
    out.push(
      ...(await db.articles
        .orderBy('lastVisit')
        .reverse()
        .filter((article) => article.province === null)
        .limit(count - out.length)
        .toArray()),
    );
  }
  return out;
}

async function provinceCounts(db: GovMarkDB): Promise<Record<string, number>> {
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
