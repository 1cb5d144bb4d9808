// Where the demo pages live on disk and how a URL maps to a file. Shared by the fixture
// builder (which writes) and the demo server (which reads), so both agree by construction.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { SeedId, SeedSegment, BlockRole } from './seed-article';

export const PAGES_DIR = path.resolve(import.meta.dirname, '../../tests/fixtures/pages');
export const MANIFEST_FILE = path.join(PAGES_DIR, 'manifest.json');

/** 'index' is the demo site's own table of contents on localhost, not a portal page. */
export type PageKind = 'article' | 'home' | 'listing' | 'non-government' | 'english' | 'nfd-article' | 'index';

export interface ManifestSegment extends SeedSegment {
  role: 'headline' | BlockRole;
}

export interface ManifestEntry {
  host: string;
  /** URL path as served, starting with '/'. */
  path: string;
  kind: PageKind;
  seed?: SeedId;
  /** Headline in NFC (the NFD page's own text is NFD). */
  title: string;
  /** True when GovMark should treat the page as a Vietnamese provincial news article. */
  expectArticle: boolean;
  /** Platform family of the layout (portals.md §1). */
  layout: 'sharepoint' | 'thanhhoa-portal' | 'websphere' | 'newspaper' | 'blog' | 'index';
  /** Seed articles: the element whose children are exactly the seed's body blocks. */
  bodySelector?: string;
  /** Seed articles: headline and body blocks in page order with their offsets in the seed text. */
  segments?: ManifestSegment[];
  /** Seed articles: publication time from the page's stamp, when it has one. */
  published?: string;
}

/** Host names are case-insensitive and the port plays no part in routing. */
export function normaliseHost(hostHeader: string): string {
  const host = hostHeader.trim().toLowerCase().replace(/:\d+$/, '').replace(/\.$/, '');
  return host === '127.0.0.1' || host === '[::1]' ? 'localhost' : host;
}

/**
 * URL path (query and fragment ignored) → file under PAGES_DIR/<host>/. '/' and paths ending in
 * '/' map to 'index.html'; a path ending in '.html' is the file itself; any other path gets
 * '.html' appended ('/a/b.aspx' → 'a/b.aspx.html').
 * Returns null for paths that would leave the host folder.
 */
export function pageFile(host: string, urlPath: string): string | null {
  const bare = urlPath.split(/[?#]/, 1)[0] || '/';
  let decoded: string;
  try {
    decoded = decodeURIComponent(bare);
  } catch {
    return null;
  }
  const segments = decoded.split('/').filter((s, i, all) => s !== '' || i === all.length - 1);
  if (segments.some((s) => s === '..' || s === '.' || s.includes('\\') || s.includes('\0'))) return null;
  const last = segments.at(-1);
  const fileName = last === '' || last === undefined ? 'index.html' : last.endsWith('.html') ? last : `${last}.html`;
  const relative = [...segments.slice(0, -1), fileName];
  const safeHost = normaliseHost(host);
  if (!/^[a-z0-9.-]+$/.test(safeHost)) return null;
  return path.join(PAGES_DIR, safeHost, ...relative);
}

/** Key for in-memory overrides: same normalisation as file lookup. */
export function pageKey(host: string, urlPath: string): string {
  const bare = urlPath.split(/[?#]/, 1)[0] || '/';
  let decoded = bare;
  try {
    decoded = decodeURIComponent(bare);
  } catch {
    // A malformed escape cannot name a page file either; keep the raw path as the key.
  }
  return `${normaliseHost(host)}${decoded}`;
}

/** The committed manifest (run `npm run fixtures` to rebuild it). */
export function readManifest(file = MANIFEST_FILE): ManifestEntry[] {
  return JSON.parse(readFileSync(file, 'utf8')) as ManifestEntry[];
}
