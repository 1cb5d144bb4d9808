// A small Vietnamese article for anchoring tests: inline tags, content that the text model
// skips (script, style, noscript, template), a repeated sentence opening and a paragraph
// stored in NFD as some portals serve it.

import type { Selector } from '../../../utils/anchoring/types';

export const NFD_SENTENCE =
  'Đồng chí Nguyễn Trọng Trang – Tỉnh ủy viên, Chánh Văn phòng UBND tỉnh trình bày dự thảo báo cáo tại Hội nghị.';

const ARTICLE_HTML = `
<h1 id="title">Phiên họp thường kỳ UBND tỉnh tháng 12 năm 2022</h1>
<script>var tracking = "Ủy ban nhân dân tỉnh";</script>
<style>.lead { color: #333; }</style>
<p id="p1">Ngày 21/12/2022, đồng chí <b>Đỗ Minh Tuấn</b> – Phó Bí thư Tỉnh ủy, Chủ tịch <a href="/ubnd">UBND tỉnh</a> chủ trì Phiên họp thường kỳ UBND tỉnh tháng 12 năm 2022.</p>
<noscript>Trình duyệt của bạn không hỗ trợ JavaScript.</noscript>
<p id="p2">Năm 2022, tổng sản phẩm trên địa bàn tỉnh (GRDP) ước tăng <em>12,3%</em>, thu ngân sách nhà nước đạt <strong>1.300 tỷ đồng</strong>, vượt 15% dự toán được giao.</p>
<p id="p3">Chủ tịch UBND tỉnh yêu cầu các sở, ngành tập trung hoàn thành giải ngân vốn đầu tư công trước ngày 31/01/2023. Chủ tịch UBND tỉnh yêu cầu các sở, ngành rà soát thủ tục hành chính trước ngày 15/02/2023.</p>
<p id="nfd">${NFD_SENTENCE.normalize('NFD')} <i>${'Hội nghị thống nhất chủ đề năm 2023.'.normalize('NFD')}</i></p>
<template><p>Nội dung mẫu không hiển thị</p></template>
<p id="p5">Sở Kế hoạch và Đầu tư chủ trì, phối hợp với Sở Tài chính tham mưu UBND tỉnh phân bổ vốn theo Quyết định số 1234/QĐ-UBND ngày 20/12/2022.</p>
`;

/** Fills `doc.body` with the fixture article and returns its root element. */
export function buildFixturePage(doc: Document = document): HTMLElement {
  doc.body.innerHTML = `<article id="root">${ARTICLE_HTML}</article>`;
  return doc.getElementById('root')!;
}

/**
 * A DOM boundary at the `occurrence`-th place where `needle` (written in NFC, found in NFC or
 * NFD text) appears inside a text node under `selector`: before it (`start`) or after it (`end`).
 */
export function pointAt(
  root: Element,
  selector: string,
  needle: string,
  edge: 'start' | 'end',
  occurrence = 0,
): { node: Text; offset: number } {
  const scope = root.querySelector(selector);
  if (!scope) throw new Error(`no element ${selector}`);
  const walker = root.ownerDocument.createTreeWalker(scope, 4 /* NodeFilter.SHOW_TEXT */);
  let seen = 0;
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    for (const form of new Set([needle, needle.normalize('NFD')])) {
      for (let at = node.data.indexOf(form); at !== -1; at = node.data.indexOf(form, at + 1)) {
        if (seen++ === occurrence) return { node, offset: edge === 'start' ? at : at + form.length };
      }
    }
  }
  throw new Error(`"${needle}" #${occurrence} not found in ${selector}`);
}

export function rangeBetween(start: { node: Node; offset: number }, end: { node: Node; offset: number }): Range {
  const range = start.node.ownerDocument!.createRange();
  range.setStart(start.node, start.offset);
  range.setEnd(end.node, end.offset);
  return range;
}

/**
 * Selectors for the `occurrence`-th `exact` as Hypothesis stores them: offsets and 32
 * characters of context counted in `root.textContent`, script, style and noscript text included.
 */
export function textContentSelectors(root: Element, exact: string, occurrence = 0): Selector[] {
  const text = root.textContent ?? '';
  let start = -1;
  for (let seen = 0; seen <= occurrence; seen++) {
    start = text.indexOf(exact, start + 1);
    if (start === -1) throw new Error(`"${exact}" #${occurrence} is not in the text`);
  }
  const end = start + exact.length;
  return [
    { type: 'TextPositionSelector', start, end },
    {
      type: 'TextQuoteSelector',
      exact,
      prefix: text.slice(Math.max(0, start - 32), start),
      suffix: text.slice(end, end + 32),
    },
  ];
}
