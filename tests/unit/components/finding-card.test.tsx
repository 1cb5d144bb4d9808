// @vitest-environment jsdom
// The finding card says briefly why GovMark marked the stretch (issue 13): the reason of the
// rule that made it, in the reader's language, from the engine's own trace on a made-up text.
import { render, screen } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { FindingCard, inDong, whyMarked } from '../../../components/page/FindingCard';
import { analyzeText } from '../../../utils/engine/analyze';
import { RULES } from '../../../utils/engine/rules';
import type { PageFinding } from '../../../utils/page/finding-index';

const TEXT = [
  'UBND tỉnh họp phiên thường kỳ tháng 3',
  'Ngày 14/5/2024, UBND tỉnh họp phiên thường kỳ để nghe báo cáo kinh tế quý I. Tổng thu ngân sách đạt 1.250 tỷ đồng, tăng 12,5% so với cùng kỳ.',
  'Chủ tịch UBND tỉnh Lê Hoàng Phúc yêu cầu Sở Xây dựng rà soát các công trình xuống cấp, hoàn thành trước ngày 20/6/2024.',
].join('\n\n');

function findings(): PageFinding[] {
  const analysis = analyzeText(TEXT, { title: 'UBND tỉnh họp phiên thường kỳ tháng 3' });
  const range = document.createRange();
  return [
    ...analysis.figures.map((finding) => ({ kind: 'figure' as const, range, finding })),
    ...analysis.directives.map((finding) => ({ kind: 'directive' as const, range, finding })),
  ];
}

const actions = { onHighlight: vi.fn(), onNote: vi.fn(), onTrack: vi.fn(), onCite: vi.fn(), onLeave: vi.fn() };

describe('FindingCard', () => {
  it('shows why a directive was marked, in Vietnamese and in English', () => {
    const directive = findings().find((f) => f.kind === 'directive');
    expect(directive?.finding.rules?.map((r) => r.rule)).toEqual(['directive.cue-with-issuer']);
    const { unmount } = render(<FindingCard lang="vi" x={0} y={0} finding={directive!} {...actions} />);
    expect(screen.getByText('Vì sao:').parentElement?.textContent).toBe('Vì sao: người chỉ đạo nêu trước từ giao việc');
    unmount();
    render(<FindingCard lang="en" x={0} y={0} finding={directive!} {...actions} />);
    expect(screen.getByText('Why:').parentElement?.textContent).toBe(
      'Why: an issuer written before an instruction verb',
    );
  });

  it('names the figure rule for a figure', () => {
    const figure = findings().find((f) => f.kind === 'figure')!;
    expect(whyMarked(figure, 'vi')).toBe(RULES['figure.number-and-noun'].vi.split(' · ')[1]);
    expect(whyMarked(figure, 'en')).toBe('a number with its unit or counted noun');
  });

  it('shows no why line for a finding stored before findings carried their rules', () => {
    const figure = findings().find((f) => f.kind === 'figure')!;
    const untraced = { ...figure, finding: { ...figure.finding, rules: undefined } } as PageFinding;
    render(<FindingCard lang="en" x={0} y={0} finding={untraced} {...actions} />);
    expect(screen.queryByText('Why:')).toBeNull();
  });
});

describe('the amount in đồng', () => {
  it('spells it in a larger unit, or in full when the article wrote it in that unit already', () => {
    expect(inDong('1.300 tỷ đồng', 1.3e12, 'vi')).toBe('1.300 tỷ đồng = 1,3 nghìn tỷ đồng');
    expect(inDong('86,5 tỷ đồng', 86.5e9, 'vi')).toBe('86,5 tỷ đồng = 86.500.000.000 đồng');
    expect(inDong('86,5 tỷ đồng', 86.5e9, 'en')).toBe('86,5 tỷ đồng = 86.5 billion đồng');
  });
});
