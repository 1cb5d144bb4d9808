import JSZip from 'jszip';
import { readSheet } from 'read-excel-file/node';
import { describe, expect, it } from 'vitest';
import { HIGHLIGHT_TABLE, TASK_TABLE } from '../../../utils/export/csv-columns';
import { tableToXlsx } from '../../../utils/export/xlsx';
import { highlightRows, taskRows } from './csv-rows';
import { hostileAnnotation, TIME_ZONE } from './fixtures';

async function highlightsWorkbook(lang: 'vi' | 'en') {
  return tableToXlsx(highlightRows, { table: HIGHLIGHT_TABLE, lang, timeZone: TIME_ZONE, sheetName: 'GovMark' });
}

const column = (header: string, lang: 'vi' | 'en' = 'en') =>
  HIGHLIGHT_TABLE.findIndex((entry) => entry.header[lang] === header);

describe('xlsx export', () => {
  it('opens with a reader library, header first, one row per highlight', async () => {
    const rows = await readSheet(Buffer.from(await highlightsWorkbook('vi')));
    expect(rows[0]).toEqual(HIGHLIGHT_TABLE.map((entry) => entry.header.vi));
    expect(rows).toHaveLength(highlightRows.length + 1);
    expect(rows[1][0]).toBe(highlightRows[0].annotation.quote);
  });

  it('types its cells: numbers as numbers, dates as dates, text as text', async () => {
    const rows = await readSheet(Buffer.from(await highlightsWorkbook('en')));
    const [, figure, , directive] = rows;
    expect(figure[column('Figure value')]).toBe(-3.5);
    expect(directive[column('Deadline')]).toEqual(new Date(Date.UTC(2023, 0, 15)));
    expect(figure[column('Published date')]).toEqual(new Date(Date.UTC(2023, 0, 15)));
    expect(figure[column('Date accessed')]).toBeInstanceOf(Date);
    // A month stays a month: the first of it, shown as a month.
    expect(rows[4][column('Published date')]).toEqual(new Date(Date.UTC(2023, 0, 1)));
  });

  it('shows dates in the order of the reader’s language', async () => {
    const zip = await JSZip.loadAsync(await highlightsWorkbook('vi'));
    const styles = await zip.file('xl/styles.xml')!.async('string');
    expect(styles).toContain('formatCode="dd/mm/yyyy"');
    expect(styles).toContain('formatCode="mm/yyyy"');
  });

  it('writes the passage link and the URL as real hyperlinks', async () => {
    const zip = await JSZip.loadAsync(await highlightsWorkbook('vi'));
    const rels = await zip.file('xl/worksheets/_rels/sheet1.xml.rels')!.async('string');
    const targets = [...rels.matchAll(/Target="([^"]+)"/g)].map((match) => match[1].replace(/&amp;/g, '&'));
    expect(targets.some((target) => target.includes('#:~:text='))).toBe(true);
    expect(targets).toContain(highlightRows[0].article!.url);
    const rows = await readSheet(Buffer.from(await highlightsWorkbook('vi')));
    expect(rows[1][column('Liên kết đoạn trích', 'vi')]).toBe('Mở đoạn văn');
  });

  it('never writes a formula, whatever the reader typed', async () => {
    const zip = await JSZip.loadAsync(await highlightsWorkbook('en'));
    const sheet = await zip.file('xl/worksheets/sheet1.xml')!.async('string');
    expect(sheet).not.toMatch(/<f>|<f /);
    const rows = await readSheet(Buffer.from(await highlightsWorkbook('en')));
    expect(rows.flat()).toContain(hostileAnnotation.note);
  });

  it('exports tasks with their deadline as a date', async () => {
    const bytes = await tableToXlsx(taskRows, {
      table: TASK_TABLE,
      lang: 'en',
      timeZone: TIME_ZONE,
      sheetName: 'Tasks',
    });
    const rows = await readSheet(Buffer.from(bytes));
    expect(rows[0][0]).toBe('Task');
    expect(rows[1][3]).toEqual(new Date(Date.UTC(2023, 0, 15)));
  });
});
