// What GovMark paints on a page, and where. The engine's findings go to the page's CSS
// highlight registry under `govmark-` names (the registry is shared with the page, and findings
// are what any reader of the public page would get from the engine). Everything that is the
// reader's own goes to the private layer (private-marks.ts), which page scripts cannot read.
import type { FindingKind } from '../model/kinds';
import type { PrivateMarkKind } from './private-marks';

/**
 * Directives alternate between two shades (`directive`, `directive-alt`) so that consecutive
 * ones read as separate stretches.
 */
export type FindingPaintKind = FindingKind | 'directive-alt';

export type PaintKind = FindingPaintKind | PrivateMarkKind;

const PRIVATE_KINDS: ReadonlySet<string> = new Set<PrivateMarkKind>([
  'user-yellow',
  'user-green',
  'user-blue',
  'user-pink',
  'user-purple',
  'task',
  'flash',
  'focus',
]);

export function isPrivateKind(kind: PaintKind): kind is PrivateMarkKind {
  return PRIVATE_KINDS.has(kind);
}

export function highlightName(kind: FindingPaintKind): string {
  return `govmark-${kind}`;
}
