// A task's timeline (utils/register/task-timeline.ts) with the reader's answer to each suggested
// follow-up: confirm it, or dismiss it (it leaves the timeline and is not suggested again).
import { passageLink } from '../../utils/export/text-fragment';
import { localise, t, type Lang } from '../../utils/i18n/lang';
import { STATUS_LABELS } from '../../utils/model/labels';
import type { FollowUpRecord, FollowUpState } from '../../utils/model/register-records';
import type { TaskRecord } from '../../utils/model/records';
import { formatIsoDate } from '../../utils/page/format-finding';
import { type TimelineEntry, taskTimeline } from '../../utils/register/task-timeline';
import type { GovMarkDB } from '../../utils/storage/db';
import { followUpsOfTask } from '../../utils/storage/follow-up-queries';
import { useLang } from '../common/lang-context';
import { useLiveQuery } from '../common/use-live-query';

export interface TaskTimelineProps {
  db: GovMarkDB;
  task: TaskRecord;
  onDecide: (followUp: FollowUpRecord, state: Exclude<FollowUpState, 'suggested'>) => void;
  onOpenTask: (task: TaskRecord) => void;
}

export function TaskTimeline({ db, task, onDecide, onOpenTask }: TaskTimelineProps) {
  const lang = useLang();
  const entries = useLiveQuery(async () => {
    const [article, followUps, current] = await Promise.all([
      db.articles.get(task.articleUrl),
      followUpsOfTask(db, task.id),
      db.tasks.get(task.id),
    ]);
    return taskTimeline(current ?? task, article ?? null, followUps);
  }, [db, task.id]);
  return (
    <section class="timeline" aria-label={t('timelineTitle', lang)} data-task-id={task.id}>
      <h2>{t('timelineTitle', lang)}</h2>
      <p class="sub">{task.text}</p>
      <ol>
        {(entries ?? []).map((entry) => (
          <TimelineItem
            key={keyOf(entry)}
            entry={entry}
            lang={lang}
            task={task}
            onDecide={onDecide}
            onOpenTask={onOpenTask}
          />
        ))}
      </ol>
    </section>
  );
}

function keyOf(entry: TimelineEntry): string {
  return entry.type === 'follow-up' ? entry.followUp.id : `${entry.type}-${entry.at}`;
}

function when(entry: TimelineEntry, lang: Lang): string {
  return entry.day
    ? formatIsoDate(entry.day, lang)
    : new Date(entry.at).toLocaleString(lang === 'vi' ? 'vi-VN' : 'en-GB');
}

function TimelineItem(props: {
  entry: TimelineEntry;
  lang: Lang;
  task: TaskRecord;
  onDecide: TaskTimelineProps['onDecide'];
  onOpenTask: TaskTimelineProps['onOpenTask'];
}) {
  const { entry, lang } = props;
  if (entry.type === 'set') {
    return (
      <li data-entry="set">
        <div class="sub">
          {when(entry, lang)} · {t('timelineSetBy', lang)}
        </div>
        <button type="button" class="link-button" onClick={() => props.onOpenTask(props.task)}>
          {entry.article?.title ?? props.task.articleUrl}
        </button>
        {entry.article && <div class="sub">{entry.article.site}</div>}
      </li>
    );
  }
  if (entry.type === 'status') {
    return (
      <li data-entry="status">
        <div class="sub">{when(entry, lang)}</div>
        {t('timelineStatus', lang)}: {localise(STATUS_LABELS[entry.status], lang)}
      </li>
    );
  }
  const { followUp } = entry;
  const quote = followUp.selectors.find((selector) => selector.type === 'TextQuoteSelector');
  const link =
    quote?.type === 'TextQuoteSelector'
      ? passageLink(followUp.articleUrl, quote.exact, quote.prefix, quote.suffix)
      : followUp.articleUrl;
  return (
    <li data-entry="follow-up" data-state={followUp.state} data-follow-up-id={followUp.id}>
      <div class="sub">
        {when(entry, lang)} ·{' '}
        {followUp.state === 'suggested' ? t('followUpSuggested', lang) : t('followUpConfirmed', lang)} ·{' '}
        {followUp.reason === 'same-document' ? t('followUpSameDocument', lang) : t('followUpSameMatter', lang)}
      </div>
      <a href={link} target="_blank" rel="noopener noreferrer">
        {followUp.title ?? followUp.articleUrl}
      </a>
      <div class="sub">{followUp.site}</div>
      <blockquote>{followUp.text}</blockquote>
      {followUp.state === 'suggested' && (
        <div class="button-row">
          <button type="button" onClick={() => props.onDecide(followUp, 'confirmed')}>
            {t('confirmFollowUp', lang)}
          </button>
          <button type="button" onClick={() => props.onDecide(followUp, 'dismissed')}>
            {t('dismissFollowUp', lang)}
          </button>
        </div>
      )}
    </li>
  );
}
