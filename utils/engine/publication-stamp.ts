// Publication stamps: the date lines portals print under the headline (numbers-dates.md §5.2,
// portals.md §2). They give `article.published` and are page furniture, never article dates.

export interface Stamp {
  /** ISO date (YYYY-MM-DD). */
  iso: string;
}

const DAY_NAME = String.raw`(?:(?:Thứ\s+(?:Hai|Ba|Tư|Năm|Sáu|Bảy|2|3|4|5|6|7))|Chủ\s+[Nn]hật|CN)`;
const DMY = String.raw`(\d{1,2})\s*[/.\-–]\s*(\d{1,2})\s*[/.\-–]\s*(\d{4})`;
const TIME = String.raw`\d{1,2}\s*[:hg]\s*\d{2}(?:\s*:\s*\d{2})?(?:\s*(?:SA|CH|AM|PM|am|pm))?`;
const ZONE = String.raw`(?:\s*[\[(]?\s*GMT\s*\+\s*7\s*[\])]?)`;
const LEAD_WORDS = String.raw`(?:Đăng\s+ngày|Ngày\s+đăng|Ngày\s+cập\s+nhật|Cập\s+nhật(?:\s+lúc)?|Gửi\s+lúc|Đăng\s+lúc|Xuất\s+bản|Ngày|Publish(?:ed)?\s+(?:date|on))\s*:?\s*`;
// "; 253 lần đọc", "| Lượt xem: 642", "| View count: 52", "| In bài này": counters and tools printed after the stamp;
// "- Lượt xem: 87" (a dash before the counter) on district portals.
const TAIL_WORDS = String.raw`(?:\s*[;|,\-–]\s*\d[\d.]*\s*lần\s+(?:đọc|xem)|\s*[;|,\-–]\s*(?:Lượt\s+(?:xem|đọc|truy\s+cập)|View\s+count|Views?)\s*:?\s*\d[\d.]*|\s*\|?\s*In\s+bài\s+này)?`;

// One whole line that is nothing but a stamp, in any of the shapes seen on portals.
const STAMP_LINE = new RegExp(
  String.raw`^\s*(?:` +
    [
      // "Đăng ngày 22 - 12 - 2022", "Đăng ngày: 02-12-2019; 253 lần đọc", "Gửi lúc: 05/12/2013 15:42:27"
      String.raw`${LEAD_WORDS}${DMY}(?:\s*[,\-–|]?\s*${TIME})?`,
      // "Cập nhật lúc: 15:11, 31/10/2015 [GMT+7]": the lead words, then the time before the day.
      String.raw`${LEAD_WORDS}${TIME}\s*[,\-–|]?\s*(?:ngày\s*)?${DMY}`,
      // "Thứ Sáu, 09/04/2021, 07:04 [GMT+7]", "Thứ sáu: 15:00 ngày 09/02/2024", "Thứ Năm, 30-01-2020, 00:24 (GMT+7)"
      String.raw`${DAY_NAME}\s*[,:]?\s*(?:${TIME}\s*(?:ngày\s*)?)?${DMY}(?:\s*[,\-–|]?\s*${TIME})?`,
      // "06/01/2023 - 15:10", "22/09/2022 15:15", "03/10/2022 16:23:54", "21/12/2022"
      String.raw`${DMY}(?:\s*[,\-–|]?\s*${TIME})?`,
      // "08:37 - 10/10/2024", "16:19 | 13/08/2020", "18:53, 31/07/2023"
      String.raw`${TIME}\s*[,\-–|]?\s*(?:ngày\s*)?${DMY}`,
    ].join('|') +
    String.raw`)${ZONE}?${TAIL_WORDS}\s*$`,
  'iu',
);

// "VĂN HÀO - TRẦN HỮU 30/04/2016 11:39": an upper-case byline followed by the stamp.
const BYLINE_STAMP = new RegExp(String.raw`^\s*[\p{Lu}\s.\-–]{3,60}?\s${DMY}\s+${TIME}\s*$`, 'u');

function toIso(day: string, month: string, year: string): string | null {
  const d = Number(day);
  const m = Number(month);
  const y = Number(year);
  if (m < 1 || m > 12 || d < 1 || d > 31 || y < 1990 || y > 2100) return null;
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** The stamp a line consists of, or null when the line is anything else. */
export function readStampLine(line: string): Stamp | null {
  if (line.length > 120) return null;
  const match = STAMP_LINE.exec(line) ?? BYLINE_STAMP.exec(line);
  if (!match) return null;
  // Each alternative has its own day/month/year groups: the matched one is the filled triple.
  const groups = match.slice(1);
  const first = groups.findIndex((g) => g !== undefined);
  if (first < 0) return null;
  const iso = toIso(groups[first], groups[first + 1], groups[first + 2]);
  return iso ? { iso } : null;
}

/** ISO date from a meta value ("2023-01-06T15:10:00+07:00", "2023-01-06", "06/01/2023"). */
export function isoFromMetaDate(value: string): string | null {
  const iso = /^(\d{4})-(\d{2})-(\d{2})/.exec(value.trim());
  if (iso) return toIso(iso[3], iso[2], iso[1]);
  const dmy = new RegExp(DMY).exec(value);
  return dmy ? toIso(dmy[1], dmy[2], dmy[3]) : null;
}
