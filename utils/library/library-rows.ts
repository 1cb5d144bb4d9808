// The dashboard's list as flat rows for a windowed list: province headers (when grouping by
// province), article headers, then each article's annotations in reading order and its tasks.
import { foldForSearch } from '../search/fold';
import type { AnnotationRecord, ArticleRecord, TaskRecord } from '../model/records';
import { annotationSearchText, articleSearchText, createRecordMatcher, taskSearchText } from './library-search';

export type GroupBy = 'article' | 'province';
export type ShownItems = 'all' | 'annotations' | 'tasks';

export interface LibraryData {
  articles: readonly ArticleRecord[];
  annotations: readonly AnnotationRecord[];
  tasks: readonly TaskRecord[];
}

export interface LibraryView {
  query: string;
  /** Only annotations with this tag, and tasks tracked from them. */
  tag: string | null;
  show: ShownItems;
  groupBy: GroupBy;
}

export type LibraryRow =
  | { type: 'province'; key: string; province: string | null; articleCount: number }
  | { type: 'article'; key: string; url: string; article: ArticleRecord | undefined; itemCount: number }
  | { type: 'annotation'; key: string; annotation: AnnotationRecord; article: ArticleRecord | undefined }
  | { type: 'task'; key: string; task: TaskRecord; article: ArticleRecord | undefined };

export type ItemRow = Extract<LibraryRow, { type: 'annotation' | 'task' }>;

interface ArticleBlock {
  url: string;
  article: ArticleRecord | undefined;
  province: string | null;
  items: ItemRow[];
}

export const DEFAULT_VIEW: LibraryView = { query: '', tag: null, show: 'all', groupBy: 'article' };

export function rowKey(type: LibraryRow['type'], id: string): string {
  return `${type}:${id}`;
}

export function buildLibraryRows(data: LibraryData, view: LibraryView): LibraryRow[] {
  const blocks = articleBlocks(data, view);
  if (view.groupBy === 'article') return blocks.flatMap(blockRows);
  const byProvince = new Map<string | null, ArticleBlock[]>();
  for (const block of blocks) {
    const list = byProvince.get(block.province);
    if (list) list.push(block);
    else byProvince.set(block.province, [block]);
  }
  const provinces = [...byProvince.keys()].sort(compareProvinces);
  return provinces.flatMap((province) => {
    const provinceBlocks = byProvince.get(province) ?? [];
    const header: LibraryRow = {
      type: 'province',
      key: rowKey('province', province ?? ''),
      province,
      articleCount: provinceBlocks.length,
    };
    return [header, ...provinceBlocks.flatMap(blockRows)];
  });
}

function blockRows(block: ArticleBlock): LibraryRow[] {
  const header: LibraryRow = {
    type: 'article',
    key: rowKey('article', block.url),
    url: block.url,
    article: block.article,
    itemCount: block.items.length,
  };
  return [header, ...block.items];
}

/** Unknown province last; names in Vietnamese alphabetical order. */
function compareProvinces(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return a.localeCompare(b, 'vi');
}

function articleBlocks(data: LibraryData, view: LibraryView): ArticleBlock[] {
  const articleByUrl = new Map(data.articles.map((article) => [article.url, article]));
  const annotationById = new Map(data.annotations.map((annotation) => [annotation.id, annotation]));
  const matches = createRecordMatcher(view.query);
  const tag = view.tag === null ? null : foldForSearch(view.tag);
  const hasTag = (annotation: AnnotationRecord | undefined) =>
    tag === null || annotation?.tags.some((name) => foldForSearch(name) === tag);

  const itemsByUrl = new Map<string, ItemRow[]>();
  const push = (url: string, row: ItemRow) => {
    const list = itemsByUrl.get(url);
    if (list) list.push(row);
    else itemsByUrl.set(url, [row]);
  };
  if (view.show !== 'tasks') {
    const annotations = inReadingOrder(data.annotations);
    for (const annotation of annotations) {
      const article = articleByUrl.get(annotation.articleUrl);
      if (hasTag(annotation) && matches(annotationSearchText(annotation), article)) {
        push(annotation.articleUrl, {
          type: 'annotation',
          key: rowKey('annotation', annotation.id),
          annotation,
          article,
        });
      }
    }
  }
  if (view.show !== 'annotations') {
    const tasks = [...data.tasks].sort((a, b) => a.created - b.created || a.id.localeCompare(b.id));
    for (const task of tasks) {
      const article = articleByUrl.get(task.articleUrl);
      if (hasTag(annotationById.get(task.annotationId)) && matches(taskSearchText(task), article)) {
        push(task.articleUrl, { type: 'task', key: rowKey('task', task.id), task, article });
      }
    }
  }

  // An article with nothing kept still belongs to the library, unless a tag or the query rules it out.
  const blocks: ArticleBlock[] = [];
  for (const article of data.articles) {
    const items = itemsByUrl.get(article.url);
    itemsByUrl.delete(article.url);
    const shownEmpty = tag === null && matches(articleSearchText(article), undefined);
    if (items || shownEmpty) blocks.push({ url: article.url, article, province: article.province, items: items ?? [] });
  }
  for (const [url, items] of itemsByUrl) {
    const first = items[0];
    blocks.push({ url, article: undefined, province: first.type === 'task' ? first.task.province : null, items });
  }
  return blocks.sort(byLastVisit);
}

function byLastVisit(a: ArticleBlock, b: ArticleBlock): number {
  return (b.article?.lastVisit ?? 0) - (a.article?.lastVisit ?? 0) || a.url.localeCompare(b.url);
}

function storedStart(annotation: AnnotationRecord): number {
  const position = annotation.selectors.find((selector) => selector.type === 'TextPositionSelector');
  return position ? position.start : Number.MAX_SAFE_INTEGER;
}

// Each keystroke rebuilds the rows from the same arrays; the order is kept until the data changes.
const readingOrders = new WeakMap<readonly AnnotationRecord[], AnnotationRecord[]>();

/** By stored position, then creation; positions are read once, not on every comparison. */
function inReadingOrder(annotations: readonly AnnotationRecord[]): AnnotationRecord[] {
  const cached = readingOrders.get(annotations);
  if (cached) return cached;
  const keyed = annotations.map((annotation) => ({ annotation, start: storedStart(annotation) }));
  keyed.sort(
    (a, b) =>
      a.start - b.start ||
      a.annotation.created - b.annotation.created ||
      a.annotation.id.localeCompare(b.annotation.id),
  );
  const sorted = keyed.map(({ annotation }) => annotation);
  readingOrders.set(annotations, sorted);
  return sorted;
}

/** The annotations of the rows, in list order (the "current filter" of a CSV export). */
export function annotationsOfRows(rows: readonly LibraryRow[]): AnnotationRecord[] {
  return rows.flatMap((row) => (row.type === 'annotation' ? [row.annotation] : []));
}

/** The articles listed in the rows, in list order (citations of everything shown). */
export function articlesOfRows(rows: readonly LibraryRow[]): ArticleRecord[] {
  return rows.flatMap((row) => (row.type === 'article' && row.article ? [row.article] : []));
}
