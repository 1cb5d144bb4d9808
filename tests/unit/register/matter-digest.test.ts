// The digest decides the same follow-ups on the matter as comparing every task row with
// matchStored, with the same scores: on the register bench's library (thousands of tasks of the
// demo articles' departments) and on tasks with two assignees.
import { describe, expect, it } from 'vitest';
import { seedRegister } from '../../../scripts/bench/register-seed';
import { documentIdentity } from '../../../utils/register/document-key';
import { matchStored, prepareAction } from '../../../utils/register/follow-up';
import { buildDigest, digestsOf, sameDigestEntry, sameMatterMatches } from '../../../utils/register/matter-digest';
import { taskMatchRow } from '../../../utils/register/task-match-row';
import { type ArticleName, visitOf } from './register-articles';

function directivesOf(name: ArticleName) {
  const visit = visitOf(name);
  const cited = (visit.documents ?? []).map((ref) => ({
    ...ref,
    identity: documentIdentity({ symbol: ref.symbol, date: ref.date }, visit.province),
  }));
  return (visit.directives ?? []).map((directive) =>
    prepareAction({
      text: directive.text,
      assignees: directive.assignees,
      documents: cited
        .filter((here) => here.start >= directive.start && here.end <= directive.end)
        .map((here) => here.identity),
    }),
  );
}

/** matchStored over every row, keeping the best directive (first of equals) when it is on the matter. */
function byComparingEveryRow(rows: ReturnType<typeof taskMatchRow>[], directives: ReturnType<typeof directivesOf>) {
  const best = new Map<string, { directive: number; score: number }>();
  for (const row of rows) {
    directives.forEach((directive, index) => {
      const match = matchStored({ ...row, documents: [] }, directive);
      const known = best.get(row.taskId);
      if (match && (!known || match.score > known.score))
        best.set(row.taskId, { directive: index, score: match.score });
    });
  }
  return best;
}

describe('the matter digest', () => {
  const library = seedRegister({ documents: 100, tasks: 10_000, popularCitations: 5 });
  const digests = digestsOf(library.taskMatch);

  it.each(['first', 'second'] as const)('finds the same tasks as every row compared, for the %s article', (name) => {
    const directives = directivesOf(name);
    const expected = byComparingEveryRow(library.taskMatch, directives);
    expect(expected.size).toBeGreaterThan(3);
    expect(sameMatterMatches(digests, directives)).toEqual(expected);
  });

  it('counts a pair once for a task filed under two of the directive’s assignees', () => {
    const text = 'Giao Sở Tài chính, Sở Xây dựng thẩm định dự án nhà ở xã hội cho công nhân khu công nghiệp';
    const assignees = ['Sở Tài chính', 'Sở Xây dựng'];
    const row = taskMatchRow({ id: 'task-1', articleUrl: 'https://a.gov.vn/1', text, assignees }, []);
    const directive = prepareAction({ text, assignees, documents: [] });
    const found = sameMatterMatches(digestsOf([row]), [directive]);
    // The same text: similarity 1, not 2.
    expect(found.get('task-1')?.score).toBe(1);
    expect(matchStored(row, directive)?.score).toBe(1);
  });

  it('holds each task once per pair and its total weight', () => {
    const digest = buildDigest('so xay dung', [
      {
        taskId: 'a',
        matter: [
          ['nha o', 5],
          ['o xa', 4],
        ],
      },
      { taskId: 'b', matter: [['nha o', 5]] },
    ]);
    expect(digest.pairs).toEqual(['nha o', 'o xa']);
    expect([...digest.totals]).toEqual([9, 5]);
    expect([...digest.starts]).toEqual([0, 2, 3]);
    expect([...digest.postings]).toEqual([0, 1, 0]);
  });

  it('tells a row whose assignees or matter changed from one whose documents only did', () => {
    const row = library.taskMatch[0];
    const otherDocuments: typeof row = { ...row, documents: [], symbolKeys: [] };
    expect(sameDigestEntry(row, otherDocuments)).toBe(true);
    expect(sameDigestEntry(row, { ...row, bodies: ['so y te'] })).toBe(false);
    expect(sameDigestEntry(row, { ...row, matter: row.matter.slice(1) })).toBe(false);
  });
});
