// The names GovMark registers in the page's CSS highlight registry. The registry is shared
// with the page, so every name carries the `govmark-` prefix.
import type { HighlightColor } from '../storage/records';

export const FINDING_KINDS = ['figure', 'document', 'date', 'deadline', 'directive'] as const;
export type FindingKind = (typeof FINDING_KINDS)[number];

export const USER_COLORS: readonly HighlightColor[] = ['yellow', 'green', 'blue', 'pink', 'purple'];

/** `flash` marks a passage briefly after the side panel or popup jumps to it. */
export type PaintKind = FindingKind | `user-${HighlightColor}` | 'flash';

export function highlightName(kind: PaintKind): string {
  return `govmark-${kind}`;
}

/** Findings painted later win where ranges overlap (a deadline inside a directive stays visible). */
export const PAINT_PRIORITY: Record<FindingKind, number> = {
  directive: 0,
  document: 1,
  date: 2,
  deadline: 3,
  figure: 4,
};
