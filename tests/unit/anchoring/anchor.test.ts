// @vitest-environment jsdom
import { describe as group, expect, it } from 'vitest';
import { anchor, anchorAll, anchorAllChunked, describe, buildTextModel } from '../../../utils/anchoring/index';
import type { Selector, TextPositionSelector, TextQuoteSelector } from '../../../utils/anchoring/types';
import { buildFixturePage, pointAt, rangeBetween } from './fixture-page';

type Boundary = [selector: string, needle: string, edge: 'start' | 'end', occurrence?: number];

interface RangeCase {
  name: string;
  start: Boundary;
  end: Boundary;
  /** The NFC text the range covers in the text model. */
  quote: string;
}

// Ranges a reader could select on the fixture page, the way Hypothesis's anchoring tests list them.
const RANGES: RangeCase[] = [
  {
    name: 'words inside one text node',
    start: ['#p1', 'Phó Bí thư', 'start'],
    end: ['#p1', 'Tỉnh ủy', 'end'],
    quote: 'Phó Bí thư Tỉnh ủy',
  },
  {
    name: 'across an inline tag',
    start: ['#p1', 'đồng chí', 'start'],
    end: ['#p1 b', 'Minh Tuấn', 'end'],
    quote: 'đồng chí Đỗ Minh Tuấn',
  },
  {
    name: 'a whole bold figure',
    start: ['#p2 strong', '1.300', 'start'],
    end: ['#p2 strong', 'đồng', 'end'],
    quote: '1.300 tỷ đồng',
  },
  {
    name: 'across paragraphs with noscript between',
    start: ['#p1', 'năm 2022.', 'start'],
    end: ['#p2', 'tổng sản phẩm', 'end'],
    quote: 'năm 2022.\n\nNăm 2022, tổng sản phẩm',
  },
  {
    name: 'across a script and a style',
    start: ['#title', 'tháng 12', 'start'],
    end: ['#p1', 'Ngày 21/12/2022', 'end'],
    quote: 'tháng 12 năm 2022\n\n\nNgày 21/12/2022',
  },
  {
    name: 'inside the NFD paragraph',
    start: ['#nfd', 'Nguyễn Trọng Trang', 'start'],
    end: ['#nfd', 'Tỉnh ủy viên', 'end'],
    quote: 'Nguyễn Trọng Trang – Tỉnh ủy viên',
  },
  {
    name: 'from NFD text into an NFD italic',
    start: ['#nfd', 'Hội nghị.', 'start'],
    end: ['#nfd i', 'thống nhất', 'end'],
    quote: 'Hội nghị. Hội nghị thống nhất',
  },
  {
    name: 'the second of two sentences opening alike',
    start: ['#p3', 'Chủ tịch UBND tỉnh yêu cầu các sở, ngành', 'start', 1],
    end: ['#p3', 'rà soát', 'end'],
    quote: 'Chủ tịch UBND tỉnh yêu cầu các sở, ngành rà soát',
  },
  {
    name: 'the first words of the text',
    start: ['#title', 'Phiên họp', 'start'],
    end: ['#title', 'thường kỳ', 'end'],
    quote: 'Phiên họp thường kỳ',
  },
  {
    name: 'the last words of the text',
    start: ['#p5', 'ngày 20/12/2022.', 'start'],
    end: ['#p5', 'ngày 20/12/2022.', 'end'],
    quote: 'ngày 20/12/2022.',
  },
];

function rangeFor(root: Element, testCase: RangeCase): Range {
  const [startSelector, startNeedle, startEdge, startOccurrence] = testCase.start;
  const [endSelector, endNeedle, endEdge, endOccurrence] = testCase.end;
  return rangeBetween(
    pointAt(root, startSelector, startNeedle, startEdge, startOccurrence),
    pointAt(root, endSelector, endNeedle, endEdge, endOccurrence),
  );
}

function selectorsOf(selectors: Selector[]) {
  const position = selectors.find((s): s is TextPositionSelector => s.type === 'TextPositionSelector')!;
  const quote = selectors.find((s): s is TextQuoteSelector => s.type === 'TextQuoteSelector')!;
  return { position, quote };
}

/** The NFC text a range covers in the model's terms (skipped elements left out). */
function modelText(root: Element, range: Range): string {
  const model = buildTextModel(root);
  return model.text.slice(
    model.offsetOf(range.startContainer, range.startOffset, 'start'),
    model.offsetOf(range.endContainer, range.endOffset, 'end'),
  );
}

group('describe', () => {
  it.each(RANGES)('$name: a position and a quote with 32 characters of context', (testCase) => {
    const root = buildFixturePage();
    const model = buildTextModel(root);
    const selectors = describe(root, rangeFor(root, testCase));
    expect(selectors.map((s) => s.type)).toEqual(['TextPositionSelector', 'TextQuoteSelector']);
    const { position, quote } = selectorsOf(selectors);
    expect(quote.exact).toBe(testCase.quote);
    expect(model.text.slice(position.start, position.end)).toBe(testCase.quote);
    expect(quote.prefix).toBe(model.text.slice(Math.max(0, position.start - 32), position.start));
    expect(quote.suffix).toBe(model.text.slice(position.end, position.end + 32));
  });

  it('refuses a range that holds no text of the root', () => {
    const root = buildFixturePage();
    const collapsed = document.createRange();
    collapsed.setStart(root.querySelector('#p1')!, 0);
    expect(() => describe(root, collapsed)).toThrow(RangeError);
  });

  it('counts NFC characters on an NFD page', () => {
    const root = buildFixturePage();
    const testCase = RANGES.find((c) => c.name === 'inside the NFD paragraph')!;
    const { position } = selectorsOf(describe(root, rangeFor(root, testCase)));
    const nfcRoot = document.createElement('div');
    nfcRoot.innerHTML = root.innerHTML.normalize('NFC');
    const nfcText = buildTextModel(nfcRoot).text;
    expect(nfcText.slice(position.start, position.end)).toBe(testCase.quote);
    expect(position.start).toBe(nfcText.indexOf(testCase.quote));
  });
});

group('anchor: describe then anchor gives the same text back', () => {
  it.each(RANGES)('$name, with all selectors', (testCase) => {
    const root = buildFixturePage();
    const range = rangeFor(root, testCase);
    const anchored = anchor(root, describe(root, range));
    expect(anchored).not.toBeNull();
    expect(modelText(root, anchored!)).toBe(testCase.quote);
    expect(anchored!.toString().normalize('NFC')).toBe(range.toString().normalize('NFC'));
  });

  it.each(RANGES)('$name, with the position selector alone', (testCase) => {
    const root = buildFixturePage();
    const { position } = selectorsOf(describe(root, rangeFor(root, testCase)));
    const [result] = anchorAll(root, [[position]]);
    expect(result.placement).toBe('position');
    expect(modelText(root, result.range!)).toBe(testCase.quote);
  });

  it.each(RANGES)('$name, with the quote selector alone', (testCase) => {
    const root = buildFixturePage();
    const { quote } = selectorsOf(describe(root, rangeFor(root, testCase)));
    const [result] = anchorAll(root, [[quote]]);
    expect(result.placement).toBe('exact');
    expect(modelText(root, result.range!)).toBe(testCase.quote);
  });
});

group('anchor: fallbacks after the page changed', () => {
  function describeQuote(root: Element, selector: string, text: string, occurrence = 0): Selector[] {
    return describe(
      root,
      rangeBetween(
        pointAt(root, selector, text, 'start', occurrence),
        pointAt(root, selector, text, 'end', occurrence),
      ),
    );
  }

  it('falls back to the quote when the stored position holds other text', () => {
    const root = buildFixturePage();
    const selectors = describeQuote(root, '#p2', 'thu ngân sách nhà nước');
    const { position, quote } = selectorsOf(selectors);
    const moved: Selector[] = [{ ...position, start: position.start + 7, end: position.end + 7 }, quote];
    const [result] = anchorAll(root, [moved]);
    expect(result.placement).toBe('exact');
    expect(modelText(root, result.range!)).toBe('thu ngân sách nhà nước');
  });

  it('finds the quote after a sentence is inserted before it', () => {
    const root = buildFixturePage();
    const selectors = describeQuote(root, '#p3', 'giải ngân vốn đầu tư công');
    root
      .querySelector('#title')!
      .insertAdjacentHTML('afterend', '<p>Tin mới: tỉnh đón đoàn công tác của Bộ Kế hoạch và Đầu tư.</p>');
    const [result] = anchorAll(root, [selectors]);
    expect(result.placement).toBe('exact');
    expect(modelText(root, result.range!)).toBe('giải ngân vốn đầu tư công');
  });

  it('finds a quote whose words were edited, by fuzzy match', () => {
    const root = buildFixturePage();
    const selectors = describeQuote(root, '#p5', 'phối hợp với Sở Tài chính tham mưu UBND tỉnh phân bổ vốn');
    const p5 = root.querySelector('#p5')!;
    p5.textContent = p5.textContent!.replace('tham mưu UBND tỉnh', 'báo cáo UBND tỉnh');
    const [result] = anchorAll(root, [selectors]);
    expect(result.placement).toBe('fuzzy');
    expect(result.placement === 'fuzzy' && result.score).toBeGreaterThan(0.8);
    expect(modelText(root, result.range!)).toBe('phối hợp với Sở Tài chính báo cáo UBND tỉnh phân bổ vốn');
  });

  it('finds an edited quote on an NFD page from selectors made on the NFC page', () => {
    const nfcRoot = buildFixturePage();
    nfcRoot.innerHTML = nfcRoot.innerHTML.normalize('NFC');
    const selectors = describeQuote(nfcRoot, '#nfd', 'Chánh Văn phòng UBND tỉnh trình bày dự thảo');
    const root = buildFixturePage();
    const nfd = root.querySelector('#nfd')!.firstChild as Text;
    nfd.data = nfd.data.replace('trình bày'.normalize('NFD'), 'báo cáo'.normalize('NFD'));
    const [result] = anchorAll(root, [selectors]);
    expect(result.placement).toBe('fuzzy');
    expect(result.range!.toString().normalize('NFC')).toBe('Chánh Văn phòng UBND tỉnh báo cáo dự thảo');
  });

  it('leaves an orphan, not a wrong place, when the quoted text is deleted', () => {
    const root = buildFixturePage();
    const selectors = describeQuote(root, '#p5', 'Sở Kế hoạch và Đầu tư chủ trì');
    root.querySelector('#p5')!.remove();
    expect(anchorAll(root, [selectors])).toEqual([{ placement: 'orphan', range: null }]);
  });

  it('leaves an orphan when a common phrase survives only amid other sentences', () => {
    const root = buildFixturePage();
    // "UBND tỉnh" appears several times; this occurrence and its context are deleted.
    const selectors = describeQuote(root, '#p5', 'UBND tỉnh');
    root.querySelector('#p5')!.remove();
    expect(anchor(root, selectors)).toBeNull();
    // The refusal comes from the minimum score, which callers may lower.
    expect(anchor(root, selectors, { minScore: 0.3 })?.toString().normalize('NFC')).toBe('UBND tỉnh');
  });

  it('picks the right one of repeated phrases by context, without a position', () => {
    const root = buildFixturePage();
    for (const occurrence of [0, 1]) {
      const { quote } = selectorsOf(describeQuote(root, '#p3', 'Chủ tịch UBND tỉnh yêu cầu các sở, ngành', occurrence));
      const range = anchor(root, [quote])!;
      const after = range.endContainer.textContent!.slice(range.endOffset, range.endOffset + 10);
      expect(after).toBe(occurrence === 0 ? ' tập trung' : ' rà soát t');
    }
  });

  it('picks the repeated phrase by context even when the stored position points at the other one', () => {
    const root = buildFixturePage();
    const first = selectorsOf(describeQuote(root, '#p3', 'Chủ tịch UBND tỉnh yêu cầu', 0));
    const second = selectorsOf(describeQuote(root, '#p3', 'Chủ tịch UBND tỉnh yêu cầu', 1));
    const shifted: Selector[] = [
      { ...second.position, start: second.position.start + 1, end: second.position.end + 1 },
      second.quote,
    ];
    const [result] = anchorAll(root, [shifted]);
    expect(result.placement).toBe('exact');
    expect(buildTextModel(root).offsetOf(result.range!.startContainer, result.range!.startOffset)).toBe(
      second.position.start,
    );
    expect(second.position.start).not.toBe(first.position.start);
  });

  it('returns an orphan for an empty quote or an out-of-range position', () => {
    const root = buildFixturePage();
    expect(anchor(root, [{ type: 'TextQuoteSelector', exact: '' }])).toBeNull();
    expect(anchor(root, [{ type: 'TextPositionSelector', start: 5, end: 100000 }])).toBeNull();
    expect(anchor(root, [])).toBeNull();
  });
});

group('batch anchoring', () => {
  it('anchors many annotations in input order, whatever their positions', () => {
    const root = buildFixturePage();
    const lists = [...RANGES].reverse().map((c) => describe(root, rangeFor(root, c)));
    const results = anchorAll(root, lists);
    expect(results.map((r) => modelText(root, r.range!))).toEqual([...RANGES].reverse().map((c) => c.quote));
  });

  it('follows the shift of the text to place later quotes after an insertion', () => {
    const root = buildFixturePage();
    const cases = RANGES.filter((c) => !c.start[0].startsWith('#title'));
    const lists = cases.map((c) => describe(root, rangeFor(root, c)));
    root.querySelector('#title')!.insertAdjacentHTML('afterend', '<p>Một câu mới được chèn vào đầu bài.</p>');
    const results = anchorAll(root, lists);
    expect(results.map((r) => r.placement)).toEqual(cases.map(() => 'exact'));
    expect(results.map((r) => modelText(root, r.range!))).toEqual(cases.map((c) => c.quote));
  });

  it('yields to the page between chunks and gives the same results', async () => {
    const root = buildFixturePage();
    const lists = RANGES.map((c) => describe(root, rangeFor(root, c)));
    let yields = 0;
    const results = await anchorAllChunked(root, lists, {
      chunkMs: 0,
      yieldToPage: async () => {
        yields++;
      },
    });
    expect(yields).toBe(RANGES.length - 1);
    expect(results.map((r) => modelText(root, r.range!))).toEqual(RANGES.map((c) => c.quote));
  });
});
