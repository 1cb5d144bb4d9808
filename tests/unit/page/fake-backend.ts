// An in-memory PageBackend for the page tests: what the content script would ask the background,
// kept in arrays the tests read, with failures on demand.
import type { CitingArticle } from '../../../utils/storage/register-queries';
import type { AnnotationRecord, TaskRecord } from '../../../utils/model/records';
import type { FindingKind } from '../../../utils/model/kinds';
import {
  BackendError,
  type NewAnnotation,
  type NewTask,
  type PageBackend,
  type VisitInput,
} from '../../../utils/page/page-backend';
import type { Painter } from '../../../utils/page/painter';
import type { PaintKind } from '../../../utils/page/highlight-kinds';

export interface FakeBackend extends PageBackend {
  visits: VisitInput[];
  annotations: AnnotationRecord[];
  tasks: NewTask[];
  sidePanelRequests: (string | null)[];
  /** The next write fails with this two-language message. */
  failNextWrite(message: { vi: string; en: string }): void;
  sidePanelOpens: boolean;
  hiddenKinds: FindingKind[];
  /** Annotation ids tracked as tasks (those saved through trackTask are added). */
  trackedIds: string[];
  /** What citedIn answers, and the lookups it was asked (the card's "cited in" section). */
  citing: CitingArticle[] | null;
  citedInRequests: { symbol: string; date: string | null; articleUrl: string }[];
}

export function createFakeBackend(saved: AnnotationRecord[] = []): FakeBackend {
  let failure: { vi: string; en: string } | null = null;
  let nextId = 1;
  const takeFailure = () => {
    const current = failure;
    failure = null;
    if (current) throw new BackendError(current);
  };
  const save = (input: NewAnnotation): AnnotationRecord => {
    const record: AnnotationRecord = {
      ...input,
      id: `a${nextId++}`,
      anchoringVersion: 1,
      tags: [],
      note: '',
      created: 1,
      updated: 1,
      revision: 1,
    };
    backend.annotations.push(record);
    return record;
  };
  const backend: FakeBackend = {
    visits: [],
    annotations: [...saved],
    tasks: [],
    sidePanelRequests: [],
    sidePanelOpens: true,
    hiddenKinds: [],
    trackedIds: [],
    citing: null,
    citedInRequests: [],
    failNextWrite(message) {
      failure = message;
    },
    async recordVisit(visit) {
      takeFailure();
      backend.visits.push(visit);
    },
    async loadAnnotations(url) {
      return backend.annotations.filter((annotation) => annotation.articleUrl === url);
    },
    async trackedAnnotationIds() {
      return backend.trackedIds;
    },
    async createAnnotation(input) {
      takeFailure();
      return save(input);
    },
    async trackTask(input) {
      takeFailure();
      const annotation = save(input.annotation);
      backend.tasks.push(input);
      backend.trackedIds.push(annotation.id);
      const task = { id: `t${backend.tasks.length}`, annotationId: annotation.id } as TaskRecord;
      return { task, annotation };
    },
    async openSidePanel(focusAnnotationId) {
      backend.sidePanelRequests.push(focusAnnotationId);
      return backend.sidePanelOpens;
    },
    async disabledKinds() {
      return backend.hiddenKinds;
    },
    async citedIn(cited, articleUrl) {
      backend.citedInRequests.push({ ...cited, articleUrl });
      return backend.citing;
    },
  };
  return backend;
}

/** A painter that only remembers what it was asked to paint (jsdom has no Highlight API). */
export function createRecordingPainter(): Painter & { texts(kind: PaintKind): string[] } {
  const painted = new Map<PaintKind, Range[]>();
  return {
    usesHighlightApi: true,
    paint(kind, ranges) {
      painted.set(kind, ranges);
    },
    clear(kind) {
      painted.delete(kind);
    },
    clearAll() {
      painted.clear();
    },
    kindsAt() {
      return [];
    },
    rangesOf(kind) {
      return painted.get(kind) ?? [];
    },
    owns() {
      return false;
    },
    texts(kind) {
      return (painted.get(kind) ?? []).map((range) => range.toString());
    },
  };
}
