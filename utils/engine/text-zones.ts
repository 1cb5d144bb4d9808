// The article zones of a page's text: which lines are the article (headline, body, captions)
// and which are page furniture (language switch, stamps, font control, view counters, menus,
// "Tin mới nhất" lists, polls, share links, bylines). Furniture is never labeled
// (seeds/README.md, portals.md §2), so findings outside the zones are dropped.

import { readStampLine } from './publication-stamp.ts';
import type { TextRange } from './sentences.ts';

export interface Line extends TextRange {
  /** Trimmed line text. */
  text: string;
}

export interface PageLayout {
  /** Content lines (paragraphs) in text order; the headline is the first when found. */
  paragraphs: Line[];
  title: Line | null;
  /** ISO date of the first publication stamp outside the tail lists. */
  published: string | null;
  /** Number of furniture lines that look like a list of other articles (teaser + date). */
  teaserLines: number;
  /** Date lines (stamps) before any tail list: one per article, one per teaser on a listing. */
  stampLines: number;
}

const FURNITURE_LINE = new RegExp(
  [
    String.raw`^(?:Tiếng Việt|Vietnamese)(?:\s*[|/]\s*[^|/]{1,15})+$`,
    // Breadcrumbs: "Trang chủ > Tin tức - Sự kiện > Chỉ đạo điều hành", "Tin tức » Thời sự".
    String.raw`^[^.!?:]{1,80}(?:\s[»>›]\s[^.!?:]{1,80})+$`,
    // Site banners above the headline.
    String.raw`^(?:CỔNG THÔNG TIN|Cổng [Tt]hông tin|TRANG THÔNG TIN|Trang [Tt]hông tin|BÁO ĐIỆN TỬ|Báo điện tử|BÁO [\p{Lu}\s\-–]+$).{0,120}$`,
    String.raw`^(?:English|Tiếng Việt|EN|VI)$`,
    String.raw`^\d{2,3}\s*%$`,
    String.raw`^(?:A\s*[-+]\s*){1,3}$`,
    String.raw`^Lượt\s+(?:xem|đọc|truy\s+cập)\s*:?\s*[\d.,]+.*$`,
    String.raw`^[\d.,]+\s+(?:lượt|lần)\s+(?:xem|đọc)$`,
    String.raw`^[\d.,]+\s+người\s+(?:đã\s+bình\s+chọn|đang\s+online|đang\s+truy\s+cập)$`,
    String.raw`^(?:Đang\s+)?(?:Online|Trực\s+tuyến|Thống\s+kê|Tổng\s+(?:lượt\s+)?truy\s+cập|Hôm\s+nay|Hôm\s+qua)\s*:?\s*[\d.,]*$`,
    String.raw`^(?:Chia\s+sẻ(?:\s+bài\s+viết)?|In\s+bài(?:\s+này)?|Bản\s+in|Gửi\s+email|Lưu\s+bài|Quay\s+lại|Về\s+đầu\s+trang|Đầu\s+trang|Xem\s+tiếp\s*»?|Xem\s+thêm|Đọc\s+báo\s+in|Tải\s+ứng\s+dụng|Bình\s+luận|Ý\s+kiến\s+bạn\s+đọc|Gửi\s+ý\s+kiến|Từ\s+khóa\s*:.*|Tags?\s*:.*|Thẻ\s*:.*|Nguồn\s*:.*|Facebook|Twitter|Zalo|Email|Print|Copy\s+link)$`,
    String.raw`^Đánh\s+giá\s+của\s+bạn.*$`,
    String.raw`^Theo\s+dõi\s+.{0,40}\s+trên\s+google\s+news$`,
    String.raw`^Skip\s+(?:Ribbon\s+Commands|to\s+main\s+content|Navigation\s+Links)$`,
    String.raw`^(?:Trang\s+chủ|Home)(?:\s*[>»/|]\s*.{0,60})*$`,
    String.raw`^[^\p{L}\p{N}]*$`,
    String.raw`^Cỡ\s+chữ.*$`,
  ].join('|'),
  'iu',
);

// Headings that open the page's lists of other articles; what follows them is furniture
// until a line long enough to be prose again.
const TAIL_HEADING =
  /^(?:Tin\s+(?:mới\s+nhất|mới|khác|liên\s+quan|cùng\s+chuyên\s+mục|đã\s+đưa|nổi\s+bật|đọc\s+nhiều|xem\s+nhiều)|Các\s+tin\s+(?:khác|đã\s+đưa(?:\s+ngày)?|mới)|Bài\s+(?:viết\s+)?(?:liên\s+quan|khác|cùng\s+chuyên\s+mục)|Xem\s+thêm|Đọc\s+thêm|Chỉ\s+đạo\s+điều\s+hành|Văn\s+bản\s+mới|Thông\s+báo|Liên\s+kết\s+website|Ý\s+kiến\s+bạn\s+đọc)\s*:?$/iu;

// "Tiêu đề bài…(25/02/2024 3:09 CH)": an item of a list of other articles.
const TEASER_DATE = /\(?\s*\d{1,2}\/\d{1,2}\/\d{4}(?:\s+\d{1,2}:\d{2}(?:\s*(?:SA|CH))?)?\s*\)?\s*$/u;
const PROSE_LENGTH = 250;
const WORD = /[\p{L}\p{N}]+/gu;

function wordCount(s: string): number {
  return s.match(WORD)?.length ?? 0;
}

/** Split text into trimmed non-empty lines with their offsets. */
export function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i === text.length || text[i] === '\n') {
      let s = start;
      let e = i;
      while (s < e && /\s/u.test(text[s])) s++;
      while (e > s && /\s/u.test(text[e - 1])) e--;
      if (e > s) lines.push({ start: s, end: e, text: text.slice(s, e) });
      start = i + 1;
    }
  }
  return lines;
}

// A signature closing the article: a few capitalised words, no sentence punctuation
// ("Thanh Bình", "Châu Sơn - Hoàng Tuân", "VĂN HÀO - TRẦN HỮU", "Lê Văn (TTXVN)").
function isByline(line: string): boolean {
  if (line.length > 60 || /[.:;!?"“”]$/.test(line) || /\d/.test(line)) return false;
  const words = line.replace(/\([^)]*\)/g, ' ').match(/[\p{L}]+/gu) ?? [];
  return words.length >= 1 && words.length <= 7 && words.every((w) => /^\p{Lu}/u.test(w));
}

/**
 * Read the layout of whole-page text. `articleOnly` (text that Readability already cut to
 * the article) still drops stamp and furniture lines but keeps every other line.
 */
export function readLayout(text: string, articleOnly = false): PageLayout {
  const lines = splitLines(text);
  const kept: Line[] = [];
  let published: string | null = null;
  let inTail = false;
  let seenProse = false;
  let teaserLines = 0;
  let stampLines = 0;
  // Lines kept before the first stamp: the headline sits right before or right after it.
  let keptBeforeStamp = -1;

  for (const line of lines) {
    const stamp = readStampLine(line.text);
    if (stamp) {
      if (!inTail) stampLines++;
      if (!inTail && published === null) {
        published = stamp.iso;
        keptBeforeStamp = kept.length;
      }
      continue;
    }
    if (FURNITURE_LINE.test(line.text)) {
      const sent = /Gửi\s+lúc\s*:\s*(.+)$/iu.exec(line.text);
      const inner = sent ? readStampLine(sent[1]) : null;
      if (inner && published === null) published = inner.iso;
      continue;
    }
    // Before the body has begun such a heading is a menu or sidebar title, not the tail.
    if (TAIL_HEADING.test(line.text) && seenProse) {
      inTail = true;
      continue;
    }
    if (TEASER_DATE.test(line.text) && line.text.length < PROSE_LENGTH && wordCount(line.text) > 3) {
      teaserLines++;
      if (!articleOnly || inTail) continue;
    }
    if (inTail) {
      if (line.text.length < PROSE_LENGTH) continue;
      inTail = false;
    }
    if (line.text.length >= PROSE_LENGTH) seenProse = true;
    kept.push(line);
  }

  // Trailing signature(s) of the article end its body.
  while (kept.length > 1 && isByline(kept[kept.length - 1].text)) kept.pop();
  if (articleOnly) return { paragraphs: kept, title: null, published, teaserLines, stampLines };

  // Menus and breadcrumbs before the headline are short items; the headline has some words
  // and, on pages with a stamp, sits next to it.
  const isHeadline = (l: Line | undefined): boolean =>
    l !== undefined && wordCount(l.text) >= 4 && l.text.length <= 400;
  let titleIndex = kept.findIndex(isHeadline);
  if (keptBeforeStamp > 0 && isHeadline(kept[keptBeforeStamp - 1])) titleIndex = keptBeforeStamp - 1;
  else if (
    keptBeforeStamp >= 0 &&
    isHeadline(kept[keptBeforeStamp]) &&
    kept[keptBeforeStamp].text.length < PROSE_LENGTH
  )
    titleIndex = keptBeforeStamp;
  const paragraphs = titleIndex > 0 ? kept.slice(titleIndex) : kept;
  const title = titleIndex >= 0 && kept[titleIndex].text.length <= 400 ? kept[titleIndex] : null;
  return { paragraphs, title, published, teaserLines, stampLines };
}
