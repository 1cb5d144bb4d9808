// Helpers for suites that track directives and read what the extension stored: tracking through
// the page toolbar as a reader does, reading tables from the extension's own database, and
// calling extension APIs from one of its pages, and seeding a generated library.
import type { Page } from 'playwright-core';
import { seedLibraryInPage } from '../../scripts/bench/library-seed';
import type { AnnotationRecord, TaskRecord } from '../../utils/model/records';
import { afterAll, beforeAll } from 'vitest';
import { clickToolbarButton, selectText, startHarness, uiStatus, type Harness } from './harness';

export interface DemoDirective {
  host: string;
  path: string;
  /** The directive's text as the page shows it, selected to track it. */
  directive: string;
}

// Two of the project's own articles (tests/fixtures/articles), so the suites run without ../shared.
export const TUYENQUANG: DemoDirective = {
  host: 'tuyenquang.gov.vn',
  path: '/Pages/chi-dao-dieu-hanh/chu-tich-ubnd-tinh-chi-dao-khac-phuc-hau-qua-mua-lu-tai-cac-xa-vung-cao.aspx',
  directive:
    'rà soát, tổng hợp đầy đủ thiệt hại, đề xuất mức hỗ trợ cho các hộ dân, báo cáo UBND tỉnh chậm nhất ngày 15/10/2025',
};
export const KHANHHOA: DemoDirective = {
  host: 'khanhhoa.gov.vn',
  path: '/Pages/chi-dao-dieu-hanh/khac-phuc-ton-tai-chong-khai-thac-iuu.aspx',
  directive: 'rà soát, xử lý dứt điểm các tàu cá mất kết nối, hoàn thành trước ngày 31/10/2024',
};

export async function trackDirective(harness: Harness, site: DemoDirective, button = 'Track as task'): Promise<void> {
  const page = await harness.openArticle(site.host, site.path);
  await selectText(page, site.directive);
  await clickToolbarButton(page, button);
  // Wait for the confirmation, so that the task is stored before the page goes.
  // A plain loop, not expect.poll: suites call this from beforeAll, outside any test.
  const until = Date.now() + 10_000;
  while ((await uiStatus(page)) === null) {
    if (Date.now() > until) throw new Error(`No confirmation after tracking on ${site.host}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  await page.close();
}

/**
 * A browser in English with a generated library of `counts`, started before the file's tests and
 * shut after them; the getter gives its harness once `beforeAll` has run.
 */
export function withSeededLibrary(counts: Parameters<typeof seedLibraryInPage>[0]): () => Harness {
  let harness: Harness | undefined;
  beforeAll(async () => {
    harness = await startHarness({ lang: 'en-US' });
    await seedLibrary(harness, counts);
  });
  afterAll(async () => {
    await harness?.shutdown();
  });
  return () => {
    if (!harness) throw new Error('the seeded library is read before its beforeAll ran');
    return harness;
  };
}

/** The records of one table of the extension's database, read from one of its pages. */
export function readTable<T>(page: Page, table: 'tasks' | 'annotations' | 'articles'): Promise<T[]> {
  return page.evaluate(
    (name) =>
      new Promise<T[]>((resolve, reject) => {
        const open = indexedDB.open('govmark');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const request = open.result.transaction(name).objectStore(name).getAll();
          request.onsuccess = () => {
            open.result.close();
            resolve(request.result as T[]);
          };
          request.onerror = () => reject(request.error);
        };
      }),
    table,
  );
}

export const readTasks = (page: Page) => readTable<TaskRecord>(page, 'tasks');
export const readAnnotations = (page: Page) => readTable<AnnotationRecord>(page, 'annotations');

/** The browser's `chrome` global in an extension page, typed as far as these suites use it. */
export interface ChromeApis {
  storage: { local: { set(items: object): Promise<void>; remove(key: string): Promise<void> } };
  notifications: { getAll(): Promise<Record<string, boolean>>; clear(id: string): Promise<boolean> };
  alarms: { get(name: string): Promise<{ name: string; scheduledTime: number } | undefined> };
  runtime: { sendMessage(message: unknown): Promise<unknown> };
  tabs: { query(query: object): Promise<{ url?: string }[]> };
}

/** Runs `fn` with the extension's `chrome` in `page`, one of the extension's own pages. */
export function callChrome<T>(
  page: Page,
  fn: (chrome: ChromeApis, arg: unknown) => Promise<T>,
  arg?: unknown,
): Promise<T> {
  return page.evaluate(
    ([source, value]) => {
      const chrome = (globalThis as unknown as { chrome: ChromeApis }).chrome;
      return (new Function('chrome', 'arg', `return (${source})(chrome, arg);`) as typeof fn)(chrome, value);
    },
    [fn.toString(), arg] as const,
  );
}

/** Writes a generated library of `counts` into the extension's database, from its dashboard. */
export async function seedLibrary(harness: Harness, counts: Parameters<typeof seedLibraryInPage>[0]): Promise<void> {
  const page = await harness.openExtensionPage('dashboard');
  await page.waitForSelector('[data-ready]');
  // The seed is passed as source; esbuild's name helper is not defined in the page.
  await page.evaluate('globalThis.__name = (fn) => fn');
  await page.evaluate(seedLibraryInPage, counts);
  await page.close();
}
