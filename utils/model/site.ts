// Which site a page belongs to, for the one rule that keeps a page from speaking for another:
// a page may name as its canonical only an address on its own registrable site. Registrable
// domains come from the Public Suffix List (tldts), so "ninhthuan.gov.vn" and "evil.gov.vn" are
// two sites (gov.vn is a public suffix) while "m.baochinhphu.vn", "www.baochinhphu.vn" and
// "baochinhphu.vn" are one. Private-suffix entries count too (two github.io pages are two sites).
import { getDomain } from 'tldts';

/** The registrable domain of a host name, or the host itself (localhost, an IP address). */
export function registrableSite(hostname: string): string {
  const host = hostname.toLowerCase().replace(/\.$/, '');
  return getDomain(host, { allowPrivateDomains: true }) ?? host;
}

/** Whether two http(s) addresses are on the same registrable site; false when either does not parse. */
export function sameSite(a: string, b: string): boolean {
  if (!URL.canParse(a) || !URL.canParse(b)) return false;
  return registrableSite(new URL(a).hostname) === registrableSite(new URL(b).hostname);
}
