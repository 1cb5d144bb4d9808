// The popup's filter controls as the form holds them ('' = any) and what they ask for.
import type { TaskStatus } from '../model/kinds';
import type { TaskFilter } from '../storage/task-filter';

export interface TaskFilterForm {
  status: TaskStatus | '';
  province: string;
  site: string;
  assignee: string;
  /** Words searched through the background's index. */
  query: string;
}

export const EMPTY_TASK_FILTER_FORM: TaskFilterForm = { status: '', province: '', site: '', assignee: '', query: '' };

export function toTaskFilter(form: TaskFilterForm): TaskFilter {
  return {
    ...(form.status !== '' ? { status: form.status } : {}),
    ...(form.province !== '' ? { province: form.province } : {}),
    ...(form.site !== '' ? { site: form.site } : {}),
    ...(form.assignee !== '' ? { assignee: form.assignee } : {}),
  };
}

export function isEmptyTaskFilter(form: TaskFilterForm): boolean {
  return Object.keys(toTaskFilter(form)).length === 0 && form.query.trim() === '';
}
