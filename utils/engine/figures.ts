// Figures in article prose (labeling guide "figure"): percentages, money, counted quantities
// and ratios, with Vietnamese number separators, scale words and approximators.
//
// Every number is a candidate; what follows it decides the kind ("%", a currency, a measure
// or counted noun from units.ts, "/B noun"), and a short window before it rules out names and
// ordinals ("Kênh 3/2", "Kỳ họp thứ 22", "năm 2023"). Bare numbers are never figures.

import { ACTION_WORDS } from './directive-lexicon.ts';
import type { Figure, FigureKind } from './types.ts';
import { VI_NUMBER, parseViNumber } from './numbers.ts';
import { canonicalTone } from './normalise.ts';
import { escapeRegExp } from './regex-text.ts';
import {
  CLASSIFIERS,
  COUNTED_NOUNS,
  CURRENCIES,
  MEASURES,
  NAMING_WORDS,
  QUALIFIERS,
  RATE_PARTS,
  SCALES,
  TRAILING_QUALIFIERS,
} from './units.ts';

/** Context for a scan: the article's year, for dates written without one. */
export interface ScanOptions {
  year: number | null;
}

const canon = (word: string) => canonicalTone(word.normalize('NFC'));
/** Longest first, so "hộ gia đình" wins over "hộ". */
const alternation = (words: readonly string[]) =>
  [...new Set(words.map(canon))]
    .sort((a, b) => b.length - a.length)
    .map(escapeRegExp)
    .join('|');

const H = String.raw`[^\S\n]`;
const WORD_END = String.raw`(?![\p{L}\p{N}])`;
const NUMBER_END = String.raw`(?!\p{N}|[.,]\p{N})`;

// Not after letters ("Km20", "QH15"), digits or joiners ("COVID-19", "Km20+50", "4.0", "01:2021").
const NUMBER = new RegExp(String.raw`(?<![\p{L}\p{N}.,:/+\-–—‑_#&])${VI_NUMBER}${NUMBER_END}`, 'gu');
const RANGE_TAIL = new RegExp(String.raw`(?:${H}?[\-–—]${H}?|${H}+(?:đến|tới)${H}+)(${VI_NUMBER})${NUMBER_END}`, 'yu');
const PERCENT_TAIL = new RegExp(
  String.raw`${H}?%|${H}+phần trăm${WORD_END}|${H}+(điểm${H}?(?:%|phần trăm${WORD_END}))`,
  'yu',
);
const RATIO_TAIL = /\/(\d{1,3}(?:\.\d{3})+|\d+)(?!\p{N}|[.,/]\p{N}|\/)/uy;
const SCALE_TAIL = new RegExp(String.raw`${H}+(${alternation(Object.keys(SCALES))})${WORD_END}`, 'yu');
const CURRENCY_TAIL = new RegExp(String.raw`${H}*(${alternation(Object.keys(CURRENCIES))})${WORD_END}`, 'yu');
const MEASURE_TAIL = new RegExp(String.raw`${H}?(${alternation(MEASURES)})${WORD_END}`, 'yu');
const NOUN_TAIL = new RegExp(String.raw`${H}+(${alternation(COUNTED_NOUNS)})${WORD_END}`, 'yu');
const RATE_TAIL = new RegExp(String.raw`/(?:${alternation(RATE_PARTS)})${WORD_END}`, 'yu');
const TRAILING_QUALIFIER = new RegExp(String.raw`${H}+(${alternation(TRAILING_QUALIFIERS)})${WORD_END}`, 'yu');

// Approximators and naming words are at most two words long.
const WINDOW = 18;
const QUALIFIER_BEFORE = new RegExp(String.raw`(?<!\p{L})(${alternation(QUALIFIERS)})${H}+$`, 'iu');
const TIME_OF_DAY = ['sáng', 'chiều', 'tối', 'trưa', 'đêm', 'hôm'];
const NAMING_BEFORE = new RegExp(
  String.raw`(?<!\p{L})(?:${alternation([...NAMING_WORDS, ...TIME_OF_DAY])})${H}*$`,
  'iu',
);
// "Trường THPT số 1", "Nghị quyết số 11": a number after "số" is a name, but "tổng số 1.200 hồ
// sơ" and "trong số 50 xã" count.
const NUMBERED_BEFORE = new RegExp(String.raw`(?<!(?:tổng|trong)${H})(?<!\p{L})số${H}*:?${H}*$`, 'iu');
// Counts from 1.000 up are written with a dot, so a bare 4-digit 19xx/20xx is a year.
const YEAR_LIKE = /^(?:19|20)\d{2}$/u;

interface Unit {
  kind: FigureKind;
  unit: string | null;
  /** Multiplier to đồng, null when the currency is not đồng or the figure is not money. */
  toDong: number | null;
  end: number;
}

/** Finds figures in normalised article text, sorted by start. */
export function findFigures(text: string, _opts: ScanOptions): Figure[] {
  const figures: Figure[] = [];
  NUMBER.lastIndex = 0;
  for (let m = NUMBER.exec(text); m !== null; m = NUMBER.exec(text)) {
    const start = m.index;
    const numberEnd = start + m[0].length;
    const value = parseViNumber(m[0]);

    const range = readAt(RANGE_TAIL, text, numberEnd);
    if (range !== null) {
      const upperEnd = numberEnd + range[0].length;
      const upper = readUnit(text, upperEnd);
      if (
        upper !== null &&
        !(upper.kind === 'quantity' && isNameOrYear(text, start, m[0])) &&
        !YEAR_LIKE.test(range[1])
      ) {
        const upperStart = upperEnd - range[1].length;
        figures.push(build(text, start, numberEnd, value, { ...upper, end: numberEnd }, leadingQualifier(text, start)));
        figures.push(
          build(text, upperStart, upper.end, parseViNumber(range[1]), upper, trailingQualifier(text, upper.end)),
        );
        NUMBER.lastIndex = upper.end;
        continue;
      }
    }

    const ratio = readRatio(text, start, numberEnd, m[0]);
    if (ratio !== null) {
      figures.push(ratio);
      NUMBER.lastIndex = ratio.end;
      continue;
    }

    const unit = readUnit(text, numberEnd);
    if (unit === null) continue;
    if (unit.kind === 'quantity' && isNameOrYear(text, start, m[0])) continue;
    figures.push(
      build(text, start, unit.end, value, unit, trailingQualifier(text, unit.end) ?? leadingQualifier(text, start)),
    );
    NUMBER.lastIndex = unit.end;
  }
  return figures;
}

/** What follows a number: "%", a currency (after an optional scale), a measure or a counted noun. */
function readUnit(text: string, numberEnd: number): Unit | null {
  const percent = readAt(PERCENT_TAIL, text, numberEnd);
  if (percent !== null) {
    // Percentage points keep their unit, so "tăng 1,2 điểm phần trăm" is not read as 1,2%.
    const points = percent[1] ?? null;
    return withRate(text, { kind: 'percent', unit: points, toDong: null, end: numberEnd + percent[0].length });
  }

  const scale = readAt(SCALE_TAIL, text, numberEnd);
  const scaleWord = scale?.[1] ?? null;
  const afterScale = scale === null ? numberEnd : numberEnd + scale[0].length;
  const prefix = scaleWord === null ? '' : `${scaleWord} `;

  const currency = readAt(CURRENCY_TAIL, text, afterScale);
  const counted = readCounted(text, afterScale);
  if (currency !== null && (counted === null || currency[0].length >= counted.length)) {
    const multiplier = scaleWord === null ? 1 : SCALES[scaleWord];
    const isDong = CURRENCIES[currency[1]];
    const end = afterScale + currency[0].length;
    const unit = scaleWord === null ? currency[1] : `${scaleWord} ${currency[1]}`;
    return withRate(text, { kind: 'money', unit, toDong: isDong ? multiplier : null, end });
  }
  if (counted !== null) {
    return withRate(text, {
      kind: 'quantity',
      unit: prefix + counted.noun,
      toDong: null,
      end: afterScale + counted.length,
    });
  }
  // "1.300 tỷ" on its own is an amount in đồng in Vietnamese news; bare "triệu"/"nghìn" are not told.
  if (scaleWord !== null && SCALES[scaleWord] >= 1e9) {
    return { kind: 'money', unit: scaleWord, toDong: SCALES[scaleWord], end: afterScale };
  }
  if (scaleWord === null) {
    const open = readOpenNoun(text, numberEnd);
    if (open !== null) return withRate(text, { kind: 'quantity', unit: open.noun, toDong: null, end: open.end });
  }
  return null;
}

// Figures by exclusion (guide, Readings · Figures: counted nouns are open-ended): a number
// followed by a noun phrase counts it ("18 lồng bè", "7 HCV", "2 hợp phần") unless the noun
// makes it a time, a duration, an age, a name or a rank. Nouns on the units list are read
// above; this reads the rest, one or two syllables of the head noun.
const OPEN_NOUN = new RegExp(
  String.raw`${H}+((?:\p{Lu}{2,6}|\p{L}[\p{Ll}\p{M}]*)(?:${H}+\p{Ll}[\p{Ll}\p{M}]*)?)${WORD_END}`,
  'yu',
);
const NOT_COUNTED = new RegExp(
  String.raw`^(?:${alternation([
    'giờ',
    'phút',
    'giây',
    'ngày',
    'đêm',
    'tuần',
    'tháng',
    'năm',
    'quý',
    'thế kỷ',
    'tuổi',
    'chỗ',
    'số',
    'lần thứ',
    'và',
    'hoặc',
    'đến',
    'tới',
    'của',
    'cho',
    'với',
    'tại',
    'trong',
    'trên',
    'dưới',
    'là',
    'được',
    'đã',
    'sẽ',
    'có',
    'thì',
    'mà',
    'nên',
    'này',
    'đó',
    'ấy',
    'kia',
    'nào',
    'lên',
    'xuống',
    'ra',
    'vào',
    'về',
    'theo',
    'từ',
    'sau',
    'trước',
    'so',
    'bằng',
    'hơn',
    'gấp',
    'trở',
    'lượt xem',
    'người đang',
    'sao',
    'chiều',
    'sáng',
    'tối',
    'trưa',
    'giai đoạn',
    'kỳ',
    'khóa',
    'nhiệm kỳ',
    'điểm',
    'hạng',
    'thứ',
  ])})${WORD_END}`,
  'iu',
);
// Second syllables that end the noun instead ("7 HCV tại …", "3 xã đã …").
const NOUN_TAIL_STOP = new RegExp(
  String.raw`${H}+(?:${alternation(['của', 'và', 'với', 'tại', 'trong', 'trên', 'được', 'đã', 'đang', 'sẽ', 'là', 'cho', 'có', 'theo', 'từ', 'đến', 'này', 'đó', 'mới', 'nữa', 'khác'])})$`,
  'u',
);

// A verb after the number means the number ends a name ("Ban Quản lý dự án 85 phối hợp …").
const VERB_AFTER = new RegExp(String.raw`^(?:${alternation(ACTION_WORDS)})${WORD_END}`, 'u');
// A quoted slogan ("tàu cá “3 không”") or a name's number is not a count.
const QUOTE_OR_NAME_BEFORE = /(?:[“"‘]|\p{Lu}[\p{Ll}\p{M}]*\s+|dự án\s+)$/u;

/** `inRatio`: after "A/B" a score's "điểm" is the counted noun ("18/42 điểm úng ngập"). */
function readOpenNoun(text: string, numberEnd: number, inRatio = false): { noun: string; end: number } | null {
  const match = readAt(OPEN_NOUN, text, numberEnd);
  if (match === null || VERB_AFTER.test(match[1])) return null;
  if (NOT_COUNTED.test(match[1]) && !(inRatio && /^điểm/u.test(match[1]))) return null;
  const numberStart = text.slice(Math.max(0, numberEnd - 16), numberEnd).search(/[\d.,]+$/u);
  const before = text.slice(Math.max(0, numberEnd - 16), numberEnd).slice(0, numberStart);
  if (QUOTE_OR_NAME_BEFORE.test(before)) return null;
  let phrase = match[0];
  let noun = match[1];
  const stop = NOUN_TAIL_STOP.exec(phrase);
  if (stop !== null) {
    phrase = phrase.slice(0, stop.index);
    noun = noun.slice(0, noun.length - stop[0].length);
  }
  return { noun: noun.replace(/\s+/gu, ' '), end: numberEnd + phrase.length };
}

/** A measure or counted noun at `from`, a classifier extended by its noun ("nhóm nhiệm vụ"). */
function readCounted(text: string, from: number): { noun: string; length: number } | null {
  const measure = readAt(MEASURE_TAIL, text, from);
  const noun = readAt(NOUN_TAIL, text, from);
  const best = [measure, noun].filter((x) => x !== null).sort((a, b) => b[0].length - a[0].length)[0];
  if (best === undefined) return null;
  let written = best[1];
  let length = best[0].length;
  if (best === noun && CLASSIFIERS.has(written)) {
    const head = readAt(NOUN_TAIL, text, from + length);
    if (head !== null) {
      written = `${written} ${head[1]}`;
      length += head[0].length;
    }
  }
  return { noun: written, length };
}

/** Rates extend the span: "17%/năm", "50 triệu đồng/hợp đồng/năm" (unit "triệu đồng/hợp đồng/năm"). */
function withRate(text: string, unit: Unit): Unit {
  let { end } = unit;
  let written = unit.unit;
  for (let parts = 0; parts < 2; parts += 1) {
    const rate = readAt(RATE_TAIL, text, end);
    if (rate === null) break;
    if (written !== null) written += rate[0];
    end += rate[0].length;
  }
  return { ...unit, unit: written, end };
}

/** "6/13 đề án": A ≤ B, a counted noun after, not a date or a name ("ngày 3/2", "Kênh 3/2"). */
function readRatio(text: string, start: number, numeratorEnd: number, numerator: string): Figure | null {
  if (numerator.includes(',')) return null;
  const slash = readAt(RATIO_TAIL, text, numeratorEnd);
  if (slash === null) return null;
  const [a, b] = [parseViNumber(numerator), parseViNumber(slash[1])];
  if (b === 0 || a > b || YEAR_LIKE.test(slash[1])) return null;
  const afterSlash = numeratorEnd + slash[0].length;
  const open = readCounted(text, afterSlash) === null ? readOpenNoun(text, afterSlash, true) : null;
  const counted = open ? { noun: open.noun, length: open.end - afterSlash } : readCounted(text, afterSlash);
  if (counted === null || isNameOrYear(text, start, numerator)) return null;
  const end = numeratorEnd + slash[0].length + counted.length;
  return {
    text: text.slice(start, end),
    start,
    end,
    kind: 'ratio',
    value: a / b,
    unit: counted.noun,
    vnd: null,
    qualifier: leadingQualifier(text, start),
    numerator: a,
    denominator: b,
  };
}

function isNameOrYear(text: string, start: number, written: string): boolean {
  const before = text.slice(Math.max(0, start - WINDOW), start);
  return NAMING_BEFORE.test(before) || NUMBERED_BEFORE.test(before) || YEAR_LIKE.test(written);
}

function build(text: string, start: number, end: number, value: number, unit: Unit, qualifier: string | null): Figure {
  return {
    text: text.slice(start, end),
    start,
    end,
    kind: unit.kind,
    value,
    unit: unit.unit,
    vnd: unit.toDong === null ? null : Math.round(value * unit.toDong),
    qualifier,
  };
}

function leadingQualifier(text: string, start: number): string | null {
  return QUALIFIER_BEFORE.exec(text.slice(Math.max(0, start - WINDOW), start))?.[1].toLowerCase() ?? null;
}

function trailingQualifier(text: string, end: number): string | null {
  return readAt(TRAILING_QUALIFIER, text, end)?.[1] ?? null;
}

function readAt(sticky: RegExp, text: string, at: number): RegExpExecArray | null {
  sticky.lastIndex = at;
  return sticky.exec(text);
}
