// Records the reader edits carry a revision, raised by the background on every write. An edit
// names the revision it was made from; the background refuses it when the record has moved on
// (the same note edited in two tabs), instead of letting the later save silently win.

/** The revision of a record just created, or stored before revisions existed. */
export const FIRST_REVISION = 1;

export function nextRevision(record: { revision: number }): number {
  return record.revision + 1;
}
