// Furniture for the sites the demo serves beside the five drawn by hand in sites.ts: a provincial
// or district portal, or a provincial newspaper, named after its place. The side lists are
// written here once for every such site (generic provincial news) and, like the hand-drawn
// ones, carry figures, dates and document numbers that GovMark must never paint.
import type { NewsLink } from './html';
import type { Site } from './sites';

export interface SiteFacts {
  host: string;
  /** Header name in capitals, as portals print it. */
  name: string;
  owner: string;
  titleSuffix: string;
  /** Place the side news is about: 'Tuyên Quang', 'Ngân Sơn'. */
  place: string;
  /** Year of the side news, the year of the site's articles. */
  year: number;
  address: string;
  phone: string;
  license: string;
  /** Where the side links point, e.g. '/Pages/tin-tuc' or '/tin-tuc'. */
  linkBase: string;
}

const PORTAL_MENU = [
  'Trang chủ',
  'Giới thiệu',
  'Tin tức – Sự kiện',
  'Chỉ đạo điều hành',
  'Văn bản',
  'Dịch vụ công',
  'Liên hệ',
];
const NEWSPAPER_MENU = ['Trang chủ', 'Thời sự', 'Chính trị', 'Kinh tế', 'Xã hội', 'Văn hóa', 'Thể thao', 'Pháp luật'];

function link(facts: SiteFacts, title: string, date: string, slug: string): NewsLink {
  return { title, date, href: `${facts.linkBase}/${slug}` };
}

function latestNews(f: SiteFacts): NewsLink[] {
  const y = f.year;
  return [
    link(f, `${f.place}: thu ngân sách 9 tháng năm ${y} đạt 78,6% dự toán`, `28/09/${y}`, 'thu-ngan-sach-9-thang'),
    link(f, 'Giải ngân vốn đầu tư công đạt 52,3% kế hoạch, cao hơn bình quân cả nước', `20/09/${y}`, 'giai-ngan'),
    link(f, `Triển khai Kế hoạch số 215/KH-UBND về chuyển đổi số năm ${y}`, `12/09/${y}`, 'ke-hoach-215'),
    link(f, `Hoàn thành 100% hồ sơ giao đất tái định cư trước ngày 30/6/${y}`, `05/09/${y}`, 'giao-dat-tai-dinh-cu'),
  ];
}

function otherNews(f: SiteFacts): NewsLink[] {
  const y = f.year;
  return [
    link(f, `Sơ kết 6 tháng đầu năm ${y}: tăng trưởng GRDP ước đạt 7,1%`, `15/07/${y}`, 'so-ket-6-thang'),
    link(f, 'Ban hành Quyết định số 1024/QĐ-UBND về danh mục dự án trọng điểm', `02/07/${y}`, 'quyet-dinh-1024'),
    link(f, `${f.place} đón 1,2 triệu lượt khách du lịch, tăng 18% so với cùng kỳ`, `28/06/${y}`, 'du-lich'),
  ];
}

export function portalSite(f: SiteFacts): Site {
  return {
    host: f.host,
    name: f.name,
    owner: f.owner,
    titleSuffix: f.titleSuffix,
    menu: PORTAL_MENU,
    latest: latestNews(f),
    other: otherNews(f),
    footer: [
      `Cơ quan chủ quản: ${f.owner}`,
      `Địa chỉ: ${f.address}`,
      `Điện thoại: ${f.phone} – Email: banbientap@${f.host}`,
      `Giấy phép số ${f.license} của Cục Phát thanh, truyền hình và thông tin điện tử`,
    ],
  };
}

export function newspaperSite(f: SiteFacts): Site {
  return {
    host: f.host,
    name: f.name,
    owner: f.owner,
    titleSuffix: f.titleSuffix,
    menu: NEWSPAPER_MENU,
    latest: latestNews(f),
    other: otherNews(f),
    footer: [
      `Cơ quan chủ quản: ${f.owner}`,
      `Tòa soạn: ${f.address}`,
      `Điện thoại: ${f.phone} – Email: toasoan@${f.host}`,
      `Giấy phép số ${f.license} của Bộ Thông tin và Truyền thông`,
    ],
  };
}

/** "Title (dd/mm/yyyy)" rows of a saved page's related-news box as links on the same site. */
export function relatedLinks(rows: string[], linkBase: string): NewsLink[] {
  return rows.map((row, i) => {
    const match = /^(.*\S)\s*\((\d{2}\/\d{2}\/\d{4})\)$/.exec(row);
    if (!match) throw new Error(`Not a "Title (dd/mm/yyyy)" row: ${row}`);
    return { title: match[1]!, date: match[2]!, href: `${linkBase}/tin-lien-quan-${i + 1}` };
  });
}
