// Demo pages made from the articles written for the project (tests/fixtures/articles): the demo
// site works from these alone when ../shared is absent. Each text is a page as saved from its
// site; its line map says which lines are headline, body and furniture.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { type ArticlePageSpec, type BuiltPage, articlePage } from './article-page';
import { newspaperSite, portalSite } from './site-factory';
import { type LineMap, splitArticle } from './source-text';

export const OWN_ARTICLES_DIR = path.resolve(import.meta.dirname, '../../tests/fixtures/articles');

export type OwnId = 'own-001' | 'own-002' | 'extra-001' | 'extra-002' | 'extra-003' | 'extra-004';
export const OWN_IDS: readonly OwnId[] = ['own-001', 'own-002', 'extra-001', 'extra-002', 'extra-003', 'extra-004'];

export const OWN_LINE_MAPS: Record<OwnId, LineMap> = {
  'own-001': {
    headline: 4,
    furniture: {
      masthead: [1, 2, 7],
      stamp: [6],
      views: [23],
      share: [24],
      relatedHeading: [25],
      relatedItems: [26, 27],
    },
    publishedIso: '2025-10-10T08:37:00+07:00',
  },
  'own-002': {
    headline: 4,
    sapo: [8],
    furniture: { masthead: [1, 2], stamp: [6], byline: [18] },
    publishedIso: '2024-03-13T16:20:00+07:00',
  },
  'extra-001': {
    headline: 8,
    furniture: {
      masthead: [1, 2, 4, 32, 41],
      stamp: [6],
      byline: [28],
      views: [30],
      otherNewsHeading: [34],
      relatedItems: [36, 37, 38, 39],
    },
    publishedIso: '2025-09-12T16:45:00+07:00',
  },
  'extra-002': {
    headline: 8,
    sapo: [10],
    furniture: {
      masthead: [1, 2, 4, 37],
      stamp: [6],
      byline: [30],
      relatedHeading: [32],
      relatedItems: [34, 35, 39, 40, 41],
    },
    publishedIso: '2024-07-18T17:32:00+07:00',
  },
  'extra-003': {
    headline: 5,
    furniture: {
      masthead: [1, 2, 3, 28],
      stamp: [7],
      fontSize: [8],
      byline: [26],
      otherNewsHeading: [30],
      relatedItems: [32, 33, 34],
      online: [36],
    },
    publishedIso: '2024-11-14T09:35:00+07:00',
  },
  'extra-004': {
    headline: 7,
    furniture: {
      masthead: [1, 3, 25],
      langSwitch: [2],
      stamp: [5],
      byline: [23],
      otherNewsHeading: [27],
      relatedItems: [29, 30, 31],
    },
    publishedIso: '2024-10-23T10:12:00+07:00',
  },
};

const TUYENQUANG = portalSite({
  host: 'tuyenquang.gov.vn',
  name: 'CỔNG THÔNG TIN ĐIỆN TỬ TỈNH TUYÊN QUANG',
  owner: 'Ủy ban nhân dân tỉnh Tuyên Quang',
  titleSuffix: 'Cổng thông tin điện tử tỉnh Tuyên Quang',
  place: 'Tuyên Quang',
  year: 2025,
  address: 'Trụ sở Ủy ban nhân dân tỉnh, phường Minh Xuân, tỉnh Tuyên Quang',
  phone: '0207.3822.035',
  license: '52/GP-TTĐT ngày 18/4/2022',
  linkBase: '/Pages/tin-tuc',
});

const BAOBINHDINH = newspaperSite({
  host: 'baobinhdinh.vn',
  name: 'BÁO BÌNH ĐỊNH',
  owner: 'Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Bình Định',
  titleSuffix: 'Báo Bình Định điện tử',
  place: 'Bình Định',
  year: 2024,
  address: 'Số 72 Lê Lợi, thành phố Quy Nhơn, tỉnh Bình Định',
  phone: '0256.3822.375',
  license: '327/GP-BTTTT ngày 14/6/2021',
  linkBase: '/thoi-su',
});

const LAMDONG = portalSite({
  host: 'lamdong.gov.vn',
  name: 'CỔNG THÔNG TIN ĐIỆN TỬ TỈNH LÂM ĐỒNG',
  owner: 'Ủy ban nhân dân tỉnh Lâm Đồng',
  titleSuffix: 'Cổng thông tin điện tử tỉnh Lâm Đồng',
  place: 'Lâm Đồng',
  year: 2025,
  address: 'Trung tâm Hành chính tỉnh, phường Xuân Hương – Đà Lạt, tỉnh Lâm Đồng',
  phone: '0263.3822.127',
  license: '71/GP-TTĐT ngày 03/7/2025',
  linkBase: '/wps/portal/lamdong/tin-tuc/chi-tiet',
});

const BAONGHEAN = newspaperSite({
  host: 'baonghean.vn',
  name: 'BÁO NGHỆ AN',
  owner: 'Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Nghệ An',
  titleSuffix: 'Báo Nghệ An điện tử',
  place: 'Nghệ An',
  year: 2024,
  address: 'Số 4 Trần Huy Liệu, thành phố Vinh, tỉnh Nghệ An',
  phone: '0238.3844.539',
  license: '471/GP-BTTTT ngày 25/7/2023',
  linkBase: '',
});

const DANANG = portalSite({
  host: 'danang.gov.vn',
  name: 'CỔNG THÔNG TIN ĐIỆN TỬ THÀNH PHỐ ĐÀ NẴNG',
  owner: 'Ủy ban nhân dân thành phố Đà Nẵng',
  titleSuffix: 'Cổng thông tin điện tử thành phố Đà Nẵng',
  place: 'Đà Nẵng',
  year: 2024,
  address: 'Trung tâm Hành chính thành phố, 24 Trần Phú, quận Hải Châu, thành phố Đà Nẵng',
  phone: '0236.3822.025',
  license: '15/GP-TTĐT ngày 05/3/2020',
  linkBase: '/portal/Pages/2024-11',
});

const KHANHHOA = portalSite({
  host: 'khanhhoa.gov.vn',
  name: 'CỔNG THÔNG TIN ĐIỆN TỬ TỈNH KHÁNH HÒA',
  owner: 'Ủy ban nhân dân tỉnh Khánh Hòa',
  titleSuffix: 'Cổng thông tin điện tử tỉnh Khánh Hòa',
  place: 'Khánh Hòa',
  year: 2024,
  address: 'Số 1 Trần Phú, thành phố Nha Trang, tỉnh Khánh Hòa',
  phone: '0258.3822.661',
  license: '38/GP-TTĐT ngày 10/5/2019',
  linkBase: '/Pages/tin-tuc',
});

export const OWN_PAGE_SPECS: Record<OwnId, ArticlePageSpec> = {
  'own-001': {
    site: TUYENQUANG,
    layout: 'sharepoint',
    path: '/Pages/chi-dao-dieu-hanh/chu-tich-ubnd-tinh-chi-dao-khac-phuc-hau-qua-mua-lu-tai-cac-xa-vung-cao.aspx',
    options: { breadcrumb: ['Trang chủ', 'Tin tức', 'Chỉ đạo điều hành'] },
  },
  'own-002': {
    site: BAOBINHDINH,
    layout: 'newspaper',
    path: '/thoi-su/ban-thuong-vu-tinh-uy-cho-y-kien-ve-tien-do-cac-du-an-trong-diem-240313.html',
    options: { headerDate: 'Thứ Tư, 13/03/2024', tags: ['Ban Thường vụ Tỉnh ủy', 'dự án trọng điểm', 'giải ngân'] },
  },
  'extra-001': {
    site: LAMDONG,
    layout: 'websphere',
    path: '/wps/portal/lamdong/tin-tuc/chi-tiet/kiem-diem-tien-do-giai-ngan-von-dau-tu-cong-thang-9-2025',
    options: { portletSite: 'lamdong' },
  },
  'extra-002': {
    site: BAONGHEAN,
    layout: 'newspaper',
    path: '/hoi-nghi-ban-chap-hanh-dang-bo-tinh-lan-thu-25-10278531.html',
    options: { headerDate: 'Thứ Năm, 18/07/2024', tags: ['Tỉnh ủy Nghệ An', 'hội nghị', 'chỉ tiêu năm 2024'] },
  },
  'extra-003': {
    site: DANANG,
    layout: 'thanhhoa-portal',
    path: '/portal/Pages/2024-11-14/Ket-luan-cua-Chu-tich-UBND-thanh-pho-ve-ung-pho-mua-lu-a7c3e9.aspx',
    options: { headerDate: 'Thứ Năm, 14/11/2024' },
  },
  'extra-004': {
    site: KHANHHOA,
    layout: 'sharepoint',
    path: '/Pages/chi-dao-dieu-hanh/khac-phuc-ton-tai-chong-khai-thac-iuu.aspx',
    options: { breadcrumb: ['Trang chủ', 'Tin tức', 'Chỉ đạo điều hành'] },
  },
};

export function readOwnText(id: OwnId): string {
  return readFileSync(path.join(OWN_ARTICLES_DIR, `${id}.txt`), 'utf8');
}

export function splitOwn(id: OwnId, text: string = readOwnText(id)) {
  return splitArticle(id, text, OWN_LINE_MAPS[id]);
}

export function buildOwnPages(readText: (id: OwnId) => string = readOwnText): BuiltPage[] {
  return OWN_IDS.map((id) => articlePage(splitOwn(id, readText(id)), OWN_PAGE_SPECS[id], 'own'));
}
