// @vitest-environment jsdom
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { pageFile, readManifest, type ManifestEntry } from '../../../scripts/demo-site/page-files';
import { buildPages } from '../../../scripts/demo-site/page-list';
import { readSeedText, splitSeed, type SeedId } from '../../../scripts/demo-site/seed-article';

const manifest = readManifest();

function readPage(entry: ManifestEntry): string {
  return readFileSync(pageFile(entry.host, entry.path)!, 'utf8');
}

function parse(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html');
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

const articles = manifest.filter((e) => e.kind === 'article' || e.kind === 'nfd-article');
const nfc = (s: string): string => s.normalize('NFC');

describe('demo pages on disk', () => {
  it('are up to date: rebuilding from the seeds gives the committed files and manifest', () => {
    const built = buildPages();
    expect(built.map((p) => p.entry)).toEqual(manifest);
    for (const { entry, html } of built) expect(readPage(entry), `${entry.host}${entry.path}`).toBe(html);
  });

  it('cover the five seeds, three or more layouts and every negative kind', () => {
    expect(new Set(articles.filter((e) => e.kind === 'article').map((e) => e.seed))).toEqual(
      new Set(['000', '001', '002', '003', '004']),
    );
    expect(new Set(articles.map((e) => e.layout)).size).toBeGreaterThanOrEqual(3);
    for (const kind of ['home', 'listing', 'non-government', 'english', 'nfd-article'] as const) {
      expect(
        manifest.some((e) => e.kind === kind),
        kind,
      ).toBe(true);
    }
    const nonGov = manifest.find((e) => e.kind === 'non-government')!;
    expect(nonGov.host.endsWith('.gov.vn')).toBe(false);
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

describe.each(articles.map((e) => [`${e.kind} ${e.host}${e.path}`, e] as const))('%s', (_, entry) => {
  const seedText = readSeedText(entry.seed as SeedId);
  const doc = parse(readPage(entry));
  const body = doc.querySelector(entry.bodySelector!)!;
  const segments = entry.segments!;
  const blocks = segments.filter((s) => s.role !== 'headline');

  it('has one body container whose children are the seed body blocks, character for character', () => {
    expect(doc.querySelectorAll(entry.bodySelector!)).toHaveLength(1);
    const children = [...body.children];
    expect(children).toHaveLength(blocks.length);
    children.forEach((child, i) => {
      expect(nfc(child.textContent ?? '')).toBe(seedText.slice(blocks[i]!.start, blocks[i]!.end));
    });
    // Nothing but layout whitespace between the blocks, inside the container or in the seed.
    const stray = [...body.childNodes].filter(
      (n) => n.nodeType === Node.TEXT_NODE && (n.textContent ?? '').trim() !== '',
    );
    expect(stray).toHaveLength(0);
    for (let i = 1; i < blocks.length; i++)
      expect(seedText.slice(blocks[i - 1]!.end, blocks[i]!.start).trim()).toBe('');
  });

  it('shows the headline in the h1 and metadata', () => {
    const headline = segments.find((s) => s.role === 'headline')!;
    expect(nfc(doc.querySelector('h1')!.textContent!)).toBe(seedText.slice(headline.start, headline.end));
    expect(nfc(doc.title)).toContain(entry.title);
    const published = doc.querySelector('meta[property="article:published_time"]')?.getAttribute('content');
    if (published) expect(published).toBe(entry.published);
  });

  it('keeps the furniture outside the body container', () => {
    const seedFurniture = splitSeed(entry.seed as SeedId, seedText).furniture;
    const meaningful = Object.entries(seedFurniture)
      .filter(([slot]) => slot !== 'decor')
      .flatMap(([, lines]) => lines);
    const outside = nfc(textOutside(doc, body));
    const inside = nfc(body.textContent ?? '');
    for (const line of meaningful) {
      expect(outside, line).toContain(line);
      expect(inside).not.toContain(line);
    }
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

describe('NFD page', () => {
  const entry = manifest.find((e) => e.kind === 'nfd-article')!;
  const html = readPage(entry);

  it('is stored in NFD, differs from NFC, and holds the same article', () => {
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

  it('the localhost index links every other page', () => {
    const index = manifest.find((e) => e.kind === 'index')!;
    expect(index.host).toBe('localhost');
    const hrefs = [...parse(readPage(index)).querySelectorAll('a.demo-link')].map((a) => a.getAttribute('href'));
    expect(hrefs).toEqual(manifest.filter((e) => e !== index).map((e) => `http://${e.host}${e.path}`));
  });
});
