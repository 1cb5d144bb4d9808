// The in-page note editor as the content script holds it: an iframe of the extension's own
// page (note-editor.html), placed in GovMark's closed shadow root beside the passage. What the
// reader types there lives in the extension's origin: the page's scripts cannot reach the frame
// element (closed root), cannot read its document (another origin) and get none of its key
// events (they are dispatched in the frame's document, not the page's). The content script
// itself never sees the note either: it tells the frame which annotation to edit and learns
// only the height the frame needs and when to close it (utils/note-editor/editor-channel.ts).
import type { Lang } from '../i18n/lang';
import {
  editorUrl,
  type FromEditor,
  fromEditorSchema,
  HANDOVER_KEY,
  handoverToken,
  listenOn,
  type ToEditor,
} from '../note-editor/editor-channel';

export interface NoteFrameEvents {
  /** The frame closed itself (Escape, its close button, or after a save: `saved`). */
  onClose(saved: boolean): void;
  /** The frame did not come up (blocked by the browser or the page): the note must be written elsewhere. */
  onUnavailable(): void;
}

export interface NoteFrameOptions {
  /** The editor's address, `browser.runtime.getURL('/note-editor.html')`. */
  pageUrl: string;
  /** How long the frame has to say it is ready before it counts as unavailable. */
  readyTimeoutMs?: number;
}

/** The frame's width, and the room it keeps from the viewport's edges, in CSS pixels. */
export const NOTE_FRAME_WIDTH = 360;
const EDGE = 8;
const INITIAL_HEIGHT = 240;
const READY_TIMEOUT_MS = 8_000;
const REMOVE_AFTER_CLOSE_MS = 250;

export class NoteFrame {
  readonly element: HTMLIFrameElement;
  private port: MessagePort | null = null;
  private ready = false;
  private unsaved = false;
  private closed = false;
  private readonly timer: ReturnType<typeof setTimeout>;

  constructor(
    doc: Document,
    container: ParentNode,
    private readonly annotationId: string,
    private lang: Lang,
    /** The passage's box in viewport coordinates: the frame opens below it (above when there is no room). */
    near: DOMRect,
    private readonly events: NoteFrameEvents,
    options: NoteFrameOptions,
  ) {
    const win = doc.defaultView!;
    const token = handoverToken();
    const frame = doc.createElement('iframe');
    frame.title = lang === 'vi' ? 'Ghi chú GovMark' : 'GovMark note';
    frame.className = 'gm-note-frame';
    const viewportWidth = doc.documentElement.clientWidth || win.innerWidth;
    const left = Math.max(EDGE, Math.min(near.left, viewportWidth - NOTE_FRAME_WIDTH - EDGE));
    const below = near.bottom + 8;
    const top =
      below + INITIAL_HEIGHT > win.innerHeight && near.top > INITIAL_HEIGHT + 16
        ? near.top - INITIAL_HEIGHT - 8
        : below;
    frame.style.left = `${left + win.scrollX}px`;
    frame.style.top = `${top + win.scrollY}px`;
    frame.style.width = `${NOTE_FRAME_WIDTH}px`;
    frame.style.height = `${INITIAL_HEIGHT}px`;
    const origin = new URL(options.pageUrl).origin;
    frame.addEventListener(
      'load',
      () => {
        if (this.closed || !frame.contentWindow) return;
        const channel = new MessageChannel();
        this.port = channel.port1;
        listenOn(channel.port1, fromEditorSchema, (message) => this.receive(message));
        // Addressed to the extension's origin: were the frame navigated elsewhere, the port would not be delivered.
        frame.contentWindow.postMessage({ [HANDOVER_KEY]: token }, origin, [channel.port2]);
        this.send({ type: 'open', annotationId: this.annotationId, lang: this.lang });
      },
      { once: true },
    );
    frame.src = editorUrl(options.pageUrl, token);
    this.element = frame;
    container.appendChild(frame);
    this.timer = setTimeout(() => {
      if (!this.ready) this.fail();
    }, options.readyTimeoutMs ?? READY_TIMEOUT_MS);
  }

  /** The annotation the frame edits. */
  get editing(): string {
    return this.annotationId;
  }

  get isReady(): boolean {
    return this.ready;
  }

  /** True while the editor holds text the reader has not saved. */
  get dirty(): boolean {
    return this.unsaved;
  }

  setLang(lang: Lang): void {
    this.lang = lang;
    this.element.title = lang === 'vi' ? 'Ghi chú GovMark' : 'GovMark note';
    this.send({ type: 'lang', lang });
  }

  /** Where the frame is, in viewport coordinates. */
  rect(): DOMRect {
    return this.element.getBoundingClientRect();
  }

  /**
   * Removes the frame (whatever it holds unsaved is dropped, as on Escape). When the frame closed
   * itself on a key, it is hidden at once and removed a moment later: the key's events finish in
   * the frame that had them instead of in a frame torn down under them.
   */
  close(removeAfterMs = 0): void {
    if (this.closed) return;
    this.closed = true;
    clearTimeout(this.timer);
    this.port?.close();
    this.port = null;
    if (removeAfterMs === 0) {
      this.element.remove();
      return;
    }
    this.element.style.visibility = 'hidden';
    this.element.style.pointerEvents = 'none';
    setTimeout(() => this.element.remove(), removeAfterMs);
  }

  private send(message: ToEditor): void {
    this.port?.postMessage(message);
  }

  private receive(message: FromEditor): void {
    if (this.closed) return;
    switch (message.type) {
      case 'ready':
        this.ready = true;
        clearTimeout(this.timer);
        this.element.focus();
        return;
      case 'dirty':
        this.unsaved = message.dirty;
        return;
      case 'size':
        this.element.style.height = `${Math.ceil(message.height)}px`;
        return;
      case 'close':
        this.close(REMOVE_AFTER_CLOSE_MS);
        this.events.onClose(message.saved);
        return;
    }
  }

  private fail(): void {
    this.close();
    this.events.onUnavailable();
  }
}
