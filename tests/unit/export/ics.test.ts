import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { tasksToIcs } from '../../../utils/export/ics';
import { type TaskRow, taskPassageLink } from '../../../utils/export/csv-columns';
import { taskRows } from './csv-rows';
import { task } from './fixtures';

const NOW = Date.UTC(2024, 4, 2, 8, 0);

function events(ics: string) {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  return calendar.getAllSubcomponents('vevent').map((component) => new ICAL.Event(component));
}

function withDeadline(
  deadline: string | null,
  status: TaskRow['task']['status'] = 'open',
  id = deadline ?? 'none',
): TaskRow {
  return { ...taskRows[0], task: { ...task, id: `t-${id}`, deadline, status } };
}

describe('tasks as iCalendar', () => {
  it('parses back with one all-day event on the deadline day, with the passage link', () => {
    const [event] = events(tasksToIcs(taskRows, { lang: 'vi', now: NOW }));
    expect(event.uid).toBe(`${task.id}@govmark`);
    expect(event.startDate.isDate).toBe(true);
    expect(event.startDate.toString()).toBe('2023-01-15');
    expect(event.summary).toBe(task.text.length <= 90 ? task.text : expect.stringMatching(/…$/));
    const link = taskPassageLink(taskRows[0]);
    expect(link).toMatch(/^https:\/\/ninhthuan\.gov\.vn\/.*#:~:text=.*,/);
    // Unescaped on the way back, commas of the text fragment included.
    expect(event.description).toContain(`Mở đoạn văn: ${link}`);
    expect(event.description).toContain('Đơn vị thực hiện:');
  });

  it('puts a period deadline on the last day of its period', () => {
    const ics = tasksToIcs([withDeadline('2023-09'), withDeadline('2023'), withDeadline('2021-Q2')], {
      lang: 'en',
      now: NOW,
    });
    expect(events(ics).map((event) => event.startDate.toString())).toEqual(['2023-09-30', '2023-12-31', '2021-06-30']);
  });

  it('writes the same day whatever the time zone of the machine', () => {
    const [event] = events(tasksToIcs([withDeadline('2024-03-01')], { lang: 'en', now: NOW }));
    expect(event.startDate.toString()).toBe('2024-03-01');
    expect(event.endDate.toString()).toBe('2024-03-02');
  });

  it('leaves out tasks without a deadline and reminds only of open work', () => {
    const ics = tasksToIcs(
      [withDeadline(null), withDeadline('2024-06-01', 'open'), withDeadline('2024-06-02', 'done')],
      {
        lang: 'en',
        now: NOW,
      },
    );
    const parsed = events(ics);
    expect(parsed.map((event) => event.startDate.toString())).toEqual(['2024-06-01', '2024-06-02']);
    const alarms = parsed.map((event) => event.component.getAllSubcomponents('valarm'));
    expect(alarms[0]).toHaveLength(1);
    expect(alarms[0][0].getFirstPropertyValue('trigger')?.toString()).toBe('-P1D');
    expect(alarms[1]).toHaveLength(0);
  });

  it('escapes commas, semicolons and line breaks in Vietnamese text', () => {
    const text = 'Giao Sở Tài chính; Sở Kế hoạch, Đầu tư\nbáo cáo trước ngày 15/01';
    const row = { ...withDeadline('2024-01-15'), task: { ...withDeadline('2024-01-15').task, text } };
    const [event] = events(tasksToIcs([row], { lang: 'vi', now: NOW }));
    expect(event.description.startsWith(text)).toBe(true);
  });
});
