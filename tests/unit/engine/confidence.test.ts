// Confidence per finding (issue 9): the prior of the rule that made it, moved by the evidence
// the finding carries. Made-up examples.
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../../utils/engine/analyze.ts';
import { confidenceLevel } from '../../../utils/engine/confidence.ts';

const page = (body: string) =>
  `Huyện họp bàn vụ đông xuân\nSáng 6/1/2025, UBND huyện họp bàn kế hoạch sản xuất vụ đông xuân; dự họp có lãnh đạo các phòng, ban và Chủ tịch UBND các xã.\n${body}`;

describe('confidence per finding', () => {
  it('gives every finding a confidence between 0 and 1', () => {
    const analysis = analyzeText(
      page(
        'Theo Kế hoạch số 05/KH-UBND, huyện gieo cấy 3.200 ha lúa, tăng 4,5%. Chủ tịch UBND huyện Lò Văn Pấng yêu cầu các xã hoàn thành gieo cấy trước ngày 15/2/2025.',
      ),
    );
    const findings = [...analysis.figures, ...analysis.documents, ...analysis.dates, ...analysis.directives];
    expect(findings.length).toBeGreaterThan(4);
    for (const f of findings) {
      expect(f.confidence).toBeGreaterThan(0);
      expect(f.confidence).toBeLessThanOrEqual(1);
    }
  });

  it('is surer of a directive with its issuer, addressees and deadline than of a task told by its form', () => {
    const [full] = analyzeText(
      page('Chủ tịch UBND huyện Lò Văn Pấng yêu cầu các xã hoàn thành gieo cấy trước ngày 15/2/2025.'),
    ).directives;
    const byForm = analyzeText(page('Chủ tịch UBND huyện Lò Văn Pấng yêu cầu:\nVệ sinh đồng ruộng sau thu hoạch.'))
      .directives[0];
    expect(byForm.rules?.[0].rule).toBe('directive.task-by-form');
    expect(full.confidence).toBeGreaterThan(byForm.confidence ?? 1);
    expect(confidenceLevel(full.confidence ?? 0)).toBe('high');
  });

  it('is surer of a document with its symbol than of a re-mention by number, and of a day than of a year', () => {
    const analysis = analyzeText(
      page(
        'Huyện thực hiện Kế hoạch số 318/KH-UBND về sản xuất. Theo Kế hoạch 318, trong năm 2025 các xã chuyển đổi 120 ha.',
      ),
    );
    const [full, short] = analysis.documents;
    expect(short.text).toBe('Kế hoạch 318');
    expect(full.confidence).toBeGreaterThan(short.confidence ?? 1);
    const day = analysis.dates.find((d) => d.iso === '2025-01-06');
    const year = analysis.dates.find((d) => d.iso === '2025');
    expect(day?.confidence).toBeGreaterThan(year?.confidence ?? 1);
  });

  it('names the level of a confidence', () => {
    expect([0.95, 0.7, 0.4].map(confidenceLevel)).toEqual(['high', 'medium', 'low']);
  });
});
