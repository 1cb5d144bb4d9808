// What the content script asks of the background. The entrypoint implements it with the typed
// message client; tests pass a fake. Keeping it an interface keeps page code free of transport.
import type { AnnotationScope, FindingDetail } from '../model/records';
import type { PageTask, PaintableAnnotation } from '../model/paintable';
import type { HighlightColor, AnnotationKind } from '../model/kinds';
import type { Selector } from '../anchoring/types';
import type { FindingKind } from '../model/kinds';
import type { Directive, DocumentRef } from '../engine/types';
import type { CitingArticle } from '../storage/register-queries';

export interface VisitInput {
  url: string;
  title: string | null;
  site: string;
  province: string | null;
  published: string | null;
  textSnapshot: string;
  isArticle: boolean;
  /** The engine's document and directive findings on the snapshot, for the register of documents. */
  documents?: DocumentRef[];
  directives?: Directive[];
}

export interface NewAnnotation {
  articleUrl: string;
  selectors: Selector[];
  quote: string;
  kind: AnnotationKind;
  color: HighlightColor;
  finding: FindingDetail | null;
  /** The text the selectors count (see AnnotationRecord.scope). */
  scope: AnnotationScope;
}

export interface NewTask {
  articleUrl: string;
  annotation: NewAnnotation;
  text: string;
  issuer: string | null;
  assignees: string[];
  deadline: string | null;
}

export interface PageBackend {
  recordVisit(visit: VisitInput): Promise<void>;
  /** The page's annotations as painting needs them: the background never sends notes or tags here. */
  loadAnnotations(articleUrl: string): Promise<PaintableAnnotation[]>;
  createAnnotation(input: NewAnnotation): Promise<PaintableAnnotation>;
  /** The ids of the page's annotations tracked as tasks (painted as tasks). */
  trackedAnnotationIds(articleUrl: string): Promise<string[]>;
  /** The task and the annotation marking its passage (an existing one when already tracked). */
  trackTask(input: NewTask): Promise<{ task: PageTask; annotation: PaintableAnnotation }>;
  /** Opens the side panel on this tab, focused on one annotation (for writing its note); false when the browser refused. */
  openSidePanel(focusAnnotationId: string | null): Promise<boolean>;
  disabledKinds(): Promise<FindingKind[]>;
  /** The reader's articles citing a document found on the page `articleUrl` (the register); null when unknown. */
  citedIn(cited: { symbol: string; date: string | null }, articleUrl: string): Promise<CitingArticle[] | null>;
}

/** A failure the reader should see, with its message in both languages. */
export class BackendError extends Error {
  constructor(readonly readerMessage: { vi: string; en: string }) {
    super(readerMessage.en);
  }
}
