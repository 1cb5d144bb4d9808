// A short notice on a provincial portal: a few lines telling residents of a water cut, with a
// request and a date, too short and too plain for the engine to call an article. The reader
// can still highlight and track it (issue 11.1). Text written for the project.
import { esc, head, page } from './html';
import { NINHTHUAN } from './sites';

export const NOTICE_PATH = '/Pages/thong-bao/tam-ngung-cap-nuoc-phuong-dong-hai.aspx';
export const NOTICE_TITLE = 'Thông báo tạm ngừng cấp nước tại phường Đông Hải';

/** The notice's lines, as served; tests select from these. */
export const NOTICE_LINES = [
  'Để thay thế đoạn ống chính trên đường Yên Ninh, nước sạch sẽ tạm ngừng cung cấp tại phường Đông Hải từ 7 giờ đến 17 giờ ngày 21/12/2025.',
  'Đề nghị các hộ dân và cơ sở kinh doanh trên địa bàn chủ động dự trữ nước trước ngày 20/12/2025.',
  'Mọi thắc mắc xin liên hệ đường dây nóng của đơn vị cấp nước.',
] as const;

const CSS = `
body{margin:0;font-family:Arial,sans-serif;background:#f3f5f8;color:#222}
header{background:#b3261e;color:#fff;padding:12px 24px;font-weight:bold;font-size:20px}
nav{background:#8d1d17;padding:6px 24px}nav a{color:#fde9e7;margin-right:16px;text-decoration:none;font-size:14px}
.notice{max-width:720px;margin:24px auto;background:#fff;border:1px solid #dde2ea;padding:16px 24px;font-size:17px;line-height:1.6}
.notice h2{font-size:18px;color:#b3261e;margin:0 0 8px}.notice .stamp{font-size:13px;color:#777}
footer{text-align:center;font-size:12px;color:#666;padding:16px}
`;

export function noticePage(): string {
  const canonical = `https://${NINHTHUAN.host}${NOTICE_PATH}`;
  const body = `<header>${esc(NINHTHUAN.name)}</header>
<nav><a href="/">Trang chủ</a><a href="/Pages/thong-bao/">Thông báo</a><a href="/Pages/lien-he.aspx">Liên hệ</a></nav>
<section class="notice">
<h2>${esc(NOTICE_TITLE)}</h2>
<div class="stamp">19/12/2025</div>
${NOTICE_LINES.map((line) => `<p>${esc(line)}</p>`).join('\n')}
</section>
<footer>${esc(NINHTHUAN.owner)}</footer>`;
  return page('vi', head({ title: NOTICE_TITLE, lang: 'vi', canonical, css: CSS }), body);
}
