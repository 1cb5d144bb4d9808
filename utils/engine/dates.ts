// Calendar references in article prose (labeling guide "date", seeds README "Dates"): full
// dates, day/month, months, quarters and the year of a plan or target, each with its most
// precise ISO form, and deadlines ("trước ngày …", "hoàn thành trong quý III").
//
// Each calendar shape is found by its own regex ("core"); context (a preceding "ngày", period
// and deadline words, baselines such as "so với năm") is read from a short window before it.

import type { DateMention } from './types.ts';
import type { ScanOptions } from './figures.ts';
import { isoDate, isValidDayMonth, parseQuarter } from './numbers.ts';
import { canonicalTone } from './normalise.ts';

interface Core {
  start: number;
  end: number;
  /** ISO form, given the year that completes a date written without one. */
  iso: (year: number | null) => string;
  /** How much context the shape needs before it counts as a date. */
  shape: 'full' | 'dayMonth' | 'month' | 'quarter' | 'half' | 'yearEnd' | 'year';
  /** For year cores: the year written. */
  year?: number;
}

const YEAR = String.raw`((?:19|20)\d{2})`;
const DASH = String.raw`[\-–—‑]`;
// One separator reused inside one date ("15/7/2023", "01-10-1997", "6.3.1911", "11 - 11 - 2023").
const FULL_NUMERIC = new RegExp(
  String.raw`(?<![\p{L}\p{N}./,:])(\d{1,2})[^\S\n]?([/.]|${DASH})[^\S\n]?(\d{1,2})[^\S\n]?\2[^\S\n]?${YEAR}(?![\p{L}\p{N}/])`,
  'gu',
);
const SPELLED = new RegExp(
  String.raw`(?<![\p{L}\p{N}])ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})(?:\s+năm\s+${YEAR})?(?!\p{N})`,
  'giu',
);
// "03/6 - 09/6/2025": a range with the year written once gives both dates (guide, Readings · Dates).
const RANGE_START = new RegExp(
  String.raw`(?<![\p{L}\p{N}./,:])(\d{1,2})/(\d{1,2})(?=[^\S\n]?${DASH}[^\S\n]?\d{1,2}/\d{1,2}/${YEAR}(?![\p{N}/]))`,
  'gu',
);
const DAY_MONTH = new RegExp(
  String.raw`(?<![\p{L}\p{N}./,:])(\d{1,2})[^\S\n]?([/.]|${DASH})[^\S\n]?(\d{1,2})(?![\p{L}\p{N}%]|[^\S\n]?(?:[/.]|${DASH})[^\S\n]?\d|,\d)`,
  'gu',
);
const MONTH = new RegExp(
  String.raw`(?<![\p{L}\p{N}])tháng\s+(\d{1,2})(?:[^\S\n]?(?:/|${DASH})[^\S\n]?${YEAR}|\s+năm\s+${YEAR})?(?![\p{L}\p{N}]|[^\S\n]?(?:[/.]|${DASH})[^\S\n]?\d)`,
  'giu',
);
const QUARTER = new RegExp(
  String.raw`(?<![\p{L}\p{N}])[qQ]uý\s+(IV|I{1,3}|[1-4])(?:[^\S\n]?(?:/|${DASH})[^\S\n]?${YEAR}|\s+năm\s+${YEAR})?(?![\p{L}\p{N}])`,
  'gu',
);
// "QIII/2029" only with its year: a bare "Q1" is as often "Quận 1".
const QUARTER_ABBREVIATED = new RegExp(
  String.raw`(?<![\p{L}\p{N}])Q(IV|I{1,3}|[1-4])[^\S\n]?(?:/|${DASH})[^\S\n]?${YEAR}(?![\p{L}\p{N}])`,
  'gu',
);
// "6 tháng đầu năm 2024" is a reporting period (labeling guide), read only as a deadline
// ("hoàn thành trong 6 tháng đầu năm"): it falls due at the end of the half year.
const HALF_YEAR = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(?:6|sáu)\s+tháng\s+(đầu|cuối)\s+năm(?:\s+${YEAR}|\s+nay)?(?![\p{L}\p{N}]|\s+(?:học|ngoái|trước|sau)(?!\p{L}))`,
  'giu',
);
// "hoàn thành trước cuối năm": the year end of the article's year, read only as a deadline.
// With a year written ("cuối năm 2023") the plan-year core reads it.
const YEAR_END =
  /(?<![\p{L}\p{N}])cuối\s+năm(?:\s+nay)?(?![\p{L}\p{N}]|\s+(?:học|ngoái|trước|sau|tài chính|\d)(?!\p{L}))/giu;
const PLAN_YEAR = new RegExp(
  String.raw`(?<![\p{L}\p{N}])năm(?:\s+mới)?\s+${YEAR}(?![\p{L}\p{N}]|[^\S\n]?(?:/|${DASH})[^\S\n]?\d)`,
  'giu',
);

// Windows read backwards from a core, anchored at their end: a few words for the words
// right before a core, a clause for completion verbs and plan words.
const WINDOW = 24;
const CLAUSE_WINDOW = 60;
// A completion verb may govern a long object before "trong <period>" ("hoàn thành giải phóng
// mặt bằng Khu công nghiệp … mở rộng trong quý I/2025"); the clause still bounds it.
const TASK_WINDOW = 100;
const re = (source: string, flags = 'iu') => new RegExp(canonicalTone(source.normalize('NFC')), flags);
const DAY_WORD_BEFORE = re(String.raw`(?<!\p{L})ngày[^\S\n]+$`);
const TIME_OF_DAY_BEFORE = re(
  String.raw`(?<!\p{L})(?:sáng|chiều|tối|trưa|đêm|hôm)(?:[^\S\n]+(?:nay|mai|qua))?[^\S\n]+$`,
);
const PREPOSITION_BEFORE = re(String.raw`(?<!\p{L})(?:trước|từ|đến|tới|hết|vào|chậm nhất)[^\S\n]+$`);
const LIST_JOIN_BEFORE = re(String.raw`(?:[^\S\n]*[,;]|[^\S\n]+(?:và|đến|tới|hoặc)|[^\S\n]*${DASH})[^\S\n]*$`);
const OPEN_PAREN_BEFORE = /\([^\S\n]*$/u;
const CLOSE_PAREN_AFTER = /^[^\S\n]*\)/u;
const PERIOD_BEFORE = re(String.raw`(?<!\p{L})(?:đầu|cuối|giữa)[^\S\n]+$`);
// A time of day may sit between the limiting word and the date ("trước 17 giờ ngày 25/9").
const CLOCK = String.raw`\d{1,2}[^\S\n]*(?:giờ|h)(?:[^\S\n]*\d{1,2}(?:[^\S\n]*phút)?)?(?:[^\S\n]+(?:sáng|chiều|tối|trưa|đêm))?[^\S\n]*,?[^\S\n]+`;
const LIMIT_BEFORE = re(
  String.raw`(?<!\p{L})(?:trước|chậm nhất(?:[^\S\n]+là)?(?:[^\S\n]+(?:vào|đến))?|muộn nhất(?:[^\S\n]+là)?|hạn chót(?:[^\S\n]+là)?|hạn cuối(?:[^\S\n]+là)?)[^\S\n]+(?:${CLOCK})?$`,
);
const LIMIT_WINDOW = 40;
const WITHIN_BEFORE = re(String.raw`(?<!\p{L})trong[^\S\n]+$`);
// "chậm nhất trong quý II/2025": a limiting word before "trong" sets the limit itself.
const LIMIT_BEFORE_WITHIN = re(String.raw`(?<!\p{L})(?:chậm nhất|muộn nhất)(?:[^\S\n]+là)?[^\S\n]+$`);
// "trong <period>" is a deadline only when it bounds a task still to be completed.
const COMPLETION_VERB = re(
  String.raw`(?<!\p{L})(?<!đã[^\S\n])(?:hoàn thành|hoàn tất|xong|trình|dứt điểm|kết thúc|giải ngân hết)(?!\p{L})`,
);
// An instruction or an obligation ahead of "trong <period>" in the same clause.
const INSTRUCTED = re(
  String.raw`(?<!\p{L})(?:yêu cầu|đề nghị|giao|chỉ đạo|đôn đốc|phải|cần)(?!\p{L})(?![^\S\n]+(?:thiết|của))`,
);
const DELIVERY_VERB = re(String.raw`(?<!\p{L})(?:báo cáo|gửi|nộp|bàn giao|cung cấp)(?!\p{L})`);
const PAST_AFTER = re(String.raw`(?<!\p{L})(?:đã|vừa)(?!\p{L})`);
// "thời gian thực hiện: trong tháng 12", "thời hạn hoàn thành trong quý III": a labelled time limit.
const TIME_LIMIT_LABEL = re(
  String.raw`(?<!\p{L})(?:thời gian thực hiện|thời hạn(?:[^\S\n]+(?:hoàn thành|thực hiện))?)[^\S\n]*:?[^\S\n]*$`,
);
// "so với năm 2022", "cùng kỳ năm 2022", "đến năm 2040", "tầm nhìn đến năm 2045", "từ năm …".
const YEAR_BASELINE_BEFORE = re(String.raw`(?<!\p{L})(?:so|so với|cùng kỳ|đến|tới|từ|kể từ|sau|tầm nhìn)[^\S\n]+$`);
// A year before the article's own year is a date only as the year of a plan, budget or task.
const PLAN_WORD = re(
  String.raw`(?<!\p{L})(?:kế hoạch|dự toán|ngân sách|chương trình|mục tiêu|chỉ tiêu|nhiệm vụ|chủ đề|đề án|công tác)(?!\p{L})`,
);
// "Nguyễn Văn Quý 3 lần …": a capitalised "Quý" with a bare digit after a capitalised word is a given name.
const GIVEN_NAME_BEFORE = /\p{Lu}\p{L}*[^\S\n]+$/u;
const NAME_LIKE_QUARTER = /^Quý\s+\d$/u;
// "đường 2 Tháng 9", "Quảng trường 30 tháng 4": a number before "tháng" makes a name or a duration.
const NUMBER_BEFORE = /\d[^\S\n]*$/u;
// "Trong năm 2024, các lực lượng đã xử phạt 87 vụ": a year opening a sentence of past results frames
// them; it is a date only when that sentence sets a plan ("Năm 2023, Long An đề ra mục tiêu …").
const SENTENCE_OPENING_BEFORE = re(
  String.raw`[.!?\n][^\S\n]*(?:Theo[^\S\n][^,.;:!?\n]{1,60},[^\S\n]*)?(?:(?:trong|cả|trong cả)[^\S\n]+)?$`,
);
const COMMA_AFTER = /^[^\S\n]*,/u;
// Past actions and reported outcomes ("đã ban hành", "kinh tế tiếp tục phục hồi và tăng trưởng khá").
const RESULT_MARKER = re(String.raw`(?<!\p{L})(?:đã|đạt|tăng trưởng|phục hồi)(?!\p{L})`);
// A law or ordinance named with its year ("Luật Đất đai năm 2024", "Bộ luật Lao động năm 2019").
const NAMED_ACT_BEFORE = re(
  String.raw`(?<!\p{L})(?:Luật|Bộ luật|Pháp lệnh)[^\S\n]+\p{Lu}\p{L}*(?:[^\S\n]+\p{L}+){0,5}[^\S\n]$`,
  'u',
);
const CAPITAL_WORD = re(String.raw`(?<!\p{L})(?:vốn|giải ngân)(?!\p{L})`);
const RESULT_TOPIC = re(String.raw`(?<!\p{L})(?:tình hình|kết quả)(?!\p{L})`, 'giu');
const PLAN_INTENT = re(
  String.raw`(?<!\p{L})(?:mục tiêu|kế hoạch|chỉ tiêu|phấn đấu|đề ra|dự kiến|dự toán|nhiệm vụ)(?!\p{L})`,
);
const REPORTING_PERIOD_BEFORE = re(
  String.raw`(?<!\p{L})\d{1,2}[^\S\n]+tháng(?:[^\S\n]+(?:đầu|cuối))?[^\S\n]+(?:(?:đầu|cuối)[^\S\n]+)?$`,
);
const HOLIDAY_BEFORE = re(
  String.raw`(?<!\p{L})(?:[Ll]ễ|dịp|[Tt]ết)[^\S\n]+(?:\d{1,2}[^\S\n]*/[^\S\n]*\d{1,2}[^\S\n]*,[^\S\n]*)?$`,
  'u',
);
const LUNAR_AFTER = re(String.raw`^[^\S\n]+âm lịch`);
const CLAUSE_END = /[.;:!?\n]/u;

/** Finds calendar references; `opts.year` completes dates written without a year. */
export function findDates(text: string, opts: ScanOptions): DateMention[] {
  const cores = collectCores(text);
  const found: DateMention[] = [];
  let lastEnd = -1;
  for (const core of cores) {
    const mention = readInContext(text, core, opts.year, lastEnd);
    if (mention === null) continue;
    found.push(mention);
    lastEnd = mention.end;
  }
  return found;
}

function collectCores(text: string): Core[] {
  const cores: Core[] = [];
  for (const m of text.matchAll(FULL_NUMERIC)) {
    const [day, month, year] = [Number(m[1]), Number(m[3]), Number(m[4])];
    if (!isValidDayMonth(day, month)) continue;
    cores.push(core(m, 'full', () => isoDate(year, month, day)));
  }
  for (const m of text.matchAll(SPELLED)) {
    const [day, month, written] = [Number(m[1]), Number(m[2]), m[3]];
    if (!isValidDayMonth(day, month)) continue;
    cores.push(core(m, 'full', (year) => isoDate(written === undefined ? year : Number(written), month, day)));
  }
  for (const m of text.matchAll(RANGE_START)) {
    const [day, month, year] = [Number(m[1]), Number(m[2]), Number(m[3])];
    if (!isValidDayMonth(day, month)) continue;
    cores.push(core(m, 'full', () => isoDate(year, month, day)));
  }
  for (const m of text.matchAll(DAY_MONTH)) {
    const [day, month] = [Number(m[1]), Number(m[3])];
    if (!isValidDayMonth(day, month)) continue;
    cores.push(core(m, 'dayMonth', (year) => isoDate(year, month, day)));
  }
  for (const m of text.matchAll(MONTH)) {
    const month = Number(m[1]);
    if (month < 1 || month > 12) continue;
    const written = m[2] ?? m[3];
    cores.push(core(m, 'month', (year) => isoDate(written ? Number(written) : year, month)));
  }
  for (const m of [...text.matchAll(QUARTER), ...text.matchAll(QUARTER_ABBREVIATED)]) {
    const quarter = parseQuarter(m[1]);
    if (quarter === null) continue;
    const written = m[2] ?? m[3];
    cores.push(
      core(m, 'quarter', (year) => {
        const y = written ? Number(written) : year;
        return y === null ? `--Q${quarter}` : `${y}-Q${quarter}`;
      }),
    );
  }
  for (const m of text.matchAll(HALF_YEAR)) {
    const half = m[1].toLowerCase() === 'đầu' ? 1 : 2;
    const written = m[2];
    cores.push(core(m, 'half', (year) => `${written ?? year ?? '--'}-H${half}`));
  }
  for (const m of text.matchAll(YEAR_END)) {
    cores.push(core(m, 'yearEnd', (year) => (year === null ? '--' : String(year))));
  }
  for (const m of text.matchAll(PLAN_YEAR)) {
    const year = Number(m[1]);
    cores.push({ ...core(m, 'year', () => String(year)), year });
  }
  // Earliest first, longest first at one start; overlapping shorter readings are dropped.
  cores.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Core[] = [];
  for (const c of cores) {
    const previous = kept[kept.length - 1];
    if (previous !== undefined && c.start < previous.end) continue;
    kept.push(c);
  }
  return kept;
}

function core(m: RegExpMatchArray, shape: Core['shape'], iso: Core['iso']): Core {
  const start = m.index ?? 0;
  return { start, end: start + m[0].length, shape, iso };
}

function readInContext(text: string, c: Core, year: number | null, lastEnd: number): DateMention | null {
  let start = c.start;
  const before = (from: number) => text.slice(Math.max(0, from - WINDOW), from);

  if (c.shape === 'full' || c.shape === 'dayMonth') {
    const day = DAY_WORD_BEFORE.exec(before(start));
    if (day !== null) start -= day[0].length;
    else if (c.shape === 'dayMonth' && !dayMonthInDateContext(text, c, lastEnd)) return null;
  } else {
    if (c.shape === 'month' && LUNAR_AFTER.test(text.slice(c.end, c.end + 12))) return null;
    if (c.shape === 'month' && NUMBER_BEFORE.test(before(start))) return null;
    if (
      c.shape === 'quarter' &&
      NAME_LIKE_QUARTER.test(text.slice(c.start, c.end)) &&
      GIVEN_NAME_BEFORE.test(before(start))
    )
      return null;
    const period = PERIOD_BEFORE.exec(before(start));
    if (period !== null) start -= period[0].length;
  }

  let deadline = false;
  const limit = LIMIT_BEFORE.exec(text.slice(Math.max(0, start - LIMIT_WINDOW), start));
  const within = limit === null ? WITHIN_BEFORE.exec(before(start)) : null;
  let clock: string | null = null;
  if (limit !== null) {
    start -= limit[0].length;
    deadline = true;
    clock = clockTime(limit[0]);
  } else if (within !== null && c.shape !== 'full' && c.shape !== 'dayMonth') {
    const limitWord = LIMIT_BEFORE_WITHIN.exec(before(start - within[0].length));
    if (limitWord !== null || boundsATask(text, start - within[0].length)) {
      start -= within[0].length + (limitWord?.[0].length ?? 0);
      deadline = true;
    }
  }

  // "05 tháng đầu năm 2023", "9 tháng năm 2025": a reporting period (guide, Readings · Dates).
  if (!deadline && c.shape === 'year' && REPORTING_PERIOD_BEFORE.test(before(c.start))) return null;
  // "Lễ 30/4, 01/5/2023", "dịp 2/9": named holidays are not dates.
  if (!deadline && (c.shape === 'full' || c.shape === 'dayMonth') && HOLIDAY_BEFORE.test(before(start))) return null;
  // A month or quarter that a report covers (after "đánh giá", "kết quả", "báo cáo", "rà soát")
  // is a reporting period; one that a plan word follows ("… kế hoạch tháng 5") is a date.
  // "Tháng 4, các đơn vị đã hoàn thành …": a month opening a sentence of results frames them.
  // Written with its year ("tình hình tháng 7/2023", "Trong quý I/2021, …") it stays a date, as
  // the seeds' convention has it.
  if (
    !deadline &&
    (c.shape === 'month' || c.shape === 'quarter') &&
    !/\d{4}/u.test(text.slice(c.start, c.end)) &&
    (reportsOnPeriod(text, start) || framesPastResults(text, start, c.end))
  )
    return null;
  // "Kỳ thi tốt nghiệp THPT năm 2023", "Giải bóng đá … năm 2024": the year names an event (its
  // name capitalised, as names are).
  if (
    !deadline &&
    c.shape === 'year' &&
    EVENT_NAME_BEFORE.test(text.slice(Math.max(0, c.start - CLAUSE_WINDOW), c.start))
  )
    return null;
  // A reporting period, or a year end without its year, is a date only as a deadline.
  const iso = c.iso(year);
  if ((c.shape === 'half' || c.shape === 'yearEnd') && (!deadline || iso.startsWith('--'))) return null;
  // "đến cuối năm 2025" is a point in time; "đến năm 2030" a horizon.
  const isPeriod = c.shape === 'year' && PERIOD_BEFORE.test(before(c.start));
  if (
    c.shape === 'year' &&
    !deadline &&
    (!isPlanYear(text, start, c.year ?? 0, year, isPeriod) || framesPastResults(text, start, c.end))
  ) {
    return null;
  }
  // "trước 16 giờ, ngày 3/4/2025" → "2025-04-03T16:00" (guide, Readings · Dates).
  const timed = clock !== null && /^\d{4}-\d{2}-\d{2}$/u.test(iso) ? `${iso}T${clock}` : iso;
  return { text: text.slice(start, c.end), start, end: c.end, iso: timed, deadline };
}

const CLOCK_PARTS = re(
  String.raw`(\d{1,2})[^\S\n]*(?:giờ|h)(?:[^\S\n]*(\d{1,2}))?(?:[^\S\n]*phút)?(?:[^\S\n]+(sáng|chiều|tối|trưa|đêm))?`,
);

/** "16 giờ", "16h00", "4 giờ 30 phút chiều" in a limit → "16:00", "16:30"; null when none or not a time. */
function clockTime(limit: string): string | null {
  const parts = CLOCK_PARTS.exec(limit);
  if (parts === null) return null;
  let hour = Number(parts[1]);
  const minute = parts[2] === undefined ? 0 : Number(parts[2]);
  if ((parts[3] === 'chiều' || parts[3] === 'tối') && hour < 12) hour += 12;
  if (hour > 23 || minute > 59) return null;
  return `${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`;
}

/** A day/month without year or "ngày" is a date after a time of day, a preposition, in "(4/8)", or continuing a list of dates. */
function dayMonthInDateContext(text: string, c: Core, lastEnd: number): boolean {
  const window = text.slice(Math.max(0, c.start - WINDOW), c.start);
  const slashed = text.slice(c.start, c.end).includes('/');
  if (TIME_OF_DAY_BEFORE.test(window)) return true;
  if (OPEN_PAREN_BEFORE.test(window) && CLOSE_PAREN_AFTER.test(text.slice(c.end, c.end + 4))) return true;
  if (slashed && PREPOSITION_BEFORE.test(window)) return true;
  const join = LIST_JOIN_BEFORE.exec(window);
  return lastEnd >= 0 && join !== null && c.start - join[0].length <= lastEnd;
}

function boundsATask(text: string, withinStart: number): boolean {
  const window = text.slice(Math.max(0, withinStart - TASK_WINDOW), withinStart);
  if (TIME_LIMIT_LABEL.test(window)) return true;
  const clauseStart = lastIndexOf(window, CLAUSE_END) + 1;
  const clause = window.slice(clauseStart);
  if (COMPLETION_VERB.test(clause)) return true;
  // "yêu cầu các xã báo cáo kết quả trong tháng 10/2025", "các xã phải gửi hồ sơ … trong quý
  // III": a delivery that was instructed is due within the period. A period that only frames
  // the work ("cần tập trung … trong tháng 8", seeds' conventions) is not a limit.
  const instructed = INSTRUCTED.exec(clause);
  if (instructed === null) return false;
  const asked = clause.slice(instructed.index);
  return DELIVERY_VERB.test(asked) && !PAST_AFTER.test(asked);
}

function isPlanYear(
  text: string,
  start: number,
  written: number,
  articleYear: number | null,
  isPeriod: boolean,
): boolean {
  const baseline = YEAR_BASELINE_BEFORE.exec(text.slice(Math.max(0, start - WINDOW), start));
  if (baseline !== null && !(isPeriod && /^(?:đến|tới)\s/u.test(baseline[0]))) return false;
  const window = text.slice(Math.max(0, start - CLAUSE_WINDOW), start);
  const clause = window.slice(lastIndexOf(window, CLAUSE_END) + 1);
  // "Luật Đất đai năm 2024" names a law; "tình hình kinh tế - xã hội năm 2024" frames results.
  if (NAMED_ACT_BEFORE.test(clause) || framesResultTopic(clause)) return false;
  if (articleYear === null || written >= articleYear) return true;
  return PLAN_WORD.test(clause);
}

// What a report covers, and what sets a plan after it, for months and quarters.
// "Theo báo cáo của …" names a source, not what is reported on.
const REPORT_TOPIC = re(String.raw`(?<!\p{L})(?<![Tt]heo[^\S\n]+)(?:kết quả|đánh giá|báo cáo|rà soát)(?!\p{L})`, 'giu');
const PLAN_AFTER_REPORT = re(
  String.raw`(?<!\p{L})(?:phương hướng|triển khai|nhiệm vụ trọng tâm|kế hoạch|mục tiêu|chỉ tiêu|đề ra|phấn đấu|dự kiến)(?!\p{L})`,
);
const EVENT_NAME_BEFORE = re(
  String.raw`(?<!\p{L})(?:Kỳ thi|Giải|Hội thi|Hội diễn|Lễ hội|Hội chợ|Cuộc thi|Tuần lễ|Hội khỏe Phù Đổng)(?:[^\S\n]+[\p{L}\p{N}]+){0,6}[^\S\n]+$`,
  'u',
);

/** The clause before a month or quarter names a report on it, no plan word after the report's topic. */
function reportsOnPeriod(text: string, start: number): boolean {
  const window = text.slice(Math.max(0, start - CLAUSE_WINDOW), start);
  const clause = window.slice(lastIndexOf(window, CLAUSE_END) + 1);
  const topic = lastMatch(clause, REPORT_TOPIC);
  return topic >= 0 && !PLAN_AFTER_REPORT.test(clause.slice(topic));
}

/** The clause before a year names the results of that year ("tình hình …", "kết quả …"), no plan after them. */
function framesResultTopic(clause: string): boolean {
  const topic = lastMatch(clause, RESULT_TOPIC);
  // "tình hình giải ngân vốn đầu tư công năm 2025": the year of the capital is a budget year.
  return topic >= 0 && !PLAN_WORD.test(clause.slice(topic)) && !CAPITAL_WORD.test(clause.slice(topic));
}

function lastMatch(s: string, pattern: RegExp): number {
  let last = -1;
  for (const m of s.matchAll(pattern)) last = m.index;
  return last;
}

function framesPastResults(text: string, start: number, end: number): boolean {
  if (!COMMA_AFTER.test(text.slice(end, end + 4))) return false;
  // The text's start counts as a sentence start; a source may come first ("Theo báo cáo của UBND tỉnh, năm 2024, …").
  const reach = WINDOW + CLAUSE_WINDOW;
  const opening = start <= reach ? `\n${text.slice(0, start)}` : text.slice(start - reach, start);
  if (!SENTENCE_OPENING_BEFORE.test(opening)) return false;
  const rest = text.slice(end, end + 2 * CLAUSE_WINDOW);
  const stop = firstIndexOf(rest, CLAUSE_END);
  const sentence = stop < 0 ? rest : rest.slice(0, stop);
  return RESULT_MARKER.test(sentence) && !PLAN_INTENT.test(sentence);
}

function firstIndexOf(s: string, pattern: RegExp): number {
  for (let i = 0; i < s.length; i += 1) if (pattern.test(s[i])) return i;
  return -1;
}

function lastIndexOf(s: string, pattern: RegExp): number {
  for (let i = s.length - 1; i >= 0; i -= 1) if (pattern.test(s[i])) return i;
  return -1;
}
