// Highlights and tasks as an Excel workbook, the export that opens right whatever the reader's
// regional settings (a CSV's separator and decimal mark depend on them): numbers as numbers,
// dates as dates shown in the reader's language's order, links as real hyperlinks. ExcelJS
// writes the Office Open XML (shared strings, styles, relationships for the links), which a
// hand-written zip of XML would get subtly wrong.
import ExcelJS from 'exceljs';
import type { Lang } from '../i18n/lang';
import type { ColumnType, CsvCell, CsvContext, CsvTable } from './csv-columns';

export const XLSX_MIME_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Excel refuses hyperlinks longer than this; a longer link is written as text. */
const MAX_HYPERLINK_LENGTH = 2079;
const DAY_FORMAT: Record<Lang, string> = { vi: 'dd/mm/yyyy', en: 'd mmm yyyy' };
const MONTH_FORMAT: Record<Lang, string> = { vi: 'mm/yyyy', en: 'mmm yyyy' };
const PASSAGE_LABEL: Record<Lang, string> = { vi: 'Mở đoạn văn', en: 'Open the passage' };
const COLUMN_WIDTH: Record<ColumnType, number> = { text: 28, number: 12, date: 12, url: 30, passage: 18 };
const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const ISO_MONTH = /^(\d{4})-(\d{2})$/;

export interface XlsxOptions<Row> {
  table: CsvTable<Row>;
  lang: Lang;
  timeZone?: string;
  /** The worksheet's name (Excel allows 31 characters). */
  sheetName: string;
}

type XlsxValue = string | number | Date | ExcelJS.CellHyperlinkValue | null;

/** An ISO day or month as an Excel date, at UTC midnight (ExcelJS counts serial days in UTC). */
function isoToDate(iso: string): { date: Date; format: 'day' | 'month' } | null {
  const day = ISO_DAY.exec(iso);
  if (day) return { date: new Date(Date.UTC(+day[1], +day[2] - 1, +day[3])), format: 'day' };
  const month = ISO_MONTH.exec(iso);
  if (month) return { date: new Date(Date.UTC(+month[1], +month[2] - 1, 1)), format: 'month' };
  return null;
}

function typedCell(cell: CsvCell, type: ColumnType, lang: Lang): { value: XlsxValue; numFmt?: string } {
  if (cell === null || cell === '') return { value: null };
  if (typeof cell === 'number') return { value: cell };
  const text = cell.normalize('NFC');
  if (type === 'date') {
    // A year or a quarter ("2023", "2021-Q2") stays as written: Excel has no such dates.
    const parsed = isoToDate(text);
    if (parsed) return { value: parsed.date, numFmt: (parsed.format === 'day' ? DAY_FORMAT : MONTH_FORMAT)[lang] };
  }
  if ((type === 'url' || type === 'passage') && /^https?:\/\//.test(text) && text.length <= MAX_HYPERLINK_LENGTH) {
    return { value: { text: type === 'url' ? text : PASSAGE_LABEL[lang], hyperlink: text } };
  }
  return { value: text };
}

/** The workbook's bytes: one sheet, a frozen header row with filters, typed cells. */
export async function tableToXlsx<Row>(
  rows: AsyncIterable<Row> | Iterable<Row>,
  options: XlsxOptions<Row>,
): Promise<Uint8Array> {
  const { table, lang, timeZone, sheetName } = options;
  const context: CsvContext = { lang, timeZone };
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'GovMark';
  const sheet = workbook.addWorksheet(sheetName.slice(0, 31), { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = table.map((column) => ({
    header: column.header[lang],
    width: COLUMN_WIDTH[column.type ?? 'text'],
  }));
  sheet.getRow(1).font = { bold: true };
  for await (const row of rows) {
    const added = sheet.addRow([]);
    table.forEach((column, index) => {
      const { value, numFmt } = typedCell(column.cell(row, context), column.type ?? 'text', lang);
      if (value === null) return;
      const target = added.getCell(index + 1);
      target.value = value;
      if (numFmt) target.numFmt = numFmt;
      if (typeof value === 'object' && 'hyperlink' in value)
        target.font = { color: { argb: 'FF0563C1' }, underline: true };
    });
  }
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: table.length } };
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
