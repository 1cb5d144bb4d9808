// Downloads highlights as a CSV file (dashboard and side panel).
import type { Lang } from '../../utils/i18n/lang';
import type { LibraryRecords } from '../../utils/model/library';
import type { AnnotationRecord } from '../../utils/model/records';
import { CSV_MIME_TYPE, csvChunks, toCsvBlobParts } from '../../utils/export/csv';
import { HIGHLIGHT_TABLE } from '../../utils/export/csv-columns';
import { isoDay } from '../../utils/export/dates';
import { highlightRows } from '../../utils/library/export-rows';
import { downloadBlob } from '../common/download';

export async function downloadHighlightsCsv(
  annotations: readonly AnnotationRecord[],
  library: LibraryRecords,
  lang: Lang,
  name: string,
): Promise<void> {
  const parts = await toCsvBlobParts(csvChunks(highlightRows(annotations, library), { table: HIGHLIGHT_TABLE, lang }));
  downloadBlob(parts, CSV_MIME_TYPE, `govmark-${name}-${isoDay(Date.now())}.csv`);
}
