// Side-by-side bench of two or more builds of the extension in ONE browser, so that a change to
// the library pages is measured against the build before it under the same load (the machine is
// shared and its load swings the absolute figures by ±50 %). Each build is loaded as its own
// unpacked extension with its own IndexedDB, seeded with the same library; the popup and the
// dashboard of each build are then opened in turn, round after round, and the medians compared.
//
//   npm run bench -- library-compare   with GOVMARK_COMPARE_DIRS=/path/before,/path/after
//
// Each line says where the time went for one page of one build (medians, ms from navigation):
// the page's scripts evaluated (DOMContentLoaded), the database open, the page's shell, first
// paint, the first rows; the summary gives each build's first rows as a ratio of the first build's.
import { createHash } from 'node:crypto';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { launchWithExtension, type ExtensionSession } from '../lib/launch-extension';
import { seedLibraryInPage } from './library-seed';
import { timeBulkStatus } from './library';

const ROUNDS = 9;
const ANNOTATIONS = 10_000;
const TASKS = 10_000;
const ANNOTATIONS_PER_ARTICLE = 25;
const BULK_TASKS = 1_000;
const BULK_ROUNDS = 6;

const PAGES = {
  popup: '[data-ready] .task-item',
  dashboard: '.lib-row',
} as const;
type PageName = keyof typeof PAGES;

interface Phases {
  scriptsRun: number;
  dbOpen: number;
  shell: number;
  firstPaint: number;
  firstRows: number;
}

/** Chromium's id for an unpacked extension: its absolute path's SHA-256, hex digits as a–p. */
export function unpackedExtensionId(dir: string): string {
  const hex = createHash('sha256').update(path.resolve(dir)).digest('hex').slice(0, 32);
  return [...hex].map((digit) => String.fromCharCode(97 + Number.parseInt(digit, 16))).join('');
}

/** Runs in the page before its scripts: stamps each phase, from the page's time origin. */
function stampPhases(rowSelector: string): void {
  const stamps: Record<string, number> = {};
  (globalThis as { __phases?: Record<string, number> }).__phases = stamps;
  const open = indexedDB.open.bind(indexedDB);
  indexedDB.open = (...args: Parameters<IDBFactory['open']>) => {
    const request = open(...args);
    request.addEventListener('success', () => {
      stamps.dbOpen ??= performance.now();
    });
    return request;
  };
  document.addEventListener('DOMContentLoaded', () => {
    stamps.scriptsRun = performance.now();
  });
  const observer = new MutationObserver(() => {
    if (stamps.shell === undefined && document.querySelector('#app > *')) stamps.shell = performance.now();
    if (stamps.firstRows === undefined && document.querySelector(rowSelector)) {
      stamps.firstRows = performance.now();
      observer.disconnect();
    }
  });
  observer.observe(document, { childList: true, subtree: true, attributes: true });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) if (entry.name === 'first-paint') stamps.firstPaint = entry.startTime;
  }).observe({ type: 'paint', buffered: true });
}

async function openOnce(session: ExtensionSession, extensionId: string, name: PageName): Promise<Phases> {
  const page: Page = await session.context.newPage();
  try {
    // tsx compiles the in-page function with esbuild's keepNames, whose helper the page lacks.
    await page.addInitScript('globalThis.__name = (fn) => fn');
    await page.addInitScript(stampPhases, PAGES[name]);
    await page.goto(`chrome-extension://${extensionId}/${name}.html`);
    await page.waitForSelector(PAGES[name], { timeout: 60_000 });
    await page.waitForFunction(() => (globalThis as { __phases?: { firstPaint?: number } }).__phases?.firstPaint);
    return (await page.evaluate(() => (globalThis as { __phases?: Phases }).__phases)) as Phases;
  } finally {
    await page.close();
  }
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return Math.round(sorted[Math.floor(sorted.length / 2)] * 10) / 10;
}

async function seedBuild(session: ExtensionSession, extensionId: string): Promise<void> {
  const page = await session.context.newPage();
  await page.goto(`chrome-extension://${extensionId}/dashboard.html`);
  await page.waitForSelector('[data-ready]');
  await page.evaluate('globalThis.__name = (fn) => fn');
  await page.evaluate(seedLibraryInPage, {
    articles: ANNOTATIONS / ANNOTATIONS_PER_ARTICLE,
    annotations: ANNOTATIONS,
    tasks: TASKS,
  });
  await page.close();
}

export async function benchLibraryCompare(
  emit: (line: object) => void,
  dirs: readonly string[] = (process.env.GOVMARK_COMPARE_DIRS ?? '').split(',').filter(Boolean),
  rounds = Number(process.env.GOVMARK_COMPARE_ROUNDS) || ROUNDS,
): Promise<object> {
  if (dirs.length < 2)
    throw new Error('set GOVMARK_COMPARE_DIRS to two or more built extension folders, comma-separated');
  const builds = dirs.map((dir) => ({ dir: path.resolve(dir), id: unpackedExtensionId(dir) }));
  const session = await launchWithExtension({
    hostResolverRules: 'MAP nothing.invalid 127.0.0.1',
    extensionDir: builds.map((build) => build.dir).join(','),
  });
  try {
    for (const build of builds) await seedBuild(session, build.id);
    const runs = new Map<string, Phases[]>();
    for (let round = 0; round < rounds; round++) {
      for (const name of Object.keys(PAGES) as PageName[]) {
        // Alternate which build goes first: the second of two pages opened in a row may find
        // the renderer warmer.
        const order = round % 2 === 0 ? builds : [...builds].reverse();
        for (const build of order) {
          const key = `${name} ${build.dir}`;
          runs.set(key, [...(runs.get(key) ?? []), await openOnce(session, build.id, name)]);
        }
      }
    }
    const lines: { page: string; build: string; ms: number }[] = [];
    for (const name of Object.keys(PAGES) as PageName[]) {
      for (const build of builds) {
        const phases = runs.get(`${name} ${build.dir}`) ?? [];
        const pick = (key: keyof Phases) => median(phases.map((p) => p[key]));
        const line = {
          kind: 'compare',
          page: name,
          build: build.dir,
          annotations: ANNOTATIONS,
          tasks: TASKS,
          rounds,
          scriptsRunMs: pick('scriptsRun'),
          dbOpenMs: pick('dbOpen'),
          shellMs: pick('shell'),
          firstPaintMs: pick('firstPaint'),
          firstRowsMs: pick('firstRows'),
          firstRowsRunsMs: phases.map((p) => Math.round(p.firstRows)),
        };
        emit(line);
        lines.push({ page: name, build: build.dir, ms: line.firstRowsMs });
      }
    }
    // The bulk status change of 1,000 tasks, from each build's dashboard, builds in turn.
    const bulkPages = await Promise.all(
      builds.map(async (build) => {
        const page = await session.context.newPage();
        await page.goto(`chrome-extension://${build.id}/dashboard.html`);
        await page.waitForSelector(PAGES.dashboard);
        return page;
      }),
    );
    const bulkRuns = builds.map(() => [] as number[]);
    for (let round = 0; round < BULK_ROUNDS; round++) {
      for (const [index, page] of bulkPages.entries()) {
        bulkRuns[index].push(await timeBulkStatus(page, round % 2 === 0 ? 'done' : 'open'));
      }
    }
    for (const page of bulkPages) await page.close();
    for (const [index, build] of builds.entries()) {
      const line = { page: 'bulk-status', build: build.dir, ms: median(bulkRuns[index]) };
      emit({ kind: 'compare', ...line, tasks: BULK_TASKS, runsMs: bulkRuns[index].map(Math.round) });
      lines.push(line);
    }
    const ratios = lines.map((line) => {
      const base = lines.find((other) => other.page === line.page && other.build === builds[0].dir);
      return { ...line, ratioToFirst: base ? Math.round((line.ms / base.ms) * 100) / 100 : null };
    });
    return { kind: 'compare-summary', ratios };
  } finally {
    await session.close();
  }
}
