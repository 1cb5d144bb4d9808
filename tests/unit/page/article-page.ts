// A provincial portal article written for these tests, loaded into jsdom's document, and helpers
// to find and select its text.
const ARTICLE_BODY = `
<p>Sáng ngày 12/3, Ủy ban nhân dân tỉnh họp phiên thường kỳ để nghe báo cáo tình hình kinh tế quý I. Tổng thu ngân sách trên địa bàn ước đạt 1.250 tỷ đồng, tăng 12,5% so với cùng kỳ năm trước, nhờ các doanh nghiệp chế biến nông sản mở rộng sản xuất.</p>
<p>Theo Sở Kế hoạch và Đầu tư, tiến độ giải ngân vốn đầu tư công vẫn chậm ở nhiều công trình giao thông do vướng mặt bằng và thủ tục thay đổi thiết kế kéo dài hơn dự kiến ban đầu.</p>
<p>Kết luận phiên họp, Chủ tịch UBND tỉnh yêu cầu Sở Tài chính hoàn thành báo cáo quyết toán vốn trước ngày 30/4/2024.</p>
<p>Đồng chí cũng đề nghị các huyện tăng cường kiểm tra chất lượng công trình và công khai tiến độ từng dự án trên cổng thông tin của tỉnh.</p>`;

export const ARTICLE_HTML = `<!doctype html><html><head><title>Cổng thông tin</title>
<meta property="og:title" content="UBND tỉnh họp phiên thường kỳ tháng 3"></head><body>
<nav><a href="/">Trang chủ</a> <a href="/tin-tuc">Tin tức</a></nav>
<main><h1>UBND tỉnh họp phiên thường kỳ tháng 3</h1><div class="date">12/03/2024 10:30</div>
<article id="body">${ARTICLE_BODY}</article></main>
<aside id="ticker"><h3>Tin mới</h3><ul><li>Tin khác</li></ul></aside></body></html>`;

export const DIRECTIVE_WORDS = 'Sở Tài chính hoàn thành báo cáo quyết toán vốn';

export function loadPage(html: string, path = '/tin-tuc/phien-hop-thang-3.html'): Document {
  window.history.replaceState(null, '', path);
  document.documentElement.innerHTML = new DOMParser()
    .parseFromString(html, 'text/html')
    .documentElement.innerHTML.replace(/^\s+/, '');
  return document;
}

/** The range of the first occurrence of `text` under `root`. */
export function rangeOf(text: string, root: Node = document.body): Range {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    const index = node.data.indexOf(text);
    if (index < 0) continue;
    const range = document.createRange();
    range.setStart(node, index);
    range.setEnd(node, index + text.length);
    return range;
  }
  throw new Error(`not on the page: ${text}`);
}

export function select(range: Range): void {
  const selection = document.getSelection()!;
  selection.removeAllRanges();
  selection.addRange(range);
}
