// The furniture of each demo site: names, menus, side lists and footers. Side-list titles carry
// numbers, percentages, dates and document numbers on purpose: they are the text GovMark must
// never highlight, because it is not part of the article.
import type { NewsLink } from './html';

export interface Site {
  host: string;
  name: string;
  /** Second header line, e.g. the issuing body. */
  owner: string;
  /** How page titles name the site ("Báo Quảng Ninh điện tử"); the header name when absent. */
  titleSuffix?: string;
  menu: string[];
  latest: NewsLink[];
  other: NewsLink[];
  footer: string[];
}

export const NINHTHUAN: Site = {
  host: 'ninhthuan.gov.vn',
  name: 'CỔNG THÔNG TIN ĐIỆN TỬ TỈNH NINH THUẬN',
  owner: 'Ủy ban nhân dân tỉnh Ninh Thuận',
  menu: [
    'Trang chủ',
    'Giới thiệu',
    'Tin tức – Sự kiện',
    'Chính quyền',
    'Văn bản',
    'Dịch vụ công',
    'Đầu tư',
    'Du lịch',
    'Liên hệ',
  ],
  latest: [
    {
      title: 'Ninh Thuận: Tổng sản phẩm trên địa bàn tăng 8,5% trong 6 tháng đầu năm 2023',
      date: '03/08/2023',
      href: '/chinhquyen/ubnd/Pages/tong-san-pham-tang-8-5-phan-tram.aspx',
    },
    {
      title: 'Giải ngân vốn đầu tư công đạt 45,2% kế hoạch, cao hơn bình quân cả nước',
      date: '02/08/2023',
      href: '/chinhquyen/ubnd/Pages/giai-ngan-von-dau-tu-cong.aspx',
    },
    {
      title: 'Kim ngạch xuất khẩu 7 tháng ước đạt 160 triệu USD, tăng 12% so cùng kỳ',
      date: '01/08/2023',
      href: '/chinhquyen/ubnd/Pages/kim-ngach-xuat-khau.aspx',
    },
    {
      title: 'Triển khai Quyết định số 1312/QĐ-UBND ngày 20/7/2023 về phòng, chống thiên tai',
      date: '31/07/2023',
      href: '/chinhquyen/ubnd/Pages/phong-chong-thien-tai.aspx',
    },
    {
      title: 'Hoàn thành 100% kế hoạch tiêm chủng mở rộng trước ngày 30/9/2023',
      date: '28/07/2023',
      href: '/chinhquyen/ubnd/Pages/tiem-chung-mo-rong.aspx',
    },
  ],
  other: [
    {
      title: 'UBND tỉnh làm việc với huyện Thuận Nam về 3 dự án năng lượng tái tạo',
      date: '27/07/2023',
      href: '/chinhquyen/ubnd/Pages/thuan-nam-nang-luong.aspx',
    },
    {
      title: 'Phiên họp thường kỳ tháng 6/2023: thu ngân sách đạt 52% dự toán',
      date: '06/07/2023',
      href: '/chinhquyen/ubnd/Pages/phien-hop-thang-6.aspx',
    },
    {
      title: 'Công bố Kế hoạch số 2718/KH-UBND về chuyển đổi số năm 2023',
      date: '30/06/2023',
      href: '/chinhquyen/ubnd/Pages/chuyen-doi-so.aspx',
    },
  ],
  footer: [
    'Cơ quan chủ quản: Ủy ban nhân dân tỉnh Ninh Thuận',
    'Địa chỉ: 450 đường 16 tháng 4, thành phố Phan Rang – Tháp Chàm, tỉnh Ninh Thuận',
    'Điện thoại: 0259.3822.608 – Fax: 0259.3822.520 – Email: ubnd@ninhthuan.gov.vn',
    'Giấy phép số 45/GP-TTĐT ngày 12/3/2019 của Cục Phát thanh, truyền hình và thông tin điện tử',
  ],
};

export const LONGAN: Site = {
  host: 'longan.gov.vn',
  name: 'CỔNG THÔNG TIN ĐIỆN TỬ TỈNH LONG AN',
  owner: 'Ủy ban nhân dân tỉnh Long An',
  menu: [
    'Trang chủ',
    'Giới thiệu',
    'Tin tức – Sự kiện',
    'Văn bản',
    'Thủ tục hành chính',
    'Thông tin quy hoạch',
    'Thông tin du học',
    'Liên kết',
  ],
  latest: [
    {
      title: 'Long An: Chỉ số sản xuất công nghiệp năm 2022 tăng 9,3%',
      date: '05/01/2023',
      href: '/Pages/chi-so-san-xuat-cong-nghiep-2022.aspx',
    },
    {
      title: 'Thu ngân sách năm 2022 đạt 20.512 tỷ đồng, vượt 11,4% dự toán',
      date: '04/01/2023',
      href: '/Pages/thu-ngan-sach-2022.aspx',
    },
    {
      title: 'Ban hành Chỉ thị số 01/CT-UBND về tổ chức Tết Nguyên đán Quý Mão 2023',
      date: '03/01/2023',
      href: '/Pages/chi-thi-01-tet-2023.aspx',
    },
    {
      title: 'Tỉnh thu hút 62 dự án đầu tư trực tiếp nước ngoài trong năm 2022',
      date: '30/12/2022',
      href: '/Pages/thu-hut-fdi-2022.aspx',
    },
  ],
  other: [
    {
      title: 'Hội nghị tổng kết công tác năm 2022, triển khai nhiệm vụ năm 2023 của ngành Nội vụ',
      date: '29/12/2022',
      href: '/Pages/tong-ket-nganh-noi-vu.aspx',
    },
    { title: 'Kỳ họp thứ 10 HĐND tỉnh thông qua 25 nghị quyết', date: '09/12/2022', href: '/Pages/ky-hop-thu-10.aspx' },
  ],
  footer: [
    'Cơ quan chủ quản: Ủy ban nhân dân tỉnh Long An',
    'Địa chỉ: Số 61 Nguyễn Huệ, Phường 1, thành phố Tân An, tỉnh Long An',
    'Điện thoại: 0272.3826.111 – Email: vpubnd@longan.gov.vn',
    'Giấy phép số 127/GP-TTĐT ngày 25/9/2017 của Bộ Thông tin và Truyền thông',
  ],
};

export const THANHHOA: Site = {
  host: 'thanhhoa.gov.vn',
  name: 'CỔNG THÔNG TIN ĐIỆN TỬ TỈNH THANH HÓA',
  owner: 'Ủy ban nhân dân tỉnh Thanh Hóa',
  titleSuffix: 'Cổng thông tin điện tử tỉnh Thanh Hóa',
  menu: [
    'Trang chủ',
    'Giới thiệu',
    'Tin tức – Sự kiện',
    'Chỉ đạo điều hành',
    'Văn bản',
    'Công dân',
    'Doanh nghiệp',
    'Du khách',
    'Hỏi đáp',
  ],
  latest: [
    {
      title: 'Thanh Hóa: thu ngân sách 11 tháng đạt 38.500 tỷ đồng, vượt 21,5% dự toán',
      date: '21/12/2022',
      href: '/portal/Pages/2022-12-21/Thu-ngan-sach-11-thang-c4d2e1.aspx',
    },
    {
      title: 'Triển khai Chỉ thị số 18/CT-UBND về tổ chức Tết Nguyên đán Quý Mão 2023',
      date: '19/12/2022',
      href: '/portal/Pages/2022-12-19/Chi-thi-so-18-CT-UBND-e1a4b2.aspx',
    },
    {
      title: 'Hoàn thành 95% khối lượng giải phóng mặt bằng cao tốc Bắc – Nam đoạn qua tỉnh',
      date: '15/12/2022',
      href: '/portal/Pages/2022-12-15/Giai-phong-mat-bang-cao-toc-d3f1a9.aspx',
    },
  ],
  other: [
    {
      title: 'Tăng trưởng kinh tế năm 2022 ước đạt 10,05%, cao nhất từ trước đến nay',
      date: '20/12/2022',
      href: '/portal/Pages/2022-12-20/Tang-truong-kinh-te-nam-2022-uoc-dat-1005-a81c2e.aspx',
    },
    {
      title: 'Thông báo số 238/TB-UBND kết luận của Chủ tịch UBND tỉnh tại buổi làm việc ngày 15/12/2022',
      date: '17/12/2022',
      href: '/portal/Pages/2022-12-17/Thong-bao-so-238-TB-UBND-b9f3d4.aspx',
    },
    {
      title: 'Kỳ họp thứ 11 HĐND tỉnh khóa XVIII: thông qua 56 nghị quyết',
      date: '10/12/2022',
      href: '/portal/Pages/2022-12-10/Ky-hop-thu-11-HDND-tinh-c02e5f.aspx',
    },
  ],
  footer: [
    'Cơ quan chủ quản: Ủy ban nhân dân tỉnh Thanh Hóa',
    'Địa chỉ: Số 35 Đại lộ Lê Lợi, phường Lam Sơn, thành phố Thanh Hóa',
    'Điện thoại: 0237.3852.366 – Email: congthongtin@thanhhoa.gov.vn',
    'Giấy phép số 45/GP-TTĐT ngày 12/3/2019 của Cục Phát thanh, truyền hình và thông tin điện tử',
  ],
};

export const TRAVINH: Site = {
  host: 'travinh.gov.vn',
  name: 'CỔNG THÔNG TIN ĐIỆN TỬ TỈNH TRÀ VINH',
  owner: 'Ủy ban nhân dân tỉnh Trà Vinh',
  menu: [
    'Trang chủ',
    'Giới thiệu',
    'Tin tức – Sự kiện',
    'Chính quyền',
    'Văn bản',
    'Dịch vụ công',
    'Công báo',
    'Liên hệ',
  ],
  latest: [
    {
      title: 'Trà Vinh: chỉ số sản xuất công nghiệp 7 tháng tăng 14,74%',
      date: '31/07/2023',
      href: '/wps/portal/travinh/tin-tuc/chi-tiet/chi-so-san-xuat-cong-nghiep',
    },
    {
      title: 'Hơn 1.300 hộ dân được hỗ trợ khắc phục hậu quả sạt lở bờ sông',
      date: '29/07/2023',
      href: '/wps/portal/travinh/tin-tuc/chi-tiet/ho-tro-sat-lo',
    },
    {
      title: 'Triển khai Nghị quyết số 19-NQ/TU về phát triển nông nghiệp đến năm 2030',
      date: '27/07/2023',
      href: '/wps/portal/travinh/tin-tuc/chi-tiet/nghi-quyet-19',
    },
    {
      title: 'Giải ngân vốn đầu tư công 6 tháng đạt 36,4% kế hoạch',
      date: '18/07/2023',
      href: '/wps/portal/travinh/tin-tuc/chi-tiet/giai-ngan-6-thang',
    },
  ],
  other: [
    {
      title: 'Hội nghị Ban Chấp hành Đảng bộ tỉnh lần thứ 12, nhiệm kỳ 2020 - 2025',
      date: '14/07/2023',
      href: '/wps/portal/travinh/tin-tuc/chi-tiet/hoi-nghi-bch-lan-12',
    },
    {
      title: 'Tạo việc làm mới cho 18.000 lao động, đạt 79% kế hoạch năm',
      date: '12/07/2023',
      href: '/wps/portal/travinh/tin-tuc/chi-tiet/tao-viec-lam',
    },
    {
      title: 'Kênh 3/2 phát huy hiệu quả tưới tiêu cho 25.000 ha lúa',
      date: '05/07/2023',
      href: '/wps/portal/travinh/tin-tuc/chi-tiet/kenh-3-2',
    },
  ],
  footer: [
    'Cơ quan chủ quản: Ủy ban nhân dân tỉnh Trà Vinh',
    'Địa chỉ: Số 01 Lê Lợi, Phường 1, thành phố Trà Vinh, tỉnh Trà Vinh',
    'Điện thoại: 0294.3862.349 – Email: congthongtin@travinh.gov.vn',
    'Giấy phép số 74/GP-TTĐT ngày 20/5/2020 của Cục Phát thanh, truyền hình và thông tin điện tử',
  ],
};

// The paper's other domain: Chromium forces HTTPS for baoquangninh.vn (HSTS preload, checked
// with Chromium 156 here), which a plain-HTTP loopback server cannot serve.
export const BAOQUANGNINH: Site = {
  host: 'baoquangninh.com.vn',
  name: 'BÁO QUẢNG NINH ĐIỆN TỬ',
  titleSuffix: 'Báo Quảng Ninh điện tử',
  owner: 'Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Quảng Ninh',
  menu: [
    'Trang chủ',
    'Thời sự',
    'Chính trị',
    'Kinh tế',
    'Xã hội',
    'Văn hóa',
    'Thể thao',
    'Pháp luật',
    'Quốc tế',
    'Multimedia',
  ],
  latest: [
    {
      title: 'Quảng Ninh: GRDP quý I/2021 tăng 9,02%',
      date: '08/04/2021',
      href: '/quang-ninh-grdp-quy-i-2021-tang-9-02-2529801.html',
    },
    {
      title: 'Thu hút FDI quý I đạt 420 triệu USD, gấp 3 lần cùng kỳ',
      date: '07/04/2021',
      href: '/thu-hut-fdi-quy-i-dat-420-trieu-usd-2529655.html',
    },
    {
      title: 'Hoàn thành giải phóng mặt bằng 95% dự án cao tốc Vân Đồn – Móng Cái',
      date: '06/04/2021',
      href: '/hoan-thanh-gpmb-cao-toc-van-don-mong-cai-2529512.html',
    },
    {
      title: 'Ban hành Nghị quyết số 326/2021/NQ-HĐND: 5 giải pháp cấp bách phòng dịch',
      date: '25/03/2021',
      href: '/nghi-quyet-326-2021-nq-hdnd-2528420.html',
    },
  ],
  other: [
    {
      title: 'Phiên họp thường kỳ UBND tỉnh tháng 3/2021: phấn đấu tăng trưởng trên 10%',
      date: '31/03/2021',
      href: '/phien-hop-thuong-ky-thang-3-2021-2528990.html',
    },
    {
      title: 'Khởi công nút giao Đầm Nhà Mạc trên cao tốc Hạ Long – Hải Phòng',
      date: '13/03/2021',
      href: '/khoi-cong-nut-giao-dam-nha-mac-2527301.html',
    },
    {
      title: 'Văn bản số 1393/UBND-DL1: điều chỉnh biện pháp phòng chống dịch từ ngày 11/3',
      date: '11/03/2021',
      href: '/van-ban-1393-ubnd-dl1-2527155.html',
    },
  ],
  footer: [
    'Cơ quan chủ quản: Tỉnh ủy Quảng Ninh – Tổng Biên tập: Đoàn Mạnh Cường',
    'Tòa soạn: Số 71 Lê Thánh Tông, phường Hồng Gai, thành phố Hạ Long, tỉnh Quảng Ninh',
    'Điện thoại: 0203.3835.014 – Email: baoquangninh@gmail.com',
    'Giấy phép số 142/GP-BTTTT ngày 12/4/2021 của Bộ Thông tin và Truyền thông',
  ],
};
