// The calendar of deadlines in the dashboard: overdue tasks first, then weeks (Monday to Sunday)
// with each task on the day it falls due (a period deadline on its last day), this week and
// today marked. Each task opens its passage. It reads only the weeks shown, by the `due` index.
import { useMemo, useState } from 'preact/hooks';
import { localise, t, type Lang } from '../../utils/i18n/lang';
import { calendarWeeks, mondayOf, type CalendarWeek } from '../../utils/library/calendar-weeks';
import { fillTemplate } from '../../utils/library/template';
import { addDays, taskDeadlineState } from '../../utils/model/deadline';
import { STATUS_LABELS } from '../../utils/model/labels';
import type { TaskRecord } from '../../utils/model/records';
import { formatDate, formatDeadline } from '../../utils/i18n/dates';
import type { GovMarkDB } from '../../utils/storage/db';
import { overdueTasks, tasksDueBetween } from '../../utils/storage/deadline-queries';
import { useLang } from '../common/lang-context';
import { useLiveQuery } from '../common/use-live-query';
import { ReminderSettings } from '../settings/ReminderSettings';
import './calendar.css';

/** Weeks on screen at once, and how far the earlier/later buttons move. */
const WEEKS_SHOWN = 6;
/** Overdue tasks listed above the weeks; more are in the library list, sorted by due day. */
const OVERDUE_SHOWN = 50;

const WEEKDAYS: Record<Lang, string[]> = {
  vi: ['T2', 'T3', 'T4', 'T5', 'T6', 'T7', 'CN'],
  en: ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'],
};

export interface DeadlineCalendarProps {
  db: GovMarkDB;
  /** The reader's local day (YYYY-MM-DD). */
  today: string;
  onOpen: (task: TaskRecord) => void;
}

export function DeadlineCalendar({ db, today, onOpen }: DeadlineCalendarProps) {
  const lang = useLang();
  const thisMonday = mondayOf(today);
  const [firstMonday, setFirstMonday] = useState(thisMonday);
  const lastDay = addDays(firstMonday, WEEKS_SHOWN * 7 - 1);
  const tasks = useLiveQuery(() => tasksDueBetween(db, firstMonday, lastDay), [db, firstMonday, lastDay]);
  const overdue = useLiveQuery(() => overdueTasks(db, today, OVERDUE_SHOWN), [db, today]);
  const weeks = useMemo(
    () => (tasks ? calendarWeeks(tasks, firstMonday, WEEKS_SHOWN, today) : null),
    [tasks, firstMonday, today],
  );

  return (
    <section class="deadline-calendar" aria-labelledby="calendar-title" data-ready={weeks && overdue ? '' : undefined}>
      <h2 id="calendar-title">{t('calendar', lang)}</h2>
      <section class="calendar-overdue" aria-labelledby="calendar-overdue-title">
        <h3 id="calendar-overdue-title">
          {t('calendarOverdue', lang)} {overdue && overdue.length > 0 && <span class="count">({overdue.length})</span>}
        </h3>
        {overdue?.length === 0 && <p class="muted">{t('calendarNoOverdue', lang)}</p>}
        <ul>
          {overdue?.map((task) => (
            <li key={task.id}>
              <CalendarTask task={task} today={today} lang={lang} onOpen={onOpen} showDue />
            </li>
          ))}
        </ul>
      </section>
      <nav class="calendar-nav">
        <button type="button" onClick={() => setFirstMonday(addDays(firstMonday, -7 * WEEKS_SHOWN))}>
          {t('calendarPrevious', lang)}
        </button>
        <button type="button" disabled={firstMonday === thisMonday} onClick={() => setFirstMonday(thisMonday)}>
          {t('calendarToday', lang)}
        </button>
        <button type="button" onClick={() => setFirstMonday(addDays(firstMonday, 7 * WEEKS_SHOWN))}>
          {t('calendarNext', lang)}
        </button>
      </nav>
      {weeks?.every((week) => week.days.every((day) => day.tasks.length === 0)) && (
        <p class="muted">{t('calendarEmptyWeeks', lang)}</p>
      )}
      {weeks?.map((week) => (
        <WeekRow key={week.start} week={week} today={today} lang={lang} onOpen={onOpen} />
      ))}
      <ReminderSettings db={db} />
    </section>
  );
}

function WeekRow({
  week,
  today,
  lang,
  onOpen,
}: {
  week: CalendarWeek;
  today: string;
  lang: Lang;
  onOpen: (task: TaskRecord) => void;
}) {
  const title = fillTemplate(t('calendarWeekOf', lang), {
    from: formatDay(week.start, lang),
    to: formatDate(week.end, lang),
  });
  return (
    <section
      class={`calendar-week${week.isThisWeek ? ' this-week' : ''}`}
      aria-label={title}
      data-week={week.start}
      data-this-week={week.isThisWeek ? '' : undefined}
    >
      <h3>
        {title}
        {week.isThisWeek && <strong class="this-week-flag"> · {t('calendarThisWeek', lang)}</strong>}
      </h3>
      <ol class="calendar-days">
        {week.days.map((day, index) => (
          <li
            key={day.iso}
            class={`calendar-day${day.isToday ? ' today' : ''}${day.iso < today ? ' past' : ''}`}
            data-day={day.iso}
            aria-current={day.isToday ? 'date' : undefined}
          >
            <span class="calendar-date">
              {WEEKDAYS[lang][index]} {formatDay(day.iso, lang)}
            </span>
            {day.tasks.map((task) => (
              <CalendarTask key={task.id} task={task} today={today} lang={lang} onOpen={onOpen} />
            ))}
          </li>
        ))}
      </ol>
    </section>
  );
}

function CalendarTask({
  task,
  today,
  lang,
  onOpen,
  showDue = false,
}: {
  task: TaskRecord;
  today: string;
  lang: Lang;
  onOpen: (task: TaskRecord) => void;
  showDue?: boolean;
}) {
  const state = taskDeadlineState(task, today);
  const deadline = task.deadline === null ? '' : formatDeadline(task.deadline, lang);
  const status = localise(STATUS_LABELS[task.status], lang);
  return (
    <button
      type="button"
      class={`calendar-task deadline-${state} status-${task.status}`}
      data-task-id={task.id}
      data-deadline-state={state}
      title={`${task.text}\n${t('deadline', lang)}: ${deadline} · ${status} · ${task.site}`}
      onClick={() => onOpen(task)}
    >
      {showDue && <span class="calendar-task-due">{deadline}</span>}
      <span class="calendar-task-text">{task.text}</span>
    </button>
  );
}

/** "28/10" in Vietnamese, "28 Oct" in English: the week's own year is in its title. */
function formatDay(iso: string, lang: Lang): string {
  const [year, month, day] = iso.split('-').map(Number);
  if (lang === 'vi') return `${String(day).padStart(2, '0')}/${String(month).padStart(2, '0')}`;
  return new Date(Date.UTC(year, month - 1, day)).toLocaleDateString('en-GB', {
    day: 'numeric',
    month: 'short',
    timeZone: 'UTC',
  });
}
