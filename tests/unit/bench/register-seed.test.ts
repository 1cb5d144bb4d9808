// The register bench's library must exercise what it claims to measure: a visit of a demo article
// meets tasks it follows up (by document and by matter), and candidates of the same body that it
// does not, in the proportions of the full-size library.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { seedRegister } from '../../../scripts/bench/register-seed';
import type { GovMarkDB } from '../../../utils/storage/db';
import { bodyName } from '../../../utils/register/follow-up';
import { visit } from '../register/register-articles';
import { openTestDb } from '../storage/test-db';
import { allFollowUps } from '../../../utils/storage/follow-up-queries';

let db: GovMarkDB;
beforeEach(() => {
  db = openTestDb().db;
});
afterEach(() => db.close());

describe('the register bench library', () => {
  it('is the same library on every run', () => {
    const shape = { documents: 50, tasks: 200, popularCitations: 5 };
    expect(seedRegister(shape)).toEqual(seedRegister(shape));
  });

  it('gives a demo article follow-ups of both kinds among many tasks of the same departments', async () => {
    const seeded = seedRegister({ documents: 1_000, tasks: 2_000, popularCitations: 30 });
    await db.transaction('rw', [db.documents, db.citations, db.tasks, db.taskMatch, db.matterDigests], async () => {
      await db.documents.bulkPut(seeded.documents);
      await db.citations.bulkPut(seeded.citations);
      await db.tasks.bulkPut(seeded.tasks);
      await db.taskMatch.bulkPut(seeded.taskMatch);
      await db.matterDigests.bulkPut(seeded.matterDigests);
    });
    await visit(db, 'first', 1_000_000);
    const followUps = await allFollowUps(db);
    const reasons = new Set(followUps.map((followUp) => followUp.reason));
    expect(reasons).toEqual(new Set(['same-document', 'same-matter']));
    // Far more tasks share a department with the article than follow it up: the check must choose.
    const transport = seeded.taskMatch.filter((row) => row.bodies.includes(bodyName('Sở Giao thông vận tải')));
    expect(transport.length).toBeGreaterThan(10 * followUps.length);
    // A popular document is cited in the seeded number of articles.
    const resolution = seeded.documents.find((document) => document.symbol === '105/NQ-CP');
    expect(resolution?.articleCount).toBe(30);
  });
});
