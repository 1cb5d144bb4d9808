// A task's status, changed in place.
import { localise, t } from '../../utils/i18n/lang';
import type { TaskStatus } from '../../utils/model/kinds';
import { TASK_STATUSES } from '../../utils/model/kinds';
import { STATUS_LABELS } from '../../utils/model/labels';
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
      {TASK_STATUSES.map((status) => (
        <option key={status} value={status}>
          {localise(STATUS_LABELS[status], lang)}
        </option>
      ))}
    </select>
  );
}
