// The demo site's table of contents at http://localhost:PORT/. Links name the real-looking hosts;
// a small script adds the server's port so they work whatever port the server got.
import { esc, head, page } from './html';
import type { ManifestEntry } from './page-files';

const KIND_LABELS: Record<ManifestEntry['kind'], string> = {
  article: 'Bài viết (có đánh dấu)',
  'nfd-article': 'Bài viết dạng Unicode NFD',
  home: 'Trang chủ cổng (không phải bài viết)',
  listing: 'Trang chuyên mục (không phải bài viết)',
  'non-government': 'Trang ngoài cơ quan nhà nước',
  'off-topic': 'Bài viết về chủ đề khác (không phải bài chỉ đạo điều hành)',
  english: 'Trang tiếng Anh',
  notice: 'Thông báo ngắn (không phải bài viết, vẫn ghi chú được)',
  index: 'Mục lục',
};

const CORPUS_LABELS: Record<NonNullable<ManifestEntry['corpus']>, string> = {
  own: 'bài của dự án',
  seeds: 'bài mẫu',
  real: 'trang thật',
};

export function indexPage(entries: ManifestEntry[]): string {
  const rows = entries.map(
    (e) =>
      `<tr><td><a class="demo-link" href="http://${e.host}${esc(e.path)}">${esc(e.title)}</a><div class="url">${esc(e.host)}${esc(e.path)}</div></td>` +
      `<td>${esc(KIND_LABELS[e.kind])}</td><td>${esc(e.corpus ? `${CORPUS_LABELS[e.corpus]} ${e.goldId}` : 'trang của dự án')}</td><td>${esc(e.layout)}</td></tr>`,
  );
  const body = `<main><h1>GovMark – trang demo cổng thông tin</h1>
<p>Các trang dưới đây được tạo từ các bài viết của dự án và, khi có thư mục <code>shared</code>, từ các bài mẫu và trang thật, theo bố cục thật của các cổng thông tin tỉnh và báo địa phương. Tên miền được Chromium (<code>--host-resolver-rules</code>) hoặc Firefox (proxy) đưa về máy này.</p>
<table><thead><tr><th>Trang</th><th>Loại</th><th>Nguồn</th><th>Bố cục</th></tr></thead><tbody>
${rows.join('\n')}
</tbody></table></main>
<script>for (const a of document.querySelectorAll('a.demo-link')) { const u = new URL(a.href); u.port = location.port; a.href = u.href; }</script>`;
  return page(
    'vi',
    head({
      title: 'GovMark – trang demo',
      lang: 'vi',
      canonical: 'http://localhost/',
      css: 'body{font-family:Arial,sans-serif;background:#f5f7fa;color:#222;margin:0}main{max-width:980px;margin:0 auto;padding:24px}table{border-collapse:collapse;width:100%;background:#fff}td,th{border:1px solid #dde3ea;padding:8px;text-align:left;vertical-align:top}.url{color:#888;font-size:12px}',
    }),
    body,
  );
}
