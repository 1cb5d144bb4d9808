// The library pages in Chromium with the built extension: tasks tracked on two sites appear in
// the popup, its filters and search find them, a status change made there reaches the open
// dashboard without a reload, and the toolbar badge counts the overdue tasks.
import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { clickToolbarButton, coloursBehind, selectText, startHarness, uiStatus, type Harness } from './harness';
import { taskDeadlineState, todayIso } from '../../utils/model/deadline';
import { readAnnotations, readTasks } from './task-helpers';

// Two of the project's own articles (tests/fixtures/articles), so the suite runs without ../shared.
const TUYENQUANG = {
  host: 'tuyenquang.gov.vn',
  path: '/Pages/chi-dao-dieu-hanh/chu-tich-ubnd-tinh-chi-dao-khac-phuc-hau-qua-mua-lu-tai-cac-xa-vung-cao.aspx',
  directive:
    'rà soát, tổng hợp đầy đủ thiệt hại, đề xuất mức hỗ trợ cho các hộ dân, báo cáo UBND tỉnh chậm nhất ngày 15/10/2025',
};
const KHANHHOA = {
  host: 'khanhhoa.gov.vn',
  path: '/Pages/chi-dao-dieu-hanh/khac-phuc-ton-tai-chong-khai-thac-iuu.aspx',
  directive: 'rà soát, xử lý dứt điểm các tàu cá mất kết nối, hoàn thành trước ngày 31/10/2024',
};

let harness: Harness;

beforeAll(async () => {
  harness = await startHarness({ lang: 'en-US' });
});

afterAll(async () => {
  await harness?.shutdown();
});

async function trackDirective(site: typeof TUYENQUANG): Promise<void> {
  const page = await harness.openArticle(site.host, site.path);
  await selectText(page, site.directive);
  await clickToolbarButton(page, 'Track as task');
  await expect.poll(() => uiStatus(page)).toBe('Task tracked');
  await page.close();
}

function badgeText(): Promise<string> {
  return harness.serviceWorker.evaluate(() => {
    const { chrome } = globalThis as unknown as {
      chrome: { action: { getBadgeText(details: object): Promise<string> } };
    };
    return chrome.action.getBadgeText({});
  });
}

function taskTexts(popup: Page): Promise<string[]> {
  return popup.locator('.task-item .task-text').allTextContents();
}

describe('library pages', () => {
  it('lists, filters and updates tasks tracked on two sites everywhere at once', async () => {
    await trackDirective(TUYENQUANG);
    await trackDirective(KHANHHOA);

    const popup = await harness.openExtensionPage('popup');
    await popup.waitForSelector('[data-ready][data-complete]');
    await expect.poll(() => popup.locator('.task-item').count()).toBe(2);
    const texts = await taskTexts(popup);
    expect(texts.some((text) => text.includes('đề xuất mức hỗ trợ'))).toBe(true);
    expect(texts.some((text) => text.includes('tàu cá mất kết nối'))).toBe(true);

    // Filters: by site, then by province, then back to all.
    await popup.getByRole('combobox', { name: 'Site' }).selectOption('khanhhoa.gov.vn');
    await expect.poll(() => taskTexts(popup)).toEqual([expect.stringContaining('tàu cá mất kết nối')]);
    await popup.getByRole('combobox', { name: 'Site' }).selectOption('');
    await popup.getByRole('combobox', { name: 'Province' }).selectOption({ label: 'Tuyên Quang' });
    await expect.poll(() => taskTexts(popup)).toEqual([expect.stringContaining('đề xuất mức hỗ trợ')]);
    await popup.getByRole('combobox', { name: 'Province' }).selectOption('');

    // Search ignores diacritics and case.
    const search = popup.getByRole('searchbox', { name: 'Search' });
    await search.fill('TAU CA mat ket noi');
    await expect.poll(() => taskTexts(popup)).toEqual([expect.stringContaining('tàu cá mất kết nối')]);
    await search.fill('muc ho tro');
    await expect.poll(() => taskTexts(popup)).toEqual([expect.stringContaining('đề xuất mức hỗ trợ')]);

    const dashboard = await harness.openExtensionPage('dashboard');
    await dashboard.waitForSelector('[data-ready]');
    const tasks = await readTasks(dashboard);
    expect(tasks).toHaveLength(2);
    // Each tracked passage is one row, the task's: not also a "Directive" annotation row, and
    // counted once. Article rows say what their numbers count.
    await expect.poll(() => dashboard.locator('[data-row-type="task"]').count()).toBe(2);
    expect(await dashboard.locator('[data-row-type="annotation"]').count()).toBe(0);
    expect(await dashboard.locator('[data-result-count]').textContent()).toBe('2 results');
    expect(await dashboard.locator('[data-row-type="article"] .sub').allTextContents()).toEqual([
      expect.stringMatching(/ · 1 task$/),
      expect.stringMatching(/ · 1 task$/),
    ]);
    const today = todayIso();
    const overdue = tasks.filter((task) => taskDeadlineState(task, today) === 'overdue');
    // Both directives' deadlines (15 October 2025, 31 October 2024) are past.
    expect(overdue.length).toBe(2);
    await expect.poll(badgeText).toBe('2');

    // A status change in the popup shows in the dashboard without reloading it.
    const tuyenquangTask = tasks.find((task) => task.site === TUYENQUANG.host)!;
    const dashboardStatus = dashboard.locator(`[data-task-id="${tuyenquangTask.id}"] select`);
    await expect.poll(() => dashboardStatus.inputValue()).toBe('open');
    await popup
      .locator(`[data-task-id="${tuyenquangTask.id}"]`)
      .getByRole('combobox', { name: 'Status' })
      .selectOption('done');
    await expect.poll(() => dashboardStatus.inputValue()).toBe('done');

    // A done task is no longer overdue.
    await expect.poll(badgeText).toBe('1');
  });

  it('writes notes and tags in the side panel beside the active article', async () => {
    const article = await harness.openArticle(TUYENQUANG.host, TUYENQUANG.path);
    const sidePanel = await harness.openExtensionPage('sidepanel');
    // The side panel follows the reader's active tab.
    await article.bringToFront();
    const card = sidePanel.locator('.annotation-card').filter({ hasText: 'đề xuất mức hỗ trợ' });
    await card.waitFor({ timeout: 20_000 });
    await card.getByLabel('Note').fill('Hỏi lại Sở Kế hoạch và Đầu tư');
    await card.getByLabel('Tags').fill('đầu tư công, khẩn');
    await card.getByRole('button', { name: 'Save' }).click();
    await expect
      .poll(async () => (await readAnnotations(sidePanel)).find((a) => a.quote.includes('đề xuất mức hỗ trợ')))
      .toMatchObject({ note: 'Hỏi lại Sở Kế hoạch và Đầu tư', tags: ['đầu tư công', 'khẩn'] });
    // The page's task is listed too.
    await expect.poll(() => sidePanel.locator('.task-item').count()).toBe(1);
    // The page's findings are listed; choosing one scrolls the page to it and flashes it.
    const figures = sidePanel.locator('.finding-list details').filter({ hasText: 'Figure' });
    await figures.locator('summary').click();
    const firstFigure = figures.getByRole('button').first();
    const figureText = (await firstFigure.textContent())!;
    await firstFigure.click();
    // The flash is the reader's own paint, out of the page's reach: seen on screen, not in CSS.highlights.
    const isFlash = ([r, g, b]: [number, number, number]) => r > 235 && g > 160 && g < 215 && b < 150;
    await expect
      .poll(async () => {
        const colours = await coloursBehind(harness, article, figureText);
        return colours.filter(isFlash).length / colours.length;
      })
      .toBeGreaterThan(0.3);
    const [download] = await Promise.all([
      sidePanel.waitForEvent('download'),
      sidePanel.getByRole('button', { name: 'CSV of this article’s annotations' }).click(),
    ]);
    const csv = await readFile(await download.path(), 'utf8');
    expect(csv.trim().split('\r\n')).toHaveLength(2);
    expect(csv).toContain('Hỏi lại Sở Kế hoạch và Đầu tư');
    await sidePanel.close();
    await article.close();
  });

  it('shows in the popup what GovMark made of the active tab', async () => {
    const popup = await harness.openExtensionPage('popup');
    const article = await harness.openArticle(KHANHHOA.host, KHANHHOA.path);
    // Reloaded behind the article, the popup page reads the article's tab as the active one.
    await popup.reload();
    await popup.waitForSelector('[data-ready]');
    const status = popup.locator('[data-page-article="true"]');
    await status.waitFor();
    expect(await status.textContent()).toContain('Article recognised');
    expect(await status.getByRole('list', { name: 'Findings' }).locator('li').count()).toBe(5);
    await popup.close();
    await article.close();
  });

  it('exports the highlights from the dashboard as CSV', async () => {
    const dashboard = await harness.openExtensionPage('dashboard');
    await dashboard.waitForSelector('[data-ready]');
    const [download] = await Promise.all([
      dashboard.waitForEvent('download'),
      dashboard.getByRole('button', { name: 'CSV of all annotations' }).click(),
    ]);
    const csv = await readFile(await download.path(), 'utf8');
    expect(csv.startsWith('\uFEFFQuote,')).toBe(true);
    const lines = csv.trim().split('\r\n');
    expect(lines).toHaveLength(3);
    expect(csv).toContain('tàu cá mất kết nối');
    expect(csv).toContain('Hỏi lại Sở Kế hoạch và Đầu tư');
    await dashboard.close();
  });

  it('imports a backup from the dashboard, refusing a malformed file', async () => {
    const dashboard = await harness.openExtensionPage('dashboard');
    await dashboard.waitForSelector('[data-ready]');
    const fileInput = dashboard.getByLabel('Import a backup file');
    const before = await readTasks(dashboard);

    await fileInput.setInputFiles({
      name: 'broken.json',
      mimeType: 'application/json',
      buffer: Buffer.from('{"type": "AnnotationCollection", '),
    });
    await expect
      .poll(() => dashboard.locator('[data-export-message="error"]').textContent())
      .toContain('not valid JSON');
    expect(await readTasks(dashboard)).toEqual(before);

    const [download] = await Promise.all([
      dashboard.waitForEvent('download'),
      dashboard.getByRole('button', { name: 'Backup (JSON)' }).click(),
    ]);
    const backup = JSON.parse(await readFile(await download.path(), 'utf8'));
    const edited = backup.govmark.tasks[0];
    edited.status = 'dropped';
    edited.updated += 1;
    await fileInput.setInputFiles({
      name: 'backup.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(backup)),
    });
    await expect
      .poll(() => dashboard.locator('[data-export-message="ok"]').textContent())
      .toMatch(/Imported: 0 new, 1 updated, \d+ unchanged/);
    // The import shows in the open dashboard without a reload.
    await expect.poll(() => dashboard.locator(`[data-task-id="${edited.id}"] select`).inputValue()).toBe('dropped');
    await dashboard.close();
  });
});
