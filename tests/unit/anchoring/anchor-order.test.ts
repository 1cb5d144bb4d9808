// @vitest-environment jsdom
// Anchoring order after the page changed, as a table: a highlight is made on one version of an
// article and anchored on the next. Exact first, fuzzy last, never on the wrong words.
import { describe as group, expect, it } from 'vitest';
import {
  anchorAll,
  articleScope,
  describe,
  pageScope,
  type AnchorOptions,
  type Placement,
  type Selector,
  type TextPositionSelector,
  type TextScope,
} from '../../../utils/anchoring/index';
import { toMatchForm } from '../../../utils/anchoring/match-form';
import { editDistance } from '../../../utils/anchoring/similarity';
import { textContentSelectors } from './fixture-page';

const MEETING = 'Sáng 12/3, UBND tỉnh tổ chức hội nghị đánh giá tiến độ giải ngân vốn đầu tư công quý I năm 2024.';
const REPORT = 'Chủ tịch UBND tỉnh yêu cầu Sở Nội vụ hoàn thành báo cáo trước ngày 15/4/2024.';
// The same words as REPORT's quote, 37 characters into the sentence as in REPORT.
const COLLISION = 'Thường trực Tỉnh ủy giao Sở Xây dựng hoàn thành báo cáo trước ngày 15/4/2024.';
const YEAR_END = 'Các xã phải hoàn thành báo cáo tổng kết năm trước ngày 20/12.';
const BUDGET = 'Sở Tài chính được phép điều chỉnh dự toán chi thường xuyên của các đơn vị sự nghiệp công lập.';
const BUDGET_NEAR = 'Sở Tài chính được phép điều chỉnh dự toán chi đầu tư của các đơn vị sự nghiệp công lập.';
const LAND = 'Các huyện chưa hoàn thành kế hoạch bồi thường, giải phóng mặt bằng phải báo cáo rõ nguyên nhân.';
const FIGURES = 'Tổng vốn đã giải ngân đạt 1.250 tỷ đồng, bằng 18,6% kế hoạch vốn được giao.';
const PROCEDURES = 'Các sở, ngành khẩn trương rà soát thủ tục hành chính trong tháng 4.';
const VACCINES = 'Phó Chủ tịch đề nghị các sở, ngành khẩn trương rà soát danh sách trẻ em chưa tiêm vắc xin.';
const WASTE = 'Nghiêm cấm các cơ sở xả nước thải chưa qua xử lý ra môi trường.';
const ENGLISH = 'The province has not approved the land price table for 2024.';
const MEDIATION = 'Uỷ ban nhân dân tỉnh chỉ đạo công tác hoà giải ở cơ sở trong năm 2024.';

interface Page {
  /** Paragraphs of the article. */
  article: string[];
  /** Paragraphs outside the article (reader comments). */
  comments?: string[];
}

interface ChangeCase {
  name: string;
  before: Page;
  quote: string;
  occurrence?: number;
  after: Page;
  /** How the stored selectors differ from what describe() wrote (imported ones, say). */
  stored?: (selectors: Selector[], root: Element) => Selector[];
  scope?: 'article' | 'page';
  placement: Placement;
  /** The text placed (the quote by default). */
  text?: string;
  /** A stretch of the new page, found once, that holds the placed text. */
  within?: string;
}

function render({ article, comments = [] }: Page): Element {
  const paragraphs = (list: string[]) => list.map((p) => `<p>${p}</p>`).join('\n');
  document.body.innerHTML = `<article>${paragraphs(article)}</article>\n<section class="comments">${paragraphs(comments)}</section>`;
  return document.querySelector('article')!;
}

function scopeFor(kind: 'article' | 'page'): TextScope {
  return kind === 'article' ? articleScope(document.querySelector('article')!) : pageScope(document.body);
}

function selectorsFor(scope: TextScope, quote: string, occurrence = 0): Selector[] {
  let start = -1;
  for (let seen = 0; seen <= occurrence; seen++) start = scope.model.text.indexOf(quote, start + 1);
  if (start === -1) throw new Error(`"${quote}" #${occurrence} is not on the page`);
  return describe(scope, scope.model.toRange(start, start + quote.length));
}

function shiftPosition(by: number) {
  return (selectors: Selector[]) =>
    selectors.map((s) => (s.type === 'TextPositionSelector' ? { ...s, start: s.start + by, end: s.end + by } : s));
}

const CASES: ChangeCase[] = [
  {
    name: 'an exact quote beats a fuzzy candidate near the stored position',
    // Imported offsets that counted 150 characters of script text: near the stored position
    // lies only the quote's tail, which a fuzzy match would stretch into a shifted highlight.
    before: { article: [MEETING, `${BUDGET} ${LAND}`] },
    quote: `${BUDGET} ${LAND}`,
    after: { article: [MEETING, `${BUDGET} ${LAND}`] },
    stored: shiftPosition(150),
    placement: 'exact',
  },
  {
    name: 'an edited long quote far from its stored position is placed whole, not on its clipped tail',
    // The same 150 characters of script text, and one letter of the quote changed since: the
    // search near the stored position sees only the quote's tail, which scores above the fuzzy
    // minimum on its own (the Hypothesis baselines' "pment situations, …").
    before: { article: [MEETING, `${BUDGET} ${LAND}`] },
    quote: `${BUDGET} ${LAND}`,
    after: { article: [MEETING, `${BUDGET} ${LAND.replace('kế hoạch', 'kế hoach')}`] },
    stored: shiftPosition(150),
    placement: 'fuzzy',
    text: `${BUDGET} ${LAND.replace('kế hoạch', 'kế hoach')}`,
  },
  {
    name: 'a repeated quote is told apart by its context',
    before: { article: [PROCEDURES, MEETING, VACCINES] },
    quote: 'sở, ngành khẩn trương rà soát',
    occurrence: 1,
    after: { article: [FIGURES, PROCEDURES, MEETING, VACCINES] },
    placement: 'exact',
    within: VACCINES,
  },
  {
    name: 'a repeated quote keeps its copy when the stored position holds the other one',
    before: { article: [VACCINES, MEETING, PROCEDURES] },
    quote: 'sở, ngành khẩn trương rà soát',
    occurrence: 1,
    after: { article: [VACCINES, MEETING, PROCEDURES] },
    stored: (selectors, root) => {
      const other = (root.textContent ?? '').indexOf('sở, ngành khẩn trương rà soát');
      return selectors.map((s) => (s.type === 'TextPositionSelector' ? { ...s, start: other, end: other + 29 } : s));
    },
    placement: 'exact',
    within: PROCEDURES,
  },
  {
    name: 'position collision: a stretch inserted before the quote brings the same words under the stored position',
    before: { article: [MEETING, REPORT] },
    quote: 'hoàn thành báo cáo trước ngày 15/4/2024',
    after: { article: [MEETING, COLLISION, REPORT] },
    placement: 'exact',
    within: REPORT,
  },
  {
    name: 'position collision: a short quote left only in another sentence is an orphan',
    before: { article: [MEETING, REPORT, BUDGET] },
    quote: 'hoàn thành báo cáo',
    after: { article: [MEETING, YEAR_END, BUDGET] },
    placement: 'orphan',
  },
  {
    name: 'an unchanged page keeps the stored position',
    before: { article: [MEETING, REPORT, BUDGET] },
    quote: 'hoàn thành báo cáo trước ngày 15/4/2024',
    after: { article: [MEETING, REPORT, BUDGET] },
    placement: 'position',
    within: REPORT,
  },
  {
    name: 'a near-duplicate paragraph at the stored position does not capture a quote found exactly elsewhere',
    before: { article: [MEETING, BUDGET, FIGURES, LAND] },
    quote: 'được phép điều chỉnh dự toán chi thường xuyên',
    after: { article: [MEETING, BUDGET_NEAR, FIGURES, LAND, REPORT, BUDGET] },
    placement: 'exact',
    within: BUDGET,
  },
  {
    name: 'an edited word is a fuzzy match',
    before: { article: [MEETING, REPORT, BUDGET] },
    quote: 'Chủ tịch UBND tỉnh yêu cầu Sở Nội vụ hoàn thành báo cáo',
    after: { article: [MEETING, REPORT.replace('yêu cầu', 'đề nghị'), BUDGET] },
    placement: 'fuzzy',
    text: 'Chủ tịch UBND tỉnh đề nghị Sở Nội vụ hoàn thành báo cáo',
  },
  {
    name: 'a changed date is not the same passage',
    before: { article: [MEETING, REPORT, BUDGET] },
    quote: 'Sở Nội vụ hoàn thành báo cáo trước ngày 15/4/2024',
    after: { article: [MEETING, REPORT.replace('15/4/2024', '15/5/2024'), BUDGET] },
    placement: 'orphan',
  },
  {
    name: 'a changed amount is not the same passage',
    before: { article: [MEETING, FIGURES, BUDGET] },
    quote: 'giải ngân đạt 1.250 tỷ đồng, bằng 18,6% kế hoạch',
    after: { article: [MEETING, FIGURES.replace('1.250', '1.520'), BUDGET] },
    placement: 'orphan',
  },
  {
    name: 'a changed percentage is not the same passage',
    before: { article: [MEETING, FIGURES, BUDGET] },
    quote: 'giải ngân đạt 1.250 tỷ đồng, bằng 18,6% kế hoạch',
    after: { article: [MEETING, FIGURES.replace('18,6%', '16,8%'), BUDGET] },
    placement: 'orphan',
  },
  {
    name: 'a negation inserted inside the quote is not the same passage',
    before: { article: [MEETING, BUDGET, LAND] },
    quote: 'Sở Tài chính được phép điều chỉnh dự toán chi thường xuyên',
    after: { article: [MEETING, BUDGET.replace('được phép', 'không được phép'), LAND] },
    placement: 'orphan',
  },
  {
    name: 'a negation inserted just before the quote is not the same passage',
    before: { article: [MEETING, BUDGET, LAND] },
    quote: 'được phép điều chỉnh dự toán chi thường xuyên',
    after: { article: [MEETING, BUDGET.replace('được phép', 'không được phép'), LAND] },
    placement: 'orphan',
  },
  {
    name: 'a negation removed from the quote is not the same passage',
    before: { article: [MEETING, LAND, BUDGET] },
    quote: 'Các huyện chưa hoàn thành kế hoạch bồi thường, giải phóng mặt bằng',
    after: { article: [MEETING, LAND.replace('chưa ', ''), BUDGET] },
    placement: 'orphan',
  },
  {
    name: 'a prohibition dropped from the quote is not the same passage',
    before: { article: [MEETING, WASTE, BUDGET] },
    quote: 'Nghiêm cấm các cơ sở xả nước thải chưa qua xử lý',
    after: { article: [MEETING, WASTE.replace('Nghiêm cấm', 'Đề nghị'), BUDGET] },
    placement: 'orphan',
  },
  {
    name: 'an English negation removed is not the same passage',
    before: { article: [MEETING, ENGLISH, BUDGET] },
    quote: 'The province has not approved the land price table',
    after: { article: [MEETING, ENGLISH.replace('has not approved', 'has approved'), BUDGET] },
    placement: 'orphan',
  },
  {
    name: 'a quote moved out of the article is an orphan in the article scope',
    before: { article: [MEETING, BUDGET, REPORT], comments: ['Bạn đọc Lan: bài viết rất hữu ích.'] },
    quote: 'Sở Tài chính được phép điều chỉnh dự toán chi thường xuyên',
    after: { article: [MEETING, REPORT], comments: [`Bạn đọc Lan: tôi đồng ý. ${BUDGET}`] },
    placement: 'orphan',
  },
  {
    name: 'the same quote in the comments is found in the visible page scope',
    before: { article: [MEETING, BUDGET, REPORT], comments: ['Bạn đọc Lan: bài viết rất hữu ích.'] },
    quote: 'Sở Tài chính được phép điều chỉnh dự toán chi thường xuyên',
    after: { article: [MEETING, REPORT], comments: [`Bạn đọc Lan: tôi đồng ý. ${BUDGET}`] },
    scope: 'page',
    placement: 'exact',
    within: `tôi đồng ý. ${BUDGET}`,
  },
  {
    name: 'an NFD page matches its NFC quote exactly',
    before: { article: [MEETING, MEDIATION] },
    quote: 'Uỷ ban nhân dân tỉnh chỉ đạo công tác hoà giải',
    after: { article: [MEETING, MEDIATION.normalize('NFD')] },
    placement: 'position',
  },
  {
    name: 'the new tone placement ("hòa", "Ủy") matches the old one exactly',
    before: { article: [MEETING, MEDIATION] },
    quote: 'Uỷ ban nhân dân tỉnh chỉ đạo công tác hoà giải',
    after: { article: [MEETING, MEDIATION.replace('Uỷ', 'Ủy').replace('hoà', 'hòa')] },
    placement: 'position',
    text: 'Ủy ban nhân dân tỉnh chỉ đạo công tác hòa giải',
  },
  {
    name: 'the old tone placement in NFD matches a quote made on the new one',
    before: { article: [MEETING, MEDIATION.replace('Uỷ', 'Ủy').replace('hoà', 'hòa')] },
    quote: 'Ủy ban nhân dân tỉnh chỉ đạo công tác hòa giải',
    after: { article: [FIGURES, MEETING, MEDIATION.normalize('NFD')] },
    placement: 'exact',
    text: 'Uỷ ban nhân dân tỉnh chỉ đạo công tác hoà giải',
  },
];

/** The NFC text of the scope that a result covers. */
function placedText(scope: TextScope, start: number, end: number): string {
  return scope.model.text.slice(start, end);
}

group('anchoring order after the page changed', () => {
  it.each(CASES)('$name', (testCase) => {
    const kind = testCase.scope ?? 'article';
    const beforeRoot = render(testCase.before);
    const described = selectorsFor(scopeFor(kind), testCase.quote, testCase.occurrence);
    const stored = testCase.stored ? testCase.stored(described, beforeRoot) : described;
    render(testCase.after);
    const scope = scopeFor(kind);
    const [result] = anchorAll(scope, [stored]);

    expect(result.placement).toBe(testCase.placement);
    if (result.placement === 'orphan') {
      expect(result.range).toBeNull();
      return;
    }
    const text = placedText(scope, result.start, result.end);
    expect(text).toBe(testCase.text ?? testCase.quote);
    expect(result.range.toString().normalize('NFC')).toBe(text);
    if (testCase.within) {
      const at = scope.model.text.indexOf(testCase.within);
      expect(scope.model.text.indexOf(testCase.within, at + 1)).toBe(-1);
      expect(result.start).toBeGreaterThanOrEqual(at);
      expect(result.end).toBeLessThanOrEqual(at + testCase.within.length);
    }
  });

  it('places every range on the quote, or on text within the accepted edit distance of it', () => {
    const maxErrorRate = 0.25;
    for (const testCase of CASES) {
      const kind = testCase.scope ?? 'article';
      const beforeRoot = render(testCase.before);
      const described = selectorsFor(scopeFor(kind), testCase.quote, testCase.occurrence);
      const stored = testCase.stored ? testCase.stored(described, beforeRoot) : described;
      render(testCase.after);
      const scope = scopeFor(kind);
      // Even with every score minimum at zero, only the edit distance and the meaning decide.
      const [result] = anchorAll(scope, [stored], { minScore: 0, minFuzzyScore: 0, maxErrorRate });
      if (result.placement === 'orphan') continue;
      const distance = editDistance(
        toMatchForm(placedText(scope, result.start, result.end)),
        toMatchForm(testCase.quote),
      );
      if (result.placement === 'fuzzy') {
        expect(result.editDistance).toBe(distance);
        expect(distance).toBeGreaterThan(0);
        expect(distance).toBeLessThanOrEqual(Math.floor(testCase.quote.length * maxErrorRate));
      } else {
        expect(distance, testCase.name).toBe(0);
      }
    }
  });

  it('sets the traps the cases describe', () => {
    // The near-position trap: the stored position, once shifted, starts past the quote's head.
    const shifted = CASES[0];
    render(shifted.after);
    const text = articleScope(document.querySelector('article')!).model.text;
    const start = text.indexOf(shifted.quote);
    expect(text.slice(start + 150, start + 150 + 40)).toBe(shifted.quote.slice(150, 190));
    // The collision: the inserted sentence holds the quote exactly at the stored offsets.
    const collision = CASES.find((c) => c.name.startsWith('position collision: a stretch'))!;
    render(collision.before);
    const position = positionOf(selectorsFor(scopeFor('article'), collision.quote));
    render(collision.after);
    const after = articleScope(document.querySelector('article')!).model.text;
    expect(after.slice(position.start, position.end)).toBe(collision.quote);
    expect(after.indexOf(COLLISION)).toBeLessThan(position.start);
    expect(after.indexOf(COLLISION) + COLLISION.length).toBeGreaterThan(position.end);
    // The near-duplicate: at the stored position lies a fuzzy match of the quote.
    const nearDuplicate = CASES.find((c) => c.name.startsWith('a near-duplicate'))!;
    render(nearDuplicate.before);
    const stored = positionOf(selectorsFor(scopeFor('article'), nearDuplicate.quote));
    render(nearDuplicate.after);
    const nearText = articleScope(document.querySelector('article')!).model.text;
    const nearStart = nearText.indexOf('được phép điều chỉnh dự toán chi đầu tư');
    expect(Math.abs(nearStart - stored.start)).toBeLessThan(128);
    expect(nearText.lastIndexOf(nearDuplicate.quote) - stored.start).toBeGreaterThan(128 + nearDuplicate.quote.length);
  });
});

group('stored positions that count script, style and noscript text', () => {
  const ARTICLE = `<h1>Phiên họp thường kỳ tháng 3</h1>
<script>window.dataLayer = window.dataLayer || []; dataLayer.push({ event: 'xem-tin' });</script>
<p>${MEETING}</p>
<style>.tin-bai p { line-height: 1.6; }</style>
<p>${PROCEDURES} ${REPORT}</p>
<noscript>Trình duyệt của bạn không hỗ trợ JavaScript.</noscript>
<p>${VACCINES}</p>`;

  const QUOTES: [quote: string, occurrence: number][] = [
    ['Phiên họp thường kỳ tháng 3', 0],
    [MEETING, 0],
    ['sở, ngành khẩn trương rà soát', 0],
    ['Sở Nội vụ hoàn thành báo cáo', 0],
    ['sở, ngành khẩn trương rà soát', 1],
    ['danh sách trẻ em chưa tiêm vắc xin', 0],
  ];

  it.each(QUOTES)('places "%s" (#%i) on exactly its quote', (quote, occurrence) => {
    document.body.innerHTML = `<article>${ARTICLE}</article>`;
    const root = document.querySelector('article')!;
    const selectors = textContentSelectors(root, quote, occurrence);
    const scope = articleScope(root);
    const position = positionOf(selectors);
    const skippedBefore = position.start - modelOffsetOf(scope, quote, occurrence);
    const [result] = anchorAll(scope, [selectors]);
    expect(result.placement).toBe(skippedBefore === 0 ? 'position' : 'exact');
    if (result.placement === 'orphan') return;
    expect(result.start).toBe(modelOffsetOf(scope, quote, occurrence));
    expect(scope.model.text.slice(result.start, result.end)).toBe(quote);
    // Context counted with the script text agrees fully, through textContent.
    expect(result.score).toBe(1);
  });

  it('has stored positions off by the length of the skipped text before each quote', () => {
    document.body.innerHTML = `<article>${ARTICLE}</article>`;
    const root = document.querySelector('article')!;
    const scope = articleScope(root);
    const skipped = [...root.querySelectorAll('script, style, noscript')].map((el) => el.textContent!.length);
    const offBy = QUOTES.map(([quote, occurrence]) => {
      const position = positionOf(textContentSelectors(root, quote, occurrence));
      return position.start - modelOffsetOf(scope, quote, occurrence);
    });
    const [script, style, noscript] = skipped;
    expect(offBy).toEqual([
      0,
      script,
      script + style,
      script + style,
      script + style + noscript,
      script + style + noscript,
    ]);
  });

  it('anchors them all in one batch', () => {
    document.body.innerHTML = `<article>${ARTICLE}</article>`;
    const root = document.querySelector('article')!;
    const scope = articleScope(root);
    const results = anchorAll(
      scope,
      QUOTES.map(([quote, occurrence]) => textContentSelectors(root, quote, occurrence)),
    );
    expect(results.map((r) => (r.range ? r.start : null))).toEqual(
      QUOTES.map(([quote, occurrence]) => modelOffsetOf(scope, quote, occurrence)),
    );
  });
});

function positionOf(selectors: Selector[]): TextPositionSelector {
  return selectors.find((s): s is TextPositionSelector => s.type === 'TextPositionSelector')!;
}

function modelOffsetOf(scope: TextScope, quote: string, occurrence: number): number {
  let at = -1;
  for (let seen = 0; seen <= occurrence; seen++) at = scope.model.text.indexOf(quote, at + 1);
  return at;
}

group('minimum scores', () => {
  // A quote with one word rewritten, after a rewritten neighbour sentence.
  const before: Page = { article: [MEETING, BUDGET, LAND] };
  const quote = 'Sở Tài chính được phép điều chỉnh dự toán chi thường xuyên';
  const after: Page = {
    article: [
      'Chiều 12/3, Thường trực Tỉnh ủy nghe báo cáo về công tác cán bộ.',
      BUDGET.replace('thường xuyên', 'định kỳ'),
      LAND,
    ],
  };

  function fuzzyScore(opts: AnchorOptions): AnchorResultScore {
    render(before);
    const stored = selectorsFor(scopeFor('article'), quote);
    render(after);
    const [result] = anchorAll(scopeFor('article'), [stored], opts);
    return result.placement === 'orphan'
      ? { placement: 'orphan' }
      : { placement: result.placement, score: result.score };
  }

  it('accepts a fuzzy match at the minimum and refuses it just below', () => {
    const loose = fuzzyScore({ minFuzzyScore: 0 });
    expect(loose.placement).toBe('fuzzy');
    const score = loose.score!;
    expect(fuzzyScore({ minFuzzyScore: score }).placement).toBe('fuzzy');
    expect(fuzzyScore({ minFuzzyScore: score + 1e-9 }).placement).toBe('orphan');
  });

  it('refuses by default a rewritten quote amid rewritten context (score between 0.6 and 0.75)', () => {
    const { score } = fuzzyScore({ minFuzzyScore: 0 });
    expect(score).toBeGreaterThan(0.6);
    expect(score).toBeLessThan(0.75);
    expect(fuzzyScore({}).placement).toBe('orphan');
  });

  it('refuses a changed figure whatever the minimum', () => {
    render({ article: [MEETING, REPORT, BUDGET] });
    const stored = selectorsFor(scopeFor('article'), 'hoàn thành báo cáo trước ngày 15/4/2024');
    render({ article: [MEETING, REPORT.replace('15/4', '16/4'), BUDGET] });
    expect(anchorAll(scopeFor('article'), [stored], { minScore: 0, minFuzzyScore: 0 })[0].placement).toBe('orphan');
  });
});

type AnchorResultScore = { placement: Placement; score?: number };
