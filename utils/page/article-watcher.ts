// Reads the page as an article (the engine's analysis and the article's live DOM) and watches
// it: portals fill the article in after load or swap it in place, so the page is read again
// after its text changes. Changes beside a known article and in GovMark's own UI are ignored,
// and a page that has not become an article after a while is no longer watched.
import { analyzeDocument, type ArticleDom } from '../engine/html-article';
import type { Analysis } from '../engine/types';
import { indexFindings, type PageFinding } from './finding-index';

export interface ArticleWatcherEvents {
  /** After every reading of the page (to repaint its findings). */
  onRead(): void;
  /** The page's article text changed after a reading; `wasArticle` tells whether it was one before. */
  onArticleChanged(wasArticle: boolean): void;
}

export interface ArticleWatcherOptions {
  /** True for nodes of GovMark's own UI and paint. */
  isOwnNode(node: Node): boolean;
  debounceMs?: number;
  nonArticleWatchMs?: number;
}

const DEBOUNCE_MS = 400;
const NON_ARTICLE_WATCH_MS = 15_000;

export class ArticleWatcher {
  private analysisValue: Analysis | null = null;
  private domValue: ArticleDom | null = null;
  private findingsValue: PageFinding[] = [];
  private observer: MutationObserver | null = null;
  private debounceTimer: ReturnType<typeof setTimeout> | undefined;
  private giveUpTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly doc: Document,
    private readonly events: ArticleWatcherEvents,
    private readonly options: ArticleWatcherOptions,
  ) {}

  get analysis(): Analysis | null {
    return this.analysisValue;
  }

  /** The article's live DOM; null when the page is not an article. */
  get dom(): ArticleDom | null {
    return this.domValue;
  }

  get findings(): readonly PageFinding[] {
    return this.findingsValue;
  }

  get isArticle(): boolean {
    return !!this.analysisValue?.article.isArticle && !!this.domValue;
  }

  /** Reads the page once, then watches it. */
  start(): void {
    this.read();
    this.observe();
  }

  stop(): void {
    this.observer?.disconnect();
    this.observer = null;
    clearTimeout(this.debounceTimer);
    clearTimeout(this.giveUpTimer);
  }

  private read(): void {
    const { analysis, dom } = analyzeDocument(this.doc, this.doc.location.href);
    this.analysisValue = analysis;
    this.domValue = analysis.article.isArticle ? dom : null;
    const articleDom = this.domValue;
    this.findingsValue = articleDom ? indexFindings(analysis, (start, end) => articleDom.toRange(start, end)) : [];
    this.events.onRead();
  }

  private observe(): void {
    const win = this.doc.defaultView;
    if (!win) return;
    const { debounceMs = DEBOUNCE_MS, nonArticleWatchMs = NON_ARTICLE_WATCH_MS } = this.options;
    this.observer = new win.MutationObserver((records) => {
      if (records.every((r) => this.options.isOwnNode(r.target) || this.outsideArticle(r.target))) return;
      clearTimeout(this.debounceTimer);
      this.debounceTimer = setTimeout(() => this.onPageChanged(), debounceMs);
    });
    this.observer.observe(this.doc.body, { childList: true, subtree: true, characterData: true });
    // A page that has not become an article by then is a listing or a home page: stop paying
    // for re-analysis of its tickers and carousels.
    this.giveUpTimer = setTimeout(() => {
      if (!this.isArticle) this.stop();
    }, nonArticleWatchMs);
  }

  /** Changes beside a known article (clocks, counters, carousels) do not touch its text. */
  private outsideArticle(node: Node): boolean {
    const root = this.domValue?.root;
    if (!root?.isConnected) return false;
    return !root.contains(node) && !node.contains(root);
  }

  private onPageChanged(): void {
    const wasArticle = this.isArticle;
    const before = this.analysisValue?.text;
    this.read();
    if (this.isArticle && this.analysisValue?.text !== before) this.events.onArticleChanged(wasArticle);
  }
}
