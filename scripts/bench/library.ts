// Bench for the library pages in real Chromium with the built extension, at 10,000, 50,000 and
// 200,000 annotations: the dashboard's first rows, a search through the background's index, a
// bulk status change of 1,000 tasks, and the dashboard page's heap; and the popup's first task
// rows with 10,000 tasks stored (target 150 ms). The library grows in place between sizes,
// seeded straight into the extension's IndexedDB from one of its pages (bulk adds, not messages).
// Each size is one JSON line as soon as it is measured; the last line sums up growth and targets.
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { EXTENSION_DIR, launchWithExtension, type ExtensionSession } from '../lib/launch-extension';
import { seedLibraryInPage, type SeedCounts } from './library-seed';

const SIZES = [10_000, 50_000, 200_000];
const TASKS = 10_000;
const ANNOTATIONS_PER_ARTICLE = 25;
const BULK_TASKS = 1_000;
const TARGET_MS = 150;
const RUNS = 3;
const SEARCH_QUERY = 'so ke hoach giai ngan';

export interface LibraryBench {
  extensionDir?: string;
  sizes?: readonly number[];
  /** Receives each measurement as it is made (a JSON line of `npm run bench`). */
  emit?: (line: object) => void;
}

/** Records, from the page's time origin, when an element matching each selector first appears. */
function watchFirst(selectors: Record<string, string>): void {
  const seen: Record<string, number> = {};
  (globalThis as { __firstSeen?: Record<string, number> }).__firstSeen = seen;
  const observer = new MutationObserver(() => {
    for (const [name, selector] of Object.entries(selectors)) {
      if (seen[name] === undefined && document.querySelector(selector)) seen[name] = performance.now();
    }
    if (Object.keys(seen).length === Object.keys(selectors).length) observer.disconnect();
  });
  observer.observe(document, { childList: true, subtree: true, attributes: true });
}

async function openTimed(
  session: ExtensionSession,
  pageName: string,
  selectors: Record<string, string>,
): Promise<{ times: Record<string, number>; page: Page }> {
  const page = await session.context.newPage();
  await page.addInitScript('globalThis.__name = (fn) => fn');
  await page.addInitScript(watchFirst, selectors);
  await page.goto(`chrome-extension://${session.extensionId}/${pageName}.html`);
  for (const selector of Object.values(selectors)) await page.waitForSelector(selector, { timeout: 120_000 });
  const times = await page.evaluate(() => (globalThis as { __firstSeen?: Record<string, number> }).__firstSeen ?? {});
  return { times, page };
}

/** tsx compiles the in-page functions with esbuild's keepNames, whose `__name` helper the page lacks. */
async function seed(page: Page, counts: SeedCounts & { from?: SeedCounts }): Promise<number> {
  await page.evaluate('globalThis.__name = (fn) => fn');
  const start = Date.now();
  await page.evaluate(seedLibraryInPage, counts);
  return Date.now() - start;
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return round(sorted[Math.floor(sorted.length / 2)]);
}

function round(ms: number): number {
  return Math.round(ms * 10) / 10;
}

/** Types the query into the dashboard's search box; the time until its result rows are painted. */
async function timeSearch(page: Page, query: string): Promise<{ ms: number; results: number }> {
  return page.evaluate(async (text) => {
    const input = document.querySelector<HTMLInputElement>('input[type="search"]')!;
    const counter = () => document.querySelector<HTMLElement>('.dashboard[data-ready] [data-result-count]');
    const before = counter()?.dataset.resultCount;
    const start = performance.now();
    const done = new Promise<void>((resolve) => {
      const check = () => {
        const current = counter();
        if (current && current.dataset.resultCount !== before && document.querySelector('.lib-row')) {
          observer.disconnect();
          resolve();
        }
      };
      const observer = new MutationObserver(check);
      observer.observe(document, { childList: true, subtree: true, attributes: true });
    });
    input.value = text;
    input.dispatchEvent(new Event('input', { bubbles: true }));
    await done;
    // Until the rows are painted, not only computed.
    await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
    return { ms: performance.now() - start, results: Number(counter()?.dataset.resultCount) };
  }, query);
}

/** The same message the dashboard's bulk bar sends, for 1,000 task ids; the time to its answer. */
export async function timeBulkStatus(page: Page, status: string): Promise<number> {
  return page.evaluate(
    async ({ count, status }) => {
      const ids = Array.from({ length: count }, (_, i) => `bench-t-${i}`);
      const runtime = (globalThis as unknown as { chrome: { runtime: { sendMessage(m: object): Promise<unknown> } } })
        .chrome.runtime;
      const start = performance.now();
      const response = (await runtime.sendMessage({ type: 'task/set-status', payload: { ids, status } })) as {
        ok: boolean;
      };
      if (!response.ok) throw new Error(JSON.stringify(response));
      return performance.now() - start;
    },
    { count: BULK_TASKS, status },
  );
}

async function restartServiceWorker(page: Page): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');
  await cdp.detach();
}

async function heapMb(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
  await cdp.detach();
  return Math.round((usedSize / 1_048_576) * 10) / 10;
}

async function measureSize(session: ExtensionSession, annotations: number) {
  const firstRows: number[] = [];
  const afterMount: number[] = [];
  const searches: { ms: number; results: number }[] = [];
  const heapAfterSearch: number[] = [];
  // The first search after seeding builds the index (the seed wrote around the background).
  const warm = await openTimed(session, 'dashboard', { mounted: '#app > *', rows: '.lib-row' });
  const heapAfterFirstRows = await heapMb(warm.page);
  const indexStart = Date.now();
  const warmSearch = await timeSearch(warm.page, SEARCH_QUERY);
  const indexBuildMs = Date.now() - indexStart;
  await warm.page.close();
  for (let run = 0; run < RUNS; run++) {
    const { times, page } = await openTimed(session, 'dashboard', { mounted: '#app > *', rows: '.lib-row' });
    firstRows.push(times.rows);
    afterMount.push(times.rows - times.mounted);
    searches.push(await timeSearch(page, SEARCH_QUERY));
    heapAfterSearch.push(await heapMb(page));
    await page.close();
  }
  // Last: the badge is recounted after each change, which would slow what follows.
  const bulk: number[] = [];
  const bulkPage = await session.context.newPage();
  await bulkPage.goto(`chrome-extension://${session.extensionId}/dashboard.html`);
  await bulkPage.waitForSelector('.lib-row');
  for (let run = 0; run < RUNS; run++) bulk.push(await timeBulkStatus(bulkPage, run % 2 === 0 ? 'done' : 'open'));
  await bulkPage.close();
  return {
    annotations,
    articles: annotations / ANNOTATIONS_PER_ARTICLE,
    tasks: TASKS,
    firstRowsMs: median(firstRows),
    firstRowsRunsMs: firstRows.map(round),
    /** From the page's script having rendered its shell to the first rows: the library's share. */
    firstRowsAfterMountMs: median(afterMount),
    search: {
      query: SEARCH_QUERY,
      ms: median(searches.map((s) => s.ms)),
      runsMs: searches.map((s) => round(s.ms)),
      results: searches[0].results,
      firstSearchBuildingIndexMs: indexBuildMs,
      firstSearchResults: warmSearch.results,
    },
    bulkStatus1000Ms: median(bulk),
    bulkStatusRunsMs: bulk.map(round),
    dashboardHeapMb: { afterFirstRows: heapAfterFirstRows, afterSearch: median(heapAfterSearch) },
  };
}

export async function benchLibrary(options: LibraryBench = {}): Promise<object> {
  const sizes = options.sizes ?? SIZES;
  const emit = options.emit ?? (() => {});
  const session = await launchWithExtension({
    hostResolverRules: 'MAP nothing.invalid 127.0.0.1',
    extensionDir: options.extensionDir ?? EXTENSION_DIR,
  });
  try {
    let seeded: SeedCounts = { articles: 0, annotations: 0, tasks: 0 };
    const results: object[] = [];
    let popup: object | null = null;
    for (const annotations of sizes) {
      const counts = { articles: annotations / ANNOTATIONS_PER_ARTICLE, annotations, tasks: TASKS };
      // The dashboard opens the database with its schema; the seed then writes into it. The page
      // is closed before measuring: extension pages share one renderer's main thread.
      const setup = await session.context.newPage();
      await setup.goto(`chrome-extension://${session.extensionId}/dashboard.html`);
      await setup.waitForSelector('[data-ready]');
      const seedMs = await seed(setup, { ...counts, from: seeded });
      // The seed wrote around the background: a new service worker loads the saved index, sees
      // that it does not match the tables and rebuilds it on the first search.
      await restartServiceWorker(setup);
      await setup.close();
      seeded = counts;
      if (!popup) {
        const runs: number[] = [];
        const popupAfterMount: number[] = [];
        for (let run = 0; run < RUNS; run++) {
          const { times, page } = await openTimed(session, 'popup', {
            mounted: '#app > *',
            rows: '[data-ready] .task-item',
          });
          runs.push(times.rows);
          popupAfterMount.push(times.rows - times.mounted);
          await page.close();
        }
        popup = {
          kind: 'popup',
          tasks: TASKS,
          firstRowsMs: median(runs),
          runsMs: runs.map(round),
          firstRowsAfterMountMs: median(popupAfterMount),
          targetMs: TARGET_MS,
        };
        emit(popup);
      }
      const measured = { kind: 'dashboard', seedMs, ...(await measureSize(session, annotations)) };
      emit(measured);
      results.push(measured);
    }
    const first = results[0] as { firstRowsMs: number; search: { ms: number } };
    const last = results[results.length - 1] as { firstRowsMs: number; search: { ms: number } };
    const sizeRatio = sizes[sizes.length - 1] / sizes[0];
    const compact = results.map((result) => {
      const r = result as {
        annotations: number;
        firstRowsMs: number;
        search: { ms: number };
        bulkStatus1000Ms: number;
      };
      return {
        annotations: r.annotations,
        firstRowsMs: r.firstRowsMs,
        searchMs: r.search.ms,
        bulkStatus1000Ms: r.bulkStatus1000Ms,
      };
    });
    return {
      kind: 'summary',
      popupFirstRowsMs: (popup as { firstRowsMs: number }).firstRowsMs,
      dashboard: compact,
      growth: {
        sizeRatio,
        firstRowsRatio: round(last.firstRowsMs / first.firstRowsMs),
        searchRatio: round(last.search.ms / first.search.ms),
      },
      targetMs: TARGET_MS,
      pass:
        last.firstRowsMs <= TARGET_MS &&
        last.search.ms <= TARGET_MS &&
        (popup as { firstRowsMs: number }).firstRowsMs <= TARGET_MS,
    };
  } finally {
    await session.close();
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const extensionDir = process.env.GOVMARK_EXTENSION_DIR;
  const emit = (line: object) => console.log(JSON.stringify({ section: 'library', ...line }));
  emit(await benchLibrary({ emit, ...(extensionDir ? { extensionDir } : {}) }));
}
