// The "Reminders" settings: whether tasks with a day deadline and tasks with a period deadline
// are reminded of, and how many days before they fall due. Saved through the background, which
// plans the reminders again at once.
import { useState } from 'preact/hooks';
import { localise, t } from '../../utils/i18n/lang';
import { fillTemplate } from '../../utils/library/template';
import {
  REMINDER_LEAD_DAYS,
  type ReminderLeadDays,
  type ReminderSettings as Choices,
} from '../../utils/model/reminders';
import type { GovMarkDB } from '../../utils/storage/db';
import { getSettings } from '../../utils/storage/settings-queries';
import { useLang } from '../common/lang-context';
import { useLiveQuery } from '../common/use-live-query';
import { setReminderSettings } from '../common/actions';

export function ReminderSettings({ db }: { db: GovMarkDB }) {
  const lang = useLang();
  const settings = useLiveQuery(() => getSettings(db), [db]);
  const [error, setError] = useState<string | null>(null);
  if (!settings) return null;
  const choices = settings.reminders;

  async function save(changes: Partial<Choices>) {
    // From what is stored, not from this render: a second change may come before the first shows.
    const stored = (await getSettings(db)).reminders;
    const response = await setReminderSettings({ ...stored, ...changes });
    setError(response.ok ? null : localise(response.error.message, lang));
  }

  return (
    <section class="reminder-settings" aria-labelledby="reminders-title" data-reminder-settings>
      <h2 id="reminders-title">{t('reminders', lang)}</h2>
      <p class="muted">{t('remindersHint', lang)}</p>
      <label>
        <input
          type="checkbox"
          checked={choices.dayDeadlines}
          onChange={(event) => void save({ dayDeadlines: (event.currentTarget as HTMLInputElement).checked })}
        />{' '}
        {t('remindDayDeadlines', lang)}
      </label>
      <label>
        <input
          type="checkbox"
          checked={choices.periodDeadlines}
          onChange={(event) => void save({ periodDeadlines: (event.currentTarget as HTMLInputElement).checked })}
        />{' '}
        {t('remindPeriodDeadlines', lang)}
      </label>
      <label>
        {t('remindLeadDays', lang)}{' '}
        <select
          value={String(choices.leadDays)}
          onChange={(event) =>
            void save({ leadDays: Number((event.currentTarget as HTMLSelectElement).value) as ReminderLeadDays })
          }
        >
          {REMINDER_LEAD_DAYS.map((days) => (
            <option key={days} value={String(days)}>
              {days === 1 ? t('leadDayOption', lang) : fillTemplate(t('leadDaysOption', lang), { days })}
            </option>
          ))}
        </select>
      </label>
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}
