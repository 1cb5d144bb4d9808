// The names GovMark registers in the page's CSS highlight registry. The registry is shared
// with the page, so every name carries the `govmark-` prefix.
import type { FindingKind, HighlightColor } from '../model/kinds';

/** `flash` marks a passage briefly after the side panel or popup jumps to it. */
export type PaintKind = FindingKind | `user-${HighlightColor}` | 'flash';

export function highlightName(kind: PaintKind): string {
  return `govmark-${kind}`;
}
