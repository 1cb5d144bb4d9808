// Which of the engine's finding kinds are painted on pages: the one place that says what the
// default is and how the reader's choice is read (it is written through components/common/actions.ts). The settings store keeps the
// kinds switched *off* (`hiddenKinds`), so a kind added later is painted unless the reader says no.
//
// The default leaves plain dates unpainted. A reader of directives wants to see who must do
// what by when: figures, documents, directives and deadlines (a date the engine reads as a
// deadline is its own kind and stays painted, inside a directive or not). Every other date —
// publication lines, "ngày 15/01", the headline — is still found, counted and listed in the
// side panel, and one click in the legend or the options page paints them too.
import { FINDING_KINDS, type FindingKind } from '../model/kinds';
import type { GovMarkDB } from '../storage/db';

/** Kinds not painted until the reader switches them on. */
export const DEFAULT_HIDDEN_KINDS: readonly FindingKind[] = ['date'];

/** The kinds painted, in the legend's order, for a stored `hiddenKinds` value. */
export function paintedKinds(hidden: readonly FindingKind[]): FindingKind[] {
  return FINDING_KINDS.filter((kind) => !hidden.includes(kind));
}

/** The `hiddenKinds` value after the reader switched one kind on or off (order kept stable). */
export function withKindPainted(hidden: readonly FindingKind[], kind: FindingKind, painted: boolean): FindingKind[] {
  const next = new Set(hidden);
  if (painted) next.delete(kind);
  else next.add(kind);
  return FINDING_KINDS.filter((k) => next.has(k));
}

/**
 * The reader's `hiddenKinds` (extension pages and the background, which hold the database;
 * wrap it in `useLiveQuery` to follow changes). The default until the reader first chooses.
 */
export async function readHiddenKinds(db: Pick<GovMarkDB, 'settings'>): Promise<FindingKind[]> {
  const row = await db.settings.get('hiddenKinds');
  return row ? [...(row.value as FindingKind[])] : [...DEFAULT_HIDDEN_KINDS];
}
