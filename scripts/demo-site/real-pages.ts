// The real pages of ../shared/fixtures/real (other people's text, read from there when present,
// never copied here), each served under its real host in a layout of its kind of site: portal
// articles in portal layouts, newspaper articles in the newspaper layout, the tag page and the
// search results as listings of teasers, the farmer story as a plain newspaper article.
// Which host and path each page gets follows the gold's `source` and README-rA/rB.md there.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { corpusDir } from '../lib/shared-corpus';
import type { ArticleLayout, LayoutOptions } from './article-layouts';
import { type BuiltPage, articlePage } from './article-page';
import type { UntitledTeaser, Teaser } from './html';
import { newspaperListing } from './layout-newspaper';
import type { ManifestSegment } from './page-files';
import { type SiteFacts, newspaperSite, portalSite } from './site-factory';
import type { Site } from './sites';
import { slugify } from './slug';
import { type LineMap, lineSegments, splitArticle } from './source-text';

/** The page-level part of a real page's gold file. */
export interface RealGold {
  id: string;
  /** The page's URL, or a note saying where the text was read when the URL was not recorded. */
  source: string;
  article: { isArticle: boolean; title: string | null; published: string | null; province: string | null };
}

interface RealArticleSpec {
  kind: 'article' | 'off-topic';
  site: Site;
  layout: ArticleLayout;
  map: LineMap;
  path: (gold: RealGold) => string;
  options?: LayoutOptions;
}

interface RealListingSpec {
  kind: 'tag-page' | 'search-results';
  site: Site;
  path: (gold: RealGold) => string;
  heading: (gold: RealGold) => string;
  /** Line numbers of each teaser's headline (absent on a tag page that prints excerpts only) and excerpt. */
  teasers: Array<{ title?: number; excerpt: number; date: string }>;
  headerDate: string;
}

export type RealPageSpec = RealArticleSpec | RealListingSpec;

export function isListing(spec: RealPageSpec): spec is RealListingSpec {
  return spec.kind === 'tag-page' || spec.kind === 'search-results';
}

function facts(f: Omit<SiteFacts, 'linkBase'> & { linkBase?: string }): SiteFacts {
  return { linkBase: '/tin-tuc', ...f };
}

const NGHEAN = portalSite(
  facts({
    host: 'nghean.gov.vn',
    name: 'CỔNG THÔNG TIN ĐIỆN TỬ TỈNH NGHỆ AN',
    owner: 'Ủy ban nhân dân tỉnh Nghệ An',
    titleSuffix: 'Cổng thông tin điện tử tỉnh Nghệ An',
    place: 'Nghệ An',
    year: 2023,
    address: 'Số 03 Trường Thi, thành phố Vinh, tỉnh Nghệ An',
    phone: '0238.3842.321',
    license: '98/GP-TTĐT ngày 05/6/2018',
    linkBase: '/tin-noi-bat',
  }),
);

const BAOTHAINGUYEN = newspaperSite(
  facts({
    host: 'baothainguyen.vn',
    name: 'BÁO THÁI NGUYÊN',
    owner: 'Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Thái Nguyên',
    titleSuffix: 'Báo Thái Nguyên điện tử',
    place: 'Thái Nguyên',
    year: 2022,
    address: 'Số 9 đường Đội Cấn, thành phố Thái Nguyên',
    phone: '0208.3855.442',
    license: '218/GP-BTTTT ngày 20/5/2021',
    linkBase: '/kinh-te',
  }),
);

const BACGIANG = portalSite(
  facts({
    host: 'bacgiang.gov.vn',
    name: 'CỔNG THÔNG TIN ĐIỆN TỬ TỈNH BẮC GIANG',
    owner: 'Ủy ban nhân dân tỉnh Bắc Giang',
    titleSuffix: 'Cổng thông tin điện tử tỉnh Bắc Giang',
    place: 'Bắc Giang',
    year: 2017,
    address: 'Số 82 Hùng Vương, thành phố Bắc Giang',
    phone: '0204.3854.515',
    license: '47/GP-TTĐT ngày 12/4/2016',
  }),
);

const BINHDINH = portalSite(
  facts({
    host: 'binhdinh.gov.vn',
    name: 'CỔNG THÔNG TIN ĐIỆN TỬ TỈNH BÌNH ĐỊNH',
    owner: 'Ủy ban nhân dân tỉnh Bình Định',
    titleSuffix: 'Cổng thông tin điện tử tỉnh Bình Định',
    place: 'Bình Định',
    year: 2025,
    address: 'Số 01 Trần Phú, thành phố Quy Nhơn, tỉnh Bình Định',
    phone: '0256.3822.360',
    license: '24/GP-TTĐT ngày 16/02/2022',
  }),
);

// README-rA: publisher and URL unknown (a Kiên Giang provincial youth-union news item). Served
// here on a plausible portal host of the provincial youth union, which is an assumption.
const TINHDOAN_KIENGIANG = portalSite(
  facts({
    host: 'tinhdoan.kiengiang.gov.vn',
    name: 'TỈNH ĐOÀN KIÊN GIANG',
    owner: 'Ban Chấp hành Tỉnh đoàn Kiên Giang',
    titleSuffix: 'Tỉnh đoàn Kiên Giang',
    place: 'Kiên Giang',
    year: 2018,
    address: 'Số 06 Trần Hưng Đạo, thành phố Rạch Giá, tỉnh Kiên Giang',
    phone: '0297.3862.480',
    license: '12/GP-TTĐT ngày 30/01/2017',
  }),
);

const NGANSON = portalSite(
  facts({
    host: 'nganson.backan.gov.vn',
    name: 'CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN NGÂN SƠN',
    owner: 'Ủy ban nhân dân huyện Ngân Sơn, tỉnh Bắc Kạn',
    titleSuffix: 'Cổng thông tin điện tử huyện Ngân Sơn',
    place: 'Ngân Sơn',
    year: 2021,
    address: 'Thị trấn Vân Tùng, huyện Ngân Sơn, tỉnh Bắc Kạn',
    phone: '0209.3874.128',
    license: '05/GP-TTĐT ngày 11/3/2019',
    linkBase: '/index.php',
  }),
);

// README-rB: the Đắk Song district portal (source of rB-01…03); its host is not recorded, so
// the district's name under the provincial domain is assumed.
const DAKSONG = portalSite(
  facts({
    host: 'daksong.daknong.gov.vn',
    name: 'CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN ĐẮK SONG',
    owner: 'Ủy ban nhân dân huyện Đắk Song, tỉnh Đắk Nông',
    titleSuffix: 'Cổng thông tin điện tử huyện Đắk Song',
    place: 'Đắk Song',
    year: 2020,
    address: 'Thị trấn Đức An, huyện Đắk Song, tỉnh Đắk Nông',
    phone: '0261.3540.118',
    license: '09/GP-TTĐT ngày 22/8/2018',
  }),
);

const BAODAKNONG = newspaperSite(
  facts({
    host: 'baodaknong.org.vn',
    name: 'BÁO ĐẮK NÔNG',
    owner: 'Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Đắk Nông',
    titleSuffix: 'Báo Đắk Nông điện tử',
    place: 'Đắk Nông',
    year: 2020,
    address: 'Đường 23 tháng 3, thành phố Gia Nghĩa, tỉnh Đắk Nông',
    phone: '0261.3544.320',
    license: '117/GP-BTTTT ngày 08/4/2019',
    linkBase: '/chuyen-lam-an',
  }),
);

const BAOHANAM = newspaperSite(
  facts({
    host: 'baohanam.com.vn',
    name: 'BÁO HÀ NAM',
    owner: 'Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Hà Nam',
    titleSuffix: 'Báo Hà Nam điện tử',
    place: 'Hà Nam',
    year: 2024,
    address: 'Số 121 Lê Hoàn, thành phố Phủ Lý, tỉnh Hà Nam',
    phone: '0226.3852.773',
    license: '289/GP-BTTTT ngày 01/6/2021',
    linkBase: '/chinh-tri',
  }),
);

const BAONINHBINH = newspaperSite(
  facts({
    host: 'baoninhbinh.org.vn',
    name: 'BÁO NINH BÌNH',
    owner: 'Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Ninh Bình',
    titleSuffix: 'Báo Ninh Bình điện tử',
    place: 'Ninh Bình',
    year: 2024,
    address: 'Đường Đinh Tiên Hoàng, thành phố Ninh Bình',
    phone: '0229.3871.156',
    license: '168/GP-BTTTT ngày 19/5/2022',
    linkBase: '/chinh-tri',
  }),
);

/** The page's own URL from the gold's `source`, query included (routing ignores it). */
const fromSourceUrl = (gold: RealGold): string => {
  const url = new URL(gold.source);
  return `${url.pathname}${url.search}`;
};

/** A plausible path where the gold records no URL: the site's section and the headline's slug. */
const slugPath =
  (prefix: string, suffix = '') =>
  (gold: RealGold): string =>
    `${prefix}/${slugify(gold.article.title ?? gold.id)}${suffix}`;

/** rB pages: the Markdown post's name in the portal's source repository, as the built site names the page. */
const fromSourceFile = (gold: RealGold): string => `/tin-tuc/${path.basename(gold.source, '.md')}.html`;

export const REAL_PAGE_SPECS: Record<string, RealPageSpec> = {
  'rA-01': {
    kind: 'article',
    site: NGHEAN,
    layout: 'sharepoint',
    path: fromSourceUrl,
    map: { headline: 1, sapo: [2], subheadings: [3, 14], captions: [5, 13, 15] },
    options: { breadcrumb: ['Trang chủ', 'Tin nổi bật'] },
  },
  'rA-02': {
    kind: 'article',
    site: BAOTHAINGUYEN,
    layout: 'newspaper',
    path: slugPath('/kinh-te/202211', '-316342.html'),
    map: { headline: 1, sapo: [2], captions: [8] },
    options: { headerDate: 'Thứ Tư, 16/11/2022', tags: ['đô thị', 'dự án ODA'] },
  },
  'rA-03': {
    kind: 'article',
    site: BACGIANG,
    layout: 'thanhhoa-portal',
    path: slugPath('/chi-tiet-tin-tuc/-/asset_publisher/M0UUAFstbTMq/content'),
    map: { headline: 1, sapo: [2], captions: [3], furniture: { byline: [7] } },
    options: { headerDate: 'Thứ Hai, 27/02/2017' },
  },
  'rA-04': {
    kind: 'article',
    site: BINHDINH,
    layout: 'sharepoint',
    path: slugPath('/tin-tuc/tin-tuc-su-kien', '.html'),
    map: {
      headline: 1,
      sapo: [3],
      captions: [5, 8, 11],
      furniture: { stamp: [2], byline: [12] },
      publishedIso: '2025-03-21T15:45:00+07:00',
    },
    options: { breadcrumb: ['Trang chủ', 'Tin tức – Sự kiện', 'Hoạt động HĐND'] },
  },
  'rA-05': {
    kind: 'article',
    site: TINHDOAN_KIENGIANG,
    layout: 'websphere',
    path: slugPath('/wps/portal/tinhdoan/tin-tuc/chi-tiet'),
    map: { headline: 1, sapo: [2] },
    options: { portletSite: 'tinhdoan' },
  },
  'rA-06': {
    kind: 'article',
    site: NGHEAN,
    layout: 'sharepoint',
    path: fromSourceUrl,
    map: { headline: 1, sapo: [2], captions: [4, 6, 10, 12] },
    options: { breadcrumb: ['Trang chủ', 'Kinh tế – Chính trị'] },
  },
  'rA-07': {
    kind: 'article',
    site: NGANSON,
    layout: 'thanhhoa-portal',
    path: fromSourceUrl,
    map: {
      headline: 1,
      furniture: { headerClock: [2], stamp: [3], fontSize: [4] },
      publishedIso: '2021-01-21T00:00:00+07:00',
    },
  },
  'rA-08': {
    kind: 'tag-page',
    site: BAOHANAM,
    path: fromSourceUrl,
    heading: (gold) => `Tag: ${new URL(gold.source).searchParams.get('tag') ?? ''}`,
    // The tag page prints excerpts only; the year is not recorded, a plausible one is used.
    teasers: [
      { excerpt: 1, date: '05/04/2024' },
      { excerpt: 2, date: '05/04/2024' },
    ],
    headerDate: 'Thứ Bảy, 06/04/2024',
  },
  'rA-09': {
    kind: 'search-results',
    site: BAONINHBINH,
    path: fromSourceUrl,
    heading: (gold) => `Kết quả tìm kiếm: ${decodeURIComponent(new URL(gold.source).pathname.replace(/^\/s\//, ''))}`,
    teasers: [{ title: 1, excerpt: 2, date: '29/05/2024' }],
    headerDate: 'Thứ Năm, 30/05/2024',
  },
  'rB-01': {
    kind: 'article',
    site: DAKSONG,
    layout: 'websphere',
    path: fromSourceFile,
    map: { headline: 1, sapo: [2], subheadings: [3, 8, 13], captions: [5, 10, 16], furniture: { byline: [19] } },
    options: { portletSite: 'daksong' },
  },
  'rB-02': {
    kind: 'article',
    site: DAKSONG,
    layout: 'websphere',
    path: fromSourceFile,
    map: { headline: 1, sapo: [2], captions: [6, 10] },
    options: { portletSite: 'daksong' },
  },
  'rB-03': {
    kind: 'article',
    site: DAKSONG,
    layout: 'websphere',
    path: fromSourceFile,
    map: { headline: 1, sapo: [2], captions: [4], furniture: { byline: [9] } },
    options: { portletSite: 'daksong' },
  },
  'rB-05': {
    kind: 'off-topic',
    site: BAODAKNONG,
    layout: 'newspaper',
    path: fromSourceUrl,
    map: { headline: 1, sapo: [2], captions: [3, 7], furniture: { byline: [10] } },
    options: { headerDate: 'Thứ Ba, 08/12/2020', tags: ['nông nghiệp', 'dưa chuột'] },
  },
};

/** The ids of the real pages in the shared folder (rA-01, …), in name order; none when it is absent. */
export function realIds(dir = corpusDir('real')): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .map((f) => f.slice(0, -'.txt'.length))
    .sort();
}

export function readRealText(id: string): string {
  return readFileSync(path.join(corpusDir('real'), `${id}.txt`), 'utf8');
}

export function readRealGold(id: string): RealGold {
  return JSON.parse(readFileSync(path.join(corpusDir('real'), `${id}.gold.json`), 'utf8')) as RealGold;
}

function listingPage(id: string, text: string, gold: RealGold, spec: RealListingSpec): BuiltPage {
  const lines = lineSegments(text);
  const line = (n: number) => {
    const found = lines[n];
    if (!found || found.text === '') throw new Error(`${id} has no line ${n}`);
    return found;
  };
  const pagePath = spec.path(gold);
  const segments: ManifestSegment[] = [];
  const teasers: Array<Teaser | UntitledTeaser> = spec.teasers.map((t, i) => {
    const href = `/tin-tuc/${id.toLowerCase()}-${i + 1}.html`;
    const excerpt = line(t.excerpt);
    if (t.title === undefined) {
      segments.push({ role: 'teaser-excerpt', ...excerpt });
      return { excerpt: excerpt.text, date: t.date, href };
    }
    const title = line(t.title);
    segments.push({ role: 'teaser-title', ...title }, { role: 'teaser-excerpt', ...excerpt });
    return { title: title.text, excerpt: excerpt.text, date: t.date, href };
  });
  const heading = spec.heading(gold);
  return {
    entry: {
      host: spec.site.host,
      path: pagePath,
      kind: 'listing',
      corpus: 'real',
      goldId: id,
      title: heading,
      expectArticle: gold.article.isArticle,
      layout: 'newspaper',
      segments,
    },
    html: newspaperListing({
      site: spec.site,
      path: pagePath,
      heading,
      note:
        spec.kind === 'search-results' ? `Trang ${new URL(gold.source).searchParams.get('page') ?? '1'}` : undefined,
      teasers,
      headerDate: spec.headerDate,
    }),
  };
}

/**
 * The real pages, when the shared real corpus is there. A page in the corpus that has no spec
 * here is left out and named in `unplaced`, so a new gold file is noticed rather than guessed at.
 */
export function buildRealPages(
  ids: string[] = realIds(),
  read: { text: (id: string) => string; gold: (id: string) => RealGold } = { text: readRealText, gold: readRealGold },
): { pages: BuiltPage[]; unplaced: string[] } {
  const pages: BuiltPage[] = [];
  const unplaced: string[] = [];
  for (const id of ids) {
    const spec = REAL_PAGE_SPECS[id];
    if (!spec) {
      unplaced.push(id);
      continue;
    }
    const text = read.text(id);
    const gold = read.gold(id);
    if (isListing(spec)) {
      pages.push(listingPage(id, text, gold, spec));
      continue;
    }
    const article = splitArticle(id, text, spec.map);
    const kind = spec.kind === 'off-topic' ? 'off-topic' : 'article';
    pages.push(
      articlePage(
        article,
        { site: spec.site, path: spec.path(gold), layout: spec.layout, options: spec.options },
        'real',
        kind,
        gold.article.isArticle,
      ),
    );
  }
  return { pages, unplaced };
}
