// Downloads annotations or tasks as a table: CSV with the reader's separator, or an Excel
// workbook with typed cells. Rows are counted as they are written, for the progress bar.
import type { Lang } from '../../utils/i18n/lang';
import type { CsvDialect } from '../../utils/export/csv';
import { CSV_MIME_TYPE, csvChunks, toCsvBlobParts } from '../../utils/export/csv';
import { HIGHLIGHT_TABLE, TASK_TABLE, type CsvTable } from '../../utils/export/csv-columns';
import { isoDay } from '../../utils/export/dates';
import { tableToXlsx, XLSX_MIME_TYPE } from '../../utils/export/xlsx';
import { highlightRows, taskRows } from '../../utils/library/export-rows';
import type { LibraryRecords } from '../../utils/model/library';
import type { AnnotationRecord, TaskRecord } from '../../utils/model/records';
import { downloadBlob } from '../common/download';

export type TableFormat = CsvDialect | 'xlsx';

export interface TableDownload {
  format: TableFormat;
  lang: Lang;
  /** The file's name between "govmark-" and the date. */
  name: string;
  /** Rows written so far out of all of them. */
  onProgress?: (written: number, total: number) => void;
}

/** Rows reported and the thread handed back every this many rows. */
const PROGRESS_EVERY = 500;

const SHEET_NAMES: Record<'highlights' | 'tasks', Record<Lang, string>> = {
  highlights: { vi: 'Chú thích', en: 'Annotations' },
  tasks: { vi: 'Nhiệm vụ', en: 'Tasks' },
};

export function downloadTable(
  kind: 'highlights',
  records: readonly AnnotationRecord[],
  library: LibraryRecords,
  options: TableDownload,
): Promise<void>;
export function downloadTable(
  kind: 'tasks',
  records: readonly TaskRecord[],
  library: LibraryRecords,
  options: TableDownload,
): Promise<void>;
export function downloadTable(
  kind: 'highlights' | 'tasks',
  records: readonly AnnotationRecord[] | readonly TaskRecord[],
  library: LibraryRecords,
  options: TableDownload,
): Promise<void> {
  return kind === 'highlights'
    ? write(kind, highlightRows(records as readonly AnnotationRecord[], library), HIGHLIGHT_TABLE, options)
    : write(kind, taskRows(records as readonly TaskRecord[], library), TASK_TABLE, options);
}

async function write<Row>(
  kind: 'highlights' | 'tasks',
  rows: readonly Row[],
  table: CsvTable<Row>,
  { format, lang, name, onProgress }: TableDownload,
): Promise<void> {
  const counted = countRows(rows, onProgress);
  const file = `govmark-${name}-${isoDay(Date.now())}`;
  if (format === 'xlsx') {
    const bytes = await tableToXlsx(counted, { table, lang, sheetName: SHEET_NAMES[kind][lang] });
    downloadBlob([bytes as BlobPart], XLSX_MIME_TYPE, `${file}.xlsx`);
    return;
  }
  const parts = await toCsvBlobParts(csvChunks(counted, { table, lang, dialect: format }));
  downloadBlob(parts, CSV_MIME_TYPE, `${file}.csv`);
}

/** The rows, reporting how many were taken and pausing for the page to paint the count. */
async function* countRows<Row>(rows: readonly Row[], onProgress: TableDownload['onProgress']): AsyncGenerator<Row> {
  onProgress?.(0, rows.length);
  for (let i = 0; i < rows.length; i += 1) {
    yield rows[i];
    if ((i + 1) % PROGRESS_EVERY === 0) {
      onProgress?.(i + 1, rows.length);
      await new Promise((resolve) => setTimeout(resolve, 0));
    }
  }
  onProgress?.(rows.length, rows.length);
}
