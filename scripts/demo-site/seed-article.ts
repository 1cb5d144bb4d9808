// The five seed articles of ../shared/fixtures/seeds (other people's text, read from there when
// present, never copied here) and the line map that splits each into a demo page's parts.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { corpusDir } from '../lib/shared-corpus';
import { type LineMap, type SourceArticle, splitArticle } from './source-text';

export type SeedId = '000' | '001' | '002' | '003' | '004';
export const SEED_IDS: readonly SeedId[] = ['000', '001', '002', '003', '004'];

export const SEED_LINE_MAPS: Record<SeedId, LineMap> = {
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

export function readSeedText(seed: SeedId): string {
  return readFileSync(path.join(corpusDir('seeds'), `${seed}.txt`), 'utf8');
}

export function splitSeed(seed: SeedId, text: string): SourceArticle {
  return splitArticle(seed, text, SEED_LINE_MAPS[seed]);
}
