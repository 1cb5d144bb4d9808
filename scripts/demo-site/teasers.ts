// Teasers for the negative pages: the Ninh Thuận home page and the Thanh Hóa category listing.
// Many short items with dates and figures: pages that look busy but are not one article.
import type { Teaser } from './html';

export function ninhThuanHomeTeasers(articlePath: string): { featured: Teaser; teasers: Teaser[] } {
  return {
    featured: {
      title:
        'Ủy ban nhân tỉnh họp trực tuyến kiểm điểm công tác chỉ đạo, điều hành tháng 7, triển khai nhiệm vụ tháng 8/2023',
      date: '04/08/2023',
      href: `${articlePath}?utm_source=trang-chu&utm_medium=tin-noi-bat`,
      excerpt:
        'Chủ tịch UBND tỉnh Trần Quốc Nam yêu cầu phấn đấu giải ngân vốn đầu tư công đạt 100% kế hoạch năm 2023.',
    },
    teasers: [
      {
        title: 'Tổng sản phẩm trên địa bàn 6 tháng đầu năm tăng 8,5%',
        date: '03/08/2023',
        href: '/chinhquyen/ubnd/Pages/tong-san-pham-tang-8-5-phan-tram.aspx',
        excerpt: 'Khu vực công nghiệp – xây dựng tăng 11,2%, dịch vụ tăng 7,9%, nông nghiệp tăng 4,1% so với cùng kỳ.',
      },
      {
        title: 'Giải ngân vốn đầu tư công đạt 45,2% kế hoạch',
        date: '02/08/2023',
        href: '/chinhquyen/ubnd/Pages/giai-ngan-von-dau-tu-cong.aspx',
        excerpt: 'Đến ngày 31/7/2023, toàn tỉnh giải ngân được 1.512 tỷ đồng, cao hơn mức bình quân chung cả nước.',
      },
      {
        title: 'Kim ngạch xuất khẩu 7 tháng ước đạt 160 triệu USD',
        date: '01/08/2023',
        href: '/chinhquyen/ubnd/Pages/kim-ngach-xuat-khau.aspx',
        excerpt: 'Các mặt hàng thủy sản, tôm giống và muối công nghiệp tiếp tục tăng khá, riêng thủy sản tăng 15%.',
      },
      {
        title: 'Triển khai Quyết định số 1312/QĐ-UBND về phòng, chống thiên tai',
        date: '31/07/2023',
        href: '/chinhquyen/ubnd/Pages/phong-chong-thien-tai.aspx',
        excerpt: 'Các địa phương hoàn thành rà soát phương án sơ tán dân trước ngày 15/8/2023.',
      },
      {
        title: 'Thuận Nam khởi công 3 dự án năng lượng tái tạo',
        date: '27/07/2023',
        href: '/chinhquyen/ubnd/Pages/thuan-nam-nang-luong.aspx',
        excerpt: 'Tổng vốn đầu tư hơn 4.200 tỷ đồng, dự kiến hoàn thành trong quý II/2024.',
      },
      {
        title: 'Hơn 12.000 học sinh hoàn thành kỳ thi tốt nghiệp THPT năm 2023',
        date: '25/07/2023',
        href: '/chinhquyen/sgd/Pages/thi-tot-nghiep-2023.aspx',
        excerpt: 'Tỷ lệ tốt nghiệp đạt 98,6%, tăng 0,4% so với năm trước.',
      },
      {
        title: 'Du lịch 7 tháng đón 2,1 triệu lượt khách',
        date: '24/07/2023',
        href: '/chinhquyen/svhttdl/Pages/du-lich-7-thang.aspx',
        excerpt: 'Doanh thu du lịch ước đạt 2.850 tỷ đồng, tăng 32% so với cùng kỳ.',
      },
      {
        title: 'Công bố Kế hoạch số 2718/KH-UBND về chuyển đổi số năm 2023',
        date: '30/06/2023',
        href: '/chinhquyen/ubnd/Pages/chuyen-doi-so.aspx',
        excerpt: 'Phấn đấu 80% hồ sơ thủ tục hành chính được xử lý trực tuyến toàn trình.',
      },
    ],
  };
}

export function thanhHoaListingTeasers(articlePath: string): Teaser[] {
  return [
    {
      title: 'Phiên họp thường kỳ UBND tỉnh tháng 12 năm 2022: Thống nhất chủ đề của năm 2023',
      date: '22/12/2022',
      href: `${articlePath}?utm_source=chuyen-muc&utm_medium=listing`,
      excerpt: 'Ngày 21/12/2022, đồng chí Đỗ Minh Tuấn chủ trì Phiên họp thường kỳ UBND tỉnh tháng 12 năm 2022.',
    },
    {
      title: 'Tăng trưởng kinh tế năm 2022 ước đạt 10,05%',
      date: '20/12/2022',
      href: '/portal/Pages/2022-12-20/Tang-truong-kinh-te-nam-2022-uoc-dat-1005-a81c2e.aspx',
      excerpt: 'Quy mô nền kinh tế đạt 265.000 tỷ đồng, đứng thứ 8 cả nước; thu ngân sách vượt 35% dự toán.',
    },
    {
      title: 'Thông báo số 238/TB-UBND kết luận của Chủ tịch UBND tỉnh',
      date: '17/12/2022',
      href: '/portal/Pages/2022-12-17/Thong-bao-so-238-TB-UBND-b9f3d4.aspx',
      excerpt: 'Giao các sở, ngành hoàn thành hồ sơ trước ngày 31/12/2022.',
    },
    {
      title: 'Kỳ họp thứ 11 HĐND tỉnh khóa XVIII thông qua 56 nghị quyết',
      date: '10/12/2022',
      href: '/portal/Pages/2022-12-10/Ky-hop-thu-11-HDND-tinh-c02e5f.aspx',
      excerpt: 'Kỳ họp diễn ra trong 3 ngày, từ ngày 07 đến ngày 09/12/2022.',
    },
    {
      title: 'Khu kinh tế Nghi Sơn thu hút thêm 1,2 tỷ USD vốn đầu tư',
      date: '08/12/2022',
      href: '/portal/Pages/2022-12-08/Khu-kinh-te-Nghi-Son-d4e6a7.aspx',
      excerpt: 'Lũy kế đến nay, khu kinh tế có 402 dự án còn hiệu lực, tổng vốn đăng ký 28 tỷ USD.',
    },
    {
      title: 'Giải ngân vốn đầu tư công 11 tháng đạt 78,3% kế hoạch',
      date: '05/12/2022',
      href: '/portal/Pages/2022-12-05/Giai-ngan-von-dau-tu-cong-e8b1f0.aspx',
      excerpt: 'UBND tỉnh yêu cầu phấn đấu giải ngân 100% kế hoạch vốn trước ngày 31/01/2023.',
    },
    {
      title: 'Thanh Hóa đón 12,5 triệu lượt khách du lịch trong năm 2022',
      date: '01/12/2022',
      href: '/portal/Pages/2022-12-01/Don-125-trieu-luot-khach-f1a2b3.aspx',
      excerpt: 'Tổng thu từ du lịch ước đạt 24.000 tỷ đồng, tăng gấp 2,6 lần năm 2021.',
    },
    {
      title: 'Hội nghị triển khai Nghị quyết số 58-NQ/TW của Bộ Chính trị',
      date: '28/11/2022',
      href: '/portal/Pages/2022-11-28/Nghi-quyet-58-NQ-TW-a0b9c8.aspx',
      excerpt: 'Hơn 500 đại biểu tham dự tại điểm cầu chính và 27 điểm cầu cấp huyện.',
    },
    {
      title: 'Xuất khẩu 11 tháng đạt 5,2 tỷ USD, tăng 18%',
      date: '25/11/2022',
      href: '/portal/Pages/2022-11-25/Xuat-khau-11-thang-b7c6d5.aspx',
      excerpt: 'Dệt may, giày da và sản phẩm lọc hóa dầu là các nhóm hàng chủ lực.',
    },
    {
      title: 'Chương trình mục tiêu quốc gia xây dựng nông thôn mới: thêm 15 xã đạt chuẩn',
      date: '22/11/2022',
      href: '/portal/Pages/2022-11-22/Nong-thon-moi-c5d4e3.aspx',
      excerpt: 'Toàn tỉnh có 76,8% số xã đạt chuẩn nông thôn mới.',
    },
  ];
}
