// Document references (labeling guide "document", shared/domain/documents.md §5 grammar):
// type word, optional name, "số", the number/symbol in its state, legal or Party shape, the
// issue date when it follows, and the issuer ("của …", the sentence's subject, or the code).

import type { DocumentRef } from './types.ts';
import type { ScanOptions } from './figures.ts';
import { canonicalTone } from './normalise.ts';
import { isoDate, isValidDayMonth } from './numbers.ts';
import {
  BODY_HEADS,
  CITED_BY_NUMBER,
  DOC_TYPES,
  ISSUER_CODES,
  ISSUING_VERBS,
  NAME_LEVEL_WORDS,
  NAME_STOP_WORDS,
  TYPE_ABBREVIATIONS,
} from './doc-types.ts';

const canon = (word: string) => canonicalTone(word.normalize('NFC'));
/** A word in any case ("Quyết định", "quyết định", "QUYẾT ĐỊNH"), spaces as runs of spaces. */
const anyCase = (word: string) =>
  [...canon(word)]
    .map((ch) => {
      if (ch === ' ') return String.raw`[^\S\n]+`;
      const [lower, upper] = [ch.toLowerCase(), ch.toUpperCase()];
      return lower === upper ? ch : `[${lower}${upper}]`;
    })
    .join('');
const longestFirst = (words: readonly string[]) => [...words].sort((a, b) => b.length - a.length);

const H = String.raw`[^\S\n]`;
const YEAR = String.raw`(?:19|20)\d{2}`;
// An abbreviation group; some provinces add a unit after a dot ("QĐ-UBND.VX").
const GROUP = String.raw`\p{Lu}[\p{L}\p{N}&]{0,14}(?:\.\p{Lu}[\p{L}\p{N}&]{0,9})?`;
const SL = String.raw`${H}?\/${H}?`;
const HY = String.raw`${H}?[\-–]${H}?`;
const NUM = String.raw`\d{1,6}`;
// 105/NQ-CP, 326/2021/NQ-HĐND, 37/2021/QH15, 1393/UBND-DL1 | 36-KL/TU | 71/KL/TW | 84 QĐ/TWĐTN | 82/2005-QĐ-UBND
const SYMBOL =
  `${NUM}(?:${SL}(?:${YEAR}${SL})?${GROUP}(?:${HY}${GROUP})*` +
  `|${HY}${GROUP}${SL}${GROUP}(?:${HY}${GROUP})*` +
  `|${SL}${GROUP}${SL}${GROUP}(?:${HY}${GROUP})*` +
  `|${H}${GROUP}${SL}${GROUP}(?:${HY}${GROUP})*` +
  `|${SL}${YEAR}${HY}${GROUP}(?:${HY}${GROUP})*)(?![\\p{L}\\p{N}\\/])`;
// "số 11", "số 202/2025" (short citations without the symbol).
const NUMBER_ONLY = String.raw`${NUM}(?:\/${YEAR})?(?![\p{L}\p{N}\/]|[.,]\p{N})`;
const DATE_AFTER = String.raw`[nN]gày${H}+\d{1,2}(?:${H}?[\/.\-–]${H}?\d{1,2}(?:${H}?[\/.\-–]${H}?${YEAR})?|${H}+tháng${H}+\d{1,2}${H}+năm${H}+${YEAR})(?![\p{N}\/])`;
const TYPE_WORDS = longestFirst(DOC_TYPES).map(anyCase).join('|');

const NUMBER_WORD_CORE = String.raw`[sS][ốỐ]${H}*:?${H}*`;
const NUMBER_WORD = String.raw`${H}+${NUMBER_WORD_CORE}`;
const DATE_CLAUSE = String.raw`(${H}*\(${H}*${DATE_AFTER}${H}*\)|,?${H}+${DATE_AFTER})?`;
// Type word right before the number: "Nghị quyết số 105/NQ-CP", "Quyết định 1129/QĐ-TTg", "Nghị quyết số 11".
const REFERENCE = new RegExp(
  String.raw`(?<!\p{L})(${TYPE_WORDS})(?:(${NUMBER_WORD})|${H}+)(?:(${SYMBOL})|(${NUMBER_ONLY}))${DATE_CLAUSE}`,
  'gu',
);
// A name between type word and "số" ("Kế hoạch kịch bản tăng trưởng kinh tế số 12/KH-UBND"):
// found from "số <symbol>", the type word looked up in the words before it.
const NUMBERED_SYMBOL = new RegExp(String.raw`(?<!\p{L})${NUMBER_WORD_CORE}(${SYMBOL})${DATE_CLAUSE}`, 'gu');
const TYPE_WORD = new RegExp(String.raw`(?<!\p{L})(?:${TYPE_WORDS})(?!\p{L})`, 'gu');
const NAME_BETWEEN = new RegExp(String.raw`(?:${H}+[\p{L}\p{N}]+){1,12}?${H}+(?=${NUMBER_WORD_CORE}\d)`, 'uy');
const NAME_WINDOW = 160;
// A number cited without "số" must end the reference: "Nghị quyết 01 của …", "Chỉ thị 15,".
const AFTER_BARE_NUMBER = new RegExp(String.raw`^(?:${H}*[,.;:)]|${H}*$|${H}+(?:của|ngày|về|do)(?!\p{L}))`, 'u');
const DATE_PARTS = new RegExp(String.raw`(\d{1,2})\D+?(\d{1,2})(?:\D+?(${YEAR}))?`, 'u');

const ISSUER_LEAD = new RegExp(String.raw`^${H}*,?${H}*(?:của|do)${H}+`, 'u');
const NAME_TOKEN = /[^\s,;.:()"“”'!?[\]]+/uy;
const LEVELS = longestFirst(NAME_LEVEL_WORDS.map(canon));
const BODY_HEAD = new RegExp(String.raw`(?<!\p{L})(?:${longestFirst(BODY_HEADS.map(canon)).join('|')})(?!\p{L})`, 'gu');
const ISSUING_VERB = new RegExp(String.raw`(?<!\p{L})(?:${ISSUING_VERBS.map(anyCase).join('|')})(?!\p{L})`, 'u');
// Capitalised words that end a name: an issuing verb ("Tỉnh ủy Kết luận …") or a cited document.
// Type words belong to names ("Sở Kế hoạch và Đầu tư") unless a number follows them.
const NAME_BREAK = new RegExp(
  String.raw`(?:${ISSUING_VERBS.map(anyCase).join('|')})(?!\p{L})|(?:${TYPE_WORDS})(?:${NUMBER_WORD}|${H}+\d)`,
  'uy',
);
const SENTENCE_ENDS = '.!?;\n';
const SUBJECT_WINDOW = 250;
const MAX_SUBJECTS = 4;

/** Finds document references in normalised article text, sorted by start. */
export function findDocuments(text: string, opts: ScanOptions): DocumentRef[] {
  const found: DocumentRef[] = [];
  // "Kế hoạch 318" after "Kế hoạch số 318/KH-UBND": a type never cited by a bare number on its
  // own is a short re-mention when the article cites that type and number in full (guide,
  // Readings · Documents), not a programme's name ("Chương trình 135").
  const rementions: DocumentRef[] = [];
  REFERENCE.lastIndex = 0;
  for (let m = REFERENCE.exec(text); m !== null; m = REFERENCE.exec(text)) {
    const [whole, docType, numberWord, symbol, bareNumber, dateClause] = m;
    const numberEnd = m.index + whole.length - (dateClause?.length ?? 0);
    const bare = symbol === undefined && numberWord === undefined;
    if (bare && !bareCitationEnds(text, docType, numberEnd, dateClause)) {
      // The full citation elsewhere is the evidence: the re-mention may run on into the sentence.
      rementions.push(reference(text, m.index, whole, docType, symbol, bareNumber, dateClause, opts.year));
      continue;
    }
    found.push(reference(text, m.index, whole, docType, symbol, bareNumber, dateClause, opts.year));
  }
  const citedInFull = new Set(
    found.filter((d) => /[/-]/u.test(d.symbol)).map((d) => `${d.docType.toLowerCase()} ${d.number}`),
  );
  found.push(...rementions.filter((d) => citedInFull.has(`${d.docType.toLowerCase()} ${d.number}`)));
  found.sort((a, b) => a.start - b.start);
  const direct = found.length;
  let next = 0;
  let typeWords: RegExpExecArray[] | null = null;
  NUMBERED_SYMBOL.lastIndex = 0;
  for (let m = NUMBERED_SYMBOL.exec(text); m !== null; m = NUMBERED_SYMBOL.exec(text)) {
    // "số" inside a reference already read ("Văn bản hợp nhất số …" is not "Văn bản" + a name).
    while (next < direct && found[next].end <= m.index) next += 1;
    if (next < direct && found[next].start <= m.index) continue;
    typeWords ??= [...text.matchAll(TYPE_WORD)];
    const typed = typeWordNamedBefore(text, typeWords, m.index);
    if (typed === null) continue;
    const [whole, symbol, dateClause] = m;
    found.push(
      reference(
        text,
        typed.index,
        text.slice(typed.index, m.index) + whole,
        typed[0],
        symbol,
        undefined,
        dateClause,
        opts.year,
      ),
    );
  }
  return found.sort((a, b) => a.start - b.start);
}

function reference(
  text: string,
  start: number,
  whole: string,
  docType: string,
  symbol: string | undefined,
  bareNumber: string | undefined,
  dateClause: string | undefined,
  articleYear: number | null,
): DocumentRef {
  const end = start + whole.length;
  const written = symbol ?? bareNumber ?? '';
  return {
    text: whole,
    start,
    end,
    docType,
    symbol: written,
    number: /^\d+/u.exec(written)?.[0] ?? null,
    date: dateClause === undefined ? null : parseIssueDate(dateClause, articleYear),
    issuer: issuerAfter(text, end) ?? issuerBefore(text, start) ?? issuerFromSymbol(symbol),
  };
}

/** The nearest type word before `numberWordStart` with only 1–12 name words between them. */
function typeWordNamedBefore(
  text: string,
  typeWords: RegExpExecArray[],
  numberWordStart: number,
): RegExpExecArray | null {
  let low = 0;
  let high = typeWords.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (typeWords[mid].index + typeWords[mid][0].length <= numberWordStart) low = mid + 1;
    else high = mid;
  }
  const typed = typeWords[low - 1];
  if (typed === undefined) return null;
  const typeEnd = typed.index + typed[0].length;
  if (numberWordStart - typeEnd > NAME_WINDOW) return null;
  NAME_BETWEEN.lastIndex = typeEnd;
  const between = NAME_BETWEEN.exec(text);
  return between !== null && typeEnd + between[0].length === numberWordStart ? typed : null;
}

function bareCitationEnds(text: string, docType: string, numberEnd: number, dateClause: string | undefined): boolean {
  if (!CITED_BY_NUMBER.has(docType.toLowerCase())) return false;
  return dateClause !== undefined || AFTER_BARE_NUMBER.test(text.slice(numberEnd, numberEnd + 8));
}

function parseIssueDate(clause: string, articleYear: number | null): string | null {
  const parts = DATE_PARTS.exec(clause.replace(/^\D*ngày/iu, ''));
  if (parts === null) return null;
  const [day, month] = [Number(parts[1]), Number(parts[2])];
  if (!isValidDayMonth(day, month)) return null;
  const year = parts[3] === undefined ? articleYear : Number(parts[3]);
  return year === null ? null : isoDate(year, month, day);
}

/** "… của Chính phủ", "… do UBND tỉnh ban hành". */
function issuerAfter(text: string, end: number): string | null {
  const lead = ISSUER_LEAD.exec(text.slice(end, end + 12));
  return lead === null ? null : readBodyName(text, end + lead[0].length, text.length);
}

/** The body the sentence names as issuing it: "UBND tỉnh đã có Văn bản số …". */
function issuerBefore(text: string, start: number): string | null {
  const windowStart = Math.max(0, start - SUBJECT_WINDOW);
  let sentenceStart = windowStart;
  for (let i = start - 1; i >= windowStart; i -= 1) {
    if (SENTENCE_ENDS.includes(text[i])) {
      sentenceStart = i + 1;
      break;
    }
  }
  const heads = [...text.slice(sentenceStart, start).matchAll(BODY_HEAD)].map((m) => sentenceStart + (m.index ?? 0));
  // The subject nearest the reference issues it; a few candidates suffice.
  for (let k = heads.length - 1; k >= Math.max(0, heads.length - MAX_SUBJECTS); k -= 1) {
    const name = readBodyName(text, heads[k], start);
    if (name === null) continue;
    const nameEnd = heads[k] + name.length;
    if (!ISSUING_VERB.test(text.slice(nameEnd, start))) continue;
    // A head inside an earlier body's name ("Chủ tịch UBND tỉnh") belongs to that name.
    let full = name;
    for (let j = k - 1; j >= 0; j -= 1) {
      const outer = readBodyName(text, heads[j], start);
      if (outer === null || heads[j] + outer.length < nameEnd) break;
      full = outer;
    }
    return full;
  }
  return null;
}

function issuerFromSymbol(symbol: string | undefined): string | null {
  if (symbol === undefined) return null;
  const groups = symbol.split(/[^\p{L}\p{N}&]+/u).filter((g) => /^\p{L}/u.test(g));
  const issuerGroup = TYPE_ABBREVIATIONS.has(groups[0] ?? '') ? groups[1] : groups[0];
  if (issuerGroup === undefined) return null;
  return ISSUER_CODES[issuerGroup] ?? ISSUER_CODES[issuerGroup.replace(/\d+$/u, '')] ?? null;
}

/**
 * A body's name from `from`: capitalised words, each optionally followed by one lowercase
 * syllable ("Ban Thường vụ Tỉnh ủy"), level words ("UBND tỉnh", "thành phố"), "và" between
 * capitalised parts ("Bộ Kế hoạch và Đầu tư"). Null when no capitalised word starts it.
 */
function readBodyName(text: string, from: number, until: number): string | null {
  let at = from;
  let end = from;
  let previousCapital = false;
  const limit = Math.min(until, from + 80);
  while (at < limit) {
    const gap = /^[^\S\n]*/u.exec(text.slice(at, at + 4))?.[0].length ?? 0;
    const wordStart = at + gap;
    if (end !== from && gap === 0) break;
    const level = LEVELS.find((l) => text.startsWith(l, wordStart) && !/\p{L}/u.test(text[wordStart + l.length] ?? ''));
    if (end !== from && level !== undefined) {
      at = end = wordStart + level.length;
      previousCapital = false;
      continue;
    }
    NAME_TOKEN.lastIndex = wordStart;
    const token = NAME_TOKEN.exec(text)?.[0];
    if (token === undefined || wordStart + token.length > limit) break;
    NAME_BREAK.lastIndex = wordStart;
    if (NAME_BREAK.test(text)) break;
    const capital = /^\p{Lu}/u.test(token);
    const joinsCapitals =
      token === 'và' && /^[^\S\n]+\p{Lu}/u.test(text.slice(wordStart + 2, wordStart + 4)) && end !== from;
    const secondSyllable = !capital && previousCapital && !NAME_STOP_WORDS.has(token);
    if (!capital && !joinsCapitals && !secondSyllable) break;
    at = wordStart + token.length;
    if (!joinsCapitals) end = at;
    previousCapital = capital;
  }
  return end === from ? null : text.slice(from, end);
}
