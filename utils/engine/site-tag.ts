// The site's own tag before a lead: "(BTN) - Sáng 5/4, …", "(Thanhhoa.dcs.vn): …",
// "(Congannghean.vn)-". Provincial papers and portals sign their own reports this way, so the
// tag names the province the page itself belongs to (guide, Readings · Article: "the site's
// own tag"; provinces.md §4, portals.md §2). Two shapes: a host name, read like the page's
// host, and the paper's initials ("B" for Báo, the province's initials, "ĐT" for điện tử).

import { provinceFromHost, unitName } from './province-host.ts';
import { OLD_PROVINCES, type OldProvince } from './provinces.ts';

// A tag in parentheses opening a line, followed by a dash or a colon (or the line's end).
const TAG_AT_LINE_START = /^[ \t]*\(([^()\n]{2,40})\)[ \t]*(?:[-–—:]|$)/gmu;
const HOST_IN_TAG = /^(?:https?:\/\/)?((?:[\p{L}\p{N}-]+\.)+(?:vn|com|net|org))\/?$/iu;
const INITIALS_TAG = /^B(\p{Lu}{2,4}?)(?:ĐT)?$/u;

// Tags the domain notes record for initials another province shares. A station's "(TTV)" is
// left out although the notes give it to Tuyên Quang: Thanh Hóa's station signs the same way,
// so the tag alone decides nothing.
const NAMED_TAGS: Record<string, string> = {
  // Báo Tây Ninh (provinces.md §4), though Thái Nguyên has the same initials.
  BTN: 'Tây Ninh',
};

function initialsOf(name: string): string {
  return name
    .split(/[\s–-]+/u)
    .filter(Boolean)
    .map((word) => word[0].toUpperCase())
    .join('');
}

let byInitials: Map<string, OldProvince | null> | null = null;

/** Provinces by their names' initials; initials two provinces share name neither. */
function provincesByInitials(): Map<string, OldProvince | null> {
  if (byInitials) return byInitials;
  byInitials = new Map();
  for (const old of OLD_PROVINCES) {
    const key = initialsOf(old.name);
    byInitials.set(key, byInitials.has(key) ? null : old);
  }
  return byInitials;
}

/** The province a site tag names, or null when the tag names none (or two). */
export function provinceFromTag(tag: string, published?: string | null): string | null {
  const trimmed = tag.trim();
  const host = HOST_IN_TAG.exec(trimmed);
  if (host) return provinceFromHost(host[1], published);
  const named = NAMED_TAGS[trimmed];
  if (named) {
    const old = OLD_PROVINCES.find((o) => o.name === named);
    return old ? unitName(old, published) : null;
  }
  const initials = INITIALS_TAG.exec(trimmed);
  if (!initials) return null;
  const old = provincesByInitials().get(initials[1]);
  return old ? unitName(old, published) : null;
}

/** Provinces named by site tags that open lines of the text, in text order. */
export function siteTagProvinces(text: string, published?: string | null): string[] {
  const found: string[] = [];
  for (const match of text.matchAll(TAG_AT_LINE_START)) {
    const unit = provinceFromTag(match[1], published);
    if (unit !== null) found.push(unit);
  }
  return found;
}
