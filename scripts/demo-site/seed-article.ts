// Splits a seed text (an article as saved from its portal, page furniture included) into the
// parts a demo page is built from. The split follows an explicit line map per seed, written once
// by reading the seeds and checked by tests, rather than guessing from the text: the body must
// keep the seed's exact characters so that gold offsets can be related to the page.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

export type SeedId = '000' | '001' | '002' | '003' | '004';
export const SEED_IDS: readonly SeedId[] = ['000', '001', '002', '003', '004'];

/** Where a seed line goes on the page, apart from the headline and the body blocks. */
export type FurnitureSlot =
  | 'langSwitch'
  | 'stamp'
  | 'fontSize'
  | 'views'
  | 'byline'
  | 'share'
  | 'otherNewsHeading'
  | 'relatedHeading'
  | 'latestHeading'
  | 'latestItems'
  | 'boxHeadings'
  | 'pollQuestion'
  | 'pollVotes'
  | 'online'
  | 'decor';

export type BlockRole = 'sapo' | 'paragraph' | 'caption' | 'spacer';

export interface SeedLineMap {
  /** 1-based line numbers throughout. */
  headline: number;
  sapo?: number[];
  paragraphs: number[];
  captions: number[];
  /** Lines holding only a no-break space: the empty `<p>&nbsp;</p>` that portal editors leave. */
  spacers?: number[];
  furniture: Partial<Record<FurnitureSlot, number[]>>;
  /** ISO publication time read from the page's own stamp; absent when the seed shows none. */
  publishedIso?: string;
}

export const SEED_LINE_MAPS: Record<SeedId, SeedLineMap> = {
  '000': {
    headline: 1,
    paragraphs: [3, 5, 11, 13],
    captions: [7],
    spacers: [9],
    furniture: { byline: [15] },
  },
  '001': {
    headline: 5,
    paragraphs: [7, 9, 13, 15, 19, 21],
    captions: [11, 17],
    furniture: { langSwitch: [1], stamp: [3], byline: [23], share: [25] },
    publishedIso: '2023-01-06T15:10:00+07:00',
  },
  '002': {
    headline: 1,
    paragraphs: [6, 8, 12, 14, 18, 20, 24, 28, 32, 36, 38, 42, 44, 48, 50, 52],
    captions: [10, 16, 22, 26, 30, 34, 40, 46],
    spacers: [54],
    furniture: {
      stamp: [3],
      fontSize: [4],
      decor: [56, 82],
      latestHeading: [58],
      latestItems: [60, 62, 64, 66, 68, 70, 72, 74],
      boxHeadings: [76, 78],
      pollQuestion: [80],
      pollVotes: [81],
      online: [83],
    },
    publishedIso: '2022-12-22T00:00:00+07:00',
  },
  '003': {
    headline: 1,
    sapo: [3],
    paragraphs: [10, 12, 14, 16, 18],
    captions: [8],
    spacers: [4, 6],
    furniture: { views: [2], byline: [20], otherNewsHeading: [22] },
  },
  '004': {
    headline: 1,
    sapo: [7],
    paragraphs: [12, 14, 16, 18, 23, 25, 27, 29, 31, 33],
    captions: [9, 10, 20, 21],
    furniture: {
      stamp: [3],
      decor: [4, 5, 39, 40, 41, 42, 43, 44, 45, 46],
      byline: [35],
      relatedHeading: [37],
    },
    publishedIso: '2021-04-09T07:04:00+07:00',
  },
};

/** A piece of seed text with its UTF-16 offsets in the seed (end exclusive), as the gold uses. */
export interface SeedSegment {
  start: number;
  end: number;
  text: string;
}

export interface SeedBlock extends SeedSegment {
  role: BlockRole;
}

export interface SeedArticle {
  seed: SeedId;
  text: string;
  headline: SeedSegment;
  /** Body blocks in seed order: these become the article container's children. */
  blocks: SeedBlock[];
  furniture: Partial<Record<FurnitureSlot, string[]>>;
  publishedIso?: string;
}

/** The seeds live beside the project (`../shared/fixtures/seeds`) or in a copy under tests/fixtures/seeds. */
export function seedsDir(repoRoot = path.resolve(import.meta.dirname, '../..')): string {
  const candidates = [
    process.env.GOVMARK_SEEDS_DIR,
    path.join(repoRoot, 'tests/fixtures/seeds'),
    path.resolve(repoRoot, '../shared/fixtures/seeds'),
  ].filter((dir): dir is string => Boolean(dir));
  const found = candidates.find((dir) => existsSync(path.join(dir, '000.txt')));
  if (!found) throw new Error(`Seed texts not found; looked in: ${candidates.join(', ')}. Set GOVMARK_SEEDS_DIR.`);
  return found;
}

export function readSeedText(seed: SeedId, dir = seedsDir()): string {
  return readFileSync(path.join(dir, `${seed}.txt`), 'utf8');
}

/** Offsets of each line (1-based index) in the text; lines end at '\n'. */
export function lineSegments(text: string): SeedSegment[] {
  const segments: SeedSegment[] = [{ start: 0, end: 0, text: '' }];
  let start = 0;
  for (const line of text.split('\n')) {
    segments.push({ start, end: start + line.length, text: line });
    start += line.length + 1;
  }
  return segments;
}

export function splitSeed(seed: SeedId, text: string, map: SeedLineMap = SEED_LINE_MAPS[seed]): SeedArticle {
  const lines = lineSegments(text);
  const line = (n: number): SeedSegment => {
    const found = lines[n];
    if (!found) throw new Error(`Seed ${seed} has no line ${n}`);
    return found;
  };
  const roles: Array<[number, BlockRole]> = [
    ...(map.sapo ?? []).map((n): [number, BlockRole] => [n, 'sapo']),
    ...map.paragraphs.map((n): [number, BlockRole] => [n, 'paragraph']),
    ...map.captions.map((n): [number, BlockRole] => [n, 'caption']),
    ...(map.spacers ?? []).map((n): [number, BlockRole] => [n, 'spacer']),
  ];
  roles.sort((a, b) => a[0] - b[0]);
  const furniture: Partial<Record<FurnitureSlot, string[]>> = {};
  for (const [slot, numbers] of Object.entries(map.furniture) as Array<[FurnitureSlot, number[]]>) {
    furniture[slot] = numbers.map((n) => line(n).text);
  }
  return {
    seed,
    text,
    headline: line(map.headline),
    blocks: roles.map(([n, role]) => ({ ...line(n), role })),
    furniture,
    publishedIso: map.publishedIso,
  };
}

/** Every line number the map places somewhere, so tests can check that no seed text is dropped. */
export function mappedLines(map: SeedLineMap): number[] {
  return [
    map.headline,
    ...(map.sapo ?? []),
    ...map.paragraphs,
    ...map.captions,
    ...(map.spacers ?? []),
    ...Object.values(map.furniture).flat(),
  ].sort((a, b) => a - b);
}
