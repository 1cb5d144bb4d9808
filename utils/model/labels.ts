// The one table of what the model's values are called, in both languages: finding and annotation
// kinds, highlight colours, task statuses and deadline states. Menus, cards, rows and CSV cells
// all read their words here.
import type { Bilingual } from '../i18n/lang';
import type { DeadlineState } from './deadline';
import type { AnnotationKind, FindingKind, HighlightColor, TaskStatus } from './kinds';

export const FINDING_KIND_LABELS: Record<FindingKind, Bilingual> = {
  figure: { vi: 'Số liệu', en: 'Figure' },
  document: { vi: 'Văn bản', en: 'Document' },
  date: { vi: 'Ngày tháng', en: 'Date' },
  deadline: { vi: 'Thời hạn', en: 'Deadline' },
  directive: { vi: 'Chỉ đạo', en: 'Directive' },
};

export const ANNOTATION_KIND_LABELS: Record<AnnotationKind, Bilingual> = {
  highlight: { vi: 'Tô sáng', en: 'Highlight' },
  note: { vi: 'Ghi chú', en: 'Note' },
  figure: FINDING_KIND_LABELS.figure,
  document: FINDING_KIND_LABELS.document,
  date: FINDING_KIND_LABELS.date,
  directive: FINDING_KIND_LABELS.directive,
};

export const COLOR_LABELS: Record<HighlightColor, Bilingual> = {
  yellow: { vi: 'Vàng', en: 'Yellow' },
  green: { vi: 'Xanh lá', en: 'Green' },
  blue: { vi: 'Xanh dương', en: 'Blue' },
  pink: { vi: 'Hồng', en: 'Pink' },
  purple: { vi: 'Tím', en: 'Purple' },
};

export const STATUS_LABELS: Record<TaskStatus, Bilingual> = {
  open: { vi: 'Chưa làm', en: 'Open' },
  'in-progress': { vi: 'Đang làm', en: 'In progress' },
  done: { vi: 'Hoàn thành', en: 'Done' },
  dropped: { vi: 'Bỏ', en: 'Dropped' },
};

/** The words beside a deadline that say where it stands; none for a later or missing one. */
export const DEADLINE_STATE_LABELS: Record<DeadlineState, Bilingual | null> = {
  overdue: { vi: 'Quá hạn', en: 'Overdue' },
  'due-soon': { vi: 'Sắp đến hạn', en: 'Due soon' },
  later: null,
  none: null,
};
