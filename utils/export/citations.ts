// Citations of visited articles for reference managers (CSL-JSON, BibTeX, RIS) and as an APA
// reference with the access date. Written here rather than by citation-js's formatters: those
// drop Vietnamese diacritics in BibTeX (ASCII mode) or leave TeX specials unescaped (Unicode
// mode), and file a web page's access date and site name where Zotero does not look in RIS.
// The tests read every format back with citation-js.
import type { Lang } from '../i18n/lang';
import { NEWSPAPER_DOMAINS } from '../model/portal-domains';
import type { AnnotationRecord, ArticleRecord } from '../model/records';
import { isoDateParts, isoDay } from './dates';
import { annotationPassageLink } from './text-fragment';

export interface CitationOptions {
  /** Time zone of the access date; the runtime's when absent. */
  timeZone?: string;
}

interface CslDate {
  'date-parts': number[][];
}

export interface CslItem {
  id: string;
  type: 'article-newspaper' | 'webpage';
  title?: string;
  'container-title': string;
  URL: string;
  issued?: CslDate;
  accessed: CslDate;
  'publisher-place'?: string;
  language: 'vi';
}

const MONTHS_EN = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

function isNewspaper(site: string): boolean {
  const host = site.toLowerCase();
  return NEWSPAPER_DOMAINS.some((domain) => host === domain || host.endsWith(`.${domain}`));
}

/** Titles and names on one line: RIS has no continuation lines and BibTeX keys want none. */
function oneLine(text: string): string {
  return text.normalize('NFC').replace(/\s+/g, ' ').trim();
}

function accessedParts(article: ArticleRecord, options: CitationOptions): number[] {
  return isoDateParts(isoDay(article.lastVisit, options.timeZone)) ?? [];
}

/** ASCII letters of a word, for citation keys that every BibTeX tool accepts. */
function asciiWord(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
}

/** Keys like "ninhthuan2023ubnd", made unique within one export with a letter suffix. */
export function citationKeys(articles: readonly ArticleRecord[]): string[] {
  const seen = new Map<string, number>();
  return articles.map((article) => {
    const siteWord = asciiWord(article.site.replace(/^www\./, '').split('.')[0] ?? '') || 'web';
    const year = isoDateParts(article.published)?.[0] ?? '';
    const titleWord = asciiWord(oneLine(article.title ?? '').split(' ')[0] ?? '');
    const base = `${siteWord}${year}${titleWord}`;
    const count = seen.get(base) ?? 0;
    seen.set(base, count + 1);
    return count === 0 ? base : `${base}${String.fromCharCode(96 + count)}`;
  });
}

export function toCslJson(articles: readonly ArticleRecord[], options: CitationOptions = {}): CslItem[] {
  const keys = citationKeys(articles);
  return articles.map((article, index) => {
    const issued = isoDateParts(article.published);
    return {
      id: keys[index],
      type: isNewspaper(article.site) ? 'article-newspaper' : 'webpage',
      ...(article.title ? { title: oneLine(article.title) } : {}),
      'container-title': article.site,
      URL: article.url,
      ...(issued ? { issued: { 'date-parts': [issued] } } : {}),
      accessed: { 'date-parts': [accessedParts(article, options)] },
      ...(article.province ? { 'publisher-place': oneLine(article.province) } : {}),
      language: 'vi',
    };
  });
}

const TEX_SPECIALS: Record<string, string> = {
  '\\': '\\textbackslash{}',
  '{': '\\{',
  '}': '\\}',
  '%': '\\%',
  '&': '\\&',
  $: '\\$',
  '#': '\\#',
  _: '\\_',
  '^': '\\textasciicircum{}',
  '~': '\\textasciitilde{}',
};

/** Escapes TeX specials; Vietnamese letters stay UTF-8 (biber and BibTeX 0.99 with UTF-8 read them). */
function tex(text: string): string {
  return oneLine(text).replace(/[\\{}%&$#_^~]/g, (char) => TEX_SPECIALS[char]);
}

/** `url` is a verbatim field: only braces, backslashes and spaces would break it. */
function texUrl(url: string): string {
  return url.replace(/[{}\\\s]/g, (char) => `%${char.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}

/** [2023, 1, 15] → "2023-01-15" (BibTeX) or "2023/01/15" (RIS). */
function joinDateParts(parts: number[], separator: string): string {
  return parts.map((part, index) => String(part).padStart(index === 0 ? 4 : 2, '0')).join(separator);
}

/**
 * biblatex entries: portal pages as @online with the portal in `organization`, newspaper
 * articles as @article with `entrysubtype = {newspaper}` (the biblatex manual's way).
 */
export function toBibtex(articles: readonly ArticleRecord[], options: CitationOptions = {}): string {
  const keys = citationKeys(articles);
  return articles
    .map((article, index) => {
      const newspaper = isNewspaper(article.site);
      const issued = isoDateParts(article.published);
      const fields: [string, string][] = [
        ...(newspaper ? [['entrysubtype', 'newspaper'] as [string, string]] : []),
        // Double braces keep the title's capitals (place and agency names) in every style.
        ...(article.title ? [['title', `{${tex(article.title)}}`] as [string, string]] : []),
        [newspaper ? 'journaltitle' : 'organization', tex(article.site)],
        ...(issued ? [['date', joinDateParts(issued, '-')] as [string, string]] : []),
        ['url', texUrl(article.url)],
        ['urldate', joinDateParts(accessedParts(article, options), '-')],
        ...(article.province ? [['location', tex(article.province)] as [string, string]] : []),
        ['langid', 'vietnamese'],
      ];
      const body = fields.map(([name, value]) => `  ${name} = {${value}},`).join('\n');
      return `@${newspaper ? 'article' : 'online'}{${keys[index]},\n${body}\n}\n`;
    })
    .join('\n');
}

/**
 * RIS (CRLF lines, "TAG  - value"). Y2 carries the access date for Zotero and Mendeley; a web
 * page (ELEC) repeats it in M1, EndNote's "Access Date" field for that type.
 */
export function toRis(articles: readonly ArticleRecord[], options: CitationOptions = {}): string {
  return articles
    .map((article) => {
      const elec = !isNewspaper(article.site);
      const issued = isoDateParts(article.published);
      const accessed = joinDateParts(accessedParts(article, options), '/');
      const lines: [string, string][] = [
        ['TY', elec ? 'ELEC' : 'NEWS'],
        ...(article.title ? [['TI', oneLine(article.title)] as [string, string]] : []),
        ['T2', article.site],
        ...(issued
          ? ([
              ['DA', joinDateParts(issued, '/')],
              ['PY', String(issued[0])],
            ] as [string, string][])
          : []),
        ['UR', article.url],
        ['Y2', accessed],
        ...(elec ? [['M1', accessed] as [string, string]] : []),
        ...(article.province ? [['CY', oneLine(article.province)] as [string, string]] : []),
        ['LA', 'vi'],
        ['ER', ''],
      ];
      return `${lines.map(([tag, value]) => `${tag}  - ${value}`).join('\r\n')}\r\n`;
    })
    .join('\r\n');
}

function formatDate(parts: number[], lang: Lang): string {
  const [year, month, day] = parts;
  if (lang === 'vi') {
    if (day !== undefined) return `${day}/${month}/${year}`;
    return month !== undefined ? `tháng ${month}/${year}` : String(year);
  }
  if (month === undefined) return String(year);
  return day !== undefined ? `${MONTHS_EN[month - 1]} ${day}, ${year}` : `${MONTHS_EN[month - 1]} ${year}`;
}

/** APA's "(Year, Month Day)" in English, day first in Vietnamese. */
function publicationDate(published: string | null, lang: Lang): string {
  const parts = isoDateParts(published);
  if (!parts) return lang === 'vi' ? 'không rõ ngày' : 'n.d.';
  if (lang === 'vi') return formatDate(parts, lang);
  const [year, month, day] = parts;
  if (month === undefined) return String(year);
  return `${year}, ${MONTHS_EN[month - 1]}${day !== undefined ? ` ${day}` : ''}`;
}

function sentence(text: string): string {
  return /[.?!…]$/.test(text) ? text : `${text}.`;
}

/**
 * APA 7 reference of a page without a named author: the title leads, then the date, the site
 * and the retrieval date (pages on portals change, so the access date is given).
 */
export function apaReference(article: ArticleRecord, lang: Lang, options: CitationOptions = {}): string {
  const title = article.title ? oneLine(article.title) : lang === 'vi' ? '[Không có tiêu đề]' : '[Untitled]';
  const accessed = formatDate(accessedParts(article, options), lang);
  const retrieved =
    lang === 'vi' ? `Truy cập ngày ${accessed}, từ ${article.url}` : `Retrieved ${accessed}, from ${article.url}`;
  return `${sentence(title)} (${publicationDate(article.published, lang)}). ${sentence(article.site)} ${retrieved}`;
}

/** What "Copy citation" puts on the clipboard: the quote, its reference and the passage link. */
export function copyCitation(
  annotation: AnnotationRecord,
  article: ArticleRecord,
  lang: Lang,
  options: CitationOptions = {},
): string {
  return [
    `“${oneLine(annotation.quote)}”`,
    apaReference(article, lang, options),
    annotationPassageLink(annotation, article.url),
  ].join('\n');
}
