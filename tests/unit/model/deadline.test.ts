import { describe, expect, it } from 'vitest';
import { deadlineEnd, deadlineState, isDeadlineIso, taskDeadlineState, todayIso } from '../../../utils/model/deadline';

describe('deadlineEnd', () => {
  it.each([
    ['2023-01-15', '2023-01-15'],
    ['2023-08', '2023-08-31'],
    ['2024-02', '2024-02-29'],
    ['2023-02', '2023-02-28'],
    ['2023', '2023-12-31'],
    ['2021-Q1', '2021-03-31'],
    ['2021-Q2', '2021-06-30'],
    ['2021-Q3', '2021-09-30'],
    ['2021-Q4', '2021-12-31'],
    ['2024-H1', '2024-06-30'],
    ['2024-H2', '2024-12-31'],
    ['2025-04-03T16:00', '2025-04-03'],
  ])('%s ends on %s', (iso, end) => {
    expect(deadlineEnd(iso)).toBe(end);
  });

  it.each([
    '2023-13',
    '2023-02-30',
    '2021-Q5',
    '2024-H3',
    '--H1',
    '15/01/2023',
    '',
    '2023-1-5',
    '2025-04-03T25:00',
    '2025-04T16:00',
  ])('refuses %j', (iso) => {
    expect(deadlineEnd(iso)).toBeNull();
    expect(isDeadlineIso(iso)).toBe(false);
  });
});

describe('deadlineState', () => {
  const today = '2023-08-10';

  it('is overdue once the period has ended', () => {
    expect(deadlineState('2023-08-09', today)).toBe('overdue');
    expect(deadlineState('2023-07', today)).toBe('overdue');
    expect(deadlineState('2023-Q2', today)).toBe('overdue');
  });

  it('is due soon from today to 7 days ahead', () => {
    expect(deadlineState('2023-08-10', today)).toBe('due-soon');
    expect(deadlineState('2023-08-17', today)).toBe('due-soon');
    expect(deadlineState('2023-08-18', today)).toBe('later');
  });

  it('counts a month, quarter or year as due at its end', () => {
    expect(deadlineState('2023-08', today)).toBe('later');
    expect(deadlineState('2023-08', '2023-08-25')).toBe('due-soon');
    expect(deadlineState('2023-Q3', today)).toBe('later');
    expect(deadlineState('2023', today)).toBe('later');
    expect(deadlineState('2023', '2023-12-28')).toBe('due-soon');
    expect(deadlineState('2023-H1', '2023-06-30')).toBe('due-soon');
    expect(deadlineState('2023-H1', '2023-07-01')).toBe('overdue');
  });

  it('shows "cuối năm 2023" overdue only after 31 December 2023, not from its first day', () => {
    expect(deadlineState('2023', '2023-01-01')).toBe('later');
    expect(deadlineState('2023', '2023-12-31')).toBe('due-soon');
    expect(deadlineState('2023', '2024-01-01')).toBe('overdue');
  });

  it('is none without a readable deadline', () => {
    expect(deadlineState(null, today)).toBe('none');
    expect(deadlineState('soon', today)).toBe('none');
  });

  it('crosses month and year boundaries', () => {
    expect(deadlineState('2024-01-03', '2023-12-28')).toBe('due-soon');
  });
});

describe('taskDeadlineState', () => {
  it('never marks finished or dropped tasks', () => {
    expect(taskDeadlineState({ status: 'open', deadline: '2020' }, '2023-01-01')).toBe('overdue');
    expect(taskDeadlineState({ status: 'in-progress', deadline: '2020' }, '2023-01-01')).toBe('overdue');
    expect(taskDeadlineState({ status: 'done', deadline: '2020' }, '2023-01-01')).toBe('none');
    expect(taskDeadlineState({ status: 'dropped', deadline: '2020' }, '2023-01-01')).toBe('none');
  });
});

describe('todayIso', () => {
  it('formats the local calendar day', () => {
    const now = new Date(2023, 0, 5, 23, 30).getTime();
    expect(todayIso(now)).toBe('2023-01-05');
  });
});
