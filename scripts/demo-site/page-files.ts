// Where the demo pages live on disk and how a URL maps to a file. Shared by the generator
// (which writes) and the demo server (which reads), so both agree by construction. The folder is
// generated (git-ignored): pages made from other people's articles are never committed.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { BlockRole, TextSegment } from './source-text';

export const PAGES_DIR = path.resolve(import.meta.dirname, '../../tests/fixtures/pages');
/** The demo site's pages: the project's own articles, the seeds' when present, the negatives. */
export const MANIFEST_FILE = path.join(PAGES_DIR, 'manifest.json');
/** The real pages of ../shared/fixtures/real when present (kept apart: no engine figures are asserted on them yet). */
export const REAL_MANIFEST_FILE = path.join(PAGES_DIR, 'real-pages.json');

/**
 * 'index' is the demo site's own table of contents on localhost, not a portal page;
 * 'off-topic' a plain article on a provincial site about something other than government work.
 */
export type PageKind =
  | 'article'
  | 'home'
  | 'listing'
  | 'non-government'
  | 'off-topic'
  | 'english'
  | 'notice'
  | 'nfd-article'
  | 'index';

/** Whose article text a page is made from: the project's own, the shared seeds, the shared real pages. */
export type PageCorpus = 'own' | 'seeds' | 'real';

export interface ManifestSegment extends TextSegment {
  role: 'headline' | BlockRole | 'teaser-title' | 'teaser-excerpt';
}

export interface ManifestEntry {
  host: string;
  /** URL path as served, starting with '/' (a query, where the real page had one, plays no part in routing). */
  path: string;
  kind: PageKind;
  /** Pages made from an article text: whose text, and the id of its gold file. */
  corpus?: PageCorpus;
  goldId?: string;
  /** Seed pages: the seed id (same as goldId). */
  seed?: string;
  /** Headline in NFC (the NFD page's own text is NFD). */
  title: string;
  /** True when GovMark should treat the page as a Vietnamese provincial news article. */
  expectArticle: boolean;
  /** Platform family of the layout (portals.md §1). */
  layout: 'sharepoint' | 'thanhhoa-portal' | 'websphere' | 'newspaper' | 'blog' | 'notice' | 'index';
  /** Article pages: the element whose children are exactly the text's body blocks. */
  bodySelector?: string;
  /** Pages made from a text: its headline and body blocks (or teasers) in page order with their offsets in the text. */
  segments?: ManifestSegment[];
  /** Article pages: publication time from the page's stamp, when it has one. */
  published?: string;
}

/** Host names are case-insensitive and the port plays no part in routing. */
export function normaliseHost(hostHeader: string): string {
  const host = hostHeader.trim().toLowerCase().replace(/:\d+$/, '').replace(/\.$/, '');
  return host === '127.0.0.1' || host === '[::1]' ? 'localhost' : host;
}

/**
 * URL path (query and fragment ignored) → file under root (PAGES_DIR)/<host>/. '/' and paths ending in
 * '/' map to 'index.html'; a path ending in '.html' is the file itself; any other path gets
 * '.html' appended ('/a/b.aspx' → 'a/b.aspx.html').
 * Returns null for paths that would leave the host folder.
 */
export function pageFile(host: string, urlPath: string, root = PAGES_DIR): string | null {
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
  return path.join(root, safeHost, ...relative);
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

function readEntries(file: string): ManifestEntry[] {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as ManifestEntry[];
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT')
      throw new Error(`${file} is missing: run \`npm run fixtures\` (the tests and \`npm start\` generate it too).`);
    throw error;
  }
}

/** The generated demo-site manifest. */
export function readManifest(file = MANIFEST_FILE): ManifestEntry[] {
  return readEntries(file);
}

/** The generated manifest of the real pages: empty when ../shared/fixtures/real was absent. */
export function readRealManifest(file = REAL_MANIFEST_FILE): ManifestEntry[] {
  return readEntries(file);
}
