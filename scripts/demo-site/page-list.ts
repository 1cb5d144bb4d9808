// Every page of the demo portal site with its manifest entry. Pure: seed texts in, HTML out, so
// the fixture builder is deterministic and tests can rebuild and compare.
import { contentFromSeed } from './article-content';
import { englishPage, ENGLISH_PATH, ENGLISH_TITLE } from './page-english';
import { indexPage } from './page-index';
import type { ManifestEntry, ManifestSegment } from './page-files';
import { TRAVEL_HOST, TRAVEL_PATH, TRAVEL_TITLE, travelPage } from './page-travel';
import { readSeedText, splitSeed, type SeedArticle, type SeedId } from './seed-article';
import { NEWSPAPER_BODY_SELECTOR, newspaperArticle } from './layout-newspaper';
import { SHAREPOINT_BODY_SELECTOR, sharePointArticle, sharePointHome } from './layout-sharepoint';
import { THANHHOA_BODY_SELECTOR, thanhHoaArticle, thanhHoaListing } from './layout-thanhhoa';
import { WEBSPHERE_BODY_SELECTOR, webSphereArticle } from './layout-websphere';
import { BAOQUANGNINH, LONGAN, NINHTHUAN, THANHHOA, TRAVINH } from './sites';
import { ninhThuanHomeTeasers, thanhHoaListingTeasers } from './teasers';

export interface BuiltPage {
  entry: ManifestEntry;
  html: string;
}

export const ARTICLE_PATHS: Record<SeedId, { host: string; path: string }> = {
  '000': {
    host: NINHTHUAN.host,
    path: '/chinhquyen/ubnd/Pages/UBND-tinh-hop-truc-tuyen-kiem-diem-cong-tac-chi-dao-dieu-hanh-thang-7-trien-khai-nhiem-vu-thang-8-2023.aspx',
  },
  '001': {
    host: LONGAN.host,
    path: '/Pages/Long-An-tap-trung-trien-khai-thuc-hien-nhiem-vu-phat-trien-KT-XH-ngay-tu-dau-nam.aspx',
  },
  '002': {
    host: THANHHOA.host,
    path: '/portal/Pages/2022-12-22/Phien-hop-thuong-ky-UBND-tinh-thang-12-nam-2022-Thong-nhat-chu-de-cua-nam-2023-d8b1c3.aspx',
  },
  '003': {
    host: TRAVINH.host,
    path: '/wps/portal/travinh/tin-tuc-su-kien/chi-tiet/ban-thuong-vu-tinh-uy-so-ket-cong-tac-thang-7',
  },
  '004': {
    host: BAOQUANGNINH.host,
    path: '/ubnd-tinh-quyet-liet-trong-chi-dao-dieu-hanh-cac-nhiem-vu-phat-trien-kt-xh-2530123.html',
  },
};

export const NFD_PATH =
  '/wps/portal/bantuyengiao/tin-tuc/chi-tiet/ban-thuong-vu-tinh-uy-so-ket-cong-tac-thang-7-nam-2023';
export const HOME_PATH = '/';
export const LISTING_PATH = '/portal/Pages/tin-tuc-su-kien.aspx';

function segments(article: SeedArticle): ManifestSegment[] {
  return [{ role: 'headline', ...article.headline }, ...article.blocks];
}

function articleEntry(
  article: SeedArticle,
  layout: ManifestEntry['layout'],
  bodySelector: string,
  kind: 'article' | 'nfd-article' = 'article',
  path = ARTICLE_PATHS[article.seed].path,
): ManifestEntry {
  return {
    host: ARTICLE_PATHS[article.seed].host,
    path,
    kind,
    seed: article.seed,
    title: article.headline.text.trim(),
    expectArticle: true,
    layout,
    bodySelector,
    segments: segments(article),
    ...(article.publishedIso ? { published: article.publishedIso } : {}),
  };
}

export function buildPages(readSeed: (seed: SeedId) => string = readSeedText): BuiltPage[] {
  const seed = (id: SeedId): SeedArticle => splitSeed(id, readSeed(id));
  const [a000, a001, a002, a003, a004] = [seed('000'), seed('001'), seed('002'), seed('003'), seed('004')];
  const home = ninhThuanHomeTeasers(ARTICLE_PATHS['000'].path);
  const websphere003 = webSphereArticle(TRAVINH, contentFromSeed(a003), ARTICLE_PATHS['003'].path, 'travinh');

  const pages: BuiltPage[] = [
    {
      entry: articleEntry(a000, 'sharepoint', SHAREPOINT_BODY_SELECTOR),
      html: sharePointArticle({
        site: NINHTHUAN,
        content: contentFromSeed(a000),
        path: ARTICLE_PATHS['000'].path,
        breadcrumb: ['Trang chủ', 'Chính quyền', 'UBND tỉnh', 'Tin hoạt động'],
      }),
    },
    {
      entry: {
        host: NINHTHUAN.host,
        path: HOME_PATH,
        kind: 'home',
        title: 'Cổng thông tin điện tử tỉnh Ninh Thuận',
        expectArticle: false,
        layout: 'sharepoint',
      },
      html: sharePointHome(NINHTHUAN, 'Cổng thông tin điện tử tỉnh Ninh Thuận', home.featured, home.teasers),
    },
    {
      entry: articleEntry(a001, 'sharepoint', SHAREPOINT_BODY_SELECTOR),
      html: sharePointArticle({
        site: LONGAN,
        content: contentFromSeed(a001),
        path: ARTICLE_PATHS['001'].path,
        breadcrumb: ['Trang chủ', 'Tin tức – Sự kiện', 'Tin hoạt động của lãnh đạo tỉnh'],
      }),
    },
    {
      entry: {
        host: LONGAN.host,
        path: ENGLISH_PATH,
        kind: 'english',
        title: ENGLISH_TITLE,
        expectArticle: false,
        layout: 'sharepoint',
      },
      html: englishPage(),
    },
    {
      entry: articleEntry(a002, 'thanhhoa-portal', THANHHOA_BODY_SELECTOR),
      html: thanhHoaArticle(THANHHOA, contentFromSeed(a002), ARTICLE_PATHS['002'].path, 'Thứ Năm, 22/12/2022'),
    },
    {
      entry: {
        host: THANHHOA.host,
        path: LISTING_PATH,
        kind: 'listing',
        title: 'Tin tức – Sự kiện',
        expectArticle: false,
        layout: 'thanhhoa-portal',
      },
      html: thanhHoaListing(
        THANHHOA,
        'Tin tức – Sự kiện',
        thanhHoaListingTeasers(ARTICLE_PATHS['002'].path),
        LISTING_PATH,
      ),
    },
    { entry: articleEntry(a003, 'websphere', WEBSPHERE_BODY_SELECTOR), html: websphere003 },
    {
      // Same article republished on a department subsite, every character in NFD ("Unicode tổ hợp").
      entry: articleEntry(a003, 'websphere', WEBSPHERE_BODY_SELECTOR, 'nfd-article', NFD_PATH),
      html: webSphereArticle(TRAVINH, contentFromSeed(a003), NFD_PATH, 'bantuyengiao').normalize('NFD'),
    },
    {
      entry: articleEntry(a004, 'newspaper', NEWSPAPER_BODY_SELECTOR),
      html: newspaperArticle(BAOQUANGNINH, contentFromSeed(a004), ARTICLE_PATHS['004'].path, 'Thứ Sáu, 09/04/2021', [
        'UBND tỉnh',
        'chỉ đạo điều hành',
        'phát triển KT-XH',
        'quý I/2021',
      ]),
    },
    {
      entry: {
        host: TRAVEL_HOST,
        path: TRAVEL_PATH,
        kind: 'non-government',
        title: TRAVEL_TITLE,
        expectArticle: false,
        layout: 'blog',
      },
      html: travelPage(),
    },
  ];
  const index: BuiltPage = {
    entry: {
      host: 'localhost',
      path: '/',
      kind: 'index',
      title: 'GovMark – trang demo',
      expectArticle: false,
      layout: 'index',
    },
    html: indexPage(pages.map((p) => p.entry)),
  };
  return [...pages, index];
}
