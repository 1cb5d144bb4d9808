// @vitest-environment jsdom
import { describe as group, expect, it } from 'vitest';
import { anchorAll, articleScope, describe, pageScope, type Selector } from '../../../utils/anchoring/index';

const PAGE = `
<header><nav><a href="/">Trang chủ</a> <a href="/tin-tuc">Tin tức</a></nav></header>
<article id="article">
  <h1>Thông báo lịch tiếp công dân tháng 4</h1>
  <p id="lead">Chủ tịch UBND huyện tiếp công dân định kỳ vào sáng thứ Năm hằng tuần.</p>
</article>
<aside id="related">Xem thêm: kết quả giải quyết đơn thư quý I.</aside>
<div hidden id="hidden-attr">Bản tin cũ không còn hiển thị.</div>
<div style="display: none" id="hidden-style">Thông báo đã hết hạn.</div>
<govmark-ui-host id="own-ui">Ghi chú của bạn đọc</govmark-ui-host>
<section id="comments"><p>Bạn đọc Hà: cảm ơn thông báo.</p></section>
`;

function render(): void {
  document.body.innerHTML = PAGE;
}

function rangeOver(element: Element): Range {
  const range = document.createRange();
  range.selectNodeContents(element);
  return range;
}

group('articleScope', () => {
  it('reads only the article', () => {
    render();
    const scope = articleScope(document.getElementById('article')!);
    expect(scope.kind).toBe('article');
    expect(scope.model.text).toContain('tiếp công dân định kỳ');
    expect(scope.model.text).not.toContain('Trang chủ');
    expect(scope.model.text).not.toContain('Bạn đọc Hà');
  });

  it('refuses to describe a range outside the article', () => {
    render();
    const scope = articleScope(document.getElementById('article')!);
    expect(() => describe(scope, rangeOver(document.querySelector('#comments p')!))).toThrow(/outside the scope/);
  });

  it('takes a bare root element as the article scope over it', () => {
    render();
    const root = document.getElementById('article')!;
    const lead = document.getElementById('lead')!;
    expect(describe(root, rangeOver(lead))).toEqual(describe(articleScope(root), rangeOver(lead)));
  });
});

group('pageScope', () => {
  it('reads the visible page without hidden elements and without what the caller excludes', () => {
    render();
    const scope = pageScope(document.body, { exclude: (element) => element.localName === 'govmark-ui-host' });
    expect(scope.kind).toBe('page');
    for (const shown of ['Trang chủ', 'tiếp công dân định kỳ', 'Xem thêm', 'Bạn đọc Hà']) {
      expect(scope.model.text).toContain(shown);
    }
    for (const hidden of ['Bản tin cũ', 'Thông báo đã hết hạn', 'Ghi chú của bạn đọc']) {
      expect(scope.model.text).not.toContain(hidden);
    }
  });

  it('describes and anchors text outside the article', () => {
    render();
    const scope = pageScope(document.body);
    const aside = document.getElementById('related')!;
    const selectors = describe(scope, rangeOver(aside));
    const [result] = anchorAll(scope, [selectors]);
    expect(result.placement).toBe('position');
    expect(result.range?.toString()).toBe(aside.textContent);
  });

  // "describe then anchor gives the same text back" for each selector alone, in the page scope.
  it.each(['TextPositionSelector', 'TextQuoteSelector'] as const)('gives the text back from the %s alone', (type) => {
    render();
    const scope = pageScope(document.body);
    const comment = document.querySelector('#comments p')!;
    const selectors = describe(scope, rangeOver(comment)).filter((s): s is Selector => s.type === type);
    const [result] = anchorAll(pageScope(document.body), [selectors]);
    expect(result.placement).toBe(type === 'TextPositionSelector' ? 'position' : 'exact');
    expect(result.range?.toString()).toBe('Bạn đọc Hà: cảm ơn thông báo.');
  });

  it('never finds in the article scope what only the page holds', () => {
    render();
    const selectors = describe(pageScope(document.body), rangeOver(document.getElementById('related')!));
    const [result] = anchorAll(articleScope(document.getElementById('article')!), [selectors]);
    expect(result).toEqual({ placement: 'orphan', range: null });
  });
});
