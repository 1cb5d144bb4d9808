// The in-page overlay: one shadow host holding the selection toolbar, the finding card, the
// note editor's frame and short confirmations. Rendering is Preact; positions are page
// coordinates. The note editor's iframe sits beside Preact's mount, so redrawing the toolbar or
// a confirmation never reloads it.
import { render } from 'preact';
import { SelectionToolbar, type SelectionActions } from '../../components/page/SelectionToolbar';
import { FindingCard } from '../../components/page/FindingCard';
import { PAGE_UI_CSS } from '../../components/page/page-ui.css';
import { createShadowHost, type ShadowHost } from './shadow-host';
import type { PageFinding } from './finding-index';
import { t, type Lang } from '../i18n/lang';
import type { OverlayState } from '../messaging/page-state';
import { NoteFrame, type NoteFrameEvents } from './note-frame';
import { CitedInContext, type CitedInSource } from '../../components/register/cited-in-context';

type View =
  | { type: 'none' }
  | { type: 'toolbar'; x: number; y: number; actions: SelectionActions }
  | { type: 'card'; x: number; y: number; finding: PageFinding; actions: SelectionActions };

/** Test seams for jsdom, where no event is trusted and a closed shadow root cannot be reached. */
export interface OverlaySeams {
  isTrusted?: (event: Event) => boolean;
  shadowMode?: ShadowRootMode;
  /** The note editor page's address (`browser.runtime.getURL('/note-editor.html')` in the product). */
  noteEditorUrl?: string;
  /** How long the note editor's frame has to come up (tests shorten it). */
  noteEditorTimeoutMs?: number;
}

export class Overlay {
  private shadow: ShadowHost | null = null;
  private view: View = { type: 'none' };
  private toast: { text: string; error: boolean } | null = null;
  private toastTimer: ReturnType<typeof setTimeout> | undefined;
  private noteFrame: NoteFrame | null = null;

  constructor(
    private readonly doc: Document,
    private lang: Lang,
    private readonly seams: OverlaySeams = {},
    /** Told what shows after every change (the page outlines a card's stretch while it is open). */
    private readonly onShow: (showing: View['type']) => void = () => undefined,
    /** Where the document card's "cited in" section asks (the page backend); none shows no section. */
    private readonly citedIn: CitedInSource | null = null,
  ) {}

  get shadowRoot(): ShadowRoot {
    return this.host().root;
  }

  /** True when an event came from inside our own UI (so page handlers ignore it). */
  contains(target: EventTarget | null): boolean {
    return (
      !!this.shadow && target instanceof Node && (target === this.shadow.host || this.shadow.host.contains(target))
    );
  }

  showToolbar(rect: DOMRect, actions: SelectionActions): void {
    const win = this.doc.defaultView!;
    this.view = { type: 'toolbar', x: Math.max(4, rect.left + win.scrollX), y: rect.bottom + win.scrollY + 6, actions };
    this.draw();
  }

  showCard(rect: DOMRect, finding: PageFinding, actions: SelectionActions): void {
    const win = this.doc.defaultView!;
    this.view = {
      type: 'card',
      x: Math.max(4, rect.left + win.scrollX),
      y: rect.bottom + win.scrollY + 6,
      finding,
      actions,
    };
    this.draw();
  }

  get showing(): View['type'] {
    return this.view.type;
  }

  /**
   * Opens the note editor for an annotation beside `near` (the passage's box in the viewport),
   * in place of any toolbar or card and of an editor already open.
   */
  openNoteEditor(annotationId: string, near: DOMRect, events: NoteFrameEvents): void {
    // What the reader typed and has not saved is not dropped for another passage's note.
    if (this.noteFrame?.dirty) {
      if (this.noteFrame.editing !== annotationId) this.notify(t('noteUnsaved', this.lang), true);
      return;
    }
    this.closeNoteEditor();
    this.hide();
    const pageUrl = this.seams.noteEditorUrl;
    if (!pageUrl) {
      events.onUnavailable();
      return;
    }
    const frame = new NoteFrame(
      this.doc,
      this.host().root,
      annotationId,
      this.lang,
      near,
      {
        onClose: (saved) => {
          if (this.noteFrame === frame) this.noteFrame = null;
          events.onClose(saved);
        },
        onUnavailable: () => {
          if (this.noteFrame === frame) this.noteFrame = null;
          events.onUnavailable();
        },
      },
      { pageUrl, readyTimeoutMs: this.seams.noteEditorTimeoutMs },
    );
    this.noteFrame = frame;
  }

  /** The annotation the open note editor edits, or null. */
  get noteEditorFor(): string | null {
    return this.noteFrame?.editing ?? null;
  }

  /** True while the note editor holds text the reader has not saved. */
  get noteEditorDirty(): boolean {
    return this.noteFrame?.dirty ?? false;
  }

  closeNoteEditor(): void {
    this.noteFrame?.close();
    this.noteFrame = null;
  }

  /** Speaks another language from now on: what shows is drawn again, the note editor told. */
  setLang(lang: Lang): void {
    if (lang === this.lang) return;
    this.lang = lang;
    this.noteFrame?.setLang(lang);
    if (this.view.type !== 'none' || this.toast) this.draw();
  }

  /**
   * What the overlay shows, for the extension's own contexts (the end-to-end tests drive it with
   * real input through this): its controls where they are in the viewport, its text, its status.
   */
  describe(): OverlayState {
    const root = this.shadow?.root;
    const status = root?.querySelector('[role="status"]')?.textContent ?? null;
    const view = root?.querySelector<HTMLElement>('.gm-toolbar, .gm-card') ?? null;
    const controls = [...(view?.querySelectorAll<HTMLElement>('button[aria-label]') ?? [])].map((button) => {
      const rect = button.getBoundingClientRect();
      return {
        label: button.getAttribute('aria-label') ?? '',
        pressed: button.getAttribute('aria-pressed') === 'true',
        x: rect.left,
        y: rect.top,
        width: rect.width,
        height: rect.height,
      };
    });
    const frame = this.noteFrame;
    const box = frame?.rect();
    const editor =
      frame && box
        ? {
            annotationId: frame.editing,
            ready: frame.isReady,
            dirty: frame.dirty,
            x: box.left,
            y: box.top,
            width: box.width,
            height: box.height,
          }
        : null;
    return { view: this.view.type, text: view?.textContent ?? '', editor, controls, status };
  }

  hide(): void {
    if (this.view.type === 'none') return;
    this.view = { type: 'none' };
    this.draw();
  }

  notify(text: string, error = false): void {
    this.toast = { text, error };
    clearTimeout(this.toastTimer);
    this.toastTimer = setTimeout(() => {
      this.toast = null;
      this.draw();
    }, 2500);
    this.draw();
  }

  destroy(): void {
    clearTimeout(this.toastTimer);
    this.closeNoteEditor();
    if (this.shadow) render(null, this.shadow.mount);
    this.shadow?.remove();
    this.shadow = null;
  }

  private host(): ShadowHost {
    this.shadow ??= createShadowHost(this.doc, PAGE_UI_CSS, this.seams.shadowMode);
    return this.shadow;
  }

  private draw(): void {
    const v = this.view;
    this.onShow(v.type);
    const lang = this.lang;
    render(
      <CitedInContext.Provider value={this.citedIn}>
        {v.type === 'toolbar' && (
          <SelectionToolbar lang={lang} x={v.x} y={v.y} isTrusted={this.seams.isTrusted} {...v.actions} />
        )}
        {v.type === 'card' && (
          <FindingCard
            lang={lang}
            x={v.x}
            y={v.y}
            finding={v.finding}
            onLeave={() => this.hide()}
            isTrusted={this.seams.isTrusted}
            {...v.actions}
          />
        )}
        {this.toast && (
          <div class="gm-toast" role="status" data-error={this.toast.error ? '' : undefined}>
            {this.toast.text}
          </div>
        )}
      </CitedInContext.Provider>,
      this.host().mount,
    );
  }
}
