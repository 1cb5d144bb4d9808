import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { HIGHLIGHT_TABLE, TASK_TABLE, type HighlightRow } from '../../../utils/export/csv-columns';
import { csvChunks, toCsvBlobParts } from '../../../utils/export/csv';
import { highlightRows, taskRows } from './csv-rows';
import { figureAnnotation, hostileAnnotation, portalArticle, TIME_ZONE } from './fixtures';

/** The whole CSV text, as the Blob made of its parts holds it. */
async function collectCsv(chunks: AsyncIterable<string>): Promise<string> {
  return (await toCsvBlobParts(chunks)).join('');
}

function golden(name: string): Buffer {
  return readFileSync(new URL(`./golden/${name}`, import.meta.url));
}

async function highlightsCsv(rows: Iterable<HighlightRow> | AsyncIterable<HighlightRow>, lang: 'vi' | 'en' = 'vi') {
  return collectCsv(csvChunks(rows, { table: HIGHLIGHT_TABLE, lang, timeZone: TIME_ZONE }));
}

/** The CSV read back the way a spreadsheet would: records of text cells, header first. */
function readBack(csv: string): string[][] {
  const parsed = Papa.parse<string[]>(csv.replace(/^\uFEFF/, ''), { newline: '\r\n', skipEmptyLines: true });
  expect(parsed.errors).toEqual([]);
  return parsed.data;
}

describe('highlights CSV', () => {
  it('matches the golden files byte for byte', async () => {
    expect(Buffer.from(await highlightsCsv(highlightRows, 'vi'), 'utf8')).toEqual(golden('highlights.vi.csv'));
    expect(Buffer.from(await highlightsCsv(highlightRows, 'en'), 'utf8')).toEqual(golden('highlights.en.csv'));
  });

  it('starts with the UTF-8 byte-order mark and ends lines with CRLF', () => {
    const bytes = golden('highlights.vi.csv');
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.toString('utf8');
    // The only bare LF is the line break inside the hostile note's quoted cell.
    expect(text.match(/(?<!\r)\n/g)).toHaveLength(1);
    expect(text.split('\r\n')).toHaveLength(highlightRows.length + 2);
    expect(text.endsWith('\r\n')).toBe(true);
  });

  it("has a header in the reader's language", async () => {
    const [viHeader] = readBack(await highlightsCsv(highlightRows, 'vi'));
    const [enHeader] = readBack(await highlightsCsv(highlightRows, 'en'));
    expect(enHeader).toEqual([
      'Quote',
      'Kind',
      'Note',
      'Tags',
      'Figure value',
      'Figure unit',
      'Document symbol',
      'Deadline',
      'Task status',
      'Article title',
      'Site',
      'Province',
      'Published date',
      'URL',
      'Passage link',
      'Date accessed',
    ]);
    expect(viHeader[0]).toBe('Đoạn trích');
    expect(viHeader).toContain('Số, ký hiệu văn bản');
    expect(viHeader).toHaveLength(enHeader.length);
  });

  it('quotes commas, quotes and line breaks, and reads back to the same text', async () => {
    const [, figure, hostile, directive] = readBack(await highlightsCsv(highlightRows, 'en'));
    expect(figure[0]).toBe('giảm 3,5% chi thường xuyên');
    expect(figure[3]).toBe('ngân sách; chi, thường xuyên');
    expect(hostile[2]).toBe(`'${hostileAnnotation.note}`);
    expect(hostile[9]).toBe(portalArticle.title);
    expect(directive[7]).toBe('2023-01-15');
    expect(directive[8]).toBe('In progress');
  });

  it('neutralises cells that a spreadsheet would run as formulas', async () => {
    const [, figure, hostile, directive] = readBack(await highlightsCsv(highlightRows, 'en'));
    expect(hostile[0]).toBe(`'=HYPERLINK("http://evil.example","bấm vào")`);
    expect(hostile[2].startsWith("'@SUM")).toBe(true);
    expect(figure[2]).toBe("'-abc ghi chú");
    expect(directive[3]).toBe("'+nhiệm vụ");
    const tabbed = await highlightsCsv([
      { ...highlightRows[1], annotation: { ...hostileAnnotation, quote: '\tcmd', note: '\r=1' } },
    ]);
    expect(readBack(tabbed)[1].slice(0, 3)).toEqual(["'\tcmd", 'Tô sáng', "'\r=1"]);
  });

  it.each([
    ['a leading line feed', '\n=1+1'],
    ['full-width equals', '\uFF1D1+1'],
    ['full-width plus', '\uFF0BA1'],
    ['full-width minus', '\uFF0DA1'],
    ['full-width at', '\uFF20SUM(A1)'],
    ['a leading space', ' =1+1'],
    ['a leading no-break space', '\u00A0=1+1'],
    ['a leading zero-width space', '\u200B=1+1'],
    ['a byte-order mark inside the cell', '\uFEFF@SUM(A1)'],
    ['a small-form plus', '\uFE62A1'],
  ])('neutralises a formula after %s', async (_label, note) => {
    const csv = await highlightsCsv([{ ...highlightRows[1], annotation: { ...hostileAnnotation, note } }]);
    expect(readBack(csv)[1][2]).toBe(`'${note}`);
  });

  it('leaves text that only contains formula characters later alone', async () => {
    const note = 'Tăng 5% = 1.300 tỷ đồng';
    const csv = await highlightsCsv([{ ...highlightRows[1], annotation: { ...hostileAnnotation, note } }]);
    expect(readBack(csv)[1][2]).toBe(note);
  });

  it('writes the semicolon dialect for Vietnamese Excel: ";" between fields, "," in numbers', async () => {
    const csv = await collectCsv(
      csvChunks(highlightRows, { table: HIGHLIGHT_TABLE, lang: 'vi', timeZone: TIME_ZONE, dialect: 'semicolon' }),
    );
    const lines = csv.replace(/^\uFEFF/, '').split('\r\n');
    expect(lines[0].split(';').length).toBe(HIGHLIGHT_TABLE.length);
    expect(lines[1]).toContain(';-3,5;');
    const parsed = Papa.parse<string[]>(csv.replace(/^\uFEFF/, ''), {
      delimiter: ';',
      newline: '\r\n',
      skipEmptyLines: true,
    });
    expect(parsed.errors).toEqual([]);
    const comma = readBack(await highlightsCsv(highlightRows, 'vi'));
    // The same cells as the comma file, numbers aside.
    expect(parsed.data.map((row) => row.filter((_, i) => i !== 4))).toEqual(
      comma.map((row) => row.filter((_, i) => i !== 4)),
    );
    expect(parsed.data[1][4]).toBe('-3,5');
  });

  it('keeps numbers as numbers, negative ones included', async () => {
    const csv = await highlightsCsv(highlightRows, 'en');
    const figureLine = csv.split('\r\n')[1];
    // Unquoted and without an apostrophe: spreadsheets read -3.5 as a number.
    expect(figureLine).toContain(',-3.5,%,');
    expect(readBack(csv)[1][4]).toBe('-3.5');
  });

  it('keeps Vietnamese text composed (NFC), composing notes typed decomposed', async () => {
    const decomposed = {
      ...highlightRows[0],
      annotation: { ...figureAnnotation, note: 'Ghi chú về ngân sách tỉnh'.normalize('NFD') },
    };
    const csv = await highlightsCsv([decomposed]);
    expect(csv).toBe(csv.normalize('NFC'));
    expect(readBack(csv)[1][2]).toBe('Ghi chú về ngân sách tỉnh');
    expect(readBack(await highlightsCsv(highlightRows))[4][9]).toBe(
      'Tăng trưởng đạt 8%: Đắk Lắk, Huế và Thừa Thiên–Huế',
    );
  });

  it("gives the access date as the calendar day in the reader's time zone", async () => {
    const [, figure] = readBack(await highlightsCsv(highlightRows, 'en'));
    expect(figure[15]).toBe('2024-05-02');
    const utc = readBack(
      await collectCsv(csvChunks(highlightRows, { table: HIGHLIGHT_TABLE, lang: 'en', timeZone: 'UTC' })),
    );
    expect(utc[1][15]).toBe('2024-05-01');
  });

  it('links each row to its passage', async () => {
    const [, figure] = readBack(await highlightsCsv(highlightRows, 'en'));
    expect(figure[14]).toBe(
      `${portalArticle.url}#:~:text=t%E1%BB%89nh-,gi%E1%BA%A3m%203%2C5%25%20chi%20th%C6%B0%E1%BB%9Dng%20xuy%C3%AAn`,
    );
  });
});

describe('tasks CSV', () => {
  it('matches the golden file and reads back', async () => {
    const csv = await collectCsv(csvChunks(taskRows, { table: TASK_TABLE, lang: 'en', timeZone: TIME_ZONE }));
    expect(Buffer.from(csv, 'utf8')).toEqual(golden('tasks.en.csv'));
    const [header, row] = readBack(csv);
    expect(header.slice(0, 6)).toEqual(['Task', 'Instructed by', 'Assigned to', 'Deadline', 'Task status', 'Notes']);
    expect(row.slice(0, 6)).toEqual([
      'Sở Tài chính báo cáo UBND tỉnh',
      'UBND tỉnh',
      'Sở Tài chính; các sở, ngành',
      '2023-01-15',
      'In progress',
      "'-5 ngày còn lại",
    ]);
  });
});

describe('streaming', () => {
  it('writes 100,000 highlights in batches, handing the thread back between them', async () => {
    const count = 100_000;
    function* rows() {
      for (let index = 0; index < count; index += 1) yield highlightRows[0];
    }
    let pauses = 0;
    const chunks = csvChunks(rows(), {
      table: HIGHLIGHT_TABLE,
      lang: 'en',
      timeZone: TIME_ZONE,
      // Batches end at their size only, so the count below does not depend on this machine's speed.
      sliceMs: Infinity,
      yieldToEventLoop: async () => {
        pauses += 1;
      },
    });
    const parts = await toCsvBlobParts(chunks);
    expect(parts).toHaveLength(1 + count / 1000);
    expect(pauses).toBe(count / 1000);
    const csv = parts.join('');
    expect(csv.split('\r\n')).toHaveLength(count + 2);
    expect(csv.indexOf('\uFEFF')).toBe(0);
    expect(csv.lastIndexOf('\uFEFF')).toBe(0);
  });

  it('reads rows from an async iterable and flushes a last partial batch', async () => {
    async function* rows() {
      for (const row of highlightRows) yield row;
    }
    const parts = await toCsvBlobParts(
      csvChunks(rows(), { table: HIGHLIGHT_TABLE, lang: 'vi', timeZone: TIME_ZONE, batchSize: 3 }),
    );
    expect(parts).toHaveLength(3);
    expect(parts.join('')).toBe(golden('highlights.vi.csv').toString('utf8'));
  });

  it('ends a batch early when its time is up', async () => {
    let clock = 0;
    const parts = await toCsvBlobParts(
      csvChunks(highlightRows, {
        table: HIGHLIGHT_TABLE,
        lang: 'vi',
        timeZone: TIME_ZONE,
        sliceMs: 16,
        // Every reading of the clock moves it 10 ms on: a batch holds two rows.
        now: () => (clock += 10),
        yieldToEventLoop: async () => {},
      }),
    );
    expect(parts).toHaveLength(3);
    expect(parts.join('')).toBe(golden('highlights.vi.csv').toString('utf8'));
  });

  it('hands the thread back with a macrotask by default', async () => {
    let timerRan = false;
    setTimeout(() => (timerRan = true), 0);
    const chunks = csvChunks(highlightRows, { table: HIGHLIGHT_TABLE, lang: 'vi', batchSize: 1 });
    await chunks.next();
    await chunks.next();
    expect(timerRan).toBe(false);
    await chunks.next();
    expect(timerRan).toBe(true);
  });

  it('writes only the header for no rows', async () => {
    const csv = await collectCsv(csvChunks([], { table: TASK_TABLE, lang: 'vi' }));
    expect(readBack(csv)).toHaveLength(1);
    expect(csv.split('\r\n')).toEqual([expect.stringMatching(/^\uFEFFNhiệm vụ,/), '']);
  });
});

describe('table columns', () => {
  it('has no duplicated column in either table, in either language', () => {
    for (const table of [HIGHLIGHT_TABLE, TASK_TABLE] as const) {
      for (const lang of ['vi', 'en'] as const) {
        const headers = table.map((column) => column.header[lang]);
        expect(new Set(headers).size, headers.join(' | ')).toBe(headers.length);
      }
    }
  });
});
