// One tracked task in a list: what, who, when, where, its status (changed in place) and a way
// back to the passage it came from.
import { t } from '../../utils/i18n/lang';
import type { TaskRecord } from '../../utils/model/records';
import type { TaskStatus } from '../../utils/model/kinds';
import { useLang } from '../common/lang-context';
import { DeadlineLabel } from './DeadlineLabel';
import { StatusSelect } from './StatusSelect';
import { TaskEditor } from './TaskEditor';

export interface TaskItemProps {
  task: TaskRecord;
  today: string;
  onStatusChange: (task: TaskRecord, status: TaskStatus) => void;
  onOpenPassage: (task: TaskRecord) => void;
}

export function TaskItem({ task, today, onStatusChange, onOpenPassage }: TaskItemProps) {
  const lang = useLang();
  return (
    <article class="task-item" data-task-id={task.id} aria-label={task.text}>
      <p class="task-text clamp-2" title={task.text}>
        {task.text}
      </p>
      <div class="task-meta">
        <DeadlineLabel task={task} today={today} />
        {task.assignees.length > 0 && <span class="task-assignees clamp-1">{task.assignees.join('; ')}</span>}
      </div>
      <div class="task-meta">
        <StatusSelect status={task.status} onChange={(status) => onStatusChange(task, status)} />
        <span class="task-place clamp-1">{[task.province, task.site].filter(Boolean).join(' · ')}</span>
        <TaskEditor task={task} />
        <button type="button" class="link-button" onClick={() => onOpenPassage(task)}>
          {t('openSource', lang)}
        </button>
      </div>
    </article>
  );
}
