// The Documents view's exports: the documents shown (after search and filters) as CSV or xlsx,
// through the same table writers as the other exports.
import { CSV_MIME_TYPE, csvChunks, toCsvBlobParts } from '../../utils/export/csv';
import { isoDay } from '../../utils/export/dates';
import { DOCUMENT_TABLE } from '../../utils/export/document-columns';
import { t, type Lang } from '../../utils/i18n/lang';
import type { DocumentRecord } from '../../utils/model/register-records';
import { downloadBlob } from '../common/download';

export async function downloadDocumentsCsv(documents: readonly DocumentRecord[], lang: Lang): Promise<void> {
  const parts = await toCsvBlobParts(csvChunks(documents, { table: DOCUMENT_TABLE, lang }));
  downloadBlob(parts, CSV_MIME_TYPE, `govmark-documents-${isoDay(Date.now())}.csv`);
}

export async function downloadDocumentsXlsx(documents: readonly DocumentRecord[], lang: Lang): Promise<void> {
  // ExcelJS is large: loaded when the reader asks for a workbook.
  const { XLSX_MIME_TYPE, tableToXlsx } = await import('../../utils/export/xlsx');
  const bytes = await tableToXlsx(documents, { table: DOCUMENT_TABLE, lang, sheetName: t('documentsSheet', lang) });
  downloadBlob([bytes as BlobPart], XLSX_MIME_TYPE, `govmark-documents-${isoDay(Date.now())}.xlsx`);
}
