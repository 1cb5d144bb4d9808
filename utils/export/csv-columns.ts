// What the highlight and task spreadsheets hold: one column per entry, its header in both
// languages and how a row fills it. Numbers stay numbers so spreadsheets can sum them.
import type { Lang } from '../i18n/lang';
import { ANNOTATION_KIND_LABELS, STATUS_LABELS } from '../model/labels';
import type { AnnotationRecord, ArticleRecord, TaskRecord } from '../model/records';
import { isoDay } from './dates';
import { annotationPassageLink, passageLink } from './text-fragment';

export type CsvCell = string | number | null;

export interface CsvContext {
  lang: Lang;
  /** Time zone of "date accessed"; the runtime's when absent. */
  timeZone?: string;
}

/**
 * What a column holds, for formats that type their cells (xlsx): text by default; `date` cells
 * hold ISO dates ("2023-01-15", or a month or year as written); `url` and `passage` cells hold a
 * link, shown as the URL itself or as "open the passage".
 */
export type ColumnType = 'text' | 'number' | 'date' | 'url' | 'passage';

export interface CsvColumn<Row> {
  header: { vi: string; en: string };
  cell: (row: Row, context: CsvContext) => CsvCell;
  type?: ColumnType;
}

export type CsvTable<Row> = readonly CsvColumn<Row>[];

/** One highlight with what it is read with: its article and the task tracked from it. */
export interface HighlightRow {
  annotation: AnnotationRecord;
  article: ArticleRecord | null;
  task: TaskRecord | null;
}

/** One tracked task with its article and the annotation that marks its passage. */
export interface TaskRow {
  task: TaskRecord;
  article: ArticleRecord | null;
  annotation: AnnotationRecord | null;
}

/** Several values in one cell; a semicolon, because tags and agency names contain commas. */
const LIST_SEPARATOR = '; ';

function figureOf(annotation: AnnotationRecord) {
  return annotation.finding?.kind === 'figure' ? annotation.finding.figure : null;
}

function figureUnit(annotation: AnnotationRecord): string | null {
  const figure = figureOf(annotation);
  if (!figure) return null;
  return figure.unit ?? (figure.kind === 'percent' ? '%' : null);
}

/** The deadline the reader tracks, else the one the engine read in the passage. */
function highlightDeadline({ annotation, task }: HighlightRow): string | null {
  if (task) return task.deadline;
  const finding = annotation.finding;
  if (finding?.kind === 'directive') return finding.directive.deadlineIso;
  if (finding?.kind === 'date' && finding.date.deadline) return finding.date.iso;
  return null;
}

/** How a row reaches its article; the link is computed only for its own column (100,000 rows). */
interface ArticleAccess<Row> {
  article: (row: Row) => ArticleRecord | null;
  url: (row: Row) => string;
  link: (row: Row) => string;
}

function articleColumns<Row>({ article, url, link }: ArticleAccess<Row>): CsvColumn<Row>[] {
  return [
    { header: { vi: 'Tiêu đề bài viết', en: 'Article title' }, cell: (row) => article(row)?.title ?? null },
    { header: { vi: 'Trang', en: 'Site' }, cell: (row) => article(row)?.site ?? null },
    { header: { vi: 'Tỉnh, thành', en: 'Province' }, cell: (row) => article(row)?.province ?? null },
    {
      header: { vi: 'Ngày đăng', en: 'Published date' },
      cell: (row) => article(row)?.published ?? null,
      type: 'date',
    },
    { header: { vi: 'URL', en: 'URL' }, cell: url, type: 'url' },
    { header: { vi: 'Liên kết đoạn trích', en: 'Passage link' }, cell: link, type: 'passage' },
    {
      header: { vi: 'Ngày truy cập', en: 'Date accessed' },
      type: 'date',
      cell: (row, context) => {
        const visited = article(row);
        return visited ? isoDay(visited.lastVisit, context.timeZone) : null;
      },
    },
  ];
}

const highlightUrl = (row: HighlightRow) => row.article?.url ?? row.annotation.articleUrl;

const highlightArticle: ArticleAccess<HighlightRow> = {
  article: (row) => row.article,
  url: highlightUrl,
  link: (row) => annotationPassageLink(row.annotation, highlightUrl(row)),
};

const taskUrl = (row: TaskRow) => row.article?.url ?? row.task.articleUrl;

/** The link that opens a task's passage: its annotation's text fragment, else the task's text. */
export function taskPassageLink(row: TaskRow): string {
  return row.annotation
    ? annotationPassageLink(row.annotation, taskUrl(row))
    : passageLink(taskUrl(row), row.task.text);
}

const taskArticle: ArticleAccess<TaskRow> = {
  article: (row) => row.article,
  url: taskUrl,
  link: taskPassageLink,
};

export const HIGHLIGHT_TABLE: CsvTable<HighlightRow> = [
  { header: { vi: 'Đoạn trích', en: 'Quote' }, cell: ({ annotation }) => annotation.quote },
  {
    header: { vi: 'Loại', en: 'Kind' },
    cell: ({ annotation }, { lang }) => ANNOTATION_KIND_LABELS[annotation.kind][lang],
  },
  { header: { vi: 'Ghi chú', en: 'Note' }, cell: ({ annotation }) => annotation.note },
  { header: { vi: 'Thẻ', en: 'Tags' }, cell: ({ annotation }) => annotation.tags.join(LIST_SEPARATOR) },
  {
    header: { vi: 'Giá trị số liệu', en: 'Figure value' },
    cell: ({ annotation }) => figureOf(annotation)?.value ?? null,
    type: 'number',
  },
  { header: { vi: 'Đơn vị số liệu', en: 'Figure unit' }, cell: ({ annotation }) => figureUnit(annotation) },
  {
    header: { vi: 'Số, ký hiệu văn bản', en: 'Document symbol' },
    cell: ({ annotation }) => (annotation.finding?.kind === 'document' ? annotation.finding.document.symbol : null),
  },
  { header: { vi: 'Thời hạn', en: 'Deadline' }, cell: highlightDeadline, type: 'date' },
  {
    header: { vi: 'Trạng thái nhiệm vụ', en: 'Task status' },
    cell: ({ task }, { lang }) => (task ? STATUS_LABELS[task.status][lang] : null),
  },
  ...articleColumns(highlightArticle),
];

export const TASK_TABLE: CsvTable<TaskRow> = [
  { header: { vi: 'Nhiệm vụ', en: 'Task' }, cell: ({ task }) => task.text },
  { header: { vi: 'Người chỉ đạo', en: 'Instructed by' }, cell: ({ task }) => task.issuer },
  { header: { vi: 'Đơn vị thực hiện', en: 'Assigned to' }, cell: ({ task }) => task.assignees.join(LIST_SEPARATOR) },
  { header: { vi: 'Thời hạn', en: 'Deadline' }, cell: ({ task }) => task.deadline, type: 'date' },
  {
    header: { vi: 'Trạng thái nhiệm vụ', en: 'Task status' },
    cell: ({ task }, { lang }) => STATUS_LABELS[task.status][lang],
  },
  { header: { vi: 'Ghi chú', en: 'Notes' }, cell: ({ task }) => task.notes },
  {
    // Only where the reader reworded the task: otherwise it would repeat the first column.
    header: { vi: 'Đoạn trích gốc', en: 'Original passage' },
    cell: ({ task, annotation }) => (annotation && annotation.quote !== task.text ? annotation.quote : null),
  },
  ...articleColumns(taskArticle),
];
