import { describe, expect, it } from 'vitest';
import { formatDate, formatDeadline } from '../../../utils/i18n/dates';

describe('formatDate', () => {
  it.each([
    ['2023-01-15', '15/01/2023', '15 Jan 2023'],
    ['2023-09', 'tháng 9/2023', 'Sep 2023'],
    ['2021-Q2', 'quý II/2021', 'Q2 2021'],
    ['2023', 'năm 2023', '2023'],
    ['2024-H1', '6 tháng đầu năm 2024', 'H1 2024'],
    ['2025-04-03T16:00', '16:00 ngày 03/04/2025', '16:00, 3 Apr 2025'],
  ])('%s reads %s in Vietnamese and %s in English, never as ISO', (iso, vi, en) => {
    expect(formatDate(iso, 'vi')).toBe(vi);
    expect(formatDate(iso, 'en')).toBe(en);
  });
});

describe('formatDeadline', () => {
  it('shows a period with the day it ends', () => {
    expect(formatDeadline('2023', 'vi')).toBe('năm 2023 (đến hết 31/12/2023)');
    expect(formatDeadline('2023-09', 'en')).toBe('Sep 2023 (by 30 Sep 2023)');
    expect(formatDeadline('2024-02', 'vi')).toBe('tháng 2/2024 (đến hết 29/02/2024)');
    expect(formatDeadline('2024-H1', 'en')).toBe('H1 2024 (by 30 Jun 2024)');
  });

  it('shows a day as the day', () => {
    expect(formatDeadline('2023-01-15', 'vi')).toBe('15/01/2023');
    expect(formatDeadline('2025-04-03T16:00', 'en')).toBe('16:00, 3 Apr 2025');
  });
});
