// The library's full-text index, held by the background (the only writer) and kept up to date
// on every write. FlexSearch holds the words; this module holds which record each entry is, so
// a search answers with record keys grouped by article. Words are folded (utils/search/fold.ts),
// so "so ke hoach" finds "Sở Kế hoạch" in NFC or NFD text; whole words match, in any order.
//
// Removing an entry from FlexSearch scans its whole map, so a removed or edited record only
// loses its number here (a tombstone); the words stay behind until the index is rebuilt, which
// happens when tombstones outnumber a quarter of the entries.
import { Index } from 'flexsearch';
import type { AnnotationRecord, ArticleRecord, TaskRecord } from '../model/records';
import { foldForSearch } from './fold';

/** 'a:<annotation id>', 't:<task id>' or 'r:<article url>'. */
export type DocKey = `a:${string}` | `t:${string}` | `r:${string}`;

export const annotationKey = (id: string): DocKey => `a:${id}`;
export const taskKey = (id: string): DocKey => `t:${id}`;
export const articleKey = (url: string): DocKey => `r:${url}`;

export interface SearchMatches {
  /** Annotations and tasks whose own text holds every word, by article URL. */
  items: Map<string, DocKey[]>;
  /** Articles whose title, site or province holds every word. */
  articles: Set<string>;
}

/** What is saved of the index between the service worker's lives. */
export interface SerializedIndex {
  version: number;
  keys: (DocKey | null)[];
  urls: string[];
  /** For each entry, its article's position in `urls`. */
  urlOf: number[];
  articleTexts: [string, string][];
  flex: { items: [string, string][]; articles: [string, string][] };
}

export const INDEX_FORMAT = 1;

const WORD_SPLIT = /[^\p{L}\p{N}]+/u;
const NO_LIMIT = 10_000_000;

function newFlexIndex(): Index {
  return new Index({
    tokenize: 'strict',
    resolution: 1,
    encoder: { normalize: foldForSearch, split: WORD_SPLIT, dedupe: false },
  });
}

export function annotationText(annotation: AnnotationRecord): string {
  return [annotation.quote, annotation.note, ...annotation.tags].join('\n');
}

export function taskText(task: TaskRecord): string {
  return [task.text, task.issuer ?? '', task.notes, task.province ?? '', task.site, ...task.assignees].join('\n');
}

export function articleText(article: Pick<ArticleRecord, 'title' | 'site' | 'province'>): string {
  return [article.title ?? '', article.site, article.province ?? ''].join('\n');
}

export class LibraryIndex {
  private items = newFlexIndex();
  private articles = newFlexIndex();
  /** Entry number → record key; null once removed. */
  private keys: (DocKey | null)[] = [];
  private urlOf: number[] = [];
  private urls: string[] = [];
  private urlNumbers = new Map<string, number>();
  private live = new Map<DocKey, number>();
  /** The annotation and task keys of each article, by the article's number. */
  private itemsByUrl = new Map<number, Set<DocKey>>();
  /** The folded text each article was indexed with, so a visit that changes nothing costs nothing. */
  private articleTexts = new Map<string, string>();

  get size(): number {
    return this.live.size;
  }

  /** Live entries of each kind, to compare with the tables' counts. */
  counts(): { annotations: number; tasks: number; articles: number } {
    const counts = { annotations: 0, tasks: 0, articles: 0 };
    for (const key of this.live.keys()) {
      if (key.startsWith('a:')) counts.annotations += 1;
      else if (key.startsWith('t:')) counts.tasks += 1;
      else counts.articles += 1;
    }
    return counts;
  }

  get needsCompaction(): boolean {
    return this.keys.length > 1000 && this.keys.length - this.live.size > this.keys.length / 4;
  }

  has(key: DocKey): boolean {
    return this.live.has(key);
  }

  putAnnotation(annotation: AnnotationRecord): void {
    this.put(annotationKey(annotation.id), annotation.articleUrl, annotationText(annotation), this.items);
  }

  putTask(task: TaskRecord): void {
    this.put(taskKey(task.id), task.articleUrl, taskText(task), this.items);
  }

  /** True when the article's searchable text changed (or it is new). */
  putArticle(article: Pick<ArticleRecord, 'url' | 'title' | 'site' | 'province'>): boolean {
    const text = articleText(article);
    if (this.articleTexts.get(article.url) === text && this.live.has(articleKey(article.url))) return false;
    this.put(articleKey(article.url), article.url, text, this.articles);
    this.articleTexts.set(article.url, text);
    return true;
  }

  /** True when the key was indexed. */
  remove(key: DocKey): boolean {
    const number = this.live.get(key);
    if (number === undefined) return false;
    this.keys[number] = null;
    this.live.delete(key);
    if (key.startsWith('r:')) this.articleTexts.delete(key.slice(2));
    else this.itemsByUrl.get(this.urlOf[number])?.delete(key);
    return true;
  }

  /** Every word of the query must occur; an empty query matches nothing. */
  search(query: string): SearchMatches {
    const matches: SearchMatches = { items: new Map(), articles: new Set() };
    if (
      foldForSearch(query)
        .split(WORD_SPLIT)
        .every((word) => word === '')
    )
      return matches;
    for (const number of this.items.search(query, { limit: NO_LIMIT }) as number[]) {
      const key = this.keys[number];
      if (!key) continue;
      const url = this.urls[this.urlOf[number]];
      const list = matches.items.get(url);
      if (list) list.push(key);
      else matches.items.set(url, [key]);
    }
    for (const number of this.articles.search(query, { limit: NO_LIMIT }) as number[]) {
      if (this.keys[number]) matches.articles.add(this.urls[this.urlOf[number]]);
    }
    return matches;
  }

  /** The article URL an indexed record belongs to. */
  urlOfKey(key: DocKey): string | undefined {
    const number = this.live.get(key);
    return number === undefined ? undefined : this.urls[this.urlOf[number]];
  }

  /** The live annotation and task keys of an article. */
  itemsOf(url: string): DocKey[] {
    const urlNumber = this.urlNumbers.get(url);
    return urlNumber === undefined ? [] : [...(this.itemsByUrl.get(urlNumber) ?? [])];
  }

  async serialize(): Promise<SerializedIndex> {
    const items: [string, string][] = [];
    const articles: [string, string][] = [];
    await this.items.export((key, data) => void items.push([key, data]));
    await this.articles.export((key, data) => void articles.push([key, data]));
    return {
      version: INDEX_FORMAT,
      keys: this.keys,
      urls: this.urls,
      urlOf: this.urlOf,
      articleTexts: [...this.articleTexts],
      flex: { items, articles },
    };
  }

  static async restore(saved: SerializedIndex): Promise<LibraryIndex> {
    const index = new LibraryIndex();
    for (const [key, data] of saved.flex.items) await index.items.import(key, data);
    for (const [key, data] of saved.flex.articles) await index.articles.import(key, data);
    index.keys = saved.keys;
    index.urls = saved.urls;
    index.urlOf = saved.urlOf;
    for (const [number, url] of saved.urls.entries()) index.urlNumbers.set(url, number);
    index.articleTexts = new Map(saved.articleTexts);
    for (const [number, key] of saved.keys.entries()) if (key) index.track(key, number);
    return index;
  }

  private put(key: DocKey, url: string, text: string, flex: Index): void {
    this.remove(key);
    const number = this.keys.length;
    this.keys.push(key);
    this.urlOf.push(this.urlNumber(url));
    this.track(key, number);
    flex.add(number, text);
  }

  private track(key: DocKey, number: number): void {
    this.live.set(key, number);
    if (key.startsWith('r:')) return;
    const urlNumber = this.urlOf[number];
    const items = this.itemsByUrl.get(urlNumber);
    if (items) items.add(key);
    else this.itemsByUrl.set(urlNumber, new Set([key]));
  }

  private urlNumber(url: string): number {
    let number = this.urlNumbers.get(url);
    if (number === undefined) {
      number = this.urls.length;
      this.urls.push(url);
      this.urlNumbers.set(url, number);
    }
    return number;
  }
}
