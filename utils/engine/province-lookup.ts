// Which province an article is about: from the host name (portal `<slug>.gov.vn`, paper
// `bao<slug>.vn`, subdomains inheriting the province) or from the text (names, capitals and
// districts, leaders). After the 1 July 2025 merger the answer is the merged unit.

import { canonicalTone } from './normalise.ts';
import { escapeRegExp } from './regex-text.ts';
import { provinceFromHost, unitName } from './province-host.ts';
import { OLD_PROVINCES, type OldProvince } from './provinces.ts';
import { siteTagProvinces } from './site-tag.ts';

export { provinceFromHost };

interface Cue {
  province: OldProvince;
  weight: number;
  /** A leader's name: strong only when written with a title (a namesake is often someone else). */
  leader?: boolean;
}

// Weights of the cues (a name or district 2, a leader 3 with a title and nothing without (guide: "a leader named with a title"), an office
// mailbox of the province's domain 4: the page's own contact; the site's own tag 4).
const NAME_WEIGHT = 2;
const LEADER_WEIGHT = 3;
const BARE_LEADER_WEIGHT = 0;
const MAILBOX_WEIGHT = 4;
// The site's own tag before a lead ("(BTN) - …"): the paper signing its report, as strong as its mailbox.
const SITE_TAG_WEIGHT = 4;
// "Chủ tịch UBND tỉnh Lê Hồng Quang", "đồng chí Lê Hồng Quang, Bí thư …": a title right before or after.
const TITLE_BEFORE = /(?:Chủ tịch|Bí thư|Giám đốc|Ủy viên|[Đđ]ồng chí|UBND tỉnh|Tỉnh ủy|HĐND tỉnh)[^.;\n]{0,40}$/u;
const TITLE_AFTER = /^\s*[,–-]\s*(?:Ủy viên|Phó Bí thư|Bí thư|Phó Chủ tịch|Chủ tịch)/u;
// "vpubnd@quangbinh.gov.vn": an office mailbox names the portal's domain (guide, Readings · Article).
const MAILBOX = /[\w.+-]+@((?:[a-z0-9-]+\.)+(?:gov\.vn|org\.vn|com\.vn|vn))(?![\w.-]*[a-z0-9])/giu;

const ADMIN_PREFIX = String.raw`(?:tỉnh|Tỉnh|thành phố|Thành phố|TP\.?|Tỉnh ủy|Thành ủy|UBND tỉnh|HĐND tỉnh|Ủy ban nhân dân tỉnh)\s+`;
const PLACE_PREFIX = String.raw`(?:huyện|Huyện|thị xã|Thị xã|thành phố|Thành phố|TP\.?|quận|Quận|thị trấn)\s+`;

/** A name as a pattern: its dashes and spaces as the page may space them. */
function namePattern(s: string): string {
  return escapeRegExp(s)
    .replace(/\s*[-–—]\s*/g, String.raw`\s*[-–—]\s*`)
    .replace(/ /g, String.raw`\s+`);
}

function normaliseKey(s: string): string {
  return s.replace(/\s*[-–—]\s*/g, ' - ').replace(/\s+/g, ' ');
}

function buildCueTable(): { regex: RegExp; cues: Map<string, Cue> } {
  const cues = new Map<string, Cue>();
  const add = (text: string, province: OldProvince, weight: number, leader = false): void => {
    const key = normaliseKey(canonicalTone(text));
    const existing = cues.get(key);
    // A cue shared by two provinces tells nothing.
    if (existing && existing.province !== province) cues.set(key, { province: existing.province, weight: 0 });
    else if (!existing) cues.set(key, { province, weight, leader });
  };
  for (const old of OLD_PROVINCES) {
    for (const name of [old.name, ...old.variants]) add(name, old, NAME_WEIGHT);
    for (const place of old.places) add(place, old, NAME_WEIGHT);
    for (const leader of old.leaders) add(leader, old, LEADER_WEIGHT, true);
  }
  const alternatives = [...cues.keys()].sort((a, b) => b.length - a.length).map(namePattern);
  const regex = new RegExp(
    String.raw`(?<![\p{L}\p{N}])(${ADMIN_PREFIX}|${PLACE_PREFIX})?(${alternatives.join('|')})(?![\p{L}\p{N}])`,
    'gu',
  );
  return { regex, cues };
}

let cueTable: ReturnType<typeof buildCueTable> | null = null;

/**
 * Province the text is about, by weighted cues: "tỉnh X" / "UBND tỉnh X" count most, then
 * leaders, then bare names and districts. Ties and shared cues give null.
 */
export function provinceFromText(text: string, published?: string | null): string | null {
  cueTable ??= buildCueTable();
  // After the merger, cues of the old units of one new unit add up to that unit.
  const scores = new Map<string, number>();
  const canonical = canonicalTone(text.normalize('NFC'));
  for (const match of canonical.matchAll(cueTable.regex)) {
    const cue = cueTable.cues.get(normaliseKey(match[2]));
    if (!cue || cue.weight === 0) continue;
    const bonus = match[1] && /tỉnh|Tỉnh|ủy|UBND|HĐND|Ủy ban|thành phố|Thành phố|TP/u.test(match[1]) ? 2 : 0;
    const titled =
      !cue.leader ||
      TITLE_BEFORE.test(canonical.slice(Math.max(0, match.index - 60), match.index)) ||
      TITLE_AFTER.test(canonical.slice(match.index + match[0].length, match.index + match[0].length + 30));
    const unit = unitName(cue.province, published);
    scores.set(unit, (scores.get(unit) ?? 0) + (titled ? cue.weight : BARE_LEADER_WEIGHT) + bonus);
  }
  for (const mailbox of canonical.matchAll(MAILBOX)) {
    const unit = provinceFromHost(mailbox[1], published);
    if (unit !== null) scores.set(unit, (scores.get(unit) ?? 0) + MAILBOX_WEIGHT);
  }
  for (const unit of siteTagProvinces(canonical, published))
    scores.set(unit, (scores.get(unit) ?? 0) + SITE_TAG_WEIGHT);
  let best: string | null = null;
  let bestScore = 0;
  let tie = false;
  for (const [unit, score] of scores) {
    if (score > bestScore) {
      best = unit;
      bestScore = score;
      tie = false;
    } else if (score === bestScore) tie = true;
  }
  return !best || tie ? null : best;
}

// "CỔNG THÔNG TIN ĐIỆN TỬ THÀNH PHỐ ĐÀ NẴNG" → "Cổng Thông Tin Điện Tử Thành Phố Đà Nẵng".
function unshout(text: string): string {
  return text.replace(/^[^\p{Ll}\n]*\p{Lu}[^\p{Ll}\n]*$/gmu, (line) =>
    line
      .toLowerCase()
      .replace(/(^|[\s\-–(])(\p{Ll})/gu, (_, lead: string, letter: string) => lead + letter.toUpperCase()),
  );
}

/**
 * Province of a page: the article text first; then the whole page (banners, footers),
 * with upper-case banners read as names.
 */
export function provinceFromPage(articleText: string, pageText: string, published?: string | null): string | null {
  return provinceFromText(articleText, published) ?? provinceFromText(unshout(pageText), published);
}
