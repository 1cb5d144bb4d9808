// The documents of the register as a table: CSV with the reader's separator, or an Excel
// workbook with typed cells, through the same table writers as the other exports. Used by the
// export panel (the whole register) and the Documents view (the documents it shows).
import { CSV_MIME_TYPE, csvChunks, toCsvBlobParts } from '../../utils/export/csv';
import { isoDay } from '../../utils/export/dates';
import { DOCUMENT_TABLE } from '../../utils/export/document-columns';
import { t, type Lang } from '../../utils/i18n/lang';
import type { DocumentRecord } from '../../utils/model/register-records';
import { downloadBlob } from '../common/download';
import type { TableFormat } from '../library/download-table';

export async function downloadDocuments(
  documents: readonly DocumentRecord[],
  format: TableFormat,
  lang: Lang,
  name = 'documents',
): Promise<void> {
  const file = `govmark-${name}-${isoDay(Date.now())}`;
  if (format === 'xlsx') {
    // ExcelJS is large: loaded when the reader asks for a workbook.
    const { XLSX_MIME_TYPE, tableToXlsx } = await import('../../utils/export/xlsx');
    const bytes = await tableToXlsx(documents, { table: DOCUMENT_TABLE, lang, sheetName: t('documentsSheet', lang) });
    downloadBlob([bytes as BlobPart], XLSX_MIME_TYPE, `${file}.xlsx`);
    return;
  }
  const parts = await toCsvBlobParts(csvChunks(documents, { table: DOCUMENT_TABLE, lang, dialect: format }));
  downloadBlob(parts, CSV_MIME_TYPE, `${file}.csv`);
}
