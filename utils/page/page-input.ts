// The reader's input on the page: a selection made with the mouse, the pointer resting over the
// text, a click, Escape. Only the reader's own input counts: events a page script dispatches
// (`isTrusted` false) are ignored, so a page cannot make GovMark act for the reader. Events from
// GovMark's own UI are ignored too; what the input means is the session's business (the
// toolbar, a finding's card).
export interface PageInputEvents {
  /** A selection settled after a mouse-up: its range, or null when nothing usable is selected. */
  onSelection(range: Range | null): void;
  /** The pointer rested at a point for a moment. */
  onHover(x: number, y: number): void;
  /** A click that selected nothing. */
  onClick(x: number, y: number): void;
  onEscape(): void;
}

export interface PageInputOptions {
  /** True for events inside GovMark's own UI. */
  isOwnUi(target: EventTarget | null): boolean;
  /** The element a selection must lie in (the article, or the whole body on other pages). */
  selectionRoot(): Element | null;
  /** While true (the selection toolbar is up), resting the pointer shows nothing. */
  hoverPaused(): boolean;
  hoverDelayMs?: number;
  /** Whether an event came from the reader (the browser's `isTrusted`; tests of the logic may pass their own). */
  isTrusted?(event: Event): boolean;
}

const fromReader = (event: Event) => event.isTrusted;

const HOVER_DELAY_MS = 250;

export class PageInput {
  private hoverTimer: ReturnType<typeof setTimeout> | undefined;
  private stopListening: (() => void) | null = null;

  constructor(
    private readonly doc: Document,
    private readonly events: PageInputEvents,
    private readonly options: PageInputOptions,
  ) {}

  get listening(): boolean {
    return this.stopListening !== null;
  }

  start(): void {
    if (this.stopListening) return;
    const { doc, events, options } = this;
    const trusted = options.isTrusted ?? fromReader;
    const onMouseUp = (event: MouseEvent) => {
      if (!trusted(event) || options.isOwnUi(event.target)) return;
      // Let the browser settle the selection first.
      setTimeout(() => {
        const range = this.selectedRange();
        if (range) this.cancelHover();
        events.onSelection(range);
      }, 0);
    };
    const onMouseMove = (event: MouseEvent) => {
      if (!trusted(event) || options.isOwnUi(event.target) || options.hoverPaused()) return;
      this.cancelHover();
      const { clientX, clientY } = event;
      this.hoverTimer = setTimeout(() => events.onHover(clientX, clientY), options.hoverDelayMs ?? HOVER_DELAY_MS);
    };
    const onClick = (event: MouseEvent) => {
      if (!trusted(event) || options.isOwnUi(event.target) || this.selectedRange()) return;
      events.onClick(event.clientX, event.clientY);
    };
    const onKeyDown = (event: KeyboardEvent) => {
      if (trusted(event) && event.key === 'Escape') events.onEscape();
    };
    doc.addEventListener('mouseup', onMouseUp);
    doc.addEventListener('mousemove', onMouseMove, { passive: true });
    doc.addEventListener('click', onClick);
    doc.addEventListener('keydown', onKeyDown);
    this.stopListening = () => {
      doc.removeEventListener('mouseup', onMouseUp);
      doc.removeEventListener('mousemove', onMouseMove);
      doc.removeEventListener('click', onClick);
      doc.removeEventListener('keydown', onKeyDown);
    };
  }

  stop(): void {
    this.cancelHover();
    this.stopListening?.();
    this.stopListening = null;
  }

  /** The reader's selection when it lies in the selection root and holds more than white space. */
  selectedRange(): Range | null {
    const selection = this.doc.getSelection();
    if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return null;
    const range = selection.getRangeAt(0);
    if (!this.options.selectionRoot()?.contains(range.commonAncestorContainer)) return null;
    if (!range.toString().trim()) return null;
    return range;
  }

  private cancelHover(): void {
    clearTimeout(this.hoverTimer);
  }
}
