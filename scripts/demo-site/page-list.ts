// Every page of the demo portal site with its manifest entry. Pure: article texts in, HTML out,
// so generating the site is deterministic and tests can rebuild and compare. The project's own
// articles and the negative pages are always there; the seed pages when ../shared has the seeds;
// the real pages (kept in a manifest of their own) when it has the real corpus.
import { corpusAbsentMessage, hasCorpus } from '../lib/shared-corpus';
import { contentFromArticle } from './article-content';
import type { ArticleLayout } from './article-layouts';
import { type BuiltPage, articleEntry } from './article-page';
import { newspaperArticle } from './layout-newspaper';
import { sharePointArticle, sharePointHome } from './layout-sharepoint';
import { thanhHoaArticle, thanhHoaListing } from './layout-thanhhoa';
import { webSphereArticle } from './layout-websphere';
import { buildOwnPages } from './own-pages';
import { ENGLISH_PATH, ENGLISH_TITLE, englishPage } from './page-english';
import { indexPage } from './page-index';
import { NOTICE_PATH, NOTICE_TITLE, noticePage } from './page-notice';
import { TRAVEL_HOST, TRAVEL_PATH, TRAVEL_TITLE, travelPage } from './page-travel';
import { buildRealPages } from './real-pages';
import { type SeedId, readSeedText, splitSeed } from './seed-article';
import { BAOQUANGNINH, LONGAN, NINHTHUAN, THANHHOA, TRAVINH } from './sites';
import { ninhThuanHomeTeasers, thanhHoaListingTeasers } from './teasers';

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

/** The five seed articles in their portals' layouts, and seed 003 again in NFD. */
export function buildSeedPages(readSeed: (seed: SeedId) => string = readSeedText): BuiltPage[] {
  const seed = (id: SeedId) => splitSeed(id, readSeed(id));
  const [a000, a001, a002, a003, a004] = [seed('000'), seed('001'), seed('002'), seed('003'), seed('004')];
  const at = (id: SeedId, layout: ArticleLayout, path = ARTICLE_PATHS[id].path) => ({
    host: ARTICLE_PATHS[id].host,
    path,
    layout,
  });
  return [
    {
      entry: articleEntry(a000, at('000', 'sharepoint'), 'seeds'),
      html: sharePointArticle({
        site: NINHTHUAN,
        content: contentFromArticle(a000),
        path: ARTICLE_PATHS['000'].path,
        breadcrumb: ['Trang chủ', 'Chính quyền', 'UBND tỉnh', 'Tin hoạt động'],
      }),
    },
    {
      entry: articleEntry(a001, at('001', 'sharepoint'), 'seeds'),
      html: sharePointArticle({
        site: LONGAN,
        content: contentFromArticle(a001),
        path: ARTICLE_PATHS['001'].path,
        breadcrumb: ['Trang chủ', 'Tin tức – Sự kiện', 'Tin hoạt động của lãnh đạo tỉnh'],
      }),
    },
    {
      entry: articleEntry(a002, at('002', 'thanhhoa-portal'), 'seeds'),
      html: thanhHoaArticle(THANHHOA, contentFromArticle(a002), ARTICLE_PATHS['002'].path, 'Thứ Năm, 22/12/2022'),
    },
    {
      entry: articleEntry(a003, at('003', 'websphere'), 'seeds'),
      html: webSphereArticle(TRAVINH, contentFromArticle(a003), ARTICLE_PATHS['003'].path, 'travinh'),
    },
    {
      // Same article republished on a department subsite, every character in NFD ("Unicode tổ hợp").
      entry: articleEntry(a003, at('003', 'websphere', NFD_PATH), 'seeds', 'nfd-article'),
      html: webSphereArticle(TRAVINH, contentFromArticle(a003), NFD_PATH, 'bantuyengiao').normalize('NFD'),
    },
    {
      entry: articleEntry(a004, at('004', 'newspaper'), 'seeds'),
      html: newspaperArticle(BAOQUANGNINH, contentFromArticle(a004), ARTICLE_PATHS['004'].path, 'Thứ Sáu, 09/04/2021', [
        'UBND tỉnh',
        'chỉ đạo điều hành',
        'phát triển KT-XH',
        'quý I/2021',
      ]),
    },
  ];
}

/** Pages GovMark must leave unpainted, all written for the project. */
export function buildNegativePages(): BuiltPage[] {
  const home = ninhThuanHomeTeasers(ARTICLE_PATHS['000'].path);
  return [
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
        'Thứ Năm, 22/12/2022',
      ),
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
    {
      entry: {
        host: NINHTHUAN.host,
        path: NOTICE_PATH,
        kind: 'notice',
        title: NOTICE_TITLE,
        expectArticle: false,
        layout: 'notice',
      },
      html: noticePage(),
    },
  ];
}

export interface DemoSite {
  /** manifest.json: own articles, seed articles when present, negatives, and the localhost index last. */
  pages: BuiltPage[];
  /** real-pages.json: the real pages when present. */
  realPages: BuiltPage[];
  /** One line for each part left out, saying why. */
  notes: string[];
}

export interface DemoSources {
  seeds: boolean;
  real: boolean;
}

export function buildDemoSite(sources: DemoSources = { seeds: hasCorpus('seeds'), real: hasCorpus('real') }): DemoSite {
  const notes: string[] = [];
  const seedPages = sources.seeds ? buildSeedPages() : [];
  if (!sources.seeds) notes.push(corpusAbsentMessage('seeds', 'Demo pages from the seed articles'));
  const real = sources.real ? buildRealPages() : { pages: [], unplaced: [] };
  if (!sources.real) notes.push(corpusAbsentMessage('real', 'Demo pages from the real pages'));
  if (real.unplaced.length > 0)
    notes.push(
      `Real pages without a host and layout in scripts/demo-site/real-pages.ts, not served: ${real.unplaced.join(', ')}`,
    );
  const pages = [...buildOwnPages(), ...seedPages, ...buildNegativePages()];
  const index: BuiltPage = {
    entry: {
      host: 'localhost',
      path: '/',
      kind: 'index',
      title: 'GovMark – trang demo',
      expectArticle: false,
      layout: 'index',
    },
    html: indexPage([...pages, ...real.pages].map((p) => p.entry)),
  };
  return { pages: [...pages, index], realPages: real.pages, notes };
}
