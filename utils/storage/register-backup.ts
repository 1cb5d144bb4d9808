// The register in the backup: written whole (documents, citations and the reader's answers to
// follow-ups); on import, the documents are rebuilt from the imported articles' snapshots (they
// are derived data), while the follow-ups the reader confirmed or dismissed are merged in.
import type { FollowUpRecord } from '../model/register-records';
import type { RegisterBackup } from '../model/register-schemas';
import type { GovMarkDB } from './db';

export async function readRegister(db: GovMarkDB): Promise<RegisterBackup> {
  const [documents, citations, followUps] = await Promise.all([
    db.documents.toArray(),
    db.citations.toArray(),
    db.followUps.toArray(),
  ]);
  return { documents, citations, followUps };
}

/**
 * Adds the file's follow-ups: a new one as it is, one already here only when the file holds the
 * reader's answer and the library does not (an answer is never undone by an older file).
 */
export async function mergeFollowUps(db: GovMarkDB, followUps: readonly FollowUpRecord[]): Promise<number> {
  if (followUps.length === 0) return 0;
  return db.transaction('rw', db.followUps, async () => {
    const stored = await db.followUps.bulkGet(followUps.map((followUp) => followUp.id));
    const taken = followUps.filter(
      (followUp, index) => !stored[index] || (stored[index].state === 'suggested' && followUp.state !== 'suggested'),
    );
    await db.followUps.bulkPut(taken);
    return taken.length;
  });
}
