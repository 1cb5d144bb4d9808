// The library pages in Chromium with the built extension: tasks tracked on two sites appear in
// the popup, its filters and search find them, a status change made there reaches the open
// dashboard without a reload, and the toolbar badge counts the overdue tasks.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { selectText, startHarness, type Harness } from './harness';
import { taskDeadlineState, todayIso } from '../../utils/storage/deadline';
import type { TaskRecord } from '../../utils/storage/records';

const NINHTHUAN = {
  host: 'ninhthuan.gov.vn',
  path: '/chinhquyen/ubnd/Pages/UBND-tinh-hop-truc-tuyen-kiem-diem-cong-tac-chi-dao-dieu-hanh-thang-7-trien-khai-nhiem-vu-thang-8-2023.aspx',
  directive: 'nhất là các nội dung quan trọng cần hoàn thành trong cuối năm 2023 để hoàn thành nhiệm vụ 100%',
};
const LONGAN = {
  host: 'longan.gov.vn',
  path: '/Pages/Long-An-tap-trung-trien-khai-thuc-hien-nhiem-vu-phat-trien-KT-XH-ngay-tu-dau-nam.aspx',
  directive: 'kiện toàn Ban Chỉ đạo đôn đốc thu ngân sách cấp tỉnh, huyện, thị xã, thành phố và xây dựng kế hoạch hoàn thành trước ngày 15/01/2023',
};

let harness: Harness;

beforeAll(async () => {
  harness = await startHarness({ lang: 'en-US' });
});

afterAll(async () => {
  await harness?.shutdown();
});

async function trackDirective(site: typeof NINHTHUAN): Promise<void> {
  const page = await harness.openArticle(site.host, site.path);
  await selectText(page, site.directive);
  // Playwright's role locators pierce the toolbar's open shadow root.
  await page.locator('govmark-ui').getByRole('button', { name: 'Track as task' }).click();
  await page.close();
}

/** The stored tasks, read from the extension's database in one of its pages. */
function readTasks(page: Page): Promise<TaskRecord[]> {
  return page.evaluate(
    () =>
      new Promise<TaskRecord[]>((resolve, reject) => {
        const open = indexedDB.open('govmark');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const request = open.result.transaction('tasks').objectStore('tasks').getAll();
          request.onsuccess = () => {
            open.result.close();
            resolve(request.result as TaskRecord[]);
          };
          request.onerror = () => reject(request.error);
        };
      }),
  );
}

function badgeText(): Promise<string> {
  return harness.serviceWorker.evaluate(() => {
    const { chrome } = globalThis as unknown as { chrome: { action: { getBadgeText(details: object): Promise<string> } } };
    return chrome.action.getBadgeText({});
  });
}

function taskTexts(popup: Page): Promise<string[]> {
  return popup.locator('.task-item .task-text').allTextContents();
}

describe('library pages', () => {
  it('lists, filters and updates tasks tracked on two sites everywhere at once', async () => {
    await trackDirective(NINHTHUAN);
    await trackDirective(LONGAN);

    const popup = await harness.openExtensionPage('popup');
    await popup.waitForSelector('[data-ready][data-complete]');
    await expect.poll(() => popup.locator('.task-item').count()).toBe(2);
    const texts = await taskTexts(popup);
    expect(texts.some((text) => text.includes('cuối năm 2023'))).toBe(true);
    expect(texts.some((text) => text.includes('kiện toàn Ban Chỉ đạo'))).toBe(true);

    // Filters: by site, then by province, then back to all.
    await popup.getByRole('combobox', { name: 'Site' }).selectOption('longan.gov.vn');
    await expect.poll(() => taskTexts(popup)).toEqual([expect.stringContaining('kiện toàn Ban Chỉ đạo')]);
    await popup.getByRole('combobox', { name: 'Site' }).selectOption('');
    await popup.getByRole('combobox', { name: 'Province' }).selectOption({ label: 'Ninh Thuận' });
    await expect.poll(() => taskTexts(popup)).toEqual([expect.stringContaining('cuối năm 2023')]);
    await popup.getByRole('combobox', { name: 'Province' }).selectOption('');

    // Search ignores diacritics and case.
    const search = popup.getByRole('searchbox', { name: 'Search' });
    await search.fill('KIEN TOAN ban chi dao');
    await expect.poll(() => taskTexts(popup)).toEqual([expect.stringContaining('kiện toàn Ban Chỉ đạo')]);
    await search.fill('noi dung quan trong');
    await expect.poll(() => taskTexts(popup)).toEqual([expect.stringContaining('cuối năm 2023')]);

    const dashboard = await harness.openExtensionPage('dashboard');
    await dashboard.waitForSelector('[data-ready]');
    const tasks = await readTasks(dashboard);
    expect(tasks).toHaveLength(2);
    const today = todayIso();
    const overdue = tasks.filter((task) => taskDeadlineState(task, today) === 'overdue');
    // Both directives' deadlines (end of 2023, 15 January 2023) are past.
    expect(overdue.length).toBe(2);
    await expect.poll(badgeText).toBe('2');

    // A status change in the popup shows in the dashboard without reloading it.
    const ninhthuanTask = tasks.find((task) => task.site === NINHTHUAN.host)!;
    const dashboardStatus = dashboard.locator(`[data-task-id="${ninhthuanTask.id}"] select`);
    await expect.poll(() => dashboardStatus.inputValue()).toBe('open');
    await popup.locator(`[data-task-id="${ninhthuanTask.id}"]`).getByRole('combobox', { name: 'Status' }).selectOption('done');
    await expect.poll(() => dashboardStatus.inputValue()).toBe('done');

    // A done task is no longer overdue.
    await expect.poll(badgeText).toBe('1');
  });
});
