// The popup's filters: status, province, site, assignee and a search that ignores diacritics.
import { localise, t, type Lang } from '../../utils/i18n/lang';
import type { MessageKey } from '../../utils/i18n/messages';
import type { TaskFacets } from '../../utils/storage/task-queries';
import type { TaskStatus } from '../../utils/model/kinds';
import type { TaskFilterForm } from '../../utils/library/task-filter-form';
import { TASK_STATUSES } from '../../utils/model/kinds';
import { STATUS_LABELS } from '../../utils/model/labels';
import { useLang } from '../common/lang-context';

export interface TaskFiltersProps {
  form: TaskFilterForm;
  facets: TaskFacets;
  onChange: (form: TaskFilterForm) => void;
}

export function TaskFilters({ form, facets, onChange }: TaskFiltersProps) {
  const lang = useLang();
  const set = <K extends keyof TaskFilterForm>(key: K, value: TaskFilterForm[K]) => onChange({ ...form, [key]: value });
  return (
    <div class="filters" role="search">
      <input
        type="search"
        class="search-input"
        aria-label={t('search', lang)}
        placeholder={t('search', lang)}
        value={form.query}
        onInput={(event) => set('query', (event.currentTarget as HTMLInputElement).value)}
      />
      <select
        aria-label={t('status', lang)}
        value={form.status}
        onChange={(event) => set('status', (event.currentTarget as HTMLSelectElement).value as TaskStatus | '')}
      >
        <option value="">{t('allStatuses', lang)}</option>
        {TASK_STATUSES.map((status) => (
          <option key={status} value={status}>
            {localise(STATUS_LABELS[status], lang)}
          </option>
        ))}
      </select>
      <FacetSelect
        lang={lang}
        label="province"
        any="allProvinces"
        values={facets.provinces}
        value={form.province}
        onChange={(value) => set('province', value)}
      />
      <FacetSelect
        lang={lang}
        label="site"
        any="allSites"
        values={facets.sites}
        value={form.site}
        onChange={(value) => set('site', value)}
      />
      <FacetSelect
        lang={lang}
        label="assignee"
        any="allAssignees"
        values={facets.assignees}
        value={form.assignee}
        onChange={(value) => set('assignee', value)}
      />
    </div>
  );
}

interface FacetSelectProps {
  lang: Lang;
  label: MessageKey;
  any: MessageKey;
  values: readonly string[];
  value: string;
  onChange: (value: string) => void;
}

function FacetSelect({ lang, label, any, values, value, onChange }: FacetSelectProps) {
  // A value chosen before the list changed stays selectable, so the control never lies.
  const options = value !== '' && !values.includes(value) ? [value, ...values] : values;
  return (
    <select
      aria-label={t(label, lang)}
      value={value}
      onChange={(event) => onChange((event.currentTarget as HTMLSelectElement).value)}
    >
      <option value="">{t(any, lang)}</option>
      {options.map((option) => (
        <option key={option} value={option}>
          {option}
        </option>
      ))}
    </select>
  );
}
