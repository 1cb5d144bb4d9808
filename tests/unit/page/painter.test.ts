// @vitest-environment jsdom
// jsdom has no CSS Custom Highlight API, so this exercises the fallback painter: ranges wrapped
// in <govmark-mark> elements that come off again leaving the page's text exactly as it was.
import { describe, expect, it } from 'vitest';
import { createPainter } from '../../../utils/page/painter';

function page(html: string): HTMLElement {
  document.body.innerHTML = `<article>${html}</article>`;
  return document.querySelector('article')!;
}

function rangeOf(root: Element, text: string): Range {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode() as Text | null; n; n = walker.nextNode() as Text | null) {
    const i = n.data.indexOf(text);
    if (i >= 0) {
      const r = document.createRange();
      r.setStart(n, i);
      r.setEnd(n, i + text.length);
      return r;
    }
  }
  throw new Error(`not found: ${text}`);
}

describe('fallback painter', () => {
  it('wraps ranges, reports kinds at a point and unwraps to the original DOM', () => {
    const root = page('<p>Thu ngân sách đạt <b>1.300 tỷ đồng</b>, tăng 14,74% so với cùng kỳ.</p>');
    const before = root.innerHTML;
    const painter = createPainter(document);
    expect(painter.usesHighlightApi).toBe(false);
    painter.paint('figure', [rangeOf(root, '1.300 tỷ đồng'), rangeOf(root, '14,74%')]);
    const marks = [...root.querySelectorAll('govmark-mark')].map((m) => m.textContent);
    expect(marks.sort()).toEqual(['1.300 tỷ đồng', '14,74%']);
    const mark = root.querySelector('govmark-mark')!;
    expect(painter.kindsAt(mark.firstChild!, 1)).toEqual(['figure']);
    painter.clearAll();
    expect(root.querySelector('govmark-mark')).toBeNull();
    expect(root.innerHTML).toBe(before);
    expect(root.querySelector('p')!.childNodes.length).toBe(3);
  });

  it('splits a range that crosses element boundaries into one mark per text node', () => {
    const root = page('<p>Chủ tịch <em>UBND tỉnh</em> yêu cầu</p>');
    const p = root.querySelector('p')!;
    const r = document.createRange();
    r.setStart(p.firstChild!, 4);
    r.setEnd(p.lastChild!, 4);
    const painter = createPainter(document);
    painter.paint('directive', [r]);
    expect([...root.querySelectorAll('govmark-mark')].map((m) => m.textContent)).toEqual([
      'tịch ',
      'UBND tỉnh',
      ' yêu',
    ]);
    expect(root.textContent).toBe('Chủ tịch UBND tỉnh yêu cầu');
    painter.clear('directive');
    expect(root.innerHTML).toBe('<p>Chủ tịch <em>UBND tỉnh</em> yêu cầu</p>');
  });
});
