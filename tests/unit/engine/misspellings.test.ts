import { describe, expect, it } from 'vitest';
import { correctMisspellings } from '../../../utils/engine/misspellings.ts';
import { analyzeText } from '../../../utils/engine/analyze.ts';

describe('misspelt titles and document types (guide, Readings · Documents)', () => {
  it.each([
    ['Bí thu Huyện ủy Lò Văn Pấng', 'Bí thư Huyện ủy Lò Văn Pấng'],
    ['Pho Chủ tịch UBND tinh', 'Phó Chủ tịch UBND tỉnh'],
    ['Chu tich UBND huyện', 'Chủ tịch UBND huyện'],
    ['Giam đốc Sở Xây dựng', 'Giám đốc Sở Xây dựng'],
    ['theo Nghi quyết số 07/NQ-HĐND', 'theo Nghị quyết số 07/NQ-HĐND'],
    ['Quyết đinh 112/QĐ-UBND', 'Quyết định 112/QĐ-UBND'],
  ])('%s → %s, same length', (written, canonical) => {
    const corrected = correctMisspellings(written);
    expect(corrected).toBe(canonical);
    expect(corrected.length).toBe(written.length);
  });

  it('leaves words that only look alike outside a title or a numbered reference', () => {
    for (const text of ['Chi thu ngân sách tăng', 'kế hoach chưa rõ', 'thu hoạch lúa', 'Quyết định đúng đắn'])
      expect(correctMisspellings(text)).toBe(text);
  });

  it('gives a misspelt document type its canonical docType and keeps the span as written', () => {
    const text =
      'Huyện triển khai chính sách hỗ trợ\nNgày 2/4/2025, UBND huyện triển khai Nghi quyết số 07/NQ-HĐND ngày 10/3/2025 của HĐND tỉnh về hỗ trợ giống cây trồng; các xã đã lập danh sách hộ được hỗ trợ.';
    const [doc] = analyzeText(text).documents;
    expect(doc.text).toBe('Nghi quyết số 07/NQ-HĐND ngày 10/3/2025');
    expect(doc.docType).toBe('Nghị quyết');
  });
});
