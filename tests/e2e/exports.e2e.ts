// Exports and imports of a generated library of some thousands of rows, in Chromium with the
// built extension: the CSV separator follows the reader's choice and is remembered, a ";" CSV
// round-trips through Papa Parse, the .xlsx opens with read-excel-file with typed cells, and
// loading, exporting and importing each show a progress bar with counts.
import { readFile } from 'node:fs/promises';
import Papa from 'papaparse';
import type { Page } from 'playwright-core';
import { readSheet } from 'read-excel-file/node';
import { describe, expect, it } from 'vitest';
import { TASK_TABLE } from '../../utils/export/csv-columns';
import type { TaskRecord } from '../../utils/model/records';
import { withSeededLibrary } from './task-helpers';

const COUNTS = { articles: 300, annotations: 4_000, tasks: 800 };
const harness = withSeededLibrary(COUNTS);

function readTasks(page: Page): Promise<TaskRecord[]> {
  return page.evaluate(
    () =>
      new Promise<TaskRecord[]>((resolve) => {
        const open = indexedDB.open('govmark');
        open.onsuccess = () => {
          const request = open.result.transaction('tasks').objectStore('tasks').getAll();
          request.onsuccess = () => {
            open.result.close();
            resolve(request.result as TaskRecord[]);
          };
        };
      }),
  );
}

/** Records every state the page's progress bars go through, from now on. */
async function watchProgress(page: Page): Promise<() => Promise<{ label: string; progress: string; text: string }[]>> {
  await page.evaluate(() => {
    const seen: { label: string; progress: string; text: string }[] = [];
    (globalThis as unknown as { __progress: typeof seen }).__progress = seen;
    const record = () => {
      for (const bar of document.querySelectorAll('[data-progress]')) {
        const entry = {
          label: bar.querySelector('.progress-label')?.textContent ?? '',
          progress: bar.getAttribute('data-progress') ?? '',
          text: bar.querySelector('.progress-counts')?.textContent ?? '',
        };
        const last = seen[seen.length - 1];
        if (!last || last.progress !== entry.progress || last.label !== entry.label) seen.push(entry);
      }
    };
    record();
    new MutationObserver(record).observe(document.body, { subtree: true, childList: true, attributes: true });
  });
  return () => page.evaluate(() => (globalThis as unknown as { __progress: never[] }).__progress);
}

async function download(page: Page, button: string): Promise<Buffer> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: button }).click()]);
  return readFile(await file.path());
}

describe('exports of a large library', () => {
  it('shows how far the dashboard has read the library', async () => {
    const dashboard = await harness().openExtensionPage('dashboard');
    const seen = await watchProgress(dashboard);
    await dashboard.waitForSelector('.dashboard[data-ready] .lib-row');
    await expect
      .poll(async () => (await seen()).map((entry) => entry.progress))
      .toContainEqual(expect.stringMatching(new RegExp(`^\\d+/${COUNTS.articles}$`)));
    const loading = (await seen()).find((entry) => entry.label === 'Loading the library' && /\//.test(entry.text));
    expect(loading?.text).toMatch(new RegExp(`^\\d+ / ${COUNTS.articles} articles$`));
    await dashboard.close();
  });

  it('writes a ";" CSV that Papa Parse reads back cell for cell, and remembers the choice', async () => {
    const dashboard = await harness().openExtensionPage('dashboard');
    await dashboard.waitForSelector('.dashboard[data-ready]');
    const separator = dashboard.getByRole('combobox', { name: 'CSV separator' });
    // English reader: a comma until chosen otherwise.
    expect(await separator.inputValue()).toBe('comma');
    await separator.selectOption('semicolon');
    const seen = await watchProgress(dashboard);
    const csv = (await download(dashboard, 'CSV of tasks')).toString('utf8');
    const parsed = Papa.parse<string[]>(csv.replace(/^\uFEFF/, ''), { skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    expect(parsed.meta.delimiter).toBe(';');
    const [header, ...rows] = parsed.data;
    expect(header).toEqual(TASK_TABLE.map((column) => column.header.en));
    const tasks = await readTasks(dashboard);
    expect(rows).toHaveLength(tasks.length);
    const byText = new Map(tasks.map((task) => [task.text.normalize('NFC'), task]));
    const assigned = header.indexOf('Assigned to');
    for (const row of rows) {
      const task = byText.get(row[0]);
      expect(task, row[0]).toBeDefined();
      // Agency lists hold "; " themselves: quoted, they come back whole.
      expect(row[assigned]).toBe(task!.assignees.join('; '));
    }
    // Reading the library and writing the rows, with counts to the end.
    const states = await seen();
    const total = COUNTS.articles + COUNTS.annotations + COUNTS.tasks;
    expect(states).toContainEqual(
      expect.objectContaining({ label: 'Reading the library', progress: `${total}/${total}` }),
    );
    expect(states.some((s) => s.label === 'Reading the library' && Number(s.progress.split('/')[0]) < total)).toBe(
      true,
    );
    expect(states).toContainEqual(
      expect.objectContaining({ label: 'Writing the file', progress: `${tasks.length}/${tasks.length}` }),
    );

    // Remembered: a new dashboard starts with the semicolon.
    await dashboard.reload();
    await dashboard.waitForSelector('.dashboard[data-ready]');
    await expect.poll(() => dashboard.getByRole('combobox', { name: 'CSV separator' }).inputValue()).toBe('semicolon');
    await dashboard.close();
  });

  it('writes an .xlsx that read-excel-file opens with dates as dates and text as text', async () => {
    const dashboard = await harness().openExtensionPage('dashboard');
    await dashboard.waitForSelector('.dashboard[data-ready]');
    const workbook = await download(dashboard, 'Excel (.xlsx) of tasks');
    const [header, ...rows] = await readSheet(workbook);
    expect(header).toEqual(TASK_TABLE.map((column) => column.header.en));
    const tasks = await readTasks(dashboard);
    expect(rows).toHaveLength(tasks.length);
    const at = (name: string) => header.indexOf(name);
    const byText = new Map(tasks.map((task) => [task.text.normalize('NFC'), task]));
    let dayDeadlines = 0;
    for (const row of rows) {
      const task = byText.get(row[0] as string)!;
      expect(typeof row[0]).toBe('string');
      expect(row[at('Date accessed')]).toBeInstanceOf(Date);
      if (task.deadline && /^\d{4}-\d{2}-\d{2}$/.test(task.deadline)) {
        dayDeadlines += 1;
        expect((row[at('Deadline')] as unknown as Date).toISOString().slice(0, 10)).toBe(task.deadline);
      }
      expect(typeof row[at('URL')]).toBe('string');
    }
    expect(dayDeadlines).toBeGreaterThan(0);
    await dashboard.close();
  });

  it('imports a backup of the whole library, showing the bytes read and the records merged', async () => {
    const dashboard = await harness().openExtensionPage('dashboard');
    await dashboard.waitForSelector('.dashboard[data-ready]');
    const backup = await download(dashboard, 'Backup (JSON)');
    const seen = await watchProgress(dashboard);
    await dashboard.getByLabel('Import a backup file').setInputFiles({
      name: 'backup.json',
      mimeType: 'application/json',
      buffer: backup,
    });
    await expect
      .poll(() => dashboard.locator('[data-export-message="ok"]').textContent(), { timeout: 30_000 })
      .toMatch(/Imported: 0 new, 0 updated, \d+ unchanged/);
    const states = await seen();
    const kb = Math.ceil(backup.length / 1024);
    expect(states).toContainEqual(expect.objectContaining({ label: 'Checking the file', progress: `${kb}/${kb}` }));
    const total = COUNTS.articles + COUNTS.annotations + COUNTS.tasks;
    // The import is sent in chunks, so its bar counts them through to the whole file.
    const all = total.toLocaleString('en-US');
    expect(states).toContainEqual(expect.objectContaining({ label: 'Importing', text: `${all} / ${all} records` }));
    await dashboard.close();
  });
});
