// The dashboard's export and import: CSV of highlights (all or the current filter) and tasks,
// citations of articles, a lossless JSON backup, and importing such a backup. The library is
// read when the reader asks for a file, not held by the page.
import { useState } from 'preact/hooks';
import { t } from '../../utils/i18n/lang';
import type { AnnotationRecord, ArticleRecord } from '../../utils/model/records';
import type { LibraryView } from '../../utils/library/library-rows';
import type { GovMarkDB } from '../../utils/storage/db';
import { CSV_MIME_TYPE, csvChunks, toCsvBlobParts } from '../../utils/export/csv';
import { TASK_TABLE } from '../../utils/export/csv-columns';
import { taskRows } from '../../utils/library/export-rows';
import { CITATION_FORMATS, citationFile, type CitationFormat } from '../../utils/library/citation-export';
import { isoDay } from '../../utils/export/dates';
import { ICS_MIME_TYPE, tasksToIcs } from '../../utils/export/ics';
import { getSettings } from '../../utils/storage/settings-queries';
import { downloadBlob } from '../common/download';
import { useLang } from '../common/lang-context';
import { downloadHighlightsCsv } from './export-highlights';
import { downloadBackup } from './download-backup';
import { importBackupFile } from './import-backup';
import { readWholeLibrary, recordsInView } from './export-scope';

export interface ExportPanelProps {
  db: GovMarkDB;
  /** The dashboard's filter: "filtered" exports hold what it finds. */
  view: LibraryView;
  /** The articles to cite: the selected ones, else every article shown. */
  citationArticles: readonly ArticleRecord[];
  citationScopeIsSelection: boolean;
}

export function ExportPanel({ db, view, citationArticles, citationScopeIsSelection }: ExportPanelProps) {
  const lang = useLang();
  const [format, setFormat] = useState<CitationFormat>('csl-json');
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const stamp = isoDay(Date.now());

  async function run(action: () => Promise<void>) {
    setBusy(true);
    setMessage(null);
    try {
      await action();
    } finally {
      setBusy(false);
    }
  }

  const exportHighlights = (filtered: boolean) =>
    run(async () => {
      const library = await readWholeLibrary(db);
      const annotations: readonly AnnotationRecord[] | undefined = filtered
        ? (await recordsInView(library, view))?.annotations
        : library.annotations;
      if (!annotations?.length) return setMessage({ ok: false, text: t('nothingToExport', lang) });
      await downloadHighlightsCsv(annotations, library, lang, filtered ? 'highlights-filtered' : 'highlights');
      setMessage({ ok: true, text: t('exportDone', lang) });
    });

  const exportTasks = () =>
    run(async () => {
      const library = await readWholeLibrary(db);
      const tasks = (await recordsInView(library, view))?.tasks;
      if (!tasks?.length) return setMessage({ ok: false, text: t('nothingToExport', lang) });
      const parts = await toCsvBlobParts(csvChunks(taskRows(tasks, library), { table: TASK_TABLE, lang }));
      downloadBlob(parts, CSV_MIME_TYPE, `govmark-tasks-${stamp}.csv`);
      setMessage({ ok: true, text: t('exportDone', lang) });
    });

  // One calendar event per deadline, on the end of its period, reminding as the reader's
  // notifications do (the options' lead time).
  const exportCalendar = () =>
    run(async () => {
      const library = await readWholeLibrary(db);
      const tasks = (await recordsInView(library, view))?.tasks.filter((task) => task.deadline !== null);
      if (!tasks?.length) return setMessage({ ok: false, text: t('nothingToExport', lang) });
      const { reminders } = await getSettings(db);
      const ics = tasksToIcs(taskRows(tasks, library), { lang, reminderDays: reminders.leadDays });
      downloadBlob([ics], ICS_MIME_TYPE, `govmark-deadlines-${stamp}.ics`);
      setMessage({ ok: true, text: t('exportDone', lang) });
    });

  const exportCitations = () =>
    run(async () => {
      if (citationArticles.length === 0) return setMessage({ ok: false, text: t('nothingToExport', lang) });
      const file = citationFile(citationArticles, format, lang);
      downloadBlob([file.text], file.type, `govmark-citations-${stamp}.${file.extension}`);
      setMessage({ ok: true, text: t('exportDone', lang) });
    });

  const exportBackup = () =>
    run(async () => {
      await downloadBackup(db);
      setMessage({ ok: true, text: t('exportDone', lang) });
    });

  const importFile = (input: HTMLInputElement) =>
    run(async () => {
      const file = input.files?.[0];
      if (!file) return;
      const outcome = await importBackupFile(file, lang);
      setMessage({ ok: outcome.ok, text: outcome.message });
      input.value = '';
    });

  return (
    <aside class="export-panel" aria-labelledby="export-title">
      <h2 id="export-title">{t('exportImport', lang)}</h2>
      <button type="button" disabled={busy} onClick={() => void exportHighlights(false)}>
        {t('exportHighlightsAll', lang)}
      </button>
      <button type="button" disabled={busy} onClick={() => void exportHighlights(true)}>
        {t('exportHighlightsFiltered', lang)}
      </button>
      <button type="button" disabled={busy} onClick={() => void exportTasks()}>
        {t('exportTasksCsv', lang)}
      </button>
      <button type="button" disabled={busy} onClick={() => void exportCalendar()}>
        {t('exportTasksIcs', lang)}
      </button>
      <fieldset>
        <legend>{t('citations', lang)}</legend>
        <span class="muted">
          {citationArticles.length} {t(citationScopeIsSelection ? 'citationScopeSelected' : 'citationScopeAll', lang)}
        </span>
        <select
          aria-label={t('citationFormat', lang)}
          value={format}
          onChange={(event) => setFormat((event.currentTarget as HTMLSelectElement).value as CitationFormat)}
        >
          {CITATION_FORMATS.map((option) => (
            <option key={option.format} value={option.format}>
              {option.label}
            </option>
          ))}
        </select>
        <button type="button" disabled={busy} onClick={() => void exportCitations()}>
          {t('downloadCitations', lang)}
        </button>
      </fieldset>
      <button type="button" disabled={busy} onClick={() => void exportBackup()}>
        {t('backupExport', lang)}
      </button>
      <label>
        {t('importBackup', lang)}
        <input
          type="file"
          accept=".json,application/json,application/ld+json"
          disabled={busy}
          onChange={(event) => void importFile(event.currentTarget as HTMLInputElement)}
        />
      </label>
      {message && (
        <p
          class={message.ok ? 'muted' : 'error'}
          role={message.ok ? 'status' : 'alert'}
          data-export-message={message.ok ? 'ok' : 'error'}
        >
          {message.text}
        </p>
      )}
    </aside>
  );
}
