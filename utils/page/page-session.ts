// The content script's life on one page, as Hypothesis's guest coordinates its parts: the
// article watcher reads the page, the painter shows the engine's findings, the annotation layer
// places the reader's annotations, the page input turns mouse and keys into the selection
// toolbar and the finding cards, and the reader actions carry out what the reader chose.
// Talks to storage only through the PageBackend (messages to the background).
import type { Lang } from '../i18n/lang';
import { FINDING_KINDS, type FindingKind, type HighlightColor } from '../model/kinds';
import type { OverlayState, PageState } from '../messaging/page-state';
import { AnnotationLayer } from './annotation-layer';
import { ArticleWatcher } from './article-watcher';
import { caretAt } from './caret';
import { canonicalUrlOf } from '../model/canonical-url';
import { alternatingDirectives, detailOf, findingAt, rangesByKind, type PageFinding } from './finding-index';
import { Overlay, type OverlaySeams } from './overlay';
import type { PageBackend, VisitInput } from './page-backend';
import { PageInput } from './page-input';
import { createPageScopes, type PageScopes } from './page-scopes';
import { createPainter, type Painter } from './painter';
import { ReaderActions } from './reader-actions';
import { isInsideOwnHost } from './shadow-host';

const FLASH_MS = 1600;

export class PageSession {
  private disabled = new Set<FindingKind>();
  private readonly painter: Painter;
  private readonly overlay: Overlay;
  private readonly watcher: ArticleWatcher;
  private readonly layer: AnnotationLayer;
  private readonly actions: ReaderActions;
  private readonly input: PageInput;
  private readonly scopes: PageScopes;
  private currentUrl: string;
  private visitRecorded = false;

  constructor(
    private readonly doc: Document,
    private readonly backend: PageBackend,
    lang: Lang,
    painter: Painter = createPainter(doc),
    seams: OverlaySeams = {},
  ) {
    this.painter = painter;
    // The stretch a card describes is outlined while the card is open; a document's card asks
    // the register which of the reader's articles cite it.
    this.overlay = new Overlay(
      doc,
      lang,
      seams,
      (showing) => {
        if (showing !== 'card') this.painter.clear('focus');
      },
      { lookup: (cited, url) => backend.citedIn(cited, url), articleUrl: () => this.currentUrl },
    );
    this.currentUrl = canonicalUrlOf(doc);
    this.watcher = new ArticleWatcher(
      doc,
      {
        onRead: () => this.paintFindings(),
        onArticleChanged: (wasArticle) => void (wasArticle ? this.reanchor() : this.becameArticle()),
      },
      { isOwnNode: (node) => isOwnNode(node) || this.painter.owns(node) },
    );
    this.scopes = createPageScopes(
      doc,
      () => this.watcher.dom?.root ?? null,
      (element) => this.overlay.contains(element) || isOwnNode(element),
    );
    this.layer = new AnnotationLayer(this.painter, backend);
    this.actions = new ReaderActions(
      doc,
      backend,
      this.overlay,
      this.layer,
      {
        url: () => this.currentUrl,
        scopeFor: (range) => this.scopes.forRange(range),
        ensureVisit: () => (this.visitRecorded ? Promise.resolve() : this.recordVisit()),
        year: () => yearOf(this.watcher.analysis?.article.published ?? null),
        findings: () => this.watcher.findings,
        visit: () => this.visit(),
      },
      lang,
    );
    this.input = new PageInput(
      doc,
      {
        onSelection: (range) => this.onSelection(range),
        onHover: (x, y) => this.showCardAt(x, y, false),
        onClick: (x, y) => this.showCardAt(x, y, true),
        onEscape: () => {
          this.overlay.hide();
          // Escape in the page closes an editor with nothing unsaved; the editor's own Escape discards.
          if (!this.overlay.noteEditorDirty) this.overlay.closeNoteEditor();
        },
      },
      {
        isOwnUi: (target) => this.overlay.contains(target),
        // Any text the reader sees can be annotated, inside the article or not.
        selectionRoot: () => doc.body,
        hoverPaused: () => this.overlay.showing === 'toolbar',
        isTrusted: seams.isTrusted,
      },
    );
  }

  async start(): Promise<void> {
    this.disabled = new Set(await this.backend.disabledKinds().catch(() => []));
    // Portals that fill the article in after load are watched too: the page may become an
    // article (or change) after this first look.
    this.watcher.start();
    this.input.start();
    if (this.isArticle) await this.becameArticle();
    else await this.reanchor();
  }

  /** The address the page's annotations are stored under (its canonical URL on its own site). */
  get articleUrl(): string {
    return this.currentUrl;
  }

  get isArticle(): boolean {
    return this.watcher.isArticle;
  }

  state(): PageState {
    const counts = Object.fromEntries(FINDING_KINDS.map((kind) => [kind, 0])) as Record<FindingKind, number>;
    for (const f of this.watcher.findings) counts[f.kind] += 1;
    const article = this.watcher.analysis?.article;
    return {
      url: this.currentUrl,
      ready: this.layer.loaded,
      isArticle: this.isArticle,
      reason: article?.reason ?? '',
      title: article?.title ?? null,
      province: article?.province ?? null,
      counts,
      findings: this.watcher.findings
        .map((f) => ({ kind: f.kind, text: f.finding.text, start: f.finding.start, end: f.finding.end }))
        .sort((a, b) => a.start - b.start || b.end - a.end),
      annotations: this.layer.summaries(),
    };
  }

  /** What the in-page UI shows (the `page/ui` tab message). */
  ui(): OverlayState {
    return this.overlay.describe();
  }

  /** The reader chose another language: the toolbar, cards, confirmations and note editor speak it now. */
  setLang(lang: Lang): void {
    this.overlay.setLang(lang);
    this.actions.setLang(lang);
  }

  setDisabledKinds(kinds: readonly FindingKind[]): void {
    this.disabled = new Set(kinds);
    this.paintFindings();
  }

  /** Scrolls to an annotation or a stretch of the article text and flashes it. */
  scrollTo(target: { annotationId: string } | { start: number; end: number }): boolean {
    const dom = this.watcher.dom;
    const range =
      'annotationId' in target
        ? this.layer.rangeOf(target.annotationId)
        : dom
          ? dom.toRange(target.start, target.end)
          : null;
    if (!range) return false;
    range.startContainer.parentElement?.scrollIntoView({ block: 'center', behavior: 'smooth' });
    this.painter.paint('flash', [range]);
    setTimeout(() => this.painter.clear('flash'), FLASH_MS);
    return true;
  }

  /** Highlights the current selection (keyboard shortcut and context menu). */
  async highlightCurrentSelection(color: HighlightColor = 'yellow'): Promise<void> {
    const range = this.input.selectedRange();
    if (range) await this.actions.highlight(range, color);
  }

  /** Re-reads saved annotations (after they change elsewhere) and repaints them. */
  async reanchor(): Promise<void> {
    await this.layer.load(this.currentUrl, this.scopes);
  }

  destroy(): void {
    this.watcher.stop();
    this.input.stop();
    this.painter.clearAll();
    this.overlay.destroy();
  }

  private async becameArticle(): Promise<void> {
    this.currentUrl = canonicalUrlOf(this.doc);
    await Promise.all([this.recordVisit(), this.reanchor()]);
  }

  private paintFindings(): void {
    const byKind = rangesByKind(this.watcher.findings);
    for (const kind of FINDING_KINDS) {
      if (kind === 'directive') continue;
      this.painter.paint(kind, this.disabled.has(kind) ? [] : (byKind.get(kind) ?? []));
    }
    const directives = this.disabled.has('directive')
      ? { even: [], odd: [] }
      : alternatingDirectives(this.watcher.findings);
    this.painter.paint('directive', directives.even);
    this.painter.paint('directive-alt', directives.odd);
  }

  private visit(): VisitInput {
    const analysis = this.watcher.analysis;
    return {
      url: this.currentUrl,
      title: analysis?.article.title ?? (this.doc.title.trim() || null),
      site: this.doc.location.hostname,
      province: analysis?.article.province ?? null,
      published: analysis?.article.published ?? null,
      textSnapshot: analysis?.text ?? '',
      isArticle: analysis?.article.isArticle ?? false,
      documents: analysis?.documents ?? [],
      directives: analysis?.directives ?? [],
    };
  }

  private async recordVisit(): Promise<void> {
    await this.backend.recordVisit(this.visit()).then(
      () => {
        this.visitRecorded = true;
      },
      (error: unknown) => this.actions.report(error),
    );
  }

  private onSelection(range: Range | null): void {
    if (!range) {
      if (this.overlay.showing === 'toolbar') this.overlay.hide();
      return;
    }
    const saved = range.cloneRange();
    this.overlay.showToolbar(range.getBoundingClientRect(), {
      onHighlight: (color) => void this.actions.highlight(saved, color),
      onNote: () => void this.actions.note(saved),
      onTrack: () => void this.actions.track(saved),
      onCite: () => void this.actions.cite(saved),
    });
  }

  private showCardAt(x: number, y: number, fromClick: boolean): void {
    const caret = caretAt(this.doc, x, y);
    // A click on one of the reader's own passages opens its note, before any finding beneath it.
    const annotationId = fromClick && caret ? this.layer.annotationAt(caret.node, caret.offset) : null;
    if (annotationId) {
      const range = this.layer.rangeOf(annotationId);
      if (range && this.overlay.noteEditorFor !== annotationId) {
        this.actions.editNote(annotationId, rectNear(range, x, y));
      }
      return;
    }
    const finding = caret
      ? findingAt(this.watcher.findings, caret.node, caret.offset, (kind) => !this.disabled.has(kind))
      : null;
    if (!finding) {
      if (fromClick && this.overlay.showing === 'card') this.overlay.hide();
      return;
    }
    this.showCard(finding, x, y);
  }

  private showCard(finding: PageFinding, x: number, y: number): void {
    const range = finding.range.cloneRange();
    this.painter.paint('focus', [finding.range]);
    this.overlay.showCard(rectNear(range, x, y), finding, {
      onHighlight: (color) => void this.actions.highlight(range, color, detailOf(finding)),
      onNote: () => void this.actions.note(range, detailOf(finding)),
      onTrack: () => void this.actions.track(range, finding),
      onCite: () => void this.actions.cite(range),
    });
  }
}

/** The year of an ISO date, or this year: dates written without a year are near the reading. */
function yearOf(published: string | null, now: Date = new Date()): number {
  const year = published ? Number(published.slice(0, 4)) : Number.NaN;
  return Number.isInteger(year) && year > 1900 ? year : now.getFullYear();
}

function isOwnNode(node: Node): boolean {
  if (isInsideOwnHost(node)) return true;
  const el = node.nodeType === Node.ELEMENT_NODE ? (node as Element) : node.parentElement;
  return !!el?.closest('govmark-mark');
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
