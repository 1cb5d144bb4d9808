// `npx tsx scripts/analyze-score.ts [--row ROUND] [--misses CORPUS]`: the engine scored on the
// seeds, the project's own articles, the real pages' tuning and blind halves
// (tests/results/real-split.json) and, when GOVMARK_WEB_CORPUS names the folder of web
// excerpts, their tuning and blind halves (tests/results/web-split.json), each on its own line:
// per-kind F1 (precision/recall), pages classified right, provinces, assignees and deadlines of
// matched directives. Excerpts are not whole pages: their findings are scored with each taken as
// an article, and "pages right" is the classifier's own verdict on them.
//   --blind         include the blind halves (left out by default while rules are designed).
//   --row ROUND     include the blind halves and print each blind line as a row for
//                   tests/results/real-pages.md (date, round, commit, figures only: never page text).
//   --misses NAME   list what the engine missed or added on one corpus (seeds, own, real-tuning,
//                   web-tuning), to design rules from. Blind halves are refused: their misses stay unseen.
//   --by-rule       precision of each rule and of each confidence level on the corpora open to
//                   tuning (never the blind half), to check the rules' priors.
import { execFileSync } from 'node:child_process';
import { confidenceLevel } from '../utils/engine/confidence.ts';
import type { Span } from '../utils/engine/types.ts';
import {
  assigneeKey,
  BLIND_CORPORA,
  isWebCorpus,
  KINDS,
  loadCorpus,
  matchSpans,
  SCORED_CORPORA,
  SUMMARY_HEADER,
  scoredReading,
  type ScoredCorpus,
  scoreCase,
  summaryCells,
  summarise,
  unsplitWebItems,
} from '../tests/unit/engine/gold-score.ts';
import { corpusAbsentMessage, hasCorpus, hasWebCorpus, webCorpusAbsentMessage } from './lib/shared-corpus.ts';

function argValue(name: string): string | null {
  const i = process.argv.indexOf(name);
  return i >= 0 ? (process.argv[i + 1] ?? null) : null;
}

const reportedAbsent = new Set<string>();
function sayAbsent(message: string): void {
  if (!reportedAbsent.has(message)) console.warn(message);
  reportedAbsent.add(message);
}

function available(corpus: ScoredCorpus): boolean {
  if (corpus === 'own') return true;
  if (isWebCorpus(corpus)) {
    // Optional everywhere (it exists only where it was gathered): one line, never a failure.
    if (hasWebCorpus()) {
      const unsplit = unsplitWebItems();
      if (unsplit.length > 0)
        sayAbsent(
          `web corpus: ${unsplit.length} items are in neither half of tests/results/web-split.json (not scored): copy the corpus's split.json ids in.`,
        );
      return true;
    }
    sayAbsent(webCorpusAbsentMessage('web-tuning, web-blind'));
    return false;
  }
  const shared = corpus === 'seeds' ? 'seeds' : 'real';
  if (hasCorpus(shared)) return true;
  sayAbsent(corpusAbsentMessage(shared, corpus));
  return false;
}

function printMisses(corpus: ScoredCorpus): void {
  for (const c of loadCorpus(corpus)) {
    const { analysis, classified: a, gold } = scoredReading(c);
    if (
      a.isArticle !== c.gold.article.isArticle ||
      (c.gold.article.isArticle && a.province !== c.gold.article.province)
    )
      console.log(
        `${c.name} page: isArticle ${a.isArticle} (gold ${c.gold.article.isArticle}, ${a.reason}), province ${a.province} (gold ${c.gold.article.province})`,
      );
    for (const kind of KINDS) {
      const found: Span[] = analysis[kind];
      const golds: Span[] = gold[kind];
      const pairs = matchSpans(found, golds);
      const hit = new Set(pairs.values());
      found.forEach((f, i) => {
        if (!pairs.has(i)) console.log(`${c.name} ${kind} extra ${f.start}: ${JSON.stringify(f)}`);
      });
      golds.forEach((g, j) => {
        if (!hit.has(j)) console.log(`${c.name} ${kind} missed ${g.start}: ${JSON.stringify(g)}`);
      });
      if (kind === 'directives')
        for (const [i, j] of pairs) {
          const f = analysis.directives[i];
          const g = gold.directives[j];
          const same = (x: string[]) => [...new Set(x.map(assigneeKey))].sort().join('\u0000');
          if (
            same(f.assignees) !== same(g.assignees) ||
            (f.deadline ?? null) !== (g.deadline ?? null) ||
            f.issuer !== g.issuer
          )
            console.log(
              `${c.name} directive ${g.start} fields: assignees ${JSON.stringify(f.assignees)} gold ${JSON.stringify(g.assignees)}; deadline ${f.deadline} gold ${g.deadline}; issuer ${f.issuer} gold ${g.issuer}`,
            );
        }
    }
  }
}

function commit(): string {
  try {
    return execFileSync('git', ['rev-parse', '--short', 'HEAD'], { encoding: 'utf8' }).trim();
  } catch {
    return 'unknown';
  }
}

/** Found and right, per first rule and per confidence level, on the corpora open to tuning. */
function printByRule(): void {
  const tally = new Map<string, { found: number; right: number }>();
  const count = (key: string, right: boolean) => {
    const t = tally.get(key) ?? { found: 0, right: 0 };
    t.found++;
    if (right) t.right++;
    tally.set(key, t);
  };
  for (const corpus of SCORED_CORPORA) {
    if (BLIND_CORPORA.includes(corpus) || !available(corpus)) continue;
    for (const c of loadCorpus(corpus)) {
      const { analysis, gold } = scoredReading(c);
      for (const kind of KINDS) {
        const found: (Span & { rules?: { rule: string }[]; confidence?: number })[] = analysis[kind];
        const pairs = matchSpans<Span, Span>(found, gold[kind]);
        found.forEach((f, i) => {
          count(`rule ${f.rules?.[0]?.rule ?? 'none'}`, pairs.has(i));
          count(`${kind} ${f.confidence === undefined ? 'none' : confidenceLevel(f.confidence)}`, pairs.has(i));
        });
      }
    }
  }
  console.log('| rule or level | found | precision |');
  for (const [key, t] of [...tally].sort(([a], [b]) => a.localeCompare(b)))
    console.log(`| ${key} | ${t.found} | ${(t.right / t.found).toFixed(3)} |`);
}

const misses = argValue('--misses') as ScoredCorpus | null;
if (process.argv.includes('--by-rule')) {
  printByRule();
} else if (misses !== null) {
  if (BLIND_CORPORA.includes(misses)) {
    console.error(
      `analyze-score: the blind half ${misses} is measured, never inspected (issue 9); use ${misses.replace('blind', 'tuning')}.`,
    );
    process.exitCode = 2;
  } else if (!SCORED_CORPORA.includes(misses)) {
    console.error(`analyze-score: unknown corpus ${misses}; one of ${SCORED_CORPORA.join(', ')}`);
    process.exitCode = 2;
  } else if (available(misses)) printMisses(misses);
} else {
  console.log(`| corpus | ${SUMMARY_HEADER.join(' | ')} |`);
  const blindRows: string[] = [];
  const round = argValue('--row');
  // The blind halves are printed only when asked (a round's measurement), so that rules are not
  // chosen by watching their figures move.
  const withBlind = round !== null || process.argv.includes('--blind');
  for (const corpus of SCORED_CORPORA) {
    if (BLIND_CORPORA.includes(corpus) && !withBlind) continue;
    if (!available(corpus)) continue;
    const cells = summaryCells(summarise(loadCorpus(corpus).map(scoreCase)));
    if (BLIND_CORPORA.includes(corpus))
      blindRows.push(
        `${corpus}: | ${new Date().toISOString().slice(0, 10)} | ${round} | ${commit()} | ${cells.join(' | ')} |`,
      );
    console.log(`| ${corpus} | ${cells.join(' | ')} |`);
  }
  if (round !== null) console.log(`\n${blindRows.join('\n')}`);
}
