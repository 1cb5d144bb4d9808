// Bench for the extraction engine (issue 3, "Speed, measured"): analysis time of each seed
// article (median of many runs), throughput for synthetic articles of 10 KB to 5 MB built
// from seed paragraphs, one pass of one plain regular expression over the same text as the
// floor, and whether cost grows linearly (time per MB at 5 MB within 1.5× of 100 KB).

import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { analyzeText } from '../../utils/engine/analyze.ts';
import { corpusAbsentMessage, corpusDir, hasCorpus } from '../lib/shared-corpus.ts';

const SEED_RUNS = 41;
const SIZES = [10_000, 100_000, 1_000_000, 5_000_000];
const FRAME_MS = 16;
const LINEAR_LIMIT = 1.5;
// A plain scan for numbers: what any single pass over the text costs at least.
const FLOOR_REGEX = /\d+(?:[.,]\d+)*/g;

function seedTexts(): { name: string; text: string }[] {
  const dir = corpusDir('seeds');
  return readdirSync(dir)
    .filter((f) => /^\d+\.txt$/.test(f))
    .sort()
    .map((f) => ({ name: f.replace(/\.txt$/, ''), text: readFileSync(path.join(dir, f), 'utf8') }));
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[sorted.length >> 1];
}

function time(fn: () => void): number {
  const start = performance.now();
  fn();
  return performance.now() - start;
}

/** A synthetic article of about `bytes` UTF-8 bytes: a headline, then seed paragraphs in turn. */
export function syntheticArticle(paragraphs: readonly string[], bytes: number): string {
  const parts = ['UBND tỉnh họp phiên thường kỳ: triển khai nhiệm vụ trọng tâm'];
  let size = Buffer.byteLength(parts[0]);
  for (let i = 0; size < bytes; i++) {
    const paragraph = paragraphs[i % paragraphs.length];
    parts.push(paragraph);
    size += Buffer.byteLength(paragraph) + 1;
  }
  return parts.join('\n');
}

/** Paragraphs of the seeds that are article prose (long lines), not furniture. */
function seedParagraphs(seeds: readonly { text: string }[]): string[] {
  return seeds.flatMap((s) => s.text.split('\n').filter((line) => line.trim().length >= 200));
}

export async function benchEngine(): Promise<object> {
  if (!hasCorpus('seeds')) return { skipped: corpusAbsentMessage('seeds', 'Engine bench (seed articles)') };
  const seeds = seedTexts();
  const perSeed: Record<string, { chars: number; medianMs: number }> = {};
  for (const seed of seeds) {
    analyzeText(seed.text);
    const runs = Array.from({ length: SEED_RUNS }, () => time(() => analyzeText(seed.text)));
    perSeed[seed.name] = { chars: seed.text.length, medianMs: Math.round(median(runs) * 1000) / 1000 };
  }

  const paragraphs = seedParagraphs(seeds);
  const throughput: Record<string, object> = {};
  const msPerMb: Record<number, number> = {};
  for (const bytes of SIZES) {
    const text = syntheticArticle(paragraphs, bytes);
    const megabytes = Buffer.byteLength(text) / 1e6;
    const runs = bytes >= 1_000_000 ? 3 : 9;
    analyzeText(text);
    const ms = median(Array.from({ length: runs }, () => time(() => analyzeText(text))));
    let matches = 0;
    const floorMs = median(
      Array.from({ length: runs }, () =>
        time(() => {
          matches = 0;
          for (const _ of text.matchAll(FLOOR_REGEX)) matches++;
        }),
      ),
    );
    msPerMb[bytes] = ms / megabytes;
    throughput[`${bytes / 1000}KB`] = {
      bytes: Buffer.byteLength(text),
      ms: Math.round(ms * 10) / 10,
      mbPerSecond: Math.round((megabytes / (ms / 1000)) * 100) / 100,
      floorMs: Math.round(floorMs * 100) / 100,
      floorMatches: matches,
      timesFloor: Math.round((ms / floorMs) * 10) / 10,
    };
  }
  const ratio = msPerMb[5_000_000] / msPerMb[100_000];
  const slowestSeed = Math.max(...Object.values(perSeed).map((s) => s.medianMs));
  return {
    seeds: perSeed,
    seedUnderFrame: { slowestMs: slowestSeed, frameMs: FRAME_MS, ok: slowestSeed < FRAME_MS },
    throughput,
    linear: {
      msPerMb100KB: Math.round(msPerMb[100_000] * 10) / 10,
      msPerMb5MB: Math.round(msPerMb[5_000_000] * 10) / 10,
      ratio: Math.round(ratio * 100) / 100,
      limit: LINEAR_LIMIT,
      ok: ratio <= LINEAR_LIMIT,
    },
  };
}
