// The background's search over the library: the LibraryIndex loaded from its last save (or
// rebuilt from the tables), kept up to date after every write, saved a moment after the last
// one. A write while the index is not loaded (the service worker woke for a page visit) only
// notes which records changed; they are indexed again when the index is next loaded. A count
// that does not match the tables (data written around the background) rebuilds the index.
import { Dexie } from 'dexie';
import { compareProvinces } from '../model/province-order';
import type { GovMarkDB } from '../storage/db';
import { annotationKey, articleKey, INDEX_FORMAT, LibraryIndex, taskKey, type DocKey } from './library-index';

export type ShownItems = 'all' | 'annotations' | 'tasks';
export type GroupBy = 'article' | 'province';

export interface LibraryQuery {
  query: string;
  /** Only annotations with this tag, and the tasks tracked from them. */
  tag: string | null;
  show: ShownItems;
  groupBy: GroupBy;
}

/** One article's share of the results, by id: the page reads the records it shows. */
export interface BlockRef {
  url: string;
  province: string | null;
  annotationIds: string[];
  taskIds: string[];
}

export interface LibraryResults {
  blocks: BlockRef[];
  totalBlocks: number;
  totalItems: number;
  /** Result articles per province ('' for an unknown one), for the province headers. */
  provinceCounts: Record<string, number>;
}

export interface LibrarySearchOptions {
  saveDelayMs?: number;
}

interface ResultSet {
  blocks: BlockRef[];
  totalItems: number;
  provinceCounts: Record<string, number>;
}

const SAVE_DELAY_MS = 3_000;

export class LibrarySearch {
  private loading: Promise<LibraryIndex> | null = null;
  private index: LibraryIndex | null = null;
  private saveTimer: ReturnType<typeof setTimeout> | undefined;
  private cache = new Map<string, ResultSet>();

  constructor(
    private readonly db: GovMarkDB,
    private readonly options: LibrarySearchOptions = {},
  ) {}

  /** Records changed by a write: indexed again now when the index is loaded, else noted for later. */
  async changed(change: { annotations?: string[]; tasks?: string[]; articles?: string[] }): Promise<void> {
    const keys: DocKey[] = [
      ...(change.annotations ?? []).map(annotationKey),
      ...(change.tasks ?? []).map(taskKey),
      ...(change.articles ?? []).map(articleKey),
    ];
    if (change.articles?.length) {
      // Tasks carry their article's site and province, which they are found by.
      const tasks = await this.db.tasks.where('articleUrl').anyOf(change.articles).primaryKeys();
      keys.push(...tasks.map(taskKey));
    }
    if (keys.length === 0) return;
    await this.db.searchPending.bulkPut(keys.map((key) => ({ key })));
    if (this.index && (await this.apply(this.index, keys))) this.touched();
  }

  /** One page of the results, in list order (articles by last visit; by province first when grouped so). */
  async search(request: LibraryQuery & { offset: number; limit: number }): Promise<LibraryResults> {
    const cacheKey = JSON.stringify([request.query, request.tag, request.show, request.groupBy]);
    let results = this.cache.get(cacheKey);
    if (!results) {
      results = await this.compute(request);
      this.cache.set(cacheKey, results);
    }
    return {
      blocks: results.blocks.slice(request.offset, request.offset + request.limit),
      totalBlocks: results.blocks.length,
      totalItems: results.totalItems,
      provinceCounts: results.provinceCounts,
    };
  }

  /** The ids of every task whose text holds all the words (the popup's search). */
  async searchTasks(query: string): Promise<string[]> {
    const index = await this.loaded();
    const ids: string[] = [];
    for (const keys of index.search(query).items.values()) {
      for (const key of keys) if (key.startsWith('t:')) ids.push(key.slice(2));
    }
    return ids;
  }

  /** Saves now (tests, and before the worker is expected to idle). */
  async flush(): Promise<void> {
    clearTimeout(this.saveTimer);
    if (this.index) await this.save(this.index);
  }

  private loaded(): Promise<LibraryIndex> {
    this.loading ??= this.load().then((index) => {
      this.index = index;
      return index;
    });
    return this.loading;
  }

  private async load(): Promise<LibraryIndex> {
    const saved = await this.db.searchIndex.get('library');
    if (saved && saved.version === INDEX_FORMAT) {
      const index = await LibraryIndex.restore(saved);
      const pending = await this.db.searchPending.toCollection().primaryKeys();
      const changed = await this.apply(index, pending as DocKey[]);
      if ((await this.matchesTables(index)) && !index.needsCompaction) {
        if (changed) this.touched();
        return index;
      }
    }
    const rebuilt = await this.rebuild();
    await this.save(rebuilt);
    return rebuilt;
  }

  private async rebuild(): Promise<LibraryIndex> {
    const index = new LibraryIndex();
    const pending = await this.db.searchPending.toCollection().primaryKeys();
    await this.db.articles.each((article) => void index.putArticle(article));
    await this.db.annotations.each((annotation) => index.putAnnotation(annotation));
    await this.db.tasks.each((task) => index.putTask(task));
    await this.db.searchPending.bulkDelete(pending);
    return index;
  }

  private async matchesTables(index: LibraryIndex): Promise<boolean> {
    const counts = index.counts();
    const [annotations, tasks, articles] = await Promise.all([
      this.db.annotations.count(),
      this.db.tasks.count(),
      this.db.articles.count(),
    ]);
    return counts.annotations === annotations && counts.tasks === tasks && counts.articles === articles;
  }

  /** Indexes the records again as they now are (or drops them); true when the index changed. */
  private async apply(index: LibraryIndex, keys: readonly DocKey[]): Promise<boolean> {
    const ids = (prefix: string) => keys.filter((key) => key.startsWith(prefix)).map((key) => key.slice(2));
    const [annotationIds, taskIds, urls] = [ids('a:'), ids('t:'), ids('r:')];
    const [annotations, tasks, articles] = await Promise.all([
      this.db.annotations.bulkGet(annotationIds),
      this.db.tasks.bulkGet(taskIds),
      this.db.articles.bulkGet(urls),
    ]);
    let changed = false;
    annotations.forEach((annotation, i) => {
      if (annotation) index.putAnnotation(annotation);
      else index.remove(annotationKey(annotationIds[i]));
      changed = true;
    });
    tasks.forEach((task, i) => {
      if (task) index.putTask(task);
      else index.remove(taskKey(taskIds[i]));
      changed = true;
    });
    articles.forEach((article, i) => {
      if (article ? index.putArticle(article) : index.remove(articleKey(urls[i]))) changed = true;
    });
    return changed;
  }

  private touched(): void {
    this.cache.clear();
    clearTimeout(this.saveTimer);
    this.saveTimer = setTimeout(() => {
      if (this.index) void this.save(this.index);
    }, this.options.saveDelayMs ?? SAVE_DELAY_MS);
  }

  private async save(index: LibraryIndex): Promise<void> {
    const pending = await this.db.searchPending.toCollection().primaryKeys();
    const serialized = await index.serialize();
    await this.db.searchIndex.put({ key: 'library', ...serialized });
    await this.db.searchPending.bulkDelete(pending);
  }

  private async compute(request: LibraryQuery): Promise<ResultSet> {
    const index = await this.loaded();
    const { query, tag, show } = request;
    const byUrl = new Map<string, Set<DocKey>>();
    const add = (url: string, key: DocKey) => {
      const set = byUrl.get(url);
      if (set) set.add(key);
      else byUrl.set(url, new Set([key]));
    };
    const matchedArticles = new Set<string>();
    let tagged: Set<DocKey> | null = null;
    if (tag !== null) {
      const annotationIds = (await this.db.annotations.where('tags').equals(tag).primaryKeys()) as string[];
      const taskIds = (await this.db.tasks.where('annotationId').anyOf(annotationIds).primaryKeys()) as string[];
      tagged = new Set([...annotationIds.map(annotationKey), ...taskIds.map(taskKey)]);
    }
    if (query.trim() !== '') {
      const matches = index.search(query);
      for (const [url, keys] of matches.items) for (const key of keys) add(url, key);
      for (const url of matches.articles) {
        matchedArticles.add(url);
        for (const key of index.itemsOf(url)) add(url, key);
      }
    } else if (tagged) {
      for (const key of tagged) {
        const url = index.urlOfKey(key);
        if (url !== undefined) add(url, key);
      }
    }
    const order = await this.articleOrder(request.groupBy);
    const blocks: BlockRef[] = [];
    let totalItems = 0;
    for (const url of new Set([...byUrl.keys(), ...matchedArticles])) {
      const keys = [...(byUrl.get(url) ?? [])].filter(
        (key) =>
          (tagged === null || tagged.has(key)) &&
          (show === 'all' || (show === 'annotations' ? key.startsWith('a:') : key.startsWith('t:'))),
      );
      // An article matched by its own title stays listed with nothing kept, unless a tag rules it out.
      if (keys.length === 0 && !(matchedArticles.has(url) && tagged === null)) continue;
      totalItems += keys.length;
      blocks.push({
        url,
        province: order.province.get(url) ?? null,
        annotationIds: keys.filter((key) => key.startsWith('a:')).map((key) => key.slice(2)),
        taskIds: keys.filter((key) => key.startsWith('t:')).map((key) => key.slice(2)),
      });
    }
    totalItems -= await this.trackedPassagesListed(blocks);
    const rank = (url: string) => order.rank.get(url) ?? Number.MAX_SAFE_INTEGER;
    blocks.sort((a, b) => {
      if (request.groupBy === 'province' && a.province !== b.province) return compareProvinces(a.province, b.province);
      return rank(a.url) - rank(b.url) || a.url.localeCompare(b.url);
    });
    const provinceCounts: Record<string, number> = {};
    for (const block of blocks) provinceCounts[block.province ?? ''] = (provinceCounts[block.province ?? ''] ?? 0) + 1;
    return { blocks, totalItems, provinceCounts };
  }

  /**
   * How many found annotations are passages tracked as a task found in the same block: the
   * dashboard lists such a pair as one row (the task's), so the count must too.
   */
  private async trackedPassagesListed(blocks: readonly BlockRef[]): Promise<number> {
    const taskIds = blocks.flatMap((block) => (block.annotationIds.length > 0 ? block.taskIds : []));
    if (taskIds.length === 0) return 0;
    const tasks = await this.db.tasks.bulkGet(taskIds);
    const tracked = new Set(tasks.flatMap((task) => (task ? [task.annotationId] : [])));
    return blocks.reduce((sum, block) => sum + block.annotationIds.filter((id) => tracked.has(id)).length, 0);
  }

  /** Articles' places in the list and their provinces, from the indexes' keys alone. */
  private async articleOrder(groupBy: GroupBy): Promise<{ rank: Map<string, number>; province: Map<string, string> }> {
    const urls = (await this.db.articles.orderBy('lastVisit').reverse().primaryKeys()) as string[];
    const rank = new Map(urls.map((url, i) => [url, i]));
    const province = new Map<string, string>();
    if (groupBy === 'province') {
      const collection = this.db.articles.where('[province+lastVisit]').between([Dexie.minKey], [Dexie.maxKey]);
      const [keys, primaryKeys] = await Promise.all([collection.keys(), collection.primaryKeys()]);
      keys.forEach((key, i) => {
        province.set(primaryKeys[i] as string, (key as unknown as [string, number])[0]);
      });
    }
    return { rank, province };
  }
}
