// The demo portal pages for tests that walk them (the generated manifests of
// scripts/demo-site/page-files.ts), and the gold that goes with each page.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { OWN_ARTICLES_DIR } from '../../scripts/demo-site/own-pages';
import {
  type ManifestEntry,
  pageFile as servedFile,
  readManifest,
  readRealManifest,
} from '../../scripts/demo-site/page-files';
import { corpusDir } from '../../scripts/lib/shared-corpus';
import { NEWSPAPER_DOMAINS } from '../../utils/model/portal-domains';

export type DemoPage = ManifestEntry;

/** Every page of the demo site but its localhost index: own articles, seeds when present, negatives. */
export function demoPages(): DemoPage[] {
  return readManifest().filter((p) => p.kind !== 'index');
}

/** A real page of ../shared/fixtures/real as served, with the id of its gold file there. */
export interface RealPage extends DemoPage {
  corpus: 'real';
  goldId: string;
}

function realPages(): RealPage[] {
  return readRealManifest() as RealPage[];
}

/** Real pages the gold calls articles (rA-01 …): each has a `bodySelector` and `segments`. Empty without ../shared. */
export function realArticlePages(): RealPage[] {
  return realPages().filter((p) => p.expectArticle);
}

/** Real pages the gold calls not articles (tag page, search results, a farmer story). Empty without ../shared. */
export function realNegativePages(): RealPage[] {
  return realPages().filter((p) => !p.expectArticle);
}

/** True when the manifest's match patterns (PORTAL_MATCHES) run the content script on a host by itself. */
export function isPortalHost(host: string): boolean {
  const h = host.toLowerCase().replace(/\.$/, '');
  if (h === 'gov.vn' || h.endsWith('.gov.vn')) return true;
  return NEWSPAPER_DOMAINS.some((d) => h === d || h.endsWith(`.${d}`));
}

interface GoldFile {
  figures: { text: string; kind: string }[];
}

/** The gold file of a page made from an article text (own articles, seeds or real pages). */
export function goldFile(p: Pick<DemoPage, 'corpus' | 'goldId'>): string {
  if (!p.corpus || !p.goldId) throw new Error('This page is not made from an article text.');
  const dir = p.corpus === 'own' ? OWN_ARTICLES_DIR : corpusDir(p.corpus);
  return path.join(dir, `${p.goldId}.gold.json`);
}

/** The percentages labelled in a page's gold (the figures the thin slice must paint). */
export function goldPercents(p: Pick<DemoPage, 'corpus' | 'goldId'>): string[] {
  const gold = JSON.parse(readFileSync(goldFile(p), 'utf8')) as GoldFile;
  return gold.figures.filter((f) => f.kind === 'percent').map((f) => f.text);
}

/** The generated HTML file that the demo server serves for a page. */
export function pageFile(p: { host: string; path: string }): string {
  const file = servedFile(p.host, p.path);
  if (!file) throw new Error(`No file for ${p.host}${p.path}`);
  return file;
}
