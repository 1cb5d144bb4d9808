// The task row's way into its timeline: a button that says how many suggested follow-ups wait for
// the reader's answer, opening the timeline in a dialog. Renders nothing where no page provides
// the database (register-db.ts).
import { useRef, useState } from 'preact/hooks';
import { fillTemplate } from '../../utils/library/template';
import { localise, t } from '../../utils/i18n/lang';
import type { FollowUpRecord, FollowUpState } from '../../utils/model/register-records';
import type { TaskRecord } from '../../utils/model/records';
import { useLang } from '../common/lang-context';
import { useLiveQuery } from '../common/use-live-query';
import { decideFollowUp } from '../common/actions';
import { followUpsOfTask } from '../../utils/storage/follow-up-queries';
import { openTaskPassage } from '../library/open-passage';
import { useRegisterDb } from './register-db';
import { TaskTimeline } from './TaskTimeline';
import './register.css';

export function TaskTimelineButton({ task }: { task: TaskRecord }) {
  const db = useRegisterDb();
  const lang = useLang();
  const dialog = useRef<HTMLDialogElement>(null);
  const [open, setOpen] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const suggested = useLiveQuery(
    async () =>
      db ? (await followUpsOfTask(db, task.id)).filter((followUp) => followUp.state === 'suggested').length : 0,
    [db, task.id],
    0,
  );
  if (!db) return null;

  async function decide(followUp: FollowUpRecord, state: Exclude<FollowUpState, 'suggested'>) {
    const response = await decideFollowUp(followUp.id, state);
    setError(response.ok ? null : localise(response.error.message, lang));
  }

  return (
    <>
      <button
        type="button"
        class="link-button timeline-button"
        data-suggested={suggested}
        onClick={() => {
          setOpen(true);
          dialog.current?.showModal();
        }}
      >
        {t('followUps', lang)}
        {suggested > 0 && (
          <span class="follow-up-badge">{fillTemplate(t('followUpCount', lang), { count: suggested })}</span>
        )}
      </button>
      <dialog ref={dialog} class="timeline-dialog" onClose={() => setOpen(false)}>
        {open && (
          <TaskTimeline
            db={db}
            task={task}
            onDecide={(followUp, state) => void decide(followUp, state)}
            onOpenTask={(shown) => void openTaskPassage(db, shown)}
          />
        )}
        {error && <p class="error">{error}</p>}
        <form method="dialog">
          <button type="submit">{t('close', lang)}</button>
        </form>
      </dialog>
    </>
  );
}
