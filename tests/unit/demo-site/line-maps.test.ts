// The line maps that split each article text into a demo page's headline, body blocks and
// furniture: every line placed once, the body holding every gold entity, headline and date as
// the gold has them. The project's own articles always; the seeds and real pages from ../shared.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { OWN_ARTICLES_DIR, OWN_IDS, OWN_LINE_MAPS } from '../../../scripts/demo-site/own-pages';
import {
  buildRealPages,
  isListing,
  REAL_PAGE_SPECS,
  readRealText,
  realIds,
} from '../../../scripts/demo-site/real-pages';
import { SEED_IDS, SEED_LINE_MAPS, readSeedText } from '../../../scripts/demo-site/seed-article';
import { type LineMap, lineSegments, mappedLines, splitArticle } from '../../../scripts/demo-site/source-text';
import { corpusDir } from '../../../scripts/lib/shared-corpus';
import { describeWithCorpus } from '../../support/corpus-suite';

interface GoldEntity {
  start: number;
  end: number;
  text: string;
}
interface Gold {
  article: { isArticle: boolean; title: string | null; published: string | null };
  figures: GoldEntity[];
  documents: GoldEntity[];
  dates: GoldEntity[];
  directives: GoldEntity[];
}

const readGold = (dir: string, id: string): Gold =>
  JSON.parse(readFileSync(path.join(dir, `${id}.gold.json`), 'utf8')) as Gold;

// Shapes of the furniture lines the saved pages contain; none of them may end up in the body.
const FURNITURE_LINE =
  /^(Tiếng Việt \| English|Đăng ngày|Cập nhật|\d+%$|Lượt (xem|truy cập)|Thống kê truy cập|Tin (mới nhất|khác|liên quan|cùng chuyên mục)|Chia sẻ|\d+ người|Thứ \S+, \d\d\/)|^\d\d\/\d\d\/\d{4},? (- )?\d\d:\d\d$|^\d\d:\d\d - \d\d\/\d\d\/\d{4}$/;

const FURNITURE_SLOTS = [
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

function lineMapChecks(
  id: string,
  text: string,
  map: LineMap,
  gold: Gold,
  opts: { saved: 'page' | 'article' } = { saved: 'page' },
) {
  const lines = lineSegments(text);
  const article = splitArticle(id, text, map);

  it('places every non-empty line exactly once and no empty line', () => {
    const mapped = mappedLines(map, text);
    expect(new Set(mapped).size).toBe(mapped.length);
    const nonEmpty = lines.flatMap((l, n) => (n > 0 && l.text !== '' ? [n] : []));
    expect(mapped).toEqual(nonEmpty);
  });

  if (opts.saved === 'page') {
    // A text saved with its page furniture: the map must tell prose from furniture.
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
      const furniture = FURNITURE_SLOTS.flatMap((slot) => article.furniture[slot] ?? []);
      for (const line of furniture) expect(line).toMatch(FURNITURE_LINE);
    });
  }

  it('keeps segments equal to the text slices, in text order', () => {
    const segments = [article.headline, ...article.blocks];
    for (const s of segments) expect(text.slice(s.start, s.end)).toBe(s.text);
    const starts = article.blocks.map((b) => b.start);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
  });

  it('puts every gold entity inside the headline or a body block', () => {
    const segments = [article.headline, ...article.blocks];
    const entities = [...gold.figures, ...gold.documents, ...gold.dates, ...gold.directives];
    for (const e of entities) {
      const inside = segments.some((s) => s.start <= e.start && e.end <= s.end);
      expect(inside, `${e.text} (${e.start}-${e.end})`).toBe(true);
    }
  });

  it('agrees with the gold on headline and publication date', () => {
    expect(article.headline.text.trim()).toBe(gold.article.title);
    expect(article.publishedIso?.slice(0, 10) ?? null).toBe(gold.article.published);
  });
}

describe.each(OWN_IDS)('own article %s line map', (id) => {
  const text = readFileSync(path.join(OWN_ARTICLES_DIR, `${id}.txt`), 'utf8');
  lineMapChecks(id, text, OWN_LINE_MAPS[id], readGold(OWN_ARTICLES_DIR, id));
});

describeWithCorpus('seeds', 'seed line maps', () => {
  describe.each(SEED_IDS)('seed %s line map', (seed) => {
    lineMapChecks(seed, readSeedText(seed), SEED_LINE_MAPS[seed], readGold(corpusDir('seeds'), seed));
  });
});

describeWithCorpus('real', 'real page line maps', () => {
  const ids = realIds();

  it('give every real page a host and layout', () => {
    expect(ids.length).toBeGreaterThan(0);
    expect(buildRealPages(ids).unplaced).toEqual([]);
  });

  const articles = ids.flatMap((id) => {
    const spec = REAL_PAGE_SPECS[id];
    return spec && !isListing(spec) ? [[id, spec.map] as const] : [];
  });
  describe.each(articles)('real page %s line map', (id, map) => {
    // Real texts were saved as the article alone (README-rA/rB): one paragraph a line, no menus.
    lineMapChecks(id, readRealText(id), map, readGold(corpusDir('real'), id), { saved: 'article' });
  });
});
