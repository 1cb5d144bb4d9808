import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  SEED_IDS,
  SEED_LINE_MAPS,
  lineSegments,
  mappedLines,
  readSeedText,
  seedsDir,
  splitSeed,
} from '../../../scripts/demo-site/seed-article';

interface GoldEntity {
  start: number;
  end: number;
  text: string;
}
interface Gold {
  article: { title: string; published: string | null };
  figures: GoldEntity[];
  documents: GoldEntity[];
  dates: GoldEntity[];
  directives: GoldEntity[];
}

function readGold(seed: string): Gold {
  return JSON.parse(readFileSync(path.join(seedsDir(), `${seed}.gold.json`), 'utf8')) as Gold;
}

// Shapes of the furniture lines the seeds contain; none of them may end up in the body.
const FURNITURE_LINE =
  /^(Tiếng Việt \| English|Đăng ngày|\d+%$|Lượt xem|Tin (mới nhất|khác|liên quan)|Chia sẻ|\d+ người|Thứ \S+, \d\d\/)|^\d\d\/\d\d\/\d{4} - \d\d:\d\d$/;

describe.each(SEED_IDS)('seed %s line map', (seed) => {
  const text = readSeedText(seed);
  const map = SEED_LINE_MAPS[seed];
  const lines = lineSegments(text);
  const article = splitSeed(seed, text);

  it('places every non-empty line exactly once and no empty line', () => {
    const mapped = mappedLines(map);
    expect(new Set(mapped).size).toBe(mapped.length);
    const nonEmpty = lines.flatMap((l, n) => (n > 0 && l.text !== '' ? [n] : []));
    expect(mapped).toEqual(nonEmpty);
  });

  it('uses spacers only for whitespace-only lines and prose roles only for prose', () => {
    for (const block of article.blocks) {
      if (block.role === 'spacer') expect(block.text.trim()).toBe('');
      else {
        expect(block.text.trim().split(/\s+/).length).toBeGreaterThanOrEqual(3);
        expect(block.text).not.toMatch(FURNITURE_LINE);
      }
    }
  });

  it('files the stamps, counters and list headings as furniture', () => {
    const slots = [
      'langSwitch',
      'stamp',
      'fontSize',
      'views',
      'share',
      'latestHeading',
      'otherNewsHeading',
      'relatedHeading',
      'pollVotes',
      'online',
    ] as const;
    const lines = slots.flatMap((slot) => article.furniture[slot] ?? []);
    for (const line of lines) expect(line).toMatch(FURNITURE_LINE);
  });

  it('keeps segments equal to the seed slices, in seed order', () => {
    const segments = [article.headline, ...article.blocks];
    for (const s of segments) expect(text.slice(s.start, s.end)).toBe(s.text);
    const starts = article.blocks.map((b) => b.start);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
  });

  it('puts every gold entity inside the headline or a body block', () => {
    const gold = readGold(seed);
    const segments = [article.headline, ...article.blocks];
    const entities = [...gold.figures, ...gold.documents, ...gold.dates, ...gold.directives];
    expect(entities.length).toBeGreaterThan(0);
    for (const e of entities) {
      const inside = segments.some((s) => s.start <= e.start && e.end <= s.end);
      expect(inside, `${e.text} (${e.start}-${e.end})`).toBe(true);
    }
  });

  it('agrees with the gold on headline and publication date', () => {
    const gold = readGold(seed);
    expect(article.headline.text.trim()).toBe(gold.article.title);
    expect(article.publishedIso?.slice(0, 10) ?? null).toBe(gold.article.published);
  });
});
