// Editing a tracked task's text, assignees and deadline (the engine's reading of the directive
// is a proposal; the reader has the last word). A button and a modal dialog of its own, so the
// popup's and the dashboard's fixed-height rows keep their layout. The edit is made from the
// task's revision when the dialog opened; a task saved elsewhere meanwhile is not overwritten.
import { useRef, useState } from 'preact/hooks';
import { localise, t } from '../../utils/i18n/lang';
import { isDeadlineIso } from '../../utils/model/deadline';
import type { TaskRecord } from '../../utils/model/records';
import type { TaskChanges } from '../../utils/storage/task-queries';
import { useLang } from '../common/lang-context';
import { updateTask } from '../common/actions';

export interface TaskEditorProps {
  task: TaskRecord;
  /** Test seam: the write (a task/update message by default). */
  save?: typeof updateTask;
}

/** Assignees as typed: one per line or separated by semicolons (names may hold commas). */
export function parseAssignees(input: string): string[] {
  return input
    .split(/[;\n]/)
    .map((name) => name.trim())
    .filter((name) => name !== '');
}

export function TaskEditor({ task, save = updateTask }: TaskEditorProps) {
  const lang = useLang();
  const dialog = useRef<HTMLDialogElement>(null);
  const [text, setText] = useState(task.text);
  const [assignees, setAssignees] = useState(task.assignees.join('; '));
  const [deadline, setDeadline] = useState(task.deadline ?? '');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const base = useRef(task.revision);

  function open() {
    setText(task.text);
    setAssignees(task.assignees.join('; '));
    setDeadline(task.deadline ?? '');
    setError(null);
    base.current = task.revision;
    dialog.current?.showModal();
  }

  async function submit(event: Event) {
    event.preventDefault();
    const trimmedDeadline = deadline.trim();
    if (text.trim() === '') return setError(t('taskTextRequired', lang));
    if (trimmedDeadline !== '' && !isDeadlineIso(trimmedDeadline)) return setError(t('deadlineInvalid', lang));
    const changes: TaskChanges = {
      text: text.trim(),
      assignees: parseAssignees(assignees),
      deadline: trimmedDeadline === '' ? null : trimmedDeadline,
    };
    setBusy(true);
    const response = await save(task.id, base.current, changes);
    setBusy(false);
    if (!response.ok) {
      // What the reader typed stays in the form; a stale edit is said, and the next save is
      // made from the version now stored.
      if (response.error.code === 'stale') base.current = task.revision;
      return setError(localise(response.error.message, lang));
    }
    dialog.current?.close();
  }

  const id = (field: string) => `task-${task.id}-${field}`;
  return (
    <>
      <button type="button" class="link-button" onClick={open}>
        {t('editTask', lang)}
      </button>
      <dialog ref={dialog} class="task-editor" aria-labelledby={id('title')}>
        <form method="dialog" onSubmit={(event) => void submit(event)}>
          <h2 id={id('title')}>{t('editTask', lang)}</h2>
          <label for={id('text')}>{t('taskText', lang)}</label>
          <textarea
            id={id('text')}
            value={text}
            onInput={(event) => setText((event.currentTarget as HTMLTextAreaElement).value)}
          />
          <label for={id('assignees')}>{t('assignees', lang)}</label>
          <input
            id={id('assignees')}
            type="text"
            value={assignees}
            placeholder={t('assigneesHint', lang)}
            onInput={(event) => setAssignees((event.currentTarget as HTMLInputElement).value)}
          />
          <label for={id('deadline')}>{t('deadline', lang)}</label>
          <input
            id={id('deadline')}
            type="text"
            value={deadline}
            placeholder="2025-10-15 · 2025-10 · 2025-Q4 · 2025"
            onInput={(event) => setDeadline((event.currentTarget as HTMLInputElement).value)}
          />
          {error && (
            <p class="error" role="alert">
              {error}
            </p>
          )}
          <div class="button-row">
            <button type="submit" disabled={busy}>
              {t('save', lang)}
            </button>
            <button type="button" onClick={() => dialog.current?.close()}>
              {t('cancel', lang)}
            </button>
          </div>
        </form>
      </dialog>
    </>
  );
}
