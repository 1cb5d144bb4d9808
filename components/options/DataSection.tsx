// The reader's data: whether the browser keeps it, a backup to keep, a backup to bring back, and
// wiping everything. Wiping
// asks first, says how much goes, and offers the backup beside the confirmation.
import { useState } from 'preact/hooks';
import { countOf } from '../../utils/i18n/counts';
import { localise, t } from '../../utils/i18n/lang';
import type { GovMarkDB } from '../../utils/storage/db';
import { useLang } from '../common/lang-context';
import { PersistentStorage } from '../common/PersistentStorage';
import { useLiveQuery } from '../common/use-live-query';
import { wipeLibrary } from '../common/actions';
import { downloadBackup } from '../library/download-backup';
import { importBackupFile } from '../library/import-backup';

export function DataSection({ db }: { db: GovMarkDB }) {
  const lang = useLang();
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  // Counted only while the reader is deciding: counting reads every key of a table.
  const counts = useLiveQuery(
    async () => (confirming ? { annotations: await db.annotations.count(), tasks: await db.tasks.count() } : null),
    [db, confirming],
  );

  async function run(action: () => Promise<void>) {
    setBusy(true);
    setMessage(null);
    try {
      await action();
    } finally {
      setBusy(false);
    }
  }

  const wipe = () =>
    run(async () => {
      const response = await wipeLibrary();
      setConfirming(false);
      setMessage(
        response.ok
          ? { ok: true, text: t('wipeDone', lang) }
          : { ok: false, text: localise(response.error.message, lang) },
      );
    });

  return (
    <section aria-labelledby="data-title">
      <h2 id="data-title">{t('optionsData', lang)}</h2>
      <p class="muted">{t('optionsDataHint', lang)}</p>
      <PersistentStorage />
      <div class="button-row">
        <button
          type="button"
          disabled={busy}
          onClick={() =>
            void run(async () => {
              await downloadBackup(db);
              setMessage({ ok: true, text: t('exportDone', lang) });
            })
          }
        >
          {t('backupExport', lang)}
        </button>
        <label class="file-button">
          {t('importBackup', lang)}
          <input
            type="file"
            accept=".json,application/json,application/ld+json"
            disabled={busy}
            onChange={(event) => {
              const input = event.currentTarget as HTMLInputElement;
              void run(async () => {
                const file = input.files?.[0];
                if (!file) return;
                const outcome = await importBackupFile(file, lang);
                setMessage({ ok: outcome.ok, text: outcome.message });
                input.value = '';
              });
            }}
          />
        </label>
      </div>
      {!confirming ? (
        <button type="button" class="danger" disabled={busy} onClick={() => setConfirming(true)}>
          {t('wipeAll', lang)}
        </button>
      ) : (
        <div class="confirm" role="alertdialog" aria-labelledby="wipe-question">
          <p id="wipe-question">
            <strong>{t('wipeQuestion', lang)}</strong>{' '}
            {counts &&
              `${countOf('annotations', counts.annotations, lang)} · ${countOf('tasks', counts.tasks, lang)}. `}
            {t('wipeCannotUndo', lang)}
          </p>
          <div class="button-row">
            <button type="button" class="danger" disabled={busy || !counts} onClick={() => void wipe()}>
              {t('wipeConfirm', lang)}
            </button>
            <button type="button" disabled={busy} onClick={() => setConfirming(false)}>
              {t('cancel', lang)}
            </button>
          </div>
        </div>
      )}
      {message && (
        <p
          class={message.ok ? 'muted' : 'error'}
          role={message.ok ? 'status' : 'alert'}
          data-data-message={message.ok ? 'ok' : 'error'}
        >
          {message.text}
        </p>
      )}
    </section>
  );
}
