import { describe, expect, it } from 'vitest';
import { DEFAULT_REMINDER_SETTINGS, type ReminderSettings } from '../../../utils/model/reminders';
import { daysUntil, planReminders, REMINDER_HOUR, reminderOf } from '../../../utils/reminders/schedule';

const ON: ReminderSettings = { dayDeadlines: true, periodDeadlines: true, leadDays: 1 };
const local = (y: number, m: number, d: number, h = 0, min = 0) => new Date(y, m - 1, d, h, min).getTime();
const task = (id: string, deadline: string | null, status: 'open' | 'in-progress' | 'done' | 'dropped' = 'open') => ({
  id,
  deadline,
  status,
});

describe('reminderOf', () => {
  it('comes at the reminder hour, the lead time before the due day', () => {
    expect(reminderOf(task('a', '2024-10-31'), ON)).toEqual({
      taskId: 'a',
      due: '2024-10-31',
      fireAt: local(2024, 10, 30, REMINDER_HOUR),
    });
    expect(reminderOf(task('a', '2024-10-31'), { ...ON, leadDays: 7 })?.fireAt).toBe(
      local(2024, 10, 24, REMINDER_HOUR),
    );
    // Across a month and a year boundary.
    expect(reminderOf(task('a', '2025-01-02'), { ...ON, leadDays: 3 })?.fireAt).toBe(
      local(2024, 12, 30, REMINDER_HOUR),
    );
  });

  it('puts a period deadline on the end of its period', () => {
    expect(reminderOf(task('m', '2024-09'), ON)?.due).toBe('2024-09-30');
    expect(reminderOf(task('q', '2024-Q3'), ON)?.due).toBe('2024-09-30');
    expect(reminderOf(task('h', '2024-H1'), ON)?.due).toBe('2024-06-30');
    expect(reminderOf(task('y', '2023'), ON)?.fireAt).toBe(local(2023, 12, 30, REMINDER_HOUR));
  });

  it('is on by default for day deadlines only', () => {
    expect(reminderOf(task('d', '2024-10-31'), DEFAULT_REMINDER_SETTINGS)).not.toBeNull();
    expect(reminderOf(task('m', '2024-09'), DEFAULT_REMINDER_SETTINGS)).toBeNull();
    expect(reminderOf(task('d', '2024-10-31'), { ...ON, dayDeadlines: false })).toBeNull();
  });

  it('never reminds of finished or dropped tasks, or tasks without a deadline', () => {
    expect(reminderOf(task('d', '2024-10-31', 'done'), ON)).toBeNull();
    expect(reminderOf(task('d', '2024-10-31', 'dropped'), ON)).toBeNull();
    expect(reminderOf(task('i', '2024-10-31', 'in-progress'), ON)).not.toBeNull();
    expect(reminderOf(task('n', null), ON)).toBeNull();
  });
});

describe('planReminders', () => {
  const tasks = [task('tomorrow', '2024-10-31'), task('next-week', '2024-11-06'), task('past', '2024-10-29')];

  it('shows what came due, skips overdue tasks and wakes up for the next one', () => {
    const plan = planReminders(tasks, ON, {}, local(2024, 10, 30, 10));
    expect(plan.dueNow.map((r) => r.taskId)).toEqual(['tomorrow']);
    expect(plan.next).toBe(local(2024, 11, 5, REMINDER_HOUR));
  });

  it('waits until the reminder hour', () => {
    const plan = planReminders(tasks, ON, {}, local(2024, 10, 30, 8, 59));
    expect(plan.dueNow).toEqual([]);
    expect(plan.next).toBe(local(2024, 10, 30, REMINDER_HOUR));
  });

  it('still shows a reminder missed while the browser was closed, up to the due day', () => {
    expect(planReminders(tasks, ON, {}, local(2024, 10, 31, 23)).dueNow.map((r) => r.taskId)).toEqual(['tomorrow']);
    expect(planReminders(tasks, ON, {}, local(2024, 11, 1, 0, 1)).dueNow).toEqual([]);
  });

  it('does not show a reminder twice, but again when the deadline moved', () => {
    const now = local(2024, 10, 30, 10);
    expect(planReminders(tasks, ON, { tomorrow: '2024-10-31' }, now).dueNow).toEqual([]);
    expect(planReminders(tasks, ON, { tomorrow: '2024-10-20' }, now).dueNow.map((r) => r.taskId)).toEqual(['tomorrow']);
  });

  it('has nothing to wake up for once every reminder is past', () => {
    expect(planReminders([task('past', '2024-10-29')], ON, {}, local(2024, 10, 30, 10))).toEqual({
      dueNow: [],
      next: null,
    });
  });
});

describe('daysUntil', () => {
  it('counts calendar days', () => {
    expect(daysUntil('2024-10-31', '2024-10-31')).toBe(0);
    expect(daysUntil('2024-10-31', '2024-10-30')).toBe(1);
    expect(daysUntil('2025-01-02', '2024-12-30')).toBe(3);
  });
});
