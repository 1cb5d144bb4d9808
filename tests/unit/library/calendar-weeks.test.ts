import { describe, expect, it } from 'vitest';
import { calendarWeeks, mondayOf } from '../../../utils/library/calendar-weeks';
import { addDays } from '../../../utils/model/deadline';
import type { TaskRecord } from '../../../utils/model/records';
import { task as taskRecord } from './records';

function task(id: string, deadline: string | null, status: TaskRecord['status'] = 'open', created = 1): TaskRecord {
  return taskRecord({
    id,
    annotationId: `a-${id}`,
    text: `Nhiệm vụ ${id}`,
    deadline,
    status,
    created,
    updated: created,
  });
}

describe('calendar weeks', () => {
  it('starts weeks on Monday', () => {
    expect(mondayOf('2024-10-30')).toBe('2024-10-28'); // a Wednesday
    expect(mondayOf('2024-10-28')).toBe('2024-10-28');
    expect(mondayOf('2024-11-03')).toBe('2024-10-28'); // a Sunday
    expect(mondayOf('2025-01-01')).toBe('2024-12-30');
  });

  it('adds days across months and years', () => {
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2024-12-31', 1)).toBe('2025-01-01');
    expect(addDays('2025-01-01', -2)).toBe('2024-12-30');
  });

  it('places each task on the day it falls due, a period deadline on its last day', () => {
    const tasks = [task('day', '2024-10-31'), task('month', '2024-10'), task('quarter', '2024-Q4'), task('none', null)];
    const weeks = calendarWeeks(tasks, '2024-10-28', 10, '2024-10-30');
    const placed = weeks.flatMap((week) => week.days.flatMap((day) => day.tasks.map((t) => [t.id, day.iso])));
    expect(placed).toEqual([
      ['day', '2024-10-31'],
      ['month', '2024-10-31'],
      ['quarter', '2024-12-31'],
    ]);
  });

  it('marks this week and today', () => {
    const weeks = calendarWeeks([], '2024-10-21', 3, '2024-10-30');
    expect(weeks.map((week) => [week.start, week.end, week.isThisWeek])).toEqual([
      ['2024-10-21', '2024-10-27', false],
      ['2024-10-28', '2024-11-03', true],
      ['2024-11-04', '2024-11-10', false],
    ]);
    expect(weeks[1].days.filter((day) => day.isToday).map((day) => day.iso)).toEqual(['2024-10-30']);
  });

  it('lists open work before finished work on a day', () => {
    const tasks = [task('done', '2024-10-31', 'done', 1), task('open', '2024-10-31', 'open', 2)];
    const [week] = calendarWeeks(tasks, '2024-10-28', 1, '2024-10-30');
    expect(week.days[3].tasks.map((t) => t.id)).toEqual(['open', 'done']);
  });
});
