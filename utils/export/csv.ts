// Highlights and tasks as CSV that Excel and LibreOffice open correctly with Vietnamese text:
// UTF-8 with a byte-order mark, CRLF, RFC 4180 quoting by Papa Parse, formula cells neutralised.
// Rows stream in batches with a pause for the event loop between them, so a library of
// 100,000 highlights exports without freezing the page.
import Papa from 'papaparse';
import type { Lang } from '../i18n/lang';
import type { CsvCell, CsvContext, CsvTable } from './csv-columns';
import { neutraliseFormula } from './formula-cells';

export const CSV_BOM = '\uFEFF';
export const CSV_MIME_TYPE = 'text/csv;charset=utf-8';
const CRLF = '\r\n';
const DEFAULT_BATCH_SIZE = 1000;
/**
 * Work per slice before the page gets the thread back. Rows cost different amounts (cold code
 * at the start, long quotes), so a batch also ends when its time is up, not only at its size.
 */
const DEFAULT_SLICE_MS = 8;

/**
 * How fields and decimals are written. `comma`: "," between fields and "." in numbers (Excel and
 * LibreOffice with English settings). `semicolon`: ";" between fields and "," in numbers, what
 * Excel expects under Vietnamese (and most European) regional settings, where the comma is the
 * decimal mark.
 */
export type CsvDialect = 'comma' | 'semicolon';
export const CSV_DIALECTS: readonly CsvDialect[] = ['comma', 'semicolon'];
const DELIMITER: Record<CsvDialect, string> = { comma: ',', semicolon: ';' };

export interface CsvOptions<Row> {
  table: CsvTable<Row>;
  lang: Lang;
  /** `comma` by default. */
  dialect?: CsvDialect;
  timeZone?: string;
  /** Most rows in one chunk. */
  batchSize?: number;
  /** Time after which a batch ends early; the unparse of the batch comes on top. */
  sliceMs?: number;
  /** Hands the thread back to the page between batches. */
  yieldToEventLoop?: () => Promise<void>;
  now?: () => number;
}

interface SchedulerWithYield {
  yield: () => Promise<void>;
}

function defaultYield(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: Partial<SchedulerWithYield> }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * A cell as written: composed (notes typed with a decomposing Vietnamese keyboard come out NFC,
 * as spreadsheets expect), and a text cell that would run as a formula neutralised. Numbers
 * stay numbers, negative ones included.
 */
function safeCell(cell: CsvCell, dialect: CsvDialect): CsvCell {
  if (typeof cell === 'string') return neutraliseFormula(cell.normalize('NFC'));
  // Written after neutralising: "-3,5" is a number to a Vietnamese Excel, not a formula.
  if (typeof cell === 'number' && dialect === 'semicolon') return String(cell).replace('.', ',');
  return cell;
}

function toCsv(records: CsvCell[][], dialect: CsvDialect): string {
  return (
    Papa.unparse(records, {
      header: false,
      newline: CRLF,
      delimiter: DELIMITER[dialect],
      // A neutralised cell is also quoted, so no spreadsheet reads its apostrophe as anything but text.
      quotes: (value: unknown) => typeof value === 'string' && value.startsWith("'"),
    }) + CRLF
  );
}

/** The CSV text in chunks: byte-order mark and header row first, then one chunk per batch of rows. */
export async function* csvChunks<Row>(
  rows: AsyncIterable<Row> | Iterable<Row>,
  options: CsvOptions<Row>,
): AsyncGenerator<string> {
  const {
    table,
    lang,
    timeZone,
    dialect = 'comma',
    batchSize = DEFAULT_BATCH_SIZE,
    sliceMs = DEFAULT_SLICE_MS,
    yieldToEventLoop = defaultYield,
    now = () => performance.now(),
  } = options;
  const context: CsvContext = { lang, timeZone };
  yield CSV_BOM + toCsv([table.map((column) => column.header[lang])], dialect);
  let batch: CsvCell[][] = [];
  let sliceStart = now();
  for await (const row of rows) {
    batch.push(table.map((column) => safeCell(column.cell(row, context), dialect)));
    if (batch.length >= batchSize || now() - sliceStart >= sliceMs) {
      yield toCsv(batch, dialect);
      batch = [];
      await yieldToEventLoop();
      sliceStart = now();
    }
  }
  if (batch.length > 0) yield toCsv(batch, dialect);
}

/** The chunks as Blob parts: `new Blob(parts, { type: CSV_MIME_TYPE })`. */
export async function toCsvBlobParts(chunks: AsyncIterable<string>): Promise<string[]> {
  const parts: string[] = [];
  for await (const chunk of chunks) parts.push(chunk);
  return parts;
}
