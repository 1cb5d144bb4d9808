// Bench for the anchoring library in real Chromium: 500 annotations re-anchored on an
// unchanged ~100 KB Vietnamese article (beside the same annotations trusted by position alone,
// the floor of any re-anchoring), then on the same article with words edited inside every
// quote, against the targets (20 ms and 100 ms), and the usual full-text fuzzy search
// per quote for the ratio.

import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { findBrowser } from '../lib/find-browser';
import { corpusAbsentMessage, corpusDir, hasCorpus } from '../lib/shared-corpus';
import type { AnchoringRun } from './anchoring-page';

const ARTICLE_CHARS = 100_000;
const ANNOTATIONS = 500;
const RUNS = 7;
// The usual approach takes seconds for all 500 quotes; a sample gives its cost per quote.
const FULL_SEARCH_SAMPLE = 100;
const TARGET_UNCHANGED_MS = 20;
const TARGET_EDITED_MS = 100;

interface PageBench {
  prepare(count: number): { textLength: number; annotations: number; longQuotes: number };
  editQuotes(): { editedWords: number };
  timeAnchorAll(): AnchoringRun;
  timePositionsOnly(): number;
  timeFullSearch(count: number): { quotes: number; ms: number };
}

declare global {
  interface Window {
    govmarkAnchoringBench: PageBench;
  }
}

/**
 * The seed articles' paragraphs, repeated until the text reaches ~100 KB. Each repetition
 * reorders the paragraphs, changes the digits and swaps every fifth word for one from
 * elsewhere, so that copies share phrases and formulas but not whole passages.
 */
export function buildBenchArticle(): string {
  const seedsDir = corpusDir('seeds');
  const paragraphs = readdirSync(seedsDir)
    .filter((name) => /^\d+\.txt$/.test(name))
    .sort()
    .flatMap((name) => readFileSync(path.join(seedsDir, name), 'utf8').split(/\n\s*\n/))
    .map((paragraph) => paragraph.replace(/\s+/g, ' ').trim())
    .filter((paragraph) => paragraph.length > 0);
  const vocabulary = paragraphs.join(' ').split(' ');
  const html: string[] = [];
  let chars = 0;
  for (let copy = 0; chars < ARTICLE_CHARS; copy++) {
    const order = paragraphs.map((_, i) => (i * 7 + copy * 3) % paragraphs.length);
    for (const index of new Set(order)) {
      const text = copy === 0 ? paragraphs[index] : varied(paragraphs[index], copy, vocabulary);
      html.push(index % 5 === 0 ? `<p>${emphasiseFirstWords(text)}</p>` : `<p>${escapeHtml(text)}</p>`);
      chars += text.length + 1;
    }
  }
  return `<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>Bench</title>
<style>p { max-width: 40em; }</style></head><body>
<nav><a href="/">Trang chủ</a> <a href="/tin-moi">Tin mới nhất</a></nav>
<article id="article">${html.join('\n')}<script>window.pageCounter = 1;</script></article>
</body></html>`;
}

function varied(paragraph: string, copy: number, vocabulary: string[]): string {
  return paragraph
    .replace(/\d/g, (digit) => String((Number(digit) + copy) % 10))
    .split(' ')
    .map((word, i) => ((i + copy) % 5 === 0 ? vocabulary[(i * 31 + copy * 977) % vocabulary.length] : word))
    .join(' ');
}

function emphasiseFirstWords(text: string): string {
  const cut = text.indexOf(' ', 20);
  if (cut === -1) return escapeHtml(text);
  return `<strong>${escapeHtml(text.slice(0, cut))}</strong>${escapeHtml(text.slice(cut))}`;
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

async function bundlePageScript(): Promise<string> {
  const result = await build({
    entryPoints: [fileURLToPath(new URL('./anchoring-page.ts', import.meta.url))],
    bundle: true,
    format: 'iife',
    write: false,
    target: 'chrome120',
  });
  return result.outputFiles[0].text;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

function round(value: number, digits = 2): number {
  return Number(value.toFixed(digits));
}

function summarise(runs: AnchoringRun[]) {
  const last = runs[runs.length - 1];
  return {
    medianMs: round(median(runs.map((r) => r.ms))),
    runsMs: runs.map((r) => round(r.ms)),
    placed: last.placed,
    correct: last.correct,
    wrong: last.wrong,
    meaningChanged: last.meaningChanged,
    meaningChangedPlaced: last.meaningChangedPlaced,
    byPlacement: last.byPlacement,
  };
}

export async function benchAnchoring(): Promise<object> {
  if (!hasCorpus('seeds')) return { skipped: corpusAbsentMessage('seeds', 'Anchoring bench (seed articles)') };
  const [script, html] = [await bundlePageScript(), buildBenchArticle()];
  const browser = await chromium.launch({ executablePath: findBrowser(), args: ['--no-sandbox', '--headless=new'] });
  try {
    const page = await browser.newPage();
    await page.setContent(html);
    await page.addScriptTag({ content: script });
    const setup = await page.evaluate((count) => window.govmarkAnchoringBench.prepare(count), ANNOTATIONS);

    const unchangedRuns: AnchoringRun[] = [];
    const positionsOnlyMs: number[] = [];
    for (let run = 0; run < RUNS; run++) {
      unchangedRuns.push(await page.evaluate(() => window.govmarkAnchoringBench.timeAnchorAll()));
      positionsOnlyMs.push(await page.evaluate(() => window.govmarkAnchoringBench.timePositionsOnly()));
    }

    const edits = await page.evaluate(() => window.govmarkAnchoringBench.editQuotes());
    const editedRuns: AnchoringRun[] = [];
    for (let run = 0; run < RUNS; run++)
      editedRuns.push(await page.evaluate(() => window.govmarkAnchoringBench.timeAnchorAll()));

    const fullSearch = await page.evaluate(
      (count) => window.govmarkAnchoringBench.timeFullSearch(count),
      FULL_SEARCH_SAMPLE,
    );
    const unchanged = summarise(unchangedRuns);
    const edited = summarise(editedRuns);
    const perQuoteMs = fullSearch.ms / fullSearch.quotes;
    const fullSearchAllMs = perQuoteMs * setup.annotations;
    return {
      browser: browser.version(),
      articleChars: setup.textLength,
      annotations: setup.annotations,
      longQuotes: setup.longQuotes,
      editedWords: edits.editedWords,
      unchanged: {
        ...unchanged,
        positionsOnlyMedianMs: round(median(positionsOnlyMs)),
        ratioToPositionsOnly: round(unchanged.medianMs / median(positionsOnlyMs)),
        targetMs: TARGET_UNCHANGED_MS,
        withinTarget: unchanged.medianMs < TARGET_UNCHANGED_MS,
      },
      edited: { ...edited, targetMs: TARGET_EDITED_MS, withinTarget: edited.medianMs < TARGET_EDITED_MS },
      usualApproach: {
        description: 'approx-string-match over the whole text per edited quote, errors ≤ 25%',
        sampledQuotes: fullSearch.quotes,
        perQuoteMs: round(perQuoteMs, 3),
        estimatedAllMs: round(fullSearchAllMs, 1),
        speedup: round(fullSearchAllMs / edited.medianMs, 1),
      },
    };
  } finally {
    await browser.close();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  console.log(JSON.stringify(await benchAnchoring(), null, 2));
}
