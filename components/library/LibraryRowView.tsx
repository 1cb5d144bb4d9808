// One row of the dashboard's list: a province or article header, an annotation or a task.
import { countOf } from '../../utils/i18n/counts';
import { formatDate } from '../../utils/i18n/dates';
import { localise, t } from '../../utils/i18n/lang';
import { ANNOTATION_KIND_LABELS } from '../../utils/model/labels';
import type { TaskRecord } from '../../utils/model/records';
import type { TaskStatus } from '../../utils/model/kinds';
import type { LibraryRow } from '../../utils/library/library-rows';
import { useLang } from '../common/lang-context';
import { DeadlineLabel } from './DeadlineLabel';
import { StatusSelect } from './StatusSelect';
import { TaskEditor } from './TaskEditor';
import { TaskTimelineButton } from '../register/TaskTimelineButton';

export const LIBRARY_ROW_HEIGHT = 64;

export interface LibraryRowViewProps {
  row: LibraryRow;
  selected: boolean;
  today: string;
  onToggle: (key: string) => void;
  onOpen: (row: LibraryRow) => void;
  onStatusChange: (task: TaskRecord, status: TaskStatus) => void;
}

export function LibraryRowView({ row, selected, today, onToggle, onOpen, onStatusChange }: LibraryRowViewProps) {
  const lang = useLang();
  if (row.type === 'province') {
    return (
      <div class="lib-row province" data-row-type="province">
        <div class="body">
          {row.province ?? t('unknownProvince', lang)} <span class="sub">({row.articleCount})</span>
        </div>
      </div>
    );
  }
  const title =
    row.type === 'article'
      ? (row.article?.title ?? row.url)
      : row.type === 'annotation'
        ? row.annotation.quote
        : row.task.text;
  const checkbox = (
    <input
      type="checkbox"
      checked={selected}
      aria-label={`${t(row.type === 'article' ? 'selectArticle' : 'select', lang)}: ${title.slice(0, 80)}`}
      onChange={() => onToggle(row.key)}
    />
  );
  if (row.type === 'article') {
    return (
      <div class="lib-row article" data-row-type="article">
        {checkbox}
        <div class="body">
          <a
            href={row.url}
            class="clamp-1"
            onClick={(event) => {
              event.preventDefault();
              onOpen(row);
            }}
          >
            {row.article?.title ?? t('untitled', lang)}
          </a>
          <div class="sub clamp-1">
            {[
              row.article?.site,
              row.article?.province,
              row.article?.published && formatDate(row.article.published, lang),
              row.annotationCount > 0 || row.taskCount === 0 ? countOf('annotations', row.annotationCount, lang) : null,
              row.taskCount > 0 ? countOf('tasks', row.taskCount, lang) : null,
            ]
              .filter(Boolean)
              .join(' · ')}
          </div>
        </div>
      </div>
    );
  }
  if (row.type === 'annotation') {
    const { annotation } = row;
    return (
      <div class={`lib-row swatch-${annotation.color}`} data-row-type="annotation" data-annotation-id={annotation.id}>
        {checkbox}
        <div class="body">
          <div class="clamp-1">
            <span class="kind-badge">{localise(ANNOTATION_KIND_LABELS[annotation.kind], lang)}</span> {annotation.quote}
          </div>
          <div class="sub clamp-1">
            {[annotation.note, annotation.tags.map((tag) => `#${tag}`).join(' ')].filter(Boolean).join(' · ')}
          </div>
        </div>
        <button type="button" class="link-button" onClick={() => onOpen(row)}>
          {t('openSource', lang)}
        </button>
      </div>
    );
  }
  const { task } = row;
  const passage = row.annotation;
  return (
    <div class="lib-row" data-row-type="task" data-task-id={task.id}>
      {checkbox}
      <div class="body">
        <div class="clamp-1">
          <span class="kind-badge">{t('task', lang)}</span> {task.text}
        </div>
        <div class="sub clamp-1">
          <DeadlineLabel task={task} today={today} /> {task.assignees.length > 0 && `· ${task.assignees.join('; ')}`}
          {passage?.note && ` · ${passage.note}`}
          {passage && passage.tags.length > 0 && ` · ${passage.tags.map((tag) => `#${tag}`).join(' ')}`}
        </div>
      </div>
      <StatusSelect
        status={task.status}
        onChange={(status) => onStatusChange(task, status)}
        label={`${t('status', lang)}: ${task.text.slice(0, 80)}`}
      />
      <TaskEditor task={task} />
      <TaskTimelineButton task={task} />
      <button type="button" class="link-button" onClick={() => onOpen(row)}>
        {t('openSource', lang)}
      </button>
    </div>
  );
}
