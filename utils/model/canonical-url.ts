// The one URL an article is stored under, so that a visit from Zalo, Facebook or a newsletter
// finds the annotations made on a plain visit. Only changes that cannot select a different
// page are made: tracking parameters, fragments, parameter order, host case, default ports,
// a trailing index file.
import { sameSite } from './site';

// Parameters set by share buttons, ad networks and mail tools; they never select content.
const TRACKING_PARAMETERS = new Set([
  'fbclid',
  'gclid',
  'dclid',
  'gbraid',
  'wbraid',
  'msclkid',
  'yclid',
  'twclid',
  'ttclid',
  'igshid',
  'zarsrc',
  '_hsenc',
  '_hsmi',
  'mc_cid',
  'mc_eid',
  'mkt_tok',
  '_ga',
  '_gl',
]);
const TRACKING_PREFIXES = ['utm_'];
const INDEX_FILE = /\/index\.(?:html?|php)$/i;

export function canonicalUrl(url: string, canonicalHref?: string | null): string {
  let page: URL;
  try {
    page = new URL(url);
  } catch {
    return url;
  }
  const chosen = declaredCanonical(page, canonicalHref) ?? page;
  return cleaned(chosen);
}

export function canonicalUrlOf(doc: Document): string {
  const link = doc.querySelector<HTMLLinkElement>('link[rel~="canonical" i][href]');
  return canonicalUrl(doc.URL, link?.getAttribute('href'));
}

/**
 * The page's rel=canonical, when it can be trusted: http(s), on the page's own registrable site
 * (a page on evil.gov.vn naming another portal's article would get that article's annotations
 * and overwrite its record; m. and www. hosts are the same site), and not the site's home page
 * for an inner page (a common CMS template mistake that would merge every article). The
 * background applies the same site rule to what content scripts send.
 */
function declaredCanonical(page: URL, href: string | null | undefined): URL | null {
  if (!href?.trim()) return null;
  let declared: URL;
  try {
    declared = new URL(href.trim(), page);
  } catch {
    return null;
  }
  if (declared.protocol !== 'http:' && declared.protocol !== 'https:') return null;
  if (!sameSite(declared.href, page.href)) return null;
  const pointsHome = declared.pathname === '/' && declared.search === '';
  const pageIsHome = page.pathname === '/' && page.search === '';
  return pointsHome && !pageIsHome ? null : declared;
}

function cleaned(source: URL): string {
  const url = new URL(source.href);
  url.hash = '';
  url.pathname = url.pathname.replace(INDEX_FILE, '/');
  url.search = keptParameters(url.search);
  return url.href;
}

/**
 * The query without tracking parameters, sorted by name. Pairs are kept as written (not
 * re-encoded), since servers may read `+`, `%20` or `,` differently.
 */
function keptParameters(search: string): string {
  const pairs = search
    .replace(/^\?/, '')
    .split('&')
    .filter((pair) => pair !== '' && !isTracking(parameterName(pair)));
  const sorted = pairs
    .map((pair, order) => ({ pair, order, name: parameterName(pair) }))
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : a.order - b.order))
    .map(({ pair }) => pair);
  return sorted.length ? `?${sorted.join('&')}` : '';
}

function parameterName(pair: string): string {
  const raw = pair.split('=', 1)[0].replace(/\+/g, ' ');
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
}

function isTracking(name: string): boolean {
  const lower = name.toLowerCase();
  return TRACKING_PARAMETERS.has(lower) || TRACKING_PREFIXES.some((prefix) => lower.startsWith(prefix));
}
