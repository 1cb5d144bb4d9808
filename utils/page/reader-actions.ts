// What the reader does with a passage: highlight it, write a note on it (in the note editor
// that opens beside it), track it as a task, or copy its citation. Each action describes the passage in its scope,
// asks the background, places the result in the annotation layer and says how it went. Nothing
// here needs the page to be an article: the context says where passages are described.
import { describe } from '../anchoring/describe';
import type { TextScope } from '../anchoring/scope';
import { proposePassageTask } from '../engine/passage-task';
import { localise, t, type Lang } from '../i18n/lang';
import type { AnnotationKind, HighlightColor } from '../model/kinds';
import type { FindingDetail } from '../model/records';
import type { PaintableAnnotation } from '../model/paintable';
import type { AnnotationLayer } from './annotation-layer';
import { citationForSelection } from './citation-text';
import { copyText } from './clipboard';
import { findingsOverlapping, type PageFinding } from './finding-index';
import type { Overlay } from './overlay';
import { BackendError, type NewAnnotation, type PageBackend, type VisitInput } from './page-backend';

export interface ReaderContext {
  /** The URL the page's annotations are stored under. */
  url(): string;
  /** Where a passage is described (selectors are offsets into the scope's text). */
  scopeFor(range: Range): TextScope;
  /** Records the page before the first annotation on a page that is not an article (articles are recorded on arrival). */
  ensureVisit(): Promise<void>;
  /** The year that completes a date written without one in a passage tracked as a task. */
  year(): number | null;
  /** The engine's findings on the page (none on a page that is not an article). */
  findings(): readonly PageFinding[];
  /** The page as a citation needs it. */
  visit(): VisitInput;
}

/** The part of the overlay the actions talk through. */
export type ActionFeedback = Pick<Overlay, 'hide' | 'notify' | 'shadowRoot' | 'openNoteEditor'>;

export class ReaderActions {
  constructor(
    private readonly doc: Document,
    private readonly backend: PageBackend,
    private readonly feedback: ActionFeedback,
    private readonly layer: AnnotationLayer,
    private readonly context: ReaderContext,
    private lang: Lang,
  ) {}

  /** The language of the confirmations from now on (the reader changed it on the options page). */
  setLang(lang: Lang): void {
    this.lang = lang;
  }

  async highlight(
    range: Range,
    color: HighlightColor,
    finding: FindingDetail | null = null,
  ): Promise<PaintableAnnotation | null> {
    const record = await this.save(range, color, finding);
    if (record) this.feedback.notify(t('highlighted', this.lang));
    return record;
  }

  /** Highlights the passage and opens the note editor beside it. */
  async note(range: Range, finding: FindingDetail | null = null): Promise<void> {
    const near = range.getBoundingClientRect();
    const record = await this.save(range, 'yellow', finding);
    if (record) this.editNote(record.id, near);
  }

  /**
   * Opens the note editor on a saved annotation beside `near`. Where the browser or the page
   * keeps the editor's frame from coming up, the side panel opens on the annotation instead
   * (or the reader is told where to write the note, when the browser refuses that too).
   */
  editNote(annotationId: string, near: DOMRect): void {
    this.feedback.openNoteEditor(annotationId, near, {
      onClose: (saved) => {
        if (saved) this.feedback.notify(t('noteSaved', this.lang));
      },
      onUnavailable: () => void this.openSidePanel(annotationId),
    });
  }

  private async openSidePanel(annotationId: string): Promise<void> {
    const opened = await this.backend.openSidePanel(annotationId).catch(() => false);
    // Some browsers open panels only from their own UI: say where the note is written then.
    if (!opened) this.feedback.notify(t('openPanelHint', this.lang));
  }

  private async save(
    range: Range,
    color: HighlightColor,
    finding: FindingDetail | null,
  ): Promise<PaintableAnnotation | null> {
    this.feedback.hide();
    try {
      await this.context.ensureVisit();
      const record = await this.backend.createAnnotation(
        this.annotationInput(range, color, finding, finding ? finding.kind : 'highlight'),
      );
      this.layer.place(record, range);
      this.doc.getSelection()?.removeAllRanges();
      return record;
    } catch (error) {
      this.report(error);
      return null;
    }
  }

  /**
   * From a finding's card, tracks the whole directive it belongs to; from a selection, what the
   * reader selected, with what the engine read of the directive it lies in, or, outside any
   * directive the engine found, who and by when as the selected sentence says.
   */
  async track(range: Range, finding?: PageFinding): Promise<void> {
    this.feedback.hide();
    const directive =
      finding?.kind === 'directive'
        ? finding
        : findingsOverlapping(this.context.findings(), range).find((f) => f.kind === 'directive');
    const detail = directive?.kind === 'directive' ? directive.finding : null;
    const target = finding ? (directive?.range ?? finding.range) : range;
    try {
      const scope = this.context.scopeFor(target);
      const annotation = this.annotationInput(
        target,
        'yellow',
        detail ? { kind: 'directive', directive: detail } : null,
        detail ? 'directive' : 'highlight',
        scope,
      );
      const proposal = detail
        ? { what: annotation.quote, issuer: detail.issuer, assignees: detail.assignees, deadline: detail.deadlineIso }
        : this.proposeFromSentence(annotation, scope);
      await this.context.ensureVisit();
      const { annotation: record } = await this.backend.trackTask({
        articleUrl: this.context.url(),
        annotation,
        text: proposal.what,
        issuer: proposal.issuer,
        assignees: proposal.assignees,
        deadline: proposal.deadline,
      });
      // The passage is where the reader just acted: place it there instead of re-reading and
      // re-anchoring every annotation of the page.
      this.layer.place(record, target, true);
      this.doc.getSelection()?.removeAllRanges();
      this.feedback.notify(t('tracked', this.lang));
    } catch (error) {
      this.report(error);
    }
  }

  async cite(range: Range): Promise<void> {
    this.feedback.hide();
    try {
      const text = citationForSelection(
        this.annotationInput(range, 'yellow', null, 'highlight'),
        this.context.visit(),
        this.lang,
      );
      const ok = await copyText(text, this.feedback.shadowRoot);
      this.feedback.notify(ok ? t('copied', this.lang) : t('saveFailed', this.lang), !ok);
    } catch (error) {
      this.report(error);
    }
  }

  /** A failure in the reader's language: the background's own message when it sent one. */
  report(error: unknown): void {
    const message =
      error instanceof BackendError ? localise(error.readerMessage, this.lang) : t('saveFailed', this.lang);
    this.feedback.notify(message, true);
  }

  private annotationInput(
    range: Range,
    color: HighlightColor,
    finding: FindingDetail | null,
    kind: AnnotationKind,
    scope: TextScope = this.context.scopeFor(range),
  ): NewAnnotation {
    const selectors = describe(scope, range);
    const quote =
      selectors.find((selector) => selector.type === 'TextQuoteSelector')?.exact ?? range.toString().normalize('NFC');
    return { articleUrl: this.context.url(), selectors, quote, kind, color, finding, scope: scope.kind };
  }

  /** A task from the passage's words, with the assignees and deadline its sentence gives. */
  private proposeFromSentence(annotation: NewAnnotation, scope: TextScope) {
    const position = annotation.selectors.find((selector) => selector.type === 'TextPositionSelector');
    const sentence = position ? sentenceAround(scope.model.text, position.start, position.end) : annotation.quote;
    return proposePassageTask(annotation.quote, sentence, this.context.year());
  }
}

// Where a sentence ends: its final mark before white space, or a line break.
const SENTENCE_END = /[.!?…;](?=\s)|\n/gu;

/** The sentence (or sentences) of `text` that hold text[start, end). */
export function sentenceAround(text: string, start: number, end: number): string {
  let from = 0;
  let to = text.length;
  for (const mark of text.matchAll(SENTENCE_END)) {
    const after = mark.index + mark[0].length;
    if (after <= start) from = after;
    else if (mark.index >= end) {
      to = after;
      break;
    }
  }
  return text.slice(from, to).trim();
}
