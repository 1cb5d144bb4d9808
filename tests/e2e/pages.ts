// The demo portal pages (tests/fixtures/pages/manifest.json), for tests that walk all of them.
import { readFileSync } from 'node:fs';
import path from 'node:path';

export interface DemoPage {
  host: string;
  path: string;
  kind: 'article' | 'home' | 'listing' | 'non-government' | 'english' | 'nfd-article' | 'index';
  seed?: string;
  title: string;
  expectArticle: boolean;
  /** Articles: the element holding exactly the seed's body paragraphs. */
  bodySelector?: string;
}

const MANIFEST = path.resolve(import.meta.dirname, '../fixtures/pages/manifest.json');

export function demoPages(): DemoPage[] {
  const json = JSON.parse(readFileSync(MANIFEST, 'utf8')) as { pages?: DemoPage[] } | DemoPage[];
  const pages = Array.isArray(json) ? json : (json.pages ?? []);
  return pages.filter((p) => p.kind !== 'index');
}

export { isPortalHost } from '../../utils/page/portal-domains';

const SHARED = process.env.GOVMARK_SHARED ?? path.resolve(import.meta.dirname, '../../../shared');

/** The percentages labelled in a seed's gold file (the figures the thin slice must paint). */
export function goldPercents(seed: string | undefined): string[] {
  if (!seed) return [];
  const gold = JSON.parse(readFileSync(path.join(SHARED, 'fixtures/seeds', `${seed}.gold.json`), 'utf8')) as {
    figures: { text: string; kind: string }[];
  };
  return gold.figures.filter((f) => f.kind === 'percent').map((f) => f.text);
}

/** The committed HTML file that the demo server serves for a page. */
export function pageFile(p: { host: string; path: string }): string {
  const rel = p.path.replace(/\/$/, '/index');
  return path.resolve(import.meta.dirname, '../fixtures/pages', p.host, `.${rel}.html`);
}
