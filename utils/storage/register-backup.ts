// The register in the backup: written whole (documents, citations and the reader's answers to
// follow-ups); on import, the documents are rebuilt from the imported articles' snapshots (they
// are derived data), while the follow-ups the reader confirmed or dismissed are merged in.
import type { FollowUpRecord } from '../model/register-records';
import type { RegisterBackup } from '../model/register-schemas';
import type { GovMarkDB } from './db';
import { allFollowUps } from './follow-up-queries';
import { articleFollowUpsOf, withFollowUps } from './follow-up-records';

export async function readRegister(db: GovMarkDB): Promise<RegisterBackup> {
  const [documents, citations, followUps] = await Promise.all([
    db.documents.toArray(),
    db.citations.toArray(),
    allFollowUps(db),
  ]);
  return { documents, citations, followUps };
}

/**
 * Adds the file's follow-ups: a new one as it is, one already here only when the file holds the
 * reader's answer and the library does not (an answer is never undone by an older file).
 */
export async function mergeFollowUps(db: GovMarkDB, followUps: readonly FollowUpRecord[]): Promise<number> {
  if (followUps.length === 0) return 0;
  return db.transaction('rw', db.articleFollowUps, async () => {
    const incoming = articleFollowUpsOf(followUps);
    const records = await db.articleFollowUps.bulkGet(incoming.map((record) => record.articleUrl));
    let taken = 0;
    const merged = incoming.flatMap((file, index) => {
      const stored = new Map((records[index]?.followUps ?? []).map((followUp) => [followUp.id, followUp]));
      const take = file.followUps.filter((followUp) => {
        const here = stored.get(followUp.id);
        return !here || (here.state === 'suggested' && followUp.state !== 'suggested');
      });
      taken += take.length;
      return take.length > 0 ? [withFollowUps(records[index], file.articleUrl, take)] : [];
    });
    await db.articleFollowUps.bulkPut(merged);
    return taken;
  });
}
