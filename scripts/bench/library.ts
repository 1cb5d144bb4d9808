// Bench for the library pages in real Chromium with the built extension: time to the popup's
// first task rows with 10,000 tasks stored (target 150 ms), and the dashboard's time to first
// render and to a search result with 50,000 annotations.
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { EXTENSION_DIR, launchWithExtension, type ExtensionSession } from '../lib/launch-extension';
import { seedLibraryInPage } from './library-seed';

const POPUP_TASKS = 10_000;
const DASHBOARD_ANNOTATIONS = 50_000;
const TARGET_POPUP_FIRST_ROWS_MS = 150;
const RUNS = 3;
const SEARCH_QUERY = 'so ke hoach giai ngan';

export interface LibraryBenchOptions {
  extensionDir?: string;
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
  for (const selector of Object.values(selectors)) await page.waitForSelector(selector, { timeout: 60_000 });
  const times = await page.evaluate(() => (globalThis as { __firstSeen?: Record<string, number> }).__firstSeen ?? {});
  return { times, page };
}

/** tsx compiles the in-page functions with esbuild's keepNames, whose `__name` helper the page lacks. */
async function seed(page: Page, counts: { articles: number; annotations: number; tasks: number }): Promise<void> {
  await page.evaluate('globalThis.__name = (fn) => fn');
  await page.evaluate(seedLibraryInPage, counts);
}

async function medianOf(runs: number, measure: () => Promise<number>): Promise<{ median: number; runs: number[] }> {
  const times: number[] = [];
  for (let run = 0; run < runs; run++) times.push(await measure());
  const sorted = [...times].sort((a, b) => a - b);
  return { median: round(sorted[Math.floor(sorted.length / 2)]), runs: times.map(round) };
}

function round(ms: number): number {
  return Math.round(ms * 10) / 10;
}

/** Types the query into the dashboard's search box; the time until the result count changes. */
async function timeSearch(page: Page, query: string): Promise<{ ms: number; results: number }> {
  return page.evaluate(async (text) => {
    const input = document.querySelector<HTMLInputElement>('input[type="search"]')!;
    const counter = document.querySelector<HTMLElement>('[data-result-count]')!;
    const before = counter.dataset.resultCount;
    const start = performance.now();
    const changed = new Promise<void>((resolve) => {
      const observer = new MutationObserver(() => {
        if (counter.dataset.resultCount !== before) {
          observer.disconnect();
          resolve();
        }
      });
      observer.observe(counter, { attributes: true });
    });
    input.value = text;
    input.dispatchEvent(new Event('input', { bubbles: true }));
    await changed;
    // Until the rows are painted, not only computed.
    await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
    return { ms: performance.now() - start, results: Number(counter.dataset.resultCount) };
  }, query);
}

export async function benchLibrary(options: LibraryBenchOptions = {}): Promise<object> {
  const session = await launchWithExtension({
    hostResolverRules: 'MAP nothing.invalid 127.0.0.1',
    extensionDir: options.extensionDir ?? EXTENSION_DIR,
  });
  try {
    // The dashboard opens the database with its schema; the seed then writes into it.
    const setup = await session.context.newPage();
    await setup.goto(`chrome-extension://${session.extensionId}/dashboard.html`);
    await setup.waitForSelector('[data-ready]');
    await seed(setup, { articles: 500, annotations: POPUP_TASKS, tasks: POPUP_TASKS });
    await setup.close();

    const popup = await medianOf(RUNS, async () => {
      const { times, page } = await openTimed(session, 'popup', { rows: '[data-ready] .task-item' });
      await page.close();
      return times.rows;
    });

    const seedPage = await session.context.newPage();
    await seedPage.goto(`chrome-extension://${session.extensionId}/popup.html`);
    await seed(seedPage, { articles: 2_000, annotations: DASHBOARD_ANNOTATIONS, tasks: POPUP_TASKS });
    await seedPage.close();

    const searches: { ms: number; results: number }[] = [];
    const loads: number[] = [];
    const dashboard = await medianOf(RUNS, async () => {
      const { times, page } = await openTimed(session, 'dashboard', { rows: '.lib-row', ready: '[data-ready]' });
      loads.push(times.ready);
      searches.push(await timeSearch(page, SEARCH_QUERY));
      await page.close();
      return times.rows;
    });
    const search = searches.sort((a, b) => a.ms - b.ms)[Math.floor(searches.length / 2)];
    return {
      popup: {
        tasks: POPUP_TASKS,
        firstRowsMs: popup.median,
        runsMs: popup.runs,
        targetMs: TARGET_POPUP_FIRST_ROWS_MS,
        pass: popup.median <= TARGET_POPUP_FIRST_ROWS_MS,
      },
      dashboard: {
        annotations: DASHBOARD_ANNOTATIONS,
        tasks: POPUP_TASKS,
        firstRowsMs: dashboard.median,
        runsMs: dashboard.runs,
        wholeLibraryLoadedMs: loads.map(round),
        search: { query: SEARCH_QUERY, ms: round(search.ms), results: search.results },
      },
    };
  } finally {
    await session.close();
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const extensionDir = process.env.GOVMARK_EXTENSION_DIR;
  console.log(JSON.stringify(await benchLibrary(extensionDir ? { extensionDir } : {}), null, 2));
}
