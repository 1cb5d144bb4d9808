// Tracked tasks as an iCalendar file (RFC 5545) that Google Calendar, Outlook and Thunderbird
// import: one all-day event per deadline, on the last day of the deadline's period (a task due
// "trong tháng 9" falls due on 30 September), with the passage link and a reminder the day before.
// The link goes in the description only: ical-generator escapes commas in a URL property as if it
// were text, which breaks a text-fragment link (its commas are syntax), and calendars show the
// description anyway.
// ical-generator writes the format (folding, escaping, UTC stamps) so we do not hand-roll it.
import ical, { ICalAlarmType, ICalEventStatus } from 'ical-generator';
import type { Lang } from '../i18n/lang';
import { deadlineEnd } from '../model/deadline';
import { type TaskRow, taskPassageLink } from './csv-columns';

export const ICS_MIME_TYPE = 'text/calendar;charset=utf-8';

const LABELS = {
  calendar: { vi: 'GovMark – thời hạn nhiệm vụ', en: 'GovMark – task deadlines' },
  assignees: { vi: 'Đơn vị thực hiện', en: 'Assigned to' },
  issuer: { vi: 'Người chỉ đạo', en: 'Instructed by' },
  deadline: { vi: 'Thời hạn', en: 'Deadline' },
  source: { vi: 'Nguồn', en: 'Source' },
  passage: { vi: 'Mở đoạn văn', en: 'Open the passage' },
} as const;

/** Longest event title; calendars cut long ones anyway, and the description holds the whole task. */
const SUMMARY_LENGTH = 90;
const DAY_SECONDS = 86_400;

export interface IcsOptions {
  lang: Lang;
  /** The DTSTAMP of every event (epoch ms); tests fix it. */
  now?: number;
  /** A display reminder this many days before the deadline's day; none when 0. */
  reminderDays?: number;
}

/** The iCalendar text for the tasks that have a deadline; tasks without one are left out. */
export function tasksToIcs(rows: readonly TaskRow[], options: IcsOptions): string {
  const { lang, now = Date.now(), reminderDays = 1 } = options;
  const calendar = ical({
    name: LABELS.calendar[lang],
    prodId: { company: 'GovMark', product: 'GovMark', language: lang.toUpperCase() },
  });
  for (const row of rows) {
    const due = row.task.deadline === null ? null : deadlineEnd(row.task.deadline);
    if (due === null) continue;
    const link = taskPassageLink(row);
    const event = calendar.createEvent({
      id: `${row.task.id}@govmark`,
      start: utcDay(due),
      allDay: true,
      stamp: new Date(now),
      summary: summaryOf(row.task.text),
      description: descriptionOf(row, link, lang),
      status: row.task.status === 'dropped' ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
    });
    if (reminderDays > 0 && (row.task.status === 'open' || row.task.status === 'in-progress')) {
      event.createAlarm({
        type: ICalAlarmType.display,
        trigger: reminderDays * DAY_SECONDS,
        description: summaryOf(row.task.text),
      });
    }
  }
  return calendar.toString();
}

/** All-day dates are written from the Date's UTC fields, so the day is the same in every time zone. */
function utcDay(iso: string): Date {
  const [year, month, day] = iso.split('-').map(Number);
  return new Date(Date.UTC(year, month - 1, day));
}

function summaryOf(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= SUMMARY_LENGTH) return flat;
  const cut = flat.lastIndexOf(' ', SUMMARY_LENGTH - 1);
  return `${flat.slice(0, cut > SUMMARY_LENGTH / 2 ? cut : SUMMARY_LENGTH - 1)}…`;
}

function descriptionOf(row: TaskRow, link: string, lang: Lang): string {
  const { task, article } = row;
  const lines = [task.text];
  if (task.assignees.length > 0) lines.push(`${LABELS.assignees[lang]}: ${task.assignees.join('; ')}`);
  if (task.issuer) lines.push(`${LABELS.issuer[lang]}: ${task.issuer}`);
  if (task.deadline) lines.push(`${LABELS.deadline[lang]}: ${task.deadline}`);
  const source = [article?.title, article?.site ?? task.site].filter(Boolean).join(' – ');
  if (source) lines.push(`${LABELS.source[lang]}: ${source}`);
  lines.push(`${LABELS.passage[lang]}: ${link}`);
  return lines.join('\n');
}
