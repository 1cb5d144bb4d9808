// A non-government page: a travel feature on a made-up tourism site (not *.gov.vn, not a party
// newspaper). It reads like an article, has figures and dates, and GovMark must leave it alone.
import { esc, head, page, photo } from './html';

export const TRAVEL_HOST = 'dulich-vietnam.example.vn';
export const TRAVEL_PATH = '/kham-pha/mua-nho-chin-tren-dat-nang-gio-ninh-thuan-20230715.html';
export const TRAVEL_TITLE = 'Mùa nho chín trên đất nắng gió Ninh Thuận';

const PARAGRAPHS = [
  'Cứ vào khoảng tháng 6 đến tháng 9, những vườn nho ven Phan Rang lại trĩu quả. Từ trung tâm thành phố, chỉ mất chừng 15 phút đi xe máy là du khách đã có thể lạc vào những giàn nho xanh mát, nơi từng chùm quả tím sẫm buông xuống ngang tầm mắt.',
  'Chủ vườn thường mời khách tự tay cắt nho, nếm thử tại chỗ rồi mới cân mang về. Giá vé tham quan phổ biến khoảng 30.000 đồng mỗi người, nhiều vườn giảm 20% cho nhóm từ 10 người trở lên. Ngoài nho tươi, khách còn được thưởng thức rượu vang, mật nho và nho sấy do chính gia đình làm ra.',
  'Buổi chiều, nên ghé tháp Po Klong Garai để ngắm hoàng hôn trên những bức tường gạch nung hơn 700 năm tuổi, rồi xuống làng gốm Bàu Trúc xem các nghệ nhân Chăm nặn gốm bằng tay, không dùng bàn xoay. Tối đến, chợ đêm Phan Rang có bánh căn, bánh xèo mực và chè bột sắn nóng hổi.',
  'Kinh nghiệm nhỏ: mang theo mũ rộng vành, kem chống nắng và nước uống, vì nắng ở đây rất gắt. Nếu đi vào cuối tuần, hãy đặt phòng trước ít nhất 1 tuần, nhất là vào dịp lễ hội Katê, khi lượng khách tăng gấp đôi.',
];

const CSS = `
body{margin:0;background:#fffaf2;font-family:Georgia,serif;color:#2b2b2b}
header{background:#2f7d5b;color:#fff;padding:14px 24px;display:flex;justify-content:space-between;align-items:center;font-family:Arial,sans-serif}
header .logo{font-size:24px;font-weight:bold}header nav a{color:#e9fff4;margin-left:16px;text-decoration:none}
main{max-width:760px;margin:0 auto;padding:24px}
h1{font-size:34px;line-height:1.25;margin:0 0 8px}.byline{font:14px Arial,sans-serif;color:#777;margin-bottom:16px}
.entry-content{font-size:19px;line-height:1.75}.entry-content img{max-width:100%;height:auto;border-radius:6px}
.widget{font-family:Arial,sans-serif;border-top:1px solid #e6dcc8;margin-top:24px;padding-top:12px;font-size:14px}
footer{background:#24493a;color:#cfe7da;text-align:center;font:13px Arial,sans-serif;padding:14px}
`;

export function travelPage(): string {
  const canonical = `https://${TRAVEL_HOST}${TRAVEL_PATH}`;
  const body = `<header><div class="logo">Du lịch Việt Nam</div><nav><a href="/">Trang chủ</a><a href="/kham-pha/">Khám phá</a><a href="/am-thuc/">Ẩm thực</a><a href="/cam-nang/">Cẩm nang</a></nav></header>
<main><article class="post">
<h1 class="entry-title">${esc(TRAVEL_TITLE)}</h1>
<div class="byline">Bài và ảnh: Minh Thư · 15/07/2023 · 6 phút đọc</div>
<div class="entry-content">
<p>${photo(720, 400, '#7aa86d')}</p>
${PARAGRAPHS.map((p) => `<p>${esc(p)}</p>`).join('\n')}
</div>
<div class="widget">Bài viết liên quan: <a href="/kham-pha/doi-cat-nam-cuong.html?utm_source=related&amp;utm_medium=widget">Đồi cát Nam Cương lúc bình minh</a> · <a href="/am-thuc/de-nuong-phan-rang.html?utm_source=related&amp;utm_medium=widget">Thịt dê nướng Phan Rang</a></div>
</article></main>
<footer>© 2023 Du lịch Việt Nam – Chia sẻ trải nghiệm du lịch khắp ba miền</footer>`;
  return page(
    'vi',
    head({
      title: `${TRAVEL_TITLE} – Du lịch Việt Nam`,
      lang: 'vi',
      canonical,
      description: PARAGRAPHS[0]!,
      ogTitle: TRAVEL_TITLE,
      ogType: 'article',
      publishedTime: '2023-07-15T08:00:00+07:00',
      extraMeta: ['<meta name="generator" content="WordPress 6.2.2">'],
      css: CSS,
    }),
    body,
    ' class="post-template-default single single-post"',
  );
}
