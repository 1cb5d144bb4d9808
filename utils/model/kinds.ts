// The constant lists the model is built from: the records' types, the valibot schemas, the label
// table and the menus all derive from these, so a list is stated once.
//
// utils/model holds what every context agrees on: kinds.ts (these lists), records.ts (the stored
// records), schemas.ts (their valibot schemas, used by messages and backups), labels.ts (the one
// table of their names in both languages), deadline.ts (what a deadline string means),
// library.ts (everything a reader keeps, as one value) and portal-domains.ts (where GovMark runs).
//
// A new kind of finding touches, beside the engine that finds it (utils/engine/types.ts and its
// detector): this file (FINDING_KINDS, KEPT_FINDING_KINDS, FINDING_PAINT_PRIORITY),
// records.ts (FindingDetail), schemas.ts (findingDetailSchema), labels.ts (FINDING_KIND_LABELS),
// utils/page/finding-index.ts (from the analysis to page findings and back to a FindingDetail),
// components/page/FindingCard.tsx (what its card says), utils/model/paint-palette.ts and
// entrypoints/article.content/highlights.css (its look). TypeScript points at each of the first six once the lists change.
import type { Figure } from '../engine/types';

/** What the engine paints in a page (a date with a deadline reading is its own kind). */
export const FINDING_KINDS = ['figure', 'document', 'date', 'deadline', 'directive'] as const;
export type FindingKind = (typeof FINDING_KINDS)[number];

/** Findings painted later win where ranges overlap (a deadline inside a directive stays visible). */
export const FINDING_PAINT_PRIORITY: Record<FindingKind, number> = {
  directive: 0,
  document: 1,
  date: 2,
  deadline: 3,
  figure: 4,
};

/** The engine's findings an annotation can keep (dates and deadlines are both kept as a date). */
export const KEPT_FINDING_KINDS = ['figure', 'document', 'date', 'directive'] as const;

/** What an annotation is: the reader's own highlight or note, or a finding the reader kept. */
export const ANNOTATION_KINDS = ['highlight', 'note', ...KEPT_FINDING_KINDS] as const;
export type AnnotationKind = (typeof ANNOTATION_KINDS)[number];

export const HIGHLIGHT_COLORS = ['yellow', 'green', 'blue', 'pink', 'purple'] as const;
export type HighlightColor = (typeof HIGHLIGHT_COLORS)[number];

/** In the order the menus list them. */
export const TASK_STATUSES = ['open', 'in-progress', 'done', 'dropped'] as const;
export type TaskStatus = (typeof TASK_STATUSES)[number];

/** Statuses whose tasks still carry a deadline state (finished and dropped ones are never overdue). */
export const ACTIVE_STATUSES: readonly TaskStatus[] = ['open', 'in-progress'];

export const FIGURE_KINDS = ['percent', 'money', 'quantity', 'ratio'] as const satisfies readonly Figure['kind'][];
