// The follow-up check's index of matter, one record per assignee: for each syllable pair the
// body's tasks use, which of them use it, and each task's total weight. A visit reads the
// digests of its directives' assignees (one request each) and works out every task's similarity
// with each directive in memory, exactly as matchStored would (follow-up.ts), without reading
// the task rows: reading every task of a busy department (thousands, for Sở Giao thông vận tải)
// or asking IndexedDB once per pair costs a visit tens of milliseconds.
//
// A pair weighs its length on either side (follow-up.ts pairWeights), so the weight a task shares
// with a directive is the sum of the directive's weights of the pairs they share.
import { type PreparedAction, SAME_MATTER_THRESHOLD } from './follow-up';

export interface MatterDigest {
  /** The assignee as follow-up.ts bodyName gives it: the table's key. */
  body: string;
  taskIds: string[];
  /** Each task's total matter weight, by its place in `taskIds`. */
  totals: Uint32Array;
  /** Every pair the body's tasks use, sorted (code unit order) for a binary search. */
  pairs: string[];
  /** The tasks of `pairs[i]` are `postings[starts[i]]` up to `postings[starts[i + 1]]`. */
  starts: Uint32Array;
  /** Places in `taskIds`. */
  postings: Uint32Array;
}

/** The digest of one body from the match rows of its tasks (each row's matter as [pair, weight]). */
export function buildDigest(
  body: string,
  rows: readonly { taskId: string; matter: readonly (readonly [string, number])[] }[],
): MatterDigest {
  const byPair = new Map<string, number[]>();
  const totals = new Uint32Array(rows.length);
  rows.forEach((row, place) => {
    let total = 0;
    for (const [pair, weight] of row.matter) {
      total += weight;
      const places = byPair.get(pair) ?? [];
      if (places[places.length - 1] !== place) places.push(place);
      byPair.set(pair, places);
    }
    totals[place] = total;
  });
  const pairs = [...byPair.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const starts = new Uint32Array(pairs.length + 1);
  const postings: number[] = [];
  pairs.forEach((pair, index) => {
    starts[index] = postings.length;
    postings.push(...(byPair.get(pair) ?? []));
  });
  starts[pairs.length] = postings.length;
  return { body, taskIds: rows.map((row) => row.taskId), totals, pairs, starts, postings: Uint32Array.from(postings) };
}

function placeOf(pairs: readonly string[], pair: string): number {
  let low = 0;
  let high = pairs.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    if (pairs[middle] === pair) return middle;
    if (pairs[middle] < pair) low = middle + 1;
    else high = middle - 1;
  }
  return -1;
}

export interface MatterMatch {
  /** The directive (by its place in the list given) that follows the task up best. */
  directive: number;
  score: number;
}

/**
 * The tasks in these digests that some directive follows up on the same matter, each with its
 * best directive (the first of equal scores), as matchStored decides for a task with no shared
 * document: a shared assignee and a similarity at or above the threshold.
 */
export function sameMatterMatches(
  digests: readonly MatterDigest[],
  directives: readonly PreparedAction[],
): Map<string, MatterMatch> {
  const byBody = new Map(digests.map((digest) => [digest.body, digest]));
  const best = new Map<string, MatterMatch>();
  directives.forEach((directive, index) => {
    let directiveTotal = 0;
    for (const weight of directive.matter.values()) directiveTotal += weight;
    if (directiveTotal === 0) return;
    // Per task: the shared weight and its total; a task under two of the directive's bodies counts a pair once.
    const shared = new Map<string, { weight: number; total: number; pairs: Set<string> }>();
    for (const body of directive.bodies) {
      const digest = byBody.get(body);
      if (!digest) continue;
      for (const [pair, weight] of directive.matter) {
        const at = placeOf(digest.pairs, pair);
        if (at < 0) continue;
        for (let posting = digest.starts[at]; posting < digest.starts[at + 1]; posting += 1) {
          const place = digest.postings[posting];
          const taskId = digest.taskIds[place];
          const entry = shared.get(taskId) ?? { weight: 0, total: digest.totals[place], pairs: new Set<string>() };
          if (!entry.pairs.has(pair)) {
            entry.pairs.add(pair);
            entry.weight += weight;
          }
          shared.set(taskId, entry);
        }
      }
    }
    for (const [taskId, { weight, total }] of shared) {
      const score = (2 * weight) / (total + directiveTotal);
      const known = best.get(taskId);
      if (score >= SAME_MATTER_THRESHOLD && (!known || score > known.score))
        best.set(taskId, { directive: index, score });
    }
  });
  return best;
}

/** Every body's digest from a set of match rows (a task with two assignees is in both). */
export function digestsOf(
  rows: readonly { taskId: string; bodies: readonly string[]; matter: readonly (readonly [string, number])[] }[],
): MatterDigest[] {
  const byBody = new Map<string, (typeof rows)[number][]>();
  for (const row of rows) for (const body of row.bodies) byBody.set(body, [...(byBody.get(body) ?? []), row]);
  return [...byBody].map(([body, bodyRows]) => buildDigest(body, bodyRows));
}

/** Whether two match rows differ in what a digest holds (their assignees or matter). */
export function sameDigestEntry(
  a: { bodies: readonly string[]; matter: readonly (readonly [string, number])[] },
  b: typeof a,
): boolean {
  return (
    a.bodies.length === b.bodies.length &&
    a.bodies.every((body, index) => body === b.bodies[index]) &&
    a.matter.length === b.matter.length &&
    a.matter.every(([pair, weight], index) => pair === b.matter[index][0] && weight === b.matter[index][1])
  );
}
