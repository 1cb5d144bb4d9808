// Probe (not a bench): where one popup/dashboard open spends its time (resource timings of each
// script chunk, the page's phases), and a CPU profile of the service worker during a bulk status
// change. GOVMARK_EXTENSION_DIR picks the build; GOVMARK_PROBE_OUT where the profiles go.
import { writeFileSync } from 'node:fs';
import { launchWithExtension } from '../lib/launch-extension';
import { seedLibraryInPage } from './library-seed';
import { timeBulkStatus } from './library';

const dir = process.env.GOVMARK_EXTENSION_DIR;
const out = process.env.GOVMARK_PROBE_OUT ?? '/tmp';
const session = await launchWithExtension({
  hostResolverRules: 'MAP nothing.invalid 127.0.0.1',
  ...(dir ? { extensionDir: dir } : {}),
});
try {
  const setup = await session.context.newPage();
  await setup.goto(`chrome-extension://${session.extensionId}/dashboard.html`);
  await setup.waitForSelector('[data-ready]');
  await setup.evaluate('globalThis.__name = (fn) => fn');
  await setup.evaluate(seedLibraryInPage, { articles: 400, annotations: 10_000, tasks: 10_000 });
  await setup.close();
  for (const [name, selector] of [
    ['popup', '[data-ready] .task-item'],
    ['dashboard', '.lib-row'],
  ] as const) {
    for (let run = 0; run < 5; run++) {
      const page = await session.context.newPage();
      await page.addInitScript('globalThis.__name = (fn) => fn');
      await page.addInitScript((sel: string) => {
        const stamps: Record<string, number> = {};
        (globalThis as { __s?: object }).__s = stamps;
        const open = indexedDB.open.bind(indexedDB);
        indexedDB.open = (...args: Parameters<IDBFactory['open']>) => {
          stamps.dbOpenCall ??= performance.now();
          const request = open(...args);
          request.addEventListener('success', () => {
            stamps.dbOpen ??= performance.now();
          });
          return request;
        };
        document.addEventListener('DOMContentLoaded', () => {
          stamps.dcl = performance.now();
        });
        const observer = new MutationObserver(() => {
          if (stamps.shell === undefined && document.querySelector('#app > *')) stamps.shell = performance.now();
          if (stamps.rows === undefined && document.querySelector(sel)) {
            stamps.rows = performance.now();
            observer.disconnect();
          }
        });
        observer.observe(document, { childList: true, subtree: true, attributes: true });
      }, selector);
      await page.goto(`chrome-extension://${session.extensionId}/${name}.html`);
      await page.waitForSelector(selector);
      await page.waitForTimeout(300);
      const info = await page.evaluate(() => {
        const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
        return {
          stamps: (globalThis as { __s?: object }).__s,
          nav: { responseEnd: Math.round(nav.responseEnd), domInteractive: Math.round(nav.domInteractive) },
          res: performance
            .getEntriesByType('resource')
            .map(
              (r) =>
                `${r.name.split('/').pop()} ${Math.round(r.startTime)}-${Math.round((r as PerformanceResourceTiming).responseEnd)}`,
            ),
          paint: performance.getEntriesByType('paint').map((p) => `${p.name} ${Math.round(p.startTime)}`),
        };
      });
      console.log(name, run, JSON.stringify(info));
      await page.close();
    }
  }
  // The service worker's CPU during bulk status changes.
  const page = await session.context.newPage();
  await page.goto(`chrome-extension://${session.extensionId}/dashboard.html`);
  await page.waitForSelector('.lib-row');
  const cdp = await session.context.newCDPSession(page);
  const { targetInfos } = (await cdp.send('Target.getTargets')) as {
    targetInfos: { targetId: string; type: string; url: string }[];
  };
  const times: number[] = [];
  for (let run = 0; run < 4; run++) times.push(Math.round(await timeBulkStatus(page, run % 2 === 0 ? 'done' : 'open')));
  console.log('bulk', times);
  // Playwright gives no CDP session for a service worker: the page's session relays to it.
  const sw = targetInfos.find((target) => target.type === 'service_worker');
  if (sw) {
    const { sessionId } = (await cdp.send('Target.attachToTarget', { targetId: sw.targetId, flatten: false })) as {
      sessionId: string;
    };
    let nextId = 1;
    const pending = new Map<number, (result: unknown) => void>();
    cdp.on('Target.receivedMessageFromTarget', (event: { message: string }) => {
      const message = JSON.parse(event.message) as { id?: number; result?: unknown; error?: unknown };
      if (message.id !== undefined) pending.get(message.id)?.(message.result ?? message.error);
    });
    const send = (method: string, params: object = {}) =>
      new Promise<{ profile?: object }>((resolve) => {
        const id = nextId++;
        pending.set(id, resolve as (result: unknown) => void);
        void cdp.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id, method, params }) });
      });
    await send('Profiler.enable');
    await send('Profiler.setSamplingInterval', { interval: 250 });
    await send('Profiler.start');
    const profiled: number[] = [];
    for (let run = 0; run < 4; run++) {
      profiled.push(Math.round(await timeBulkStatus(page, run % 2 === 0 ? 'done' : 'open')));
      await page.waitForTimeout(1_500);
    }
    const { profile } = await send('Profiler.stop');
    writeFileSync(`${out}/sw-bulk.cpuprofile`, JSON.stringify(profile));
    console.log('bulk profiled (1.5 s apart)', profiled, `profile in ${out}/sw-bulk.cpuprofile`);
  }
} finally {
  await session.close();
}
