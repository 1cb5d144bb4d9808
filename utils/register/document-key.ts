// Which citations name the same document, for the register of documents across articles.
// Citations of one document vary (documents.md §4): spaces inside the symbol, en dashes, case,
// "số:" before it, leading zeros, the Party form with a slash for its hyphen, NFD text. A symbol
// is reduced to its tokens (number, year, abbreviations), folded like search text.
//
// Two facts from the numbering rules decide the key beyond the symbol:
// - Administrative numbers restart every year (105/NQ-CP of 2023 is not 105/NQ-CP of 2024), so
//   the year of issue is part of the identity when known: from the symbol, else the cited date.
// - Local issuers share symbols across provinces (every UBND issues a 108/QĐ-UBND), so a local
//   document is keyed within its province; national issuers (Chính phủ, Thủ tướng, ministries,
//   Quốc hội, Trung ương) are keyed nationwide.
import { foldForSearch } from '../search/fold';

export interface CitedDocument {
  /** The symbol as cited, with or without "số" ("105/NQ-CP", "Số: 472/ QĐ- UBND"). */
  symbol: string;
  /** ISO date of issue when cited ("2023-07-15"), else null. */
  date: string | null;
}

export interface DocumentIdentity {
  /** Scope and symbol tokens, e.g. "VN|105/NQ/CP" or "ninh thuan|108/QD/UBND": the register's index. */
  symbolKey: string;
  /** The year of issue, from the symbol or the cited date; null when neither gives it. */
  year: number | null;
  national: boolean;
}

/** Issuers whose symbols are unique nationwide (documents.md §3). */
const NATIONAL_ISSUER =
  /^(?:CP|TTG|VPCP|CTN|QH\d*|UBTVQH\d*|TW|VPTW|BTCTW|BTGTW|BDVTW|UBKTTW|TWDTN|NHNN|TTCP|KTNN|TANDTC|VKSNDTC|BNV|BTC|BCT|BYT|BGDDT|BKHDT|BTTTT|BVHTTDL|BNNPTNT|BNNMT|BTNMT|BGTVT|BXD|BLDTBXH|BQP|BCA|BNG|BTP|BKHCN|BDTTG|UBDT)$/;
/** Local issuers that also appear in national-looking symbols ("QĐ-UBND", "KL/TU"). */
const LOCAL_ISSUER = /^(?:UBND|HDND|CTUBND|TU|HU|QU|THU|DU|DUK|VPTU|BTCTU|BTGTU|BDVTU|UBKTTU|BCD|S[A-Z]+)$/;
/** "Số", "số:", "Số." or a mistyped "Sô" before the symbol, on the folded text. */
const SO_PREFIX = /^\s*so(?![a-z])\s*[:.]?\s*/iu;
const SEPARATORS = /[\s/\-‐‑‒–—−]+/u;
const YEAR_TOKEN = /^(?:19|20)\d{2}$/;

/** The tokens of a symbol, folded: "Số: 05 /2019/ NQ–HĐND" → ["5", "2019", "NQ", "HDND"]. */
export function symbolTokens(symbol: string): string[] {
  const folded = foldForSearch(symbol).replace(SO_PREFIX, '').toUpperCase();
  const tokens = folded.split(SEPARATORS).filter((token) => token !== '');
  if (tokens.length > 0 && /^\d+$/.test(tokens[0])) tokens[0] = String(Number(tokens[0]));
  return tokens;
}

/** Letters and digits of a symbol or text, folded, numbers without leading zeros ("QĐ–UBND" → QD, UBND). */
function wordsOf(folded: string): string[] {
  return folded
    .toUpperCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word !== '')
    .map((word) => (/^\d+$/.test(word) ? String(Number(word)) : word));
}

/**
 * Whether a document finding's symbol is spelt by its own text: the symbol's words, in order and
 * side by side, among the text's (however "số", spaces, dashes, leading zeros or the Unicode form
 * are written). A re-mention ("Kế hoạch 318") carries its number as its symbol, which its text
 * spells too. The register keys a document by its symbol, so a symbol that the passage does not
 * spell would file the passage under another document.
 */
export function symbolOccursIn(symbol: string, text: string): boolean {
  const wanted = wordsOf(foldForSearch(symbol).replace(SO_PREFIX, ''));
  if (wanted.length === 0) return false;
  const words = wordsOf(foldForSearch(text));
  for (let start = 0; start + wanted.length <= words.length; start += 1) {
    if (wanted.every((word, offset) => words[start + offset] === word)) return true;
  }
  return false;
}

export function documentIdentity(document: CitedDocument, province: string | null): DocumentIdentity {
  const tokens = symbolTokens(document.symbol);
  const abbreviations = tokens.slice(1).filter((token) => !YEAR_TOKEN.test(token));
  const national =
    abbreviations.some((token) => NATIONAL_ISSUER.test(token)) &&
    !abbreviations.some((token) => LOCAL_ISSUER.test(token));
  const yearInSymbol = tokens.slice(1).find((token) => YEAR_TOKEN.test(token));
  const yearOfDate = document.date === null ? null : Number(document.date.slice(0, 4));
  const year = yearInSymbol ? Number(yearInSymbol) : Number.isFinite(yearOfDate) ? yearOfDate : null;
  const scope = national ? 'VN' : province === null ? '?' : foldForSearch(province);
  return { symbolKey: `${scope}|${tokens.join('/')}`, year, national };
}

/** Whether two citations name one document: same key, and no two different years. */
export function sameDocument(a: DocumentIdentity, b: DocumentIdentity): boolean {
  return a.symbolKey === b.symbolKey && (a.year === null || b.year === null || a.year === b.year);
}
