// The task statuses in the order the menus list them, with their UI string keys.
import type { MessageKey } from '../i18n/messages';
import type { DeadlineState } from '../storage/deadline';
import type { TaskStatus } from '../storage/records';

export const STATUS_OPTIONS: readonly { status: TaskStatus; label: MessageKey }[] = [
  { status: 'open', label: 'statusOpen' },
  { status: 'in-progress', label: 'statusInProgress' },
  { status: 'done', label: 'statusDone' },
  { status: 'dropped', label: 'statusDropped' },
];

export function statusLabel(status: TaskStatus): MessageKey {
  return STATUS_OPTIONS.find((option) => option.status === status)?.label ?? 'statusOpen';
}

/** The words beside a deadline that say where it stands; none for a later or missing one. */
export function deadlineStateLabel(state: DeadlineState): MessageKey | null {
  if (state === 'overdue') return 'overdue';
  if (state === 'due-soon') return 'dueSoon';
  return null;
}
