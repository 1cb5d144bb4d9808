// The page as a whole: is it one government news article (labeling guide "article"), which
// province, when published, which headline, and which parts of the text are the article
// (zones) rather than page furniture. Works on whole-page text (the seeds) and on text that
// Readability already cut to the article.

import type { ArticleInfo } from './types.ts';
import { provinceFromHost, provinceFromPage } from './province-lookup.ts';
import { isoFromMetaDate } from './publication-stamp.ts';
import type { TextRange } from './sentences.ts';
import { readLayout, type Line } from './text-zones.ts';

export interface ArticleContext {
  url?: string | null;
  /** Headline from page metadata (og:title, h1) when known. */
  title?: string | null;
  /** Publication date from page metadata (meta tags, stamps found in the DOM). */
  published?: string | null;
  /** The text is only the article (Readability output): no headline search, no menus. */
  articleOnly?: boolean;
}

// Classification and province read a sample from the top of the article: the cues are
// there, and the cost stays flat however long the page.
const SAMPLE_CHARS = 30_000;

export interface ArticleReading {
  info: ArticleInfo;
  /** Paragraphs of the article (headline, body, captions): findings outside are furniture. */
  zones: Line[];
  /** Year a day or month without a year belongs to. */
  year: number | null;
  /** Where the headline was read in the text (null when it came from metadata or was not found). */
  titleSpan: TextRange | null;
}

// Government and party vocabulary (directives.md §1–3): the subject matter of the articles
// GovMark is for. Counted per 1000 characters of article text.
const GOVERNMENT_TERMS =
  /(?<![\p{L}])(?:UBND|Ủy ban nhân dân|HĐND|Hội đồng nhân dân|Tỉnh ủy|Thành ủy|Huyện ủy|Đảng bộ|Chính phủ|Thủ tướng|Quốc hội|Bí thư|Chủ tịch|Phó Chủ tịch|sở, ngành|sở, ban, ngành|Sở [A-ZĐ]\p{L}*|chỉ đạo|hội nghị|phiên họp|kỳ họp|nghị quyết|Nghị quyết|Quyết định|kế hoạch|cán bộ|đảng viên|chính quyền|ngân sách|đầu tư công|cải cách hành chính|kinh tế - xã hội|kinh tế-xã hội|KT-XH|quốc phòng|an ninh|MTTQ|Mặt trận|đại biểu|cử tri|Bộ [A-ZĐ]\p{L}*|ngành y tế|Trung tâm Y tế|Trung tâm Kiểm soát bệnh tật|CDC|cơ quan chức năng|lực lượng chức năng|ngành chức năng|Công an|Ban Chỉ đạo|Ban Thường vụ|Thường trực|cấp ủy|Tỉnh đoàn|Huyện đoàn|Đoàn Thanh niên|UBMTTQ|Ủy ban MTTQ)(?![\p{L}])/gu;
const VIETNAMESE_LETTERS = /[ăâđêôơưàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ]/giu;
const SEARCH_PAGE = /(?:Kết quả tìm kiếm|Tìm thấy\s+[\d.]+\s+kết quả|Không tìm thấy kết quả|Từ khóa tìm kiếm)/iu;
const DOCUMENT_PAGE = [
  /CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM/u,
  /Độc lập\s*[-–]\s*Tự do\s*[-–]\s*Hạnh phúc/u,
  /^\s*(?:QUYẾT ĐỊNH|NGHỊ QUYẾT|CHỈ THỊ|KẾ HOẠCH|THÔNG BÁO)\s*:?\s*$/mu,
  /^\s*Căn cứ\s/mu,
  /^\s*Nơi nhận\s*:/mu,
];
const DIGEST_TITLE = /^Điểm báo/iu;
// A news lead's dateline: "Sáng 5/4, …", "Chiều ngày 12/3/2024, …", "Ngày 4/8, …".
const DATELINE =
  /^(?:\([^)]{1,12}\)\s*[-–]\s*)?(?:Sáng|Trưa|Chiều|Tối|Đêm|Ngày|Sáng nay|Chiều nay|Tối nay)(?:\s+ngày)?\s+(?:\(\s*)?\d{1,2}\s*[/-]\s*\d{1,2}(?:\s*[/-]\s*\d{4})?\s*\)?\s*,/u;
const LISTING_URL =
  /(?:\/tag\/|\/tags\/|-ptag\.html|\.tag(?:$|[?#])|[?&](?:page|CategoryId|Cat|_cur|keyword|q|search)=|TongQuat\.aspx|\/tin-tuc-su-kien\.aspx|\/tim-kiem|\/search|\/chuyen-muc\/|\/rss\/)/iu;
const HOME_PATH =
  /^\/(?:(?:index|default|trang-chu|home)(?:\.\w+)?|Trang\/default\.aspx|Pages\/Default\.aspx|portal\/?|vi\/?|[\w-]+\/Pages\/Default\.aspx)?$/iu;
const ENGLISH_PATH = /\/(?:en|english)(?:\/|$)/iu;
const PRESS_HOST = /(?:\.gov\.vn|\.dcs\.vn|\.org\.vn)$|^(?:www\.)?bao[\w-]+\.(?:vn|com\.vn|org\.vn|info\.vn)$/u;

const YEAR_IN_DATE =
  /(?<!\d)(?:\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*|(?:tháng|quý)\s+[\dIVX]{1,4}\s*(?:[/-]|năm)\s*|năm\s+)((?:19|20)\d{2})(?!\d)/giu;

const BASELINE_BEFORE = /(?:so với|cùng kỳ|so)\s*$/u;

/** Year of the article for dates written without one: the stamp's, else the commonest in its dates. */
export function articleYear(text: string, zones: readonly TextRange[], published: string | null): number | null {
  if (published) return Number(published.slice(0, 4));
  const counts = new Map<number, { count: number; first: number }>();
  for (const zone of zones) {
    const zoneText = text.slice(zone.start, zone.end);
    for (const match of zoneText.matchAll(YEAR_IN_DATE)) {
      // "so với cùng kỳ năm 2023": a comparison baseline never decides the article's year.
      if (BASELINE_BEFORE.test(zoneText.slice(Math.max(0, match.index - 24), match.index))) continue;
      const year = Number(match[1]);
      const entry = counts.get(year) ?? { count: 0, first: zone.start + match.index };
      entry.count++;
      counts.set(year, entry);
    }
  }
  let best: number | null = null;
  let bestEntry = { count: 0, first: Infinity };
  for (const [year, entry] of counts) {
    if (entry.count > bestEntry.count || (entry.count === bestEntry.count && entry.first < bestEntry.first)) {
      best = year;
      bestEntry = entry;
    }
  }
  return best;
}

function hostAndPath(url: string | null | undefined): { host: string; path: string } | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    // A saved file's address (file:, about:) tells nothing about the site.
    if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return null;
    return { host: parsed.hostname.toLowerCase(), path: parsed.pathname + parsed.search };
  } catch {
    return null;
  }
}

function verdict(
  isArticle: boolean,
  confidence: number,
  reason: string,
): Pick<ArticleInfo, 'isArticle' | 'confidence' | 'reason'> {
  return { isArticle, confidence: Math.round(Math.min(0.99, Math.max(0.5, confidence)) * 100) / 100, reason };
}

function classify(
  text: string,
  zones: readonly Line[],
  title: string | null,
  teaserLines: number,
  stampLines: number,
  url: ReturnType<typeof hostAndPath>,
): Pick<ArticleInfo, 'isArticle' | 'confidence' | 'reason'> {
  const body = zones
    .map((z) => z.text)
    .join('\n')
    .slice(0, SAMPLE_CHARS);
  const letters = body.match(/\p{L}/gu)?.length ?? 0;
  const vietnamese = body.match(VIETNAMESE_LETTERS)?.length ?? 0;
  if (letters > 200 && vietnamese / letters < 0.05) return verdict(false, 0.9, 'not a Vietnamese article');
  if (url && ENGLISH_PATH.test(url.path)) return verdict(false, 0.85, 'English page');
  if (url && !PRESS_HOST.test(url.host) && provinceFromHost(url.host) === null && url.host !== 'localhost') {
    return verdict(false, 0.8, 'not a government or provincial news site');
  }
  if (url && HOME_PATH.test(url.path)) return verdict(false, 0.9, 'home page');
  if (url && LISTING_URL.test(url.path)) return verdict(false, 0.85, 'listing page');
  const page = text.slice(0, SAMPLE_CHARS);
  if (SEARCH_PAGE.test(page)) return verdict(false, 0.85, 'search results');
  if (title && DIGEST_TITLE.test(title)) return verdict(false, 0.8, 'press digest');
  if (DOCUMENT_PAGE.filter((re) => re.test(page)).length >= 3) return verdict(false, 0.8, 'document page');

  const prose = zones.filter((z) => z.text.length >= 150);
  if (teaserLines >= 5 && teaserLines >= prose.length * 2) return verdict(false, 0.85, 'listing page');
  // Teasers of a listing each print their date on a line of its own; an article has one stamp.
  if (stampLines >= 3) return verdict(false, 0.85, 'listing page');
  // A listing's unit is the repeated teaser, each lead opening on its own dateline ("Sáng 5/4,
  // …"); an article has one dateline, in its lead (guide, Readings · Article).
  const paragraphs = zones.filter((z) => z.text.length >= 100);
  const datelined = paragraphs.filter((z) => DATELINE.test(z.text)).length;
  if (datelined >= 2 && datelined * 2 > paragraphs.length) return verdict(false, 0.8, 'listing page');
  // No length floor: a short notice is an article; only a page without a sentence is not.
  if (!zones.some((z) => /\p{L}{2,}[^.!?]*[.!?:]/u.test(z.text) && z.text.length >= 60))
    return verdict(false, 0.7, 'too little article text');
  const terms = body.match(GOVERNMENT_TERMS)?.length ?? 0;
  const density = (terms * 1000) / Math.max(1, body.length);
  // Articles on other subjects name no public body or procedure at all; a statistics piece or a
  // health notice names a few (guide, Readings · Article: the subject decides, not the density).
  if (terms < 2) return verdict(false, 0.7 + (terms === 0 ? 0.2 : 0.1), 'not about government work');
  const confidence = 0.6 + Math.min(0.2, density * 0.04) + (title ? 0.1 : 0) + Math.min(0.09, prose.length * 0.02);
  return verdict(true, confidence, 'government news article');
}

/** Read a page's (or article's) text: classification, metadata and article zones. */
export function readArticle(text: string, context: ArticleContext = {}): ArticleReading {
  const layout = readLayout(text, context.articleOnly ?? false);
  const url = hostAndPath(context.url);
  const published = (context.published ? isoFromMetaDate(context.published) : null) ?? layout.published;
  const title = context.title?.trim() || layout.title?.text || null;
  const zones = layout.paragraphs;
  const zoneText = zones
    .map((z) => z.text)
    .join('\n')
    .slice(0, SAMPLE_CHARS);
  const province =
    (url ? provinceFromHost(url.host, published) : null) ??
    provinceFromPage(`${title ?? ''}\n${zoneText}`, text.slice(0, SAMPLE_CHARS), published);
  const info: ArticleInfo = {
    ...classify(text, zones, title, layout.teaserLines, layout.stampLines, url),
    province,
    published,
    title,
  };
  const titleSpan =
    context.title?.trim() || !layout.title ? null : { start: layout.title.start, end: layout.title.end };
  return { info, zones, year: articleYear(text, zones, published), titleSpan };
}
