// The dashboard's export and import: annotations (all or the current filter) and tasks as CSV,
// with the separator the reader chose (remembered), or as an Excel workbook with typed cells;
// citations of articles; a lossless JSON backup, and importing such a backup. The library is
// read when the reader asks for a file, not held by the page, and long work shows its progress.
import { useState } from 'preact/hooks';
import { countOf } from '../../utils/i18n/counts';
import { t } from '../../utils/i18n/lang';
import type { AnnotationRecord, ArticleRecord, TaskRecord } from '../../utils/model/records';
import type { LibraryRecords } from '../../utils/model/library';
import type { LibraryView } from '../../utils/library/library-rows';
import type { GovMarkDB } from '../../utils/storage/db';
import { CSV_DIALECTS, type CsvDialect } from '../../utils/export/csv';
import { CITATION_FORMATS, citationFile, type CitationFormat } from '../../utils/library/citation-export';
import { isoDay } from '../../utils/export/dates';
import { csvDialectFor } from '../../utils/settings/csv-dialect-default';
import { setCsvDialect } from '../common/actions';
import { getSettings } from '../../utils/storage/settings-queries';
import { downloadBlob } from '../common/download';
import { useLang } from '../common/lang-context';
import { PersistentStorage } from '../common/PersistentStorage';
import { ProgressBar, type ProgressProps } from '../common/ProgressBar';
import { useLiveQuery } from '../common/use-live-query';
import { downloadBackup } from './download-backup';
import { downloadTable, type TableFormat } from './download-table';
import { importBackupFile } from './import-backup';
import { fillTemplate } from '../../utils/library/template';
import { readWholeLibrary, recordsInView } from './export-scope';
import { ICS_MIME_TYPE, tasksToIcs } from '../../utils/export/ics';
import { taskRows } from '../../utils/library/export-rows';
import { downloadDocuments } from '../register/export-documents';

export interface ExportPanelProps {
  db: GovMarkDB;
  /** The dashboard's filter: "filtered" exports hold what it finds. */
  view: LibraryView;
  /** The articles to cite: the selected ones, else every article shown. */
  citationArticles: readonly ArticleRecord[];
  citationScopeIsSelection: boolean;
}

const DIALECT_LABELS = { comma: 'csvComma', semicolon: 'csvSemicolon' } as const;

export function ExportPanel({ db, view, citationArticles, citationScopeIsSelection }: ExportPanelProps) {
  const lang = useLang();
  const settings = useLiveQuery(() => getSettings(db), [db]);
  const dialect = csvDialectFor(settings?.csvDialect, lang);
  const [format, setFormat] = useState<CitationFormat>('csl-json');
  const [busy, setBusy] = useState(false);
  const [progress, setProgress] = useState<ProgressProps | null>(null);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const stamp = isoDay(Date.now());

  async function run(action: () => Promise<void>) {
    setBusy(true);
    setMessage(null);
    try {
      await action();
    } catch (error) {
      // Whatever an export or import throws is said to the reader, never left uncaught.
      const detail = error instanceof Error ? error.message : String(error);
      setMessage({ ok: false, text: fillTemplate(t('unexpectedError', lang), { detail }) });
    } finally {
      setBusy(false);
      setProgress(null);
    }
  }

  /** The whole library, with the reading shown as it goes. */
  const readLibrary = (): Promise<LibraryRecords> =>
    readWholeLibrary(db, (read, total) =>
      setProgress({ label: t('progressReading', lang), done: read, total, unit: t('progressRecords', lang) }),
    );

  const rowProgress = (unit: 'unitAnnotations' | 'unitTasks') => (done: number, total: number) =>
    setProgress({ label: t('progressWriting', lang), done, total, unit: t(unit, lang) });

  const exportAnnotations = (tableFormat: TableFormat, filtered: boolean) =>
    run(async () => {
      const library = await readLibrary();
      const annotations: readonly AnnotationRecord[] | undefined = filtered
        ? (await recordsInView(library, view))?.annotations
        : library.annotations;
      if (!annotations?.length) return setMessage({ ok: false, text: t('nothingToExport', lang) });
      await downloadTable('highlights', annotations, library, {
        format: tableFormat,
        lang,
        name: filtered ? 'highlights-filtered' : 'highlights',
        onProgress: rowProgress('unitAnnotations'),
      });
      setMessage({ ok: true, text: t('exportDone', lang) });
    });

  const exportTasks = (tableFormat: TableFormat) =>
    run(async () => {
      const library = await readLibrary();
      const tasks: readonly TaskRecord[] | undefined = (await recordsInView(library, view))?.tasks;
      if (!tasks?.length) return setMessage({ ok: false, text: t('nothingToExport', lang) });
      await downloadTable('tasks', tasks, library, {
        format: tableFormat,
        lang,
        name: 'tasks',
        onProgress: rowProgress('unitTasks'),
      });
      setMessage({ ok: true, text: t('exportDone', lang) });
    });

  // The whole register of documents, most recently seen first (the Documents view exports what it shows).
  const exportDocuments = (tableFormat: TableFormat) =>
    run(async () => {
      const documents = await db.documents.orderBy('lastSeen').reverse().toArray();
      if (documents.length === 0) return setMessage({ ok: false, text: t('nothingToExport', lang) });
      await downloadDocuments(documents, tableFormat, lang);
      setMessage({ ok: true, text: t('exportDone', lang) });
    });

  // One calendar event per deadline, on the end of its period, reminding as the reader's
  // notifications do (the options' lead time).
  const exportCalendar = () =>
    run(async () => {
      const library = await readLibrary();
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
      await downloadBackup(db, (read, total) =>
        setProgress({ label: t('progressReading', lang), done: read, total, unit: t('progressRecords', lang) }),
      );
      setMessage({ ok: true, text: t('exportDone', lang) });
    });

  const importFile = (input: HTMLInputElement) =>
    run(async () => {
      const file = input.files?.[0];
      if (!file) return;
      const outcome = await importBackupFile(file, lang, setProgress);
      setMessage({ ok: outcome.ok, text: outcome.message });
      input.value = '';
    });

  return (
    <aside class="export-panel" aria-labelledby="export-title">
      <h2 id="export-title">{t('exportImport', lang)}</h2>
      <label>
        {t('csvSeparator', lang)}{' '}
        <select
          value={dialect}
          disabled={!settings}
          onChange={(event) => void setCsvDialect((event.currentTarget as HTMLSelectElement).value as CsvDialect)}
        >
          {CSV_DIALECTS.map((option) => (
            <option key={option} value={option}>
              {t(DIALECT_LABELS[option], lang)}
            </option>
          ))}
        </select>
      </label>
      <fieldset>
        <legend>{t('annotations', lang)}</legend>
        <button type="button" disabled={busy} onClick={() => void exportAnnotations(dialect, false)}>
          {t('exportAnnotationsAll', lang)}
        </button>
        <button type="button" disabled={busy} onClick={() => void exportAnnotations(dialect, true)}>
          {t('exportAnnotationsFiltered', lang)}
        </button>
        <button type="button" disabled={busy} onClick={() => void exportAnnotations('xlsx', true)}>
          {t('exportAnnotationsXlsx', lang)}
        </button>
      </fieldset>
      <fieldset>
        <legend>{t('tasks', lang)}</legend>
        <button type="button" disabled={busy} onClick={() => void exportTasks(dialect)}>
          {t('exportTasksCsv', lang)}
        </button>
        <button type="button" disabled={busy} onClick={() => void exportTasks('xlsx')}>
          {t('exportTasksXlsx', lang)}
        </button>
        <button type="button" disabled={busy} onClick={() => void exportCalendar()}>
          {t('exportTasksIcs', lang)}
        </button>
      </fieldset>
      <fieldset>
        <legend>{t('documentsTab', lang)}</legend>
        <button type="button" disabled={busy} onClick={() => void exportDocuments(dialect)}>
          {t('exportRegisterCsv', lang)}
        </button>
        <button type="button" disabled={busy} onClick={() => void exportDocuments('xlsx')}>
          {t('exportRegisterXlsx', lang)}
        </button>
      </fieldset>
      <fieldset>
        <legend>{t('citations', lang)}</legend>
        <span class="muted">
          {countOf('articles', citationArticles.length, lang)}{' '}
          {t(citationScopeIsSelection ? 'citationScopeSelected' : 'citationScopeAll', lang)}
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
      <PersistentStorage />
      {progress && <ProgressBar {...progress} />}
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
