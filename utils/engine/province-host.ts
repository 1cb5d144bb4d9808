// Which province a host names: portal `<slug>.gov.vn`, paper `bao<slug>.vn`, subdomains
// inheriting the province, and the papers and stations with other names. After the 1 July 2025
// merger the answer is the merged unit.

import { MERGED_PROVINCES, MERGER_DATE, OLD_PROVINCES, type OldProvince } from './provinces.ts';

const HOST_SUFFIXES = [
  'gov.vn',
  'dcs.vn',
  'org.vn',
  'com.vn',
  'info.vn',
  'net.vn',
  'edu.vn',
  'vn',
  'com',
  'net',
  'org',
];

function registrableLabels(host: string): string[] {
  const bare = host
    .toLowerCase()
    .replace(/:\d+$/, '')
    .replace(/^www\./, '');
  const suffix = HOST_SUFFIXES.find((s) => bare === s || bare.endsWith(`.${s}`));
  const rest = suffix ? bare.slice(0, bare.length - suffix.length - 1) : bare;
  // The label next to the suffix names the owner; subdomains only narrow it down.
  return rest.split('.').filter(Boolean).reverse();
}

function afterMerger(published: string | null | undefined): boolean {
  return published != null && published >= MERGER_DATE;
}

/** The unit an old province's page belongs to on its publication date. */
export function unitName(old: OldProvince, published: string | null | undefined): string {
  return afterMerger(published) ? old.mergedInto : old.name;
}

// Longest slug first, so "thuathienhue" wins over "hue" and "baria-vungtau" over nothing shorter.
const SLUGS: { slug: string; old: OldProvince | null; merged: string }[] = [
  ...OLD_PROVINCES.map((old) => ({ slug: old.slug, old, merged: old.mergedInto })),
  ...MERGED_PROVINCES.filter((unit) => !OLD_PROVINCES.some((old) => old.slug === unit.slug)).map((unit) => ({
    slug: unit.slug,
    old: null,
    merged: unit.name,
  })),
].sort((a, b) => b.slug.length - a.slug.length);

/** Province named by a host, or null for hosts that name none. */
export function provinceFromHost(host: string, published?: string | null): string | null {
  const bare = host
    .toLowerCase()
    .replace(/:\d+$/, '')
    .replace(/^www\./, '');
  for (const old of OLD_PROVINCES) {
    if (old.extraHosts.some((h) => bare === h || bare.endsWith(`.${h}`))) return unitName(old, published);
  }
  for (const label of registrableLabels(host)) {
    const name = label.replace(/^bao(?:dientu)?/, '');
    for (const entry of SLUGS) {
      if (name === entry.slug || label.includes(entry.slug.replace('-', ''))) {
        if (!entry.old) return entry.merged;
        return unitName(entry.old, published);
      }
    }
  }
  return null;
}
