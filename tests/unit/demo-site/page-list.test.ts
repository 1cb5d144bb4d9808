// @vitest-environment jsdom
// The generated demo site: what is on disk is exactly what a fresh build gives (deterministic,
// nothing stale), and each article page relates to its text character for character.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { siteFiles } from '../../../scripts/demo-site/generate';
import { readOwnText } from '../../../scripts/demo-site/own-pages';
import {
  type ManifestEntry,
  PAGES_DIR,
  pageFile,
  readManifest,
  readRealManifest,
} from '../../../scripts/demo-site/page-files';
import { buildDemoSite } from '../../../scripts/demo-site/page-list';
import { readRealText } from '../../../scripts/demo-site/real-pages';
import { type SeedId, readSeedText, splitSeed } from '../../../scripts/demo-site/seed-article';
import { hasCorpus } from '../../../scripts/lib/shared-corpus';
import { describeWithCorpus } from '../../support/corpus-suite';

const manifest = readManifest();
const realManifest = readRealManifest();

function readPage(entry: ManifestEntry): string {
  return readFileSync(pageFile(entry.host, entry.path)!, 'utf8');
}

function parse(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html');
}

/** The article text a page was made from. */
function sourceText(entry: ManifestEntry): string {
  switch (entry.corpus) {
    case 'own':
      return readOwnText(entry.goldId as Parameters<typeof readOwnText>[0]);
    case 'seeds':
      return readSeedText(entry.goldId as SeedId);
    case 'real':
      return readRealText(entry.goldId!);
    default:
      throw new Error(`${entry.host}${entry.path} is not made from an article text`);
  }
}

/** Visible text outside `container`: the page with the container removed. */
function textOutside(doc: Document, container: Element): string {
  const clone = doc.body.cloneNode(true) as HTMLElement;
  const path: number[] = [];
  for (let el: Element | null = container; el && el !== doc.body; el = el.parentElement) {
    path.unshift([...el.parentElement!.children].indexOf(el));
  }
  let target: Element = clone;
  for (const i of path) target = target.children[i]!;
  target.remove();
  return clone.textContent ?? '';
}

function allFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? allFiles(path.join(dir, e.name)) : [path.join(dir, e.name)],
  );
}

const nfc = (s: string): string => s.normalize('NFC');
const articlePages = [...manifest, ...realManifest].filter((e) => e.bodySelector);

describe('generated demo site', () => {
  it('is deterministic: two builds give the same bytes', () => {
    expect([...siteFiles(buildDemoSite())]).toEqual([...siteFiles(buildDemoSite())]);
  });

  it('is on disk exactly as a fresh build gives it, with no stale file', () => {
    const files = siteFiles(buildDemoSite());
    expect(allFiles(PAGES_DIR).sort()).toEqual([...files.keys()].sort());
    for (const [file, content] of files) expect(readFileSync(file, 'utf8'), file).toBe(content);
  });

  it('is not committed: the folder is git-ignored', () => {
    const ignore = readFileSync(path.resolve(PAGES_DIR, '../../../.gitignore'), 'utf8');
    expect(ignore.split('\n')).toContain('tests/fixtures/pages/');
  });

  it('has the project’s own articles in three or more layouts, and every negative kind', () => {
    const own = manifest.filter((e) => e.corpus === 'own');
    expect(own.length).toBeGreaterThanOrEqual(5);
    expect(new Set(own.map((e) => e.layout)).size).toBeGreaterThanOrEqual(3);
    for (const kind of ['home', 'listing', 'non-government', 'english', 'notice'] as const) {
      expect(
        manifest.some((e) => e.kind === kind),
        kind,
      ).toBe(true);
    }
    const nonGov = manifest.find((e) => e.kind === 'non-government')!;
    expect(nonGov.host.endsWith('.gov.vn')).toBe(false);
  });

  it('has seed pages exactly when ../shared has the seeds', () => {
    const seeds = manifest.filter((e) => e.corpus === 'seeds');
    if (!hasCorpus('seeds')) expect(seeds).toEqual([]);
    else {
      expect(new Set(seeds.filter((e) => e.kind === 'article').map((e) => e.seed))).toEqual(
        new Set(['000', '001', '002', '003', '004']),
      );
      expect(seeds.some((e) => e.kind === 'nfd-article')).toBe(true);
    }
  });

  it.each(manifest.map((e) => [`${e.host}${e.path}`, e] as const))('%s has a proper head', (_, entry) => {
    expect(existsSync(pageFile(entry.host, entry.path)!)).toBe(true);
    const html = readPage(entry);
    expect(html.startsWith('<!DOCTYPE html>')).toBe(true);
    const doc = parse(html);
    expect(doc.querySelector('meta[charset]')?.getAttribute('charset')).toBe('utf-8');
    expect(doc.title.length).toBeGreaterThan(5);
    expect(doc.querySelector('link[rel="canonical"]')?.getAttribute('href')).toMatch(/^https?:\/\//);
  });
});

describe.each(articlePages.map((e) => [`${e.kind} ${e.host}${e.path}`, e] as const))('%s', (_, entry) => {
  const text = sourceText(entry);
  const doc = parse(readPage(entry));
  const body = doc.querySelector(entry.bodySelector!)!;
  const segments = entry.segments!;
  const blocks = segments.filter((s) => s.role !== 'headline');

  it('has one body container whose children are the text’s body blocks, character for character', () => {
    expect(doc.querySelectorAll(entry.bodySelector!)).toHaveLength(1);
    const children = [...body.children];
    expect(children).toHaveLength(blocks.length);
    children.forEach((child, i) => {
      expect(nfc(child.textContent ?? '')).toBe(text.slice(blocks[i]!.start, blocks[i]!.end));
    });
    // Nothing but layout whitespace between the blocks inside the container.
    const stray = [...body.childNodes].filter(
      (n) => n.nodeType === Node.TEXT_NODE && (n.textContent ?? '').trim() !== '',
    );
    expect(stray).toHaveLength(0);
  });

  it('shows the headline in the h1 and metadata', () => {
    const headline = segments.find((s) => s.role === 'headline')!;
    expect(nfc(doc.querySelector('h1')!.textContent!)).toBe(text.slice(headline.start, headline.end));
    expect(nfc(doc.title)).toContain(entry.title);
    const published = doc.querySelector('meta[property="article:published_time"]')?.getAttribute('content');
    if (published) expect(published).toBe(entry.published);
  });

  it('keeps the furniture outside the body container, beside side lists full of figures and dates', () => {
    const inside = nfc(body.textContent ?? '');
    const outside = nfc(textOutside(doc, body));
    const articleLines = new Set(segments.map((s) => s.text));
    // Short lines (a section name, a signature) may also occur inside prose; longer ones may not.
    const furniture = text.split('\n').filter((line) => line.trim().length >= 20 && !articleLines.has(line));
    for (const line of furniture) expect(inside, line).not.toContain(line);
    expect(outside).toMatch(/Tin (mới nhất|khác|liên quan)/);
    expect(outside).toMatch(/Trang chủ/);
    expect(outside).toMatch(/Giấy phép số \d+\/GP-/);
    expect(outside).toMatch(/Chia sẻ/);
    // Side lists carry percentages and dates: the text GovMark must never highlight.
    expect(outside).toMatch(/\d+(,\d+)?%/);
    expect(outside).toMatch(/\d{2}\/\d{2}\/\d{4}/);
    expect(doc.querySelector('a[href*="utm_source="]')).not.toBeNull();
  });
});

describeWithCorpus('seeds', 'seed page furniture', () => {
  it.each(manifest.filter((e) => e.corpus === 'seeds' && e.kind === 'article').map((e) => [e.seed, e] as const))(
    'seed %s shows the saved page’s stamps, counters and list headings outside the body',
    (_, entry) => {
      const doc = parse(readPage(entry));
      const body = doc.querySelector(entry.bodySelector!)!;
      const outside = nfc(textOutside(doc, body));
      const furniture = Object.entries(splitSeed(entry.seed as SeedId, sourceText(entry)).furniture)
        .filter(([slot]) => slot !== 'decor')
        .flatMap(([, lines]) => lines);
      expect(furniture.length).toBeGreaterThan(0);
      for (const line of furniture) expect(outside, line).toContain(line);
    },
  );
});

describeWithCorpus('seeds', 'NFD page', () => {
  it('is stored in NFD, differs from NFC, and holds the same article', () => {
    const entry = manifest.find((e) => e.kind === 'nfd-article')!;
    const html = readPage(entry);
    const doc = parse(html);
    const text = doc.body.textContent ?? '';
    expect(text.normalize('NFD')).toBe(text);
    expect(text.normalize('NFC')).not.toBe(text);
    expect(html.normalize('NFD')).toBe(html);
    const twin = manifest.find((e) => e.kind === 'article' && e.seed === entry.seed)!;
    expect(entry.path).not.toBe(twin.path);
    expect(entry.segments).toEqual(twin.segments);
  });
});

describe('negative pages', () => {
  it('home page and listing show many dated teasers', () => {
    for (const kind of ['home', 'listing'] as const) {
      const entry = manifest.find((e) => e.kind === kind)!;
      const doc = parse(readPage(entry));
      expect(doc.querySelectorAll('.news-item').length, kind).toBeGreaterThanOrEqual(8);
      expect(doc.querySelectorAll('.news-item .date').length).toBe(doc.querySelectorAll('.news-item').length);
      expect(entry.expectArticle).toBe(false);
    }
  });

  it('non-government article has Vietnamese prose, English page is in English', () => {
    const nonGov = parse(readPage(manifest.find((e) => e.kind === 'non-government')!));
    const paragraphs = [...nonGov.querySelectorAll('.entry-content p')].filter(
      (p) => (p.textContent ?? '').length > 100,
    );
    expect(paragraphs.length).toBeGreaterThanOrEqual(3);
    expect(paragraphs[0]!.textContent).toMatch(/[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữự]/);
    const english = parse(readPage(manifest.find((e) => e.kind === 'english')!));
    expect(english.documentElement.lang).toBe('en');
    expect(english.querySelector('h1')!.textContent).toMatch(/^[\x20-\x7E]+$/);
  });

  it('the localhost index links every other page, real pages included', () => {
    const index = manifest.find((e) => e.kind === 'index')!;
    expect(index.host).toBe('localhost');
    const hrefs = [...parse(readPage(index)).querySelectorAll('a.demo-link')].map((a) => a.getAttribute('href'));
    expect(hrefs).toEqual(
      [...manifest, ...realManifest].filter((e) => e !== index).map((e) => `http://${e.host}${e.path}`),
    );
  });
});
