// Tasks in a windowed list: with thousands tracked only the rows in view are rendered.
import { t } from '../../utils/i18n/lang';
import type { TaskRecord } from '../../utils/model/records';
import type { TaskStatus } from '../../utils/model/kinds';
import { useLang } from '../common/lang-context';
import { VirtualList } from '../common/VirtualList';
import { TaskItem } from './TaskItem';

export const TASK_ROW_HEIGHT = 96;

export interface TaskListProps {
  tasks: readonly TaskRecord[];
  today: string;
  height: number;
  onStatusChange: (task: TaskRecord, status: TaskStatus) => void;
  onOpenPassage: (task: TaskRecord) => void;
  /** The reader scrolled to the end of the tasks read so far. */
  onNearEnd?: () => void;
}

export function TaskList({ tasks, today, height, onStatusChange, onOpenPassage, onNearEnd }: TaskListProps) {
  const lang = useLang();
  return (
    <VirtualList
      items={tasks}
      rowHeight={TASK_ROW_HEIGHT}
      height={Math.min(height, Math.max(TASK_ROW_HEIGHT, tasks.length * TASK_ROW_HEIGHT))}
      label={t('taskList', lang)}
      getKey={(task) => task.id}
      onNearEnd={onNearEnd}
      renderRow={(task) => (
        <TaskItem task={task} today={today} onStatusChange={onStatusChange} onOpenPassage={onOpenPassage} />
      )}
    />
  );
}
