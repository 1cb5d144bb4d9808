import { describe, expect, it } from 'vitest';
import { annotationSearchText, createRecordMatcher, warmSearchTexts } from '../../../utils/library/library-search';
import { annotation, article } from './records';

describe('createRecordMatcher', () => {
  it('finds every word in the record or its article, ignoring diacritics and case', () => {
    const record = annotation({ quote: 'Sở Kế hoạch và Đầu tư', note: 'Hỏi lại số liệu' });
    const matches = createRecordMatcher('so ke hoach NINH THUAN');
    expect(matches(annotationSearchText(record), article())).toBe(true);
    expect(matches(annotationSearchText(record), undefined)).toBe(false);
    expect(createRecordMatcher('hoi lai')(annotationSearchText(record), undefined)).toBe(true);
    expect(createRecordMatcher('   ')('', undefined)).toBe(true);
  });

  it('reads decomposed (NFD) text like composed text', () => {
    const record = annotation({ quote: 'Sở Kế hoạch'.normalize('NFD') });
    expect(createRecordMatcher('sở kế hoạch')(annotationSearchText(record), undefined)).toBe(true);
  });
});

describe('warmSearchTexts', () => {
  it('folds in slices, pausing between them, and stops when aborted', async () => {
    const records = Array.from({ length: 5 }, (_, i) => annotation({ id: `a${i}` }));
    const controller = new AbortController();
    let pauses = 0;
    await warmSearchTexts(
      records,
      controller.signal,
      async () => {
        pauses += 1;
        if (pauses === 2) controller.abort();
      },
      2,
    );
    expect(pauses).toBe(2);
  });
});
