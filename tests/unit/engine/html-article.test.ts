// @vitest-environment jsdom
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeDocument, pagePublished, readArticleDom } from '../../../utils/engine/html-article.ts';

interface PageEntry {
  host: string;
  path: string;
  kind: string;
  expectArticle: boolean;
  seed?: string;
  title: string;
}

// A range covers the page's own whitespace, which the article text reads as one space.
const rangeText = (range: Range) =>
  range
    .toString()
    .normalize('NFC')
    .replace(/[ \t\n\r\f]+/g, ' ');
const PAGES_DIR = path.resolve(import.meta.dirname, '../../fixtures/pages');
const manifest: PageEntry[] = existsSync(path.join(PAGES_DIR, 'manifest.json'))
  ? JSON.parse(readFileSync(path.join(PAGES_DIR, 'manifest.json'), 'utf8'))
  : [];

function pageFile(entry: PageEntry): string {
  const relative =
    entry.path === '/'
      ? `${entry.host}/index.html`
      : `${entry.host}${entry.path}.html`.replace(/\.html\.html$/, '.html');
  return path.join(PAGES_DIR, relative);
}

function parse(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html');
}

const ARTICLE_HTML = `<!doctype html><html><head><title>Trang</title><meta property="og:title" content="Quảng Ninh đẩy nhanh giải ngân"></head><body>
<nav><a href="/">Trang chủ</a> <a href="/tin">Tin tức</a></nav>
<h1>Quảng Ninh đẩy nhanh giải ngân</h1><div class="date">22/09/2022 15:15</div>
<article><p>Ngày 21/9, UBND tỉnh tổ chức hội nghị về giải ngân vốn đầu tư công. Tỉnh đã giải ngân 2.500 tỷ đồng, đạt 45% kế hoạch. Theo báo cáo của Sở Tài chính, nhiều dự án trọng điểm còn vướng mặt bằng, thủ tục điều chỉnh chủ trương đầu tư kéo dài, một số chủ đầu tư chưa quyết liệt trong chỉ đạo thi công.</p>
<p>Kết luận hội nghị, Chủ tịch UBND tỉnh Cao Tường Huy yêu cầu các sở, ngành, địa phương khẩn trương tháo gỡ vướng mắc, hoàn thành giải ngân trước ngày 30/9/2022.</p>
<p>Đồng chí cũng yêu cầu các chủ đầu tư tăng cường kiểm tra, giám sát chất lượng công trình, không để xảy ra tình trạng chậm tiến độ kéo dài.</p></article>
<aside><h3>Tin mới nhất</h3><ul><li>Tin khác (21/09/2022)</li></ul></aside></body></html>`;

describe('readArticleDom', () => {
  it('maps every finding back to a live range with the same text, also on an NFD page', () => {
    for (const html of [ARTICLE_HTML, ARTICLE_HTML.normalize('NFD')]) {
      const doc = parse(html);
      const { analysis, dom } = analyzeDocument(doc, 'https://quangninh.gov.vn/Trang/ChiTietTinTuc.aspx?nid=1');
      expect(dom).not.toBeNull();
      const findings = [...analysis.figures, ...analysis.dates, ...analysis.directives];
      expect(findings.length).toBeGreaterThan(4);
      for (const f of findings) expect(rangeText(dom!.toRange(f.start, f.end))).toBe(f.text);
    }
  });

  it('builds the article from the headline and the body, without menus or side lists', () => {
    const dom = readArticleDom(parse(ARTICLE_HTML), 'https://quangninh.gov.vn/a')!;
    expect(dom.text.trimStart().startsWith('Quảng Ninh đẩy nhanh giải ngân')).toBe(true);
    expect(dom.text).toContain('không để xảy ra tình trạng chậm tiến độ kéo dài');
    expect(dom.text).not.toContain('Trang chủ');
    expect(dom.text).not.toContain('Tin mới nhất');
    expect(dom.title).toBe('Quảng Ninh đẩy nhanh giải ngân');
    expect(dom.published).toBe('2022-09-22');
    expect(dom.blocks.every((b) => b.ownerDocument !== null && b.isConnected)).toBe(true);
  });

  it('never modifies the live page', () => {
    const doc = parse(ARTICLE_HTML);
    const before = doc.documentElement.outerHTML;
    analyzeDocument(doc, 'https://quangninh.gov.vn/a');
    expect(doc.documentElement.outerHTML).toBe(before);
  });

  it('returns null for a page Readability cannot read, and still classifies it', () => {
    const doc = parse('<html><body><a href="/">Trang chủ</a><ul><li>Tin 1</li><li>Tin 2</li></ul></body></html>');
    expect(readArticleDom(doc, 'https://nghean.gov.vn/')).toBeNull();
    const { analysis, dom } = analyzeDocument(doc, 'https://nghean.gov.vn/');
    expect(dom).toBeNull();
    expect(analysis.article.isArticle).toBe(false);
    expect([analysis.figures, analysis.dates, analysis.directives, analysis.tasks]).toEqual([[], [], [], []]);
  });

  it('reads the publication date from meta tags first', () => {
    const doc = parse(
      '<html><head><meta property="article:published_time" content="2023-01-06T15:10:00+07:00"></head><body><p>06/02/2023 - 10:00</p></body></html>',
    );
    expect(pagePublished(doc)).toBe('2023-01-06');
  });
});

describe.skipIf(manifest.length === 0)('demo portal pages', () => {
  it.each(manifest.map((entry) => [`${entry.host}${entry.path}`, entry] as const))(
    'classifies %s right',
    (_, entry) => {
      const doc = parse(readFileSync(pageFile(entry), 'utf8'));
      const { analysis, dom } = analyzeDocument(doc, `https://${entry.host}${entry.path}`);
      expect(analysis.article.isArticle, analysis.article.reason).toBe(entry.expectArticle);
      if (!entry.expectArticle) return;
      expect(dom).not.toBeNull();
      expect(analysis.directives.length).toBeGreaterThan(0);
      for (const d of analysis.directives) expect(rangeText(dom!.toRange(d.start, d.end))).toBe(d.text);
    },
  );
});
