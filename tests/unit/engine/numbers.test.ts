import { describe, expect, it } from 'vitest';
import { isoDate, isValidDayMonth, parseQuarter, parseViNumber } from '../../../utils/engine/numbers.ts';

describe('parseViNumber', () => {
  it.each([
    ['1.300', 1300],
    ['14,74', 14.74],
    ['1.573,1', 1573.1],
    ['13.795,50', 13795.5],
    ['10.000.000', 10_000_000],
    ['5.171,344', 5171.344],
    ['09', 9],
  ])('reads %s as %d', (written, value) => {
    expect(parseViNumber(written)).toBe(value);
  });

  it('rejects dots that are not thousands grouping', () => {
    expect(parseViNumber('170.00')).toBeNaN();
    expect(parseViNumber('4.0')).toBeNaN();
  });
});

describe('date parts', () => {
  it('reads roman and arabic quarters', () => {
    expect(parseQuarter('III')).toBe(3);
    expect(parseQuarter('4')).toBe(4);
    expect(parseQuarter('V')).toBeNull();
  });

  it('validates day and month', () => {
    expect(isValidDayMonth(31, 12)).toBe(true);
    expect(isValidDayMonth(31, 4)).toBe(false);
    expect(isValidDayMonth(6, 13)).toBe(false);
  });

  it('writes ISO dates, without year as --MM-DD', () => {
    expect(isoDate(2023, 1, 5)).toBe('2023-01-05');
    expect(isoDate(2023, 7)).toBe('2023-07');
    expect(isoDate(null, 8, 4)).toBe('--08-04');
  });
});
