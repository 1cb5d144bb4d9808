// A task's deadline in the reader's form, red when overdue and marked when due within the week.
// A period ("cuối năm 2023") shows as the period and the day it ends, when it falls due.
import { formatDeadline } from '../../utils/i18n/dates';
import { localise, t } from '../../utils/i18n/lang';
import { taskDeadlineState } from '../../utils/model/deadline';
import type { TaskRecord } from '../../utils/model/records';
import { DEADLINE_STATE_LABELS } from '../../utils/model/labels';
import { useLang } from '../common/lang-context';

export function DeadlineLabel({ task, today }: { task: Pick<TaskRecord, 'status' | 'deadline'>; today: string }) {
  const lang = useLang();
  const state = taskDeadlineState(task, today);
  const stateLabel = DEADLINE_STATE_LABELS[state];
  return (
    <span class={`deadline deadline-${state}`} data-deadline-state={state}>
      {task.deadline === null ? t('noDeadline', lang) : formatDeadline(task.deadline, lang)}
      {stateLabel && <strong class="deadline-flag"> · {localise(stateLabel, lang)}</strong>}
    </span>
  );
}
