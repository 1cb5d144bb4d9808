// Vietnamese number shapes: "." groups thousands (from 4 digits on), "," is the decimal mark
// (also before exactly 3 digits: "5.171,344"). A dot before 1–2 digits is a date or a name
// ("ngày 4.3", "4.0"), never grouping, so the shapes below do not accept it.

/** Regex source of one Vietnamese number: "1.300", "14,74", "1.573,1", "10.000.000", "09". */
export const VI_NUMBER = String.raw`(?:\d{1,3}(?:\.\d{3})+|\d+)(?:,\d+)?`;

/** "1.300" → 1300, "14,74" → 14.74, "09" → 9; NaN when the text is not one Vietnamese number. */
export function parseViNumber(written: string): number {
  if (!WHOLE_VI_NUMBER.test(written)) return Number.NaN;
  return Number(written.replace(/\./g, '').replace(',', '.'));
}

const WHOLE_VI_NUMBER = new RegExp(`^${VI_NUMBER}$`, 'u');

const ROMAN_VALUES: Readonly<Record<string, number>> = { I: 1, II: 2, III: 3, IV: 4 };

/** Quarter numerals as written after "quý": "I".."IV" or "1".."4"; null otherwise. */
export function parseQuarter(written: string): number | null {
  const value = ROMAN_VALUES[written.toUpperCase()] ?? Number(written);
  return Number.isInteger(value) && value >= 1 && value <= 4 ? value : null;
}

/** True for day/month pairs that exist in some year (29/2 included). */
export function isValidDayMonth(day: number, month: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= DAYS_IN_MONTH[month - 1];
}

const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** ISO date or partial date: year null → "--MM-DD" / "--MM" (ISO 8601 without year). */
export function isoDate(year: number | null, month: number, day?: number): string {
  const mm = String(month).padStart(2, '0');
  const dd = day === undefined ? '' : `-${String(day).padStart(2, '0')}`;
  return year === null ? `--${mm}${dd}` : `${year}-${mm}${dd}`;
}
