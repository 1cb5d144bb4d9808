// Dates as the reader writes them: dd/mm/yyyy in Vietnamese, "15 Jan 2023" in (British) English.
// Stored dates are ISO strings as precise as the article was (a day, a month, a quarter or a
// year); a deadline of a period is shown as that period with the day it ends, since that is when
// it falls due (model/deadline.ts).
import { deadlineEnd } from '../model/deadline';
import type { Lang } from './lang';

const EN_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const ROMAN_QUARTERS = ['I', 'II', 'III', 'IV'];
// A day may carry the clock time of its deadline ("trước 16 giờ, ngày 3/4/2025" → "2025-04-03T16:00").
const ISO_PARTS = /^(\d{4})(?:-(?:(\d{2})(?:-(\d{2})(?:T(\d{2}:\d{2}))?)?|Q([1-4])|H([12])))?$/;

/** An ISO date of any precision in the reader's form ("15/01/2023", "tháng 8/2023", "Q2 2021", "6 tháng đầu năm 2024"). */
export function formatDate(iso: string, lang: Lang): string {
  const match = ISO_PARTS.exec(iso);
  if (!match) return iso;
  const [, year, month, day, time, quarter, half] = match;
  if (time)
    return lang === 'vi'
      ? `${time} ngày ${day}/${month}/${year}`
      : `${time}, ${Number(day)} ${EN_MONTHS[Number(month) - 1]} ${year}`;
  if (half) return lang === 'vi' ? `${half === '1' ? '6 tháng đầu' : '6 tháng cuối'} năm ${year}` : `H${half} ${year}`;
  if (quarter) return lang === 'vi' ? `quý ${ROMAN_QUARTERS[Number(quarter) - 1]}/${year}` : `Q${quarter} ${year}`;
  if (day) return lang === 'vi' ? `${day}/${month}/${year}` : `${Number(day)} ${EN_MONTHS[Number(month) - 1]} ${year}`;
  if (month) return lang === 'vi' ? `tháng ${Number(month)}/${year}` : `${EN_MONTHS[Number(month) - 1]} ${year}`;
  return lang === 'vi' ? `năm ${year}` : year;
}

/** A deadline: a day as it is, a period with the day it ends ("năm 2023 (đến hết 31/12/2023)"). */
export function formatDeadline(iso: string, lang: Lang): string {
  const end = deadlineEnd(iso);
  if (end === null || end === iso.slice(0, 10)) return formatDate(iso, lang);
  return lang === 'vi'
    ? `${formatDate(iso, lang)} (đến hết ${formatDate(end, lang)})`
    : `${formatDate(iso, lang)} (by ${formatDate(end, lang)})`;
}
