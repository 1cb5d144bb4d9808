// The content script's life on one page: analyse, paint, record the visit, re-anchor the
// reader's annotations, act on selections and findings, and follow the page when it changes.
// Talks to storage only through the PageBackend (messages to the background).
import { analyzeDocument, type ArticleDom } from '../engine/html-article';
import type { Analysis } from '../engine/types';
import { describe } from '../anchoring/describe';
import { anchor, anchorAllChunked } from '../anchoring/anchor';
import { canonicalUrlOf } from './canonical-url';
import { createPainter, type Painter } from './painter';
import { FINDING_KINDS, HIGHLIGHT_COLORS, type FindingKind } from '../model/kinds';
import { indexFindings, rangesByKind, findingAt, findingsOverlapping, type PageFinding } from './finding-index';
import { Overlay } from './overlay';
import { caretAt } from './caret';
import { copyText } from './clipboard';
import { BackendError, type PageBackend, type NewAnnotation, type VisitInput } from './page-backend';
import { citationForSelection } from './citation-text';
import type { AnnotationRecord, FindingDetail } from '../model/records';
import type { HighlightColor } from '../model/kinds';
import { t, localise, type Lang } from '../i18n/lang';
import { SHADOW_HOST_TAG } from './shadow-host';
import type { PageState } from '../messaging/page-state';

interface PlacedAnnotation {
  record: AnnotationRecord;
  range: Range | null;
}

const MUTATION_DEBOUNCE_MS = 400;
const HOVER_DELAY_MS = 250;
const NON_ARTICLE_WATCH_MS = 15_000;

export class PageSession {
  private analysis: Analysis | null = null;
  private dom: ArticleDom | null = null;
  private findings: PageFinding[] = [];
  private placed = new Map<string, PlacedAnnotation>();
  private disabled = new Set<FindingKind>();
  private readonly painter: Painter;
  private readonly overlay: Overlay;
  private observer: MutationObserver | null = null;
  private mutationTimer: ReturnType<typeof setTimeout> | undefined;
  private hoverTimer: ReturnType<typeof setTimeout> | undefined;
  private readonly cleanups: (() => void)[] = [];
  private articleUrl: string;
  private listening = false;

  constructor(
    private readonly doc: Document,
    private readonly backend: PageBackend,
    private readonly lang: Lang,
  ) {
    this.painter = createPainter(doc);
    this.overlay = new Overlay(doc, lang);
    this.articleUrl = canonicalUrlOf(doc);
  }

  async start(): Promise<void> {
    this.disabled = new Set(await this.backend.disabledKinds().catch(() => []));
    this.analyse();
    // Portals that fill the article in after load are watched too: the page may become an
    // article (or change) after this first look.
    this.observe();
    if (this.isArticle) await this.becameArticle();
  }

  private async becameArticle(): Promise<void> {
    if (!this.listening) {
      this.listening = true;
      this.listen();
    }
    this.articleUrl = canonicalUrlOf(this.doc);
    await Promise.all([this.recordVisit(), this.reanchor()]);
  }

  get isArticle(): boolean {
    return !!this.analysis?.article.isArticle && !!this.dom;
  }

  state(): PageState {
    const counts = Object.fromEntries(FINDING_KINDS.map((k) => [k, 0])) as Record<FindingKind, number>;
    for (const f of this.findings) counts[f.kind] += 1;
    return {
      url: this.articleUrl,
      isArticle: this.isArticle,
      reason: this.analysis?.article.reason ?? '',
      title: this.analysis?.article.title ?? null,
      province: this.analysis?.article.province ?? null,
      counts,
      findings: this.findings
        .map((f) => ({ kind: f.kind, text: f.finding.text, start: f.finding.start, end: f.finding.end }))
        .sort((a, b) => a.start - b.start || b.end - a.end),
      annotations: [...this.placed.values()].map((p) => ({
        id: p.record.id,
        quote: p.record.quote,
        anchored: !!p.range,
      })),
    };
  }

  setDisabledKinds(kinds: FindingKind[]): void {
    this.disabled = new Set(kinds);
    this.paintFindings();
  }

  /** Scrolls to an annotation or a stretch of the article text and flashes it. */
  scrollTo(target: { annotationId: string } | { start: number; end: number }): boolean {
    let range: Range | null = null;
    if ('annotationId' in target) range = this.placed.get(target.annotationId)?.range ?? null;
    else if (this.dom) range = this.dom.toRange(target.start, target.end);
    if (!range) return false;
    const el = range.startContainer.parentElement;
    el?.scrollIntoView({ block: 'center', behavior: 'smooth' });
    this.flash(range);
    return true;
  }

  /** Highlight the current selection (keyboard shortcut and context menu). */
  async highlightCurrentSelection(color: HighlightColor = 'yellow'): Promise<void> {
    const range = this.selectedRange();
    if (range) await this.highlight(range, color);
  }

  /** Re-reads saved annotations (after they change elsewhere) and repaints them. */
  async reanchor(): Promise<void> {
    if (!this.dom) return;
    const records = await this.backend.loadAnnotations(this.articleUrl).catch(() => [] as AnnotationRecord[]);
    const root = this.dom.root;
    const results = await anchorAllChunked(
      root,
      records.map((r) => r.selectors),
      { yieldToPage: () => new Promise((resolve) => setTimeout(resolve, 0)) },
    );
    this.placed.clear();
    records.forEach((record, i) => {
      let range = results[i]?.range ?? null;
      // The article root can shrink when a portal changes its layout: try the whole body
      // by quote before calling an annotation an orphan.
      if (!range && root !== this.doc.body) {
        const quoteOnly = record.selectors.filter((s) => s.type === 'TextQuoteSelector');
        range = quoteOnly.length ? anchor(this.doc.body, quoteOnly) : null;
      }
      this.placed.set(record.id, { record, range });
    });
    this.paintAnnotations();
    this.doc.documentElement.setAttribute('data-govmark-anchored', String(this.placed.size));
  }

  destroy(): void {
    this.observer?.disconnect();
    clearTimeout(this.mutationTimer);
    clearTimeout(this.hoverTimer);
    for (const c of this.cleanups) c();
    this.painter.clearAll();
    this.overlay.destroy();
  }

  private analyse(): void {
    const { analysis, dom } = analyzeDocument(this.doc, this.doc.location.href);
    this.analysis = analysis;
    this.dom = analysis.article.isArticle ? dom : null;
    this.findings = this.dom ? indexFindings(analysis, (s, e) => this.dom!.toRange(s, e)) : [];
    this.doc.documentElement.setAttribute('data-govmark', this.isArticle ? 'article' : 'not-article');
    this.paintFindings();
  }

  private paintFindings(): void {
    const byKind = rangesByKind(this.findings);
    for (const kind of FINDING_KINDS) {
      this.painter.paint(kind, this.disabled.has(kind) ? [] : (byKind.get(kind) ?? []));
    }
  }

  private paintAnnotations(): void {
    for (const color of HIGHLIGHT_COLORS) {
      const ranges = [...this.placed.values()].filter((p) => p.range && p.record.color === color).map((p) => p.range!);
      this.painter.paint(`user-${color}`, ranges);
    }
  }

  private visit(): VisitInput {
    const a = this.analysis!;
    return {
      url: this.articleUrl,
      title: a.article.title,
      site: this.doc.location.hostname,
      province: a.article.province,
      published: a.article.published,
      textSnapshot: a.text,
      isArticle: a.article.isArticle,
    };
  }

  private async recordVisit(): Promise<void> {
    await this.backend.recordVisit(this.visit()).catch((error: unknown) => this.report(error));
  }

  private listen(): void {
    const onMouseUp = (event: MouseEvent) => {
      if (this.overlay.contains(event.target)) return;
      // Let the browser settle the selection first.
      setTimeout(() => this.onSelectionSettled(), 0);
    };
    const onMouseMove = (event: MouseEvent) => {
      if (this.overlay.contains(event.target) || this.overlay.showing === 'toolbar') return;
      clearTimeout(this.hoverTimer);
      this.hoverTimer = setTimeout(() => this.showCardAt(event.clientX, event.clientY, false), HOVER_DELAY_MS);
    };
    const onClick = (event: MouseEvent) => {
      if (this.overlay.contains(event.target)) return;
      if (this.selectedRange()) return;
      this.showCardAt(event.clientX, event.clientY, true);
    };
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key === 'Escape') this.overlay.hide();
    };
    this.doc.addEventListener('mouseup', onMouseUp);
    this.doc.addEventListener('mousemove', onMouseMove, { passive: true });
    this.doc.addEventListener('click', onClick);
    this.doc.addEventListener('keydown', onKeyDown);
    this.cleanups.push(() => {
      this.doc.removeEventListener('mouseup', onMouseUp);
      this.doc.removeEventListener('mousemove', onMouseMove);
      this.doc.removeEventListener('click', onClick);
      this.doc.removeEventListener('keydown', onKeyDown);
    });
  }

  private observe(): void {
    const win = this.doc.defaultView;
    if (!win) return;
    this.observer = new win.MutationObserver((records) => {
      if (records.every((r) => isOwnNode(r.target) || this.outsideArticle(r.target))) return;
      clearTimeout(this.mutationTimer);
      this.mutationTimer = setTimeout(() => void this.onPageChanged(), MUTATION_DEBOUNCE_MS);
    });
    this.observer.observe(this.doc.body, { childList: true, subtree: true, characterData: true });
    // A page that has not become an article by then is a listing or a home page: stop paying
    // for re-analysis of its tickers and carousels.
    setTimeout(() => {
      if (!this.isArticle) this.observer?.disconnect();
    }, NON_ARTICLE_WATCH_MS);
  }

  /** Changes beside a known article (clocks, counters, carousels) do not touch its text. */
  private outsideArticle(node: Node): boolean {
    const root = this.dom?.root;
    if (!root?.isConnected) return false;
    return !root.contains(node) && !node.contains(root);
  }

  private async onPageChanged(): Promise<void> {
    const wasArticle = this.isArticle;
    const before = this.analysis?.text;
    this.analyse();
    if (!this.isArticle || this.analysis?.text === before) return;
    if (wasArticle) await this.reanchor();
    else await this.becameArticle();
  }

  private selectedRange(): Range | null {
    const sel = this.doc.getSelection();
    if (!sel || sel.rangeCount === 0 || sel.isCollapsed) return null;
    const range = sel.getRangeAt(0);
    if (!this.dom?.root.contains(range.commonAncestorContainer)) return null;
    if (!range.toString().trim()) return null;
    return range;
  }

  private onSelectionSettled(): void {
    const range = this.selectedRange();
    if (!range) {
      if (this.overlay.showing === 'toolbar') this.overlay.hide();
      return;
    }
    clearTimeout(this.hoverTimer);
    const saved = range.cloneRange();
    this.overlay.showToolbar(range.getBoundingClientRect(), {
      onHighlight: (color) => void this.highlight(saved, color),
      onNote: () => void this.note(saved),
      onTrack: () => void this.track(saved),
      onCite: () => void this.cite(saved),
    });
  }

  private showCardAt(x: number, y: number, fromClick: boolean): void {
    const caret = caretAt(this.doc, x, y);
    const finding = caret ? findingAt(this.findings, caret.node, caret.offset, (k) => !this.disabled.has(k)) : null;
    if (!finding) {
      if (fromClick && this.overlay.showing === 'card') this.overlay.hide();
      return;
    }
    const range = finding.range.cloneRange();
    this.overlay.showCard(rectNear(range, x, y), finding, {
      onHighlight: (color) => void this.highlight(range, color, detailOf(finding)),
      onNote: () => void this.note(range, detailOf(finding)),
      onTrack: () => void this.track(range, finding),
      onCite: () => void this.cite(range),
    });
  }

  private annotationInput(
    range: Range,
    color: HighlightColor,
    finding: FindingDetail | null,
    kind: NewAnnotation['kind'],
  ): NewAnnotation {
    const root = this.dom!.root;
    const selectors = describe(root, range);
    const quote = selectors.find((s) => s.type === 'TextQuoteSelector')?.exact ?? range.toString().normalize('NFC');
    return { articleUrl: this.articleUrl, selectors, quote, kind, color, finding };
  }

  private async highlight(
    range: Range,
    color: HighlightColor,
    finding: FindingDetail | null = null,
  ): Promise<AnnotationRecord | null> {
    this.overlay.hide();
    try {
      const record = await this.backend.createAnnotation(
        this.annotationInput(range, color, finding, finding ? finding.kind : 'highlight'),
      );
      this.placed.set(record.id, { record, range });
      this.paintAnnotations();
      this.doc.getSelection()?.removeAllRanges();
      this.overlay.notify(t('highlighted', this.lang));
      return record;
    } catch (error) {
      this.report(error);
      return null;
    }
  }

  private async note(range: Range, finding: FindingDetail | null = null): Promise<void> {
    const record = await this.highlight(range, 'yellow', finding);
    if (!record) return;
    const opened = await this.backend.openSidePanel(record.id).catch(() => false);
    // Some browsers open panels only from their own UI: say where the note is written then.
    if (!opened) this.overlay.notify(t('openPanelHint', this.lang));
  }

  private async track(range: Range, finding?: PageFinding): Promise<void> {
    this.overlay.hide();
    const directive =
      finding?.kind === 'directive'
        ? finding
        : findingsOverlapping(this.findings, range).find((f) => f.kind === 'directive');
    const detail = directive?.kind === 'directive' ? directive.finding : null;
    // From a finding's card, track the whole directive it belongs to; from a selection, what
    // the reader selected (with what the engine read of the directive it lies in).
    const target = finding ? (directive?.range ?? finding.range) : range;
    try {
      const annotation = this.annotationInput(
        target,
        'yellow',
        detail ? { kind: 'directive', directive: detail } : null,
        detail ? 'directive' : 'highlight',
      );
      const { task, annotation: record } = await this.backend.trackTask({
        articleUrl: this.articleUrl,
        annotation,
        text: annotation.quote,
        issuer: detail?.issuer ?? null,
        assignees: detail?.assignees ?? [],
        deadline: detail?.deadlineIso ?? null,
      });
      // The passage is where the reader just acted: place it there instead of re-reading and
      // re-anchoring every annotation of the page.
      this.placed.set(record.id, { record, range: target });
      this.paintAnnotations();
      this.doc.getSelection()?.removeAllRanges();
      this.overlay.notify(t('tracked', this.lang));
      this.doc.documentElement.setAttribute('data-govmark-last-task', task.id);
    } catch (error) {
      this.report(error);
    }
  }

  private async cite(range: Range): Promise<void> {
    this.overlay.hide();
    try {
      const text = citationForSelection(
        this.annotationInput(range, 'yellow', null, 'highlight'),
        this.visit(),
        this.lang,
      );
      const ok = await copyText(text, this.overlay.shadowRoot);
      this.overlay.notify(ok ? t('copied', this.lang) : t('saveFailed', this.lang), !ok);
    } catch (error) {
      this.report(error);
    }
  }

  private flash(range: Range): void {
    this.painter.paint('flash', [range]);
    setTimeout(() => this.painter.clear('flash'), 1600);
  }

  private report(error: unknown): void {
    const message =
      error instanceof BackendError ? localise(error.readerMessage, this.lang) : t('saveFailed', this.lang);
    this.overlay.notify(message, true);
  }
}

function isOwnNode(node: Node): boolean {
  const el = node.nodeType === Node.ELEMENT_NODE ? (node as Element) : node.parentElement;
  return !!el?.closest(`${SHADOW_HOST_TAG}, govmark-mark`);
}

function detailOf(f: PageFinding): FindingDetail {
  switch (f.kind) {
    case 'figure':
      return { kind: 'figure', figure: f.finding };
    case 'document':
      return { kind: 'document', document: f.finding };
    case 'date':
    case 'deadline':
      return { kind: 'date', date: f.finding };
    case 'directive':
      return { kind: 'directive', directive: f.finding };
  }
}

/** The line box of a multi-line range nearest the pointer, so the card sits by the pointer. */
function rectNear(range: Range, x: number, y: number): DOMRect {
  const rects = [...range.getClientRects()];
  return (
    rects.find((r) => y >= r.top && y <= r.bottom && x >= r.left - 2 && x <= r.right + 2) ??
    rects[0] ??
    range.getBoundingClientRect()
  );
}
