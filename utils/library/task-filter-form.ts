// The popup's filter controls as the form holds them ('' = any) and the TaskFilter they mean.
import type { TaskStatus } from '../model/kinds';
import type { TaskFilter } from '../storage/task-filter';

export interface TaskFilterForm {
  status: TaskStatus | '';
  province: string;
  site: string;
  assignee: string;
  query: string;
}

export const EMPTY_TASK_FILTER_FORM: TaskFilterForm = { status: '', province: '', site: '', assignee: '', query: '' };

export function toTaskFilter(form: TaskFilterForm): TaskFilter {
  return {
    ...(form.status !== '' ? { status: form.status } : {}),
    ...(form.province !== '' ? { province: form.province } : {}),
    ...(form.site !== '' ? { site: form.site } : {}),
    ...(form.assignee !== '' ? { assignee: form.assignee } : {}),
    ...(form.query.trim() !== '' ? { query: form.query } : {}),
  };
}

export function isEmptyTaskFilter(form: TaskFilterForm): boolean {
  return Object.keys(toTaskFilter(form)).length === 0;
}
