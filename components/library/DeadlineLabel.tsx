// A task's deadline, red when overdue and marked when due within the week.
import { t } from '../../utils/i18n/lang';
import { taskDeadlineState } from '../../utils/storage/deadline';
import type { TaskRecord } from '../../utils/storage/records';
import { deadlineStateLabel } from '../../utils/library/status-labels';
import { useLang } from '../common/lang-context';

export function DeadlineLabel({ task, today }: { task: Pick<TaskRecord, 'status' | 'deadline'>; today: string }) {
  const lang = useLang();
  const state = taskDeadlineState(task, today);
  const stateLabel = deadlineStateLabel(state);
  return (
    <span class={`deadline deadline-${state}`} data-deadline-state={state}>
      {task.deadline ?? t('noDeadline', lang)}
      {stateLabel && <strong class="deadline-flag"> · {t(stateLabel, lang)}</strong>}
    </span>
  );
}
