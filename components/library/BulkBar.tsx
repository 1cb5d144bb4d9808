// The dashboard's bulk actions on the selected rows: select what is shown, set the status of the
// selected tasks (by id, in the background), delete the selection, clear it.
import { useState } from 'preact/hooks';
import { countOf } from '../../utils/i18n/counts';
import { localise, t } from '../../utils/i18n/lang';
import { TASK_STATUSES, type TaskStatus } from '../../utils/model/kinds';
import { STATUS_LABELS } from '../../utils/model/labels';
import { useLang } from '../common/lang-context';

export interface BulkBarProps {
  shownCount: number;
  selectedCount: number;
  taskCount: number;
  deletableCount: number;
  error: string | null;
  onSelectShown: () => void;
  onSetStatus: (status: TaskStatus) => void;
  onDelete: () => void;
  onClear: () => void;
}

export function BulkBar(props: BulkBarProps) {
  const lang = useLang();
  const [status, setStatus] = useState<TaskStatus>('done');
  return (
    <div class="bulk-bar">
      <button type="button" disabled={props.shownCount === 0} onClick={props.onSelectShown}>
        {t('selectAllShown', lang)}
      </button>
      {props.selectedCount > 0 && (
        <>
          <span>{countOf('selected', props.selectedCount, lang)}</span>
          <select
            aria-label={t('setStatusOfSelected', lang)}
            value={status}
            onChange={(event) => setStatus((event.currentTarget as HTMLSelectElement).value as TaskStatus)}
          >
            {TASK_STATUSES.map((option) => (
              <option key={option} value={option}>
                {localise(STATUS_LABELS[option], lang)}
              </option>
            ))}
          </select>
          <button type="button" disabled={props.taskCount === 0} onClick={() => props.onSetStatus(status)}>
            {t('apply', lang)} ({props.taskCount})
          </button>
          <button type="button" disabled={props.deletableCount === 0} onClick={props.onDelete}>
            {t('deleteSelected', lang)} ({props.deletableCount})
          </button>
          <button type="button" onClick={props.onClear}>
            {t('clearSelection', lang)}
          </button>
        </>
      )}
      {props.error && (
        <span class="error" role="alert">
          {props.error}
        </span>
      )}
    </div>
  );
}
