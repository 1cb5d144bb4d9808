// A task's status, changed in place.
import { t } from '../../utils/i18n/lang';
import type { TaskStatus } from '../../utils/storage/records';
import { STATUS_OPTIONS } from '../../utils/library/status-labels';
import { useLang } from '../common/lang-context';

export interface StatusSelectProps {
  status: TaskStatus;
  onChange: (status: TaskStatus) => void;
  /** Accessible name; "Status" when absent. */
  label?: string;
  disabled?: boolean;
}

export function StatusSelect({ status, onChange, label, disabled }: StatusSelectProps) {
  const lang = useLang();
  return (
    <select
      class={`status-select status-${status}`}
      aria-label={label ?? t('status', lang)}
      value={status}
      disabled={disabled}
      onChange={(event) => onChange((event.currentTarget as HTMLSelectElement).value as TaskStatus)}
    >
      {STATUS_OPTIONS.map((option) => (
        <option key={option.status} value={option.status}>
          {t(option.label, lang)}
        </option>
      ))}
    </select>
  );
}
