// @vitest-environment jsdom
import { describe as group, expect, it } from 'vitest';
import { buildTextModel } from '../../../utils/anchoring/text-model';
import { buildFixturePage, NFD_SENTENCE, pointAt } from './fixture-page';

group('buildTextModel', () => {
  it('concatenates visible text nodes and skips script, style, noscript and template', () => {
    const model = buildTextModel(buildFixturePage());
    expect(model.text).toContain('Phiên họp thường kỳ UBND tỉnh tháng 12 năm 2022');
    expect(model.text).toContain('đồng chí Đỗ Minh Tuấn – Phó Bí thư');
    expect(model.text).not.toContain('tracking');
    expect(model.text).not.toContain('color: #333');
    expect(model.text).not.toContain('JavaScript');
    expect(model.text).not.toContain('Nội dung mẫu');
  });

  it('gives the NFC text of an NFD paragraph', () => {
    const model = buildTextModel(buildFixturePage());
    expect(model.text).toBe(model.text.normalize('NFC'));
    expect(model.text).toContain(NFD_SENTENCE);
  });

  it('maps NFC offsets in NFD text to raw offsets on character boundaries', () => {
    const root = buildFixturePage();
    const model = buildTextModel(root);
    const nfdNode = root.querySelector('#nfd')!.firstChild as Text;
    const word = 'Trọng';
    const start = model.text.indexOf(word);
    const from = model.positionAt(start, 'start');
    const to = model.positionAt(start + word.length, 'end');
    expect(from.node).toBe(nfdNode);
    expect(to.node).toBe(nfdNode);
    expect(nfdNode.data.slice(from.offset, to.offset)).toBe(word.normalize('NFD'));
    expect(
      model
        .toRange(start, start + word.length)
        .toString()
        .normalize('NFC'),
    ).toBe(word);
  });

  it('rounds a boundary inside a combining sequence to the whole character', () => {
    const root = buildFixturePage();
    const model = buildTextModel(root);
    const nfdNode = root.querySelector('#nfd')!.firstChild as Text;
    // "ọ" in NFD is "o" + U+0323; a boundary between them belongs to no NFC offset.
    const insideO = nfdNode.data.indexOf('o\u0323') + 1;
    const before = model.text.indexOf('Trọng') + 2;
    expect(model.offsetOf(nfdNode, insideO, 'start')).toBe(before);
    expect(model.offsetOf(nfdNode, insideO, 'end')).toBe(before + 1);
  });

  it('round-trips every NFC offset through the DOM', () => {
    const model = buildTextModel(buildFixturePage());
    for (let offset = 0; offset <= model.text.length; offset++) {
      for (const affinity of ['start', 'end'] as const) {
        const { node, offset: inNode } = model.positionAt(offset, affinity);
        expect(model.offsetOf(node, inNode, affinity)).toBe(offset);
      }
    }
  });

  it('prefers the next node for a start and the previous node for an end at node boundaries', () => {
    const root = buildFixturePage();
    const model = buildTextModel(root);
    const bold = root.querySelector('#p1 b')!.firstChild as Text;
    const at = model.text.indexOf('Đỗ Minh Tuấn');
    expect(model.positionAt(at, 'start')).toEqual({ node: bold, offset: 0 });
    expect(model.positionAt(at, 'end').node).toBe(root.querySelector('#p1')!.firstChild);
  });

  it('counts element boundaries and skipped text from the next visible text node', () => {
    const root = buildFixturePage();
    const model = buildTextModel(root);
    const p2 = root.querySelector('#p2')!;
    expect(model.offsetOf(p2, 0)).toBe(model.text.indexOf('Năm 2022, tổng'));
    const script = root.querySelector('script')!;
    expect(model.offsetOf(script.firstChild!, 5)).toBe(model.offsetOf(script.nextSibling!, 0));
    expect(model.offsetOf(root, root.childNodes.length)).toBe(model.text.length);
    const point = pointAt(root, '#p5', 'Sở Tài chính', 'start');
    expect(model.offsetOf(point.node, point.offset)).toBe(model.text.indexOf('Sở Tài chính'));
  });

  it('refuses offsets outside the text', () => {
    const model = buildTextModel(buildFixturePage());
    expect(() => model.positionAt(-1)).toThrow(RangeError);
    expect(() => model.positionAt(model.text.length + 1)).toThrow(RangeError);
  });

  it('handles a root without text', () => {
    const root = document.createElement('div');
    root.innerHTML = '<script>x()</script>';
    const model = buildTextModel(root);
    expect(model.text).toBe('');
    expect(model.toRange(0, 0).collapsed).toBe(true);
  });
});

group('buildTextModel options and textContent context', () => {
  it('leaves out excluded elements with their descendants', () => {
    const root = buildFixturePage();
    const model = buildTextModel(root, { exclude: (element) => element.id === 'p2' });
    expect(model.text).not.toContain('tổng sản phẩm');
    expect(model.text).toContain('Chủ tịch UBND tỉnh yêu cầu');
  });

  it('gives the match form with the same offsets', () => {
    const root = document.createElement('div');
    root.innerHTML = '<p>Uỷ ban nhân dân tỉnh chỉ đạo hoà giải.</p>';
    const model = buildTextModel(root);
    expect(model.matchText).toBe('Ủy ban nhân dân tỉnh chỉ đạo hòa giải.');
    expect(model.matchText).toHaveLength(model.text.length);
  });

  it('gives the context around a stretch as textContent counts it, script and style text included', () => {
    const root = buildFixturePage();
    const model = buildTextModel(root);
    const start = model.text.indexOf('Ngày 21/12/2022');
    const around = model.textContentAround(start, start + 'Ngày 21/12/2022'.length, 40, 8);
    const content = root.textContent!;
    const rawStart = content.indexOf('Ngày 21/12/2022');
    expect(around.prefix).toBe(content.slice(rawStart - 40, rawStart));
    expect(around.prefix).toContain('color: #333');
    expect(around.suffix).toBe(', đồng c');
  });
});
