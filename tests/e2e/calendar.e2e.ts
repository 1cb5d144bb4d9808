// The calendar of deadlines and the .ics export in Chromium, in Vietnamese: tracked tasks on the
// day they fall due (a quarter deadline on the quarter's last day), overdue work listed, this week
// marked, a task opening its passage; the .ics download parses back with ical.js with the same
// days. The dashboard's clock is Playwright's (page.clock), set before the page loads.
// With SCREENSHOTS=1 the suite also saves docs/screenshots/calendar.png for the README.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { startHarness, type Harness } from './harness';
import {
  type ChromeApis,
  type DemoDirective,
  KHANHHOA,
  readAnnotations,
  readTasks,
  trackDirective,
  TUYENQUANG,
} from './task-helpers';
import { annotationPassageLink } from '../../utils/export/text-fragment';
import type { TaskRecord } from '../../utils/model/records';

/** One of the project's own articles (tests/fixtures/articles/extra-001) with a quarter deadline. */
const LAMDONG: DemoDirective = {
  host: 'lamdong.gov.vn',
  path: '/wps/portal/lamdong/tin-tuc/chi-tiet/kiem-diem-tien-do-giai-ngan-von-dau-tu-cong-thang-9-2025',
  directive:
    'kịp thời nghiệm thu, thanh toán khối lượng hoàn thành, bảo đảm giải ngân 100% kế hoạch vốn được giao trong quý IV/2025',
};

let harness: Harness;
let dashboard: Page;
let tasks: TaskRecord[];

beforeAll(async () => {
  harness = await startHarness({ lang: 'vi-VN' });
  for (const site of [KHANHHOA, TUYENQUANG, LAMDONG]) await trackDirective(harness, site, 'Theo dõi nhiệm vụ');
  dashboard = await harness.context.newPage();
  // Monday 13 October 2025: Khánh Hoà (31/10/2024) is overdue, Tuyên Quang (15/10/2025) due this week.
  await dashboard.clock.setFixedTime(new Date(2025, 9, 13, 10));
  await dashboard.goto(`chrome-extension://${harness.extensionId}/dashboard.html#calendar`);
  // Tracking is done once each toolbar click has been answered; read until all three are stored.
  for (let tries = 0; tries < 100; tries += 1) {
    tasks = await readTasks(dashboard);
    if (tasks.length === 3) break;
    await dashboard.waitForTimeout(100);
  }
});

afterAll(async () => {
  await harness?.shutdown();
});

const taskOf = (site: DemoDirective) => tasks.find((task) => task.site === site.host)!;

describe('calendar of deadlines', () => {
  it('shows overdue work, this week and a quarter deadline on its last day', async () => {
    expect(tasks).toHaveLength(3);
    expect(taskOf(LAMDONG).deadline).toBe('2025-Q4');
    await dashboard.waitForSelector('.deadline-calendar[data-ready]');
    await expect.poll(() => dashboard.getByRole('heading', { name: 'Lịch thời hạn' }).count()).toBe(1);

    const overdue = dashboard.getByRole('region', { name: /Quá hạn/ });
    await expect
      .poll(() =>
        overdue.locator('[data-task-id]').evaluateAll((els) => els.map((el) => el.getAttribute('data-task-id'))),
      )
      .toEqual([taskOf(KHANHHOA).id]);

    const thisWeek = dashboard.locator('[data-this-week]');
    expect(await thisWeek.getAttribute('data-week')).toBe('2025-10-13');
    expect(await thisWeek.locator('h3').textContent()).toBe('Tuần 13/10 – 19/10/2025 · Tuần này');
    const dueThisWeek = thisWeek.locator(`[data-day="2025-10-15"] [data-task-id="${taskOf(TUYENQUANG).id}"]`);
    expect(await dueThisWeek.getAttribute('data-deadline-state')).toBe('due-soon');
    expect(await dashboard.locator('[data-day="2025-10-13"]').getAttribute('aria-current')).toBe('date');
    // 31 December is beyond the six weeks shown; the next six hold it.
    const quarterEnd = dashboard.locator(`[data-day="2025-12-31"] [data-task-id="${taskOf(LAMDONG).id}"]`);
    expect(await quarterEnd.count()).toBe(0);
    await dashboard.getByRole('button', { name: 'Các tuần sau →' }).click();
    await expect.poll(() => quarterEnd.count()).toBe(1);
    expect(await dashboard.locator('[data-this-week]').count()).toBe(0);
    await dashboard.getByRole('button', { name: 'Tuần này' }).click();
    await expect.poll(() => dashboard.locator('[data-this-week]').count()).toBe(1);

    if (process.env.SCREENSHOTS === '1') {
      await dashboard.setViewportSize({ width: 1280, height: 1000 });
      await dashboard.screenshot({ path: path.resolve('docs/screenshots/calendar.png') });
    }
  });

  it('opens a task’s passage from the calendar', async () => {
    const task = taskOf(TUYENQUANG);
    const annotation = (await readAnnotations(dashboard)).find((record) => record.id === task.annotationId)!;
    const link = annotationPassageLink(annotation, task.articleUrl);
    await dashboard.locator(`.calendar-week [data-task-id="${task.id}"]`).click();
    // The canonical https address is not served by the loopback demo server: read the tab's URL.
    const opened = () =>
      dashboard.evaluate(async (url) => {
        const chrome = (globalThis as unknown as { chrome: ChromeApis }).chrome;
        return (await chrome.tabs.query({})).some((tab) => tab.url === url);
      }, link);
    await expect.poll(opened).toBe(true);
  });

  it('downloads the deadlines as .ics that parse back with each period on its last day', async () => {
    const [download] = await Promise.all([
      dashboard.waitForEvent('download'),
      dashboard.getByRole('button', { name: 'Lịch thời hạn (.ics)' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^govmark-deadlines-.*\.ics$/);
    const calendar = new ICAL.Component(ICAL.parse(await readFile(await download.path(), 'utf8')));
    const events = calendar.getAllSubcomponents('vevent').map((component) => new ICAL.Event(component));
    const days = Object.fromEntries(events.map((event) => [event.uid, event.startDate.toString()]));
    expect(days).toEqual({
      [`${taskOf(KHANHHOA).id}@govmark`]: '2024-10-31',
      [`${taskOf(TUYENQUANG).id}@govmark`]: '2025-10-15',
      [`${taskOf(LAMDONG).id}@govmark`]: '2025-12-31',
    });
    expect(events.every((event) => event.startDate.isDate)).toBe(true);
    const annotations = await readAnnotations(dashboard);
    for (const event of events) {
      const task = tasks.find((record) => `${record.id}@govmark` === event.uid)!;
      const annotation = annotations.find((record) => record.id === task.annotationId)!;
      expect(event.description).toContain(annotationPassageLink(annotation, task.articleUrl));
    }
  });

  it('downloads the same deadlines from the popup', async () => {
    const popup = await harness.openExtensionPage('popup');
    await popup.waitForSelector('.popup[data-ready]');
    const [download] = await Promise.all([
      popup.waitForEvent('download'),
      popup.getByRole('button', { name: 'Lịch thời hạn (.ics)' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^govmark-deadlines-.*\.ics$/);
    const calendar = new ICAL.Component(ICAL.parse(await readFile(await download.path(), 'utf8')));
    const events = calendar.getAllSubcomponents('vevent').map((component) => new ICAL.Event(component));
    expect(Object.fromEntries(events.map((event) => [event.uid, event.startDate.toString()]))).toEqual({
      [`${taskOf(KHANHHOA).id}@govmark`]: '2024-10-31',
      [`${taskOf(TUYENQUANG).id}@govmark`]: '2025-10-15',
      [`${taskOf(LAMDONG).id}@govmark`]: '2025-12-31',
    });
    await popup.close();
  });

  it('downloads from the popup only the deadlines of the tasks its word search shows', async () => {
    const popup = await harness.openExtensionPage('popup');
    await popup.waitForSelector('.popup[data-ready]');
    await popup.getByRole('searchbox').fill('giải ngân');
    // The list shows the one task holding the words before the export is asked for.
    await expect
      .poll(() =>
        popup.locator('[data-task-id]').evaluateAll((els) => els.map((el) => el.getAttribute('data-task-id'))),
      )
      .toEqual([taskOf(LAMDONG).id]);
    const [download] = await Promise.all([
      popup.waitForEvent('download'),
      popup.getByRole('button', { name: 'Lịch thời hạn (.ics)' }).click(),
    ]);
    const calendar = new ICAL.Component(ICAL.parse(await readFile(await download.path(), 'utf8')));
    const events = calendar.getAllSubcomponents('vevent').map((component) => new ICAL.Event(component));
    expect(events.map((event) => event.uid)).toEqual([`${taskOf(LAMDONG).id}@govmark`]);
    await popup.close();
  });
});
