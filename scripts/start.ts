// `npm start`: the built extension in Chromium on the demo portal site. With a display the
// browser opens for the reader; without one (a server) it runs headless, saves screenshots of
// the highlighted article and of the popup, and prints where they are.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { startDemoServer, hostResolverRules, readManifest } from './demo-server';
import { writeDemoSite } from './demo-site/generate';
import { launchWithExtension } from './lib/launch-extension';
import { BrowserNotFoundError } from './lib/find-browser';
import { clickToolbarButton, pageState, pageUi, selectText, uiStatus, waitForPageState } from './lib/drive-page';

/** The Thanh Hóa seed article when ../shared has the seeds, else one of the project's own. */
function demoArticle(): { host: string; path: string } {
  const articles = readManifest().filter((e) => e.kind === 'article');
  const chosen = articles.find((e) => e.goldId === '002') ?? articles.find((e) => e.goldId === 'own-001');
  if (!chosen) throw new Error('The demo site has no article to open.');
  return chosen;
}
const SCREENSHOT_DIR = path.resolve('screenshots');

function hasDisplay(): boolean {
  if (process.platform !== 'linux') return true;
  return Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
}

async function main(): Promise<void> {
  for (const note of writeDemoSite().notes) console.log(note);
  const article = demoArticle();
  const server = await startDemoServer({ port: Number(process.env.PORT ?? 8765) });
  const headless = !hasDisplay();
  const session = await launchWithExtension({
    hostResolverRules: hostResolverRules(server.port),
    headless,
    viewport: headless ? { width: 1280, height: 1000 } : null,
  });
  const articleUrl = server.url(article.host, article.path);
  const page = await session.context.newPage();
  await page.goto(articleUrl);
  await waitForPageState(page, (state) => state.ready, 30_000);

  if (!headless) {
    console.log(`GovMark is loaded. Demo article: ${articleUrl}`);
    console.log(`All demo pages: ${server.url('localhost', '/')}`);
    console.log('Close the browser window to stop.');
    await new Promise<void>((resolve) => session.context.on('close', () => resolve()));
    await server.close();
    return;
  }

  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  // One picture at the headline (what a reader sees first) and one of the whole page.
  const articleShot = path.join(SCREENSHOT_DIR, 'article.png');
  const fullShot = path.join(SCREENSHOT_DIR, 'article-full-page.png');
  await page.screenshot({ path: fullShot, fullPage: true });
  await page
    .locator('h1')
    .first()
    .evaluate((h1) => h1.scrollIntoView({ block: 'start' }));
  await page.screenshot({ path: articleShot });
  const cardShot = path.join(SCREENSHOT_DIR, 'finding-card.png');
  await showFindingCard(page);
  await page.screenshot({ path: cardShot });
  await trackFirstDirective(page);
  const popup = await session.context.newPage();
  await popup.setViewportSize({ width: 420, height: 600 });
  await popup.goto(`chrome-extension://${session.extensionId}/popup.html`);
  await popup.waitForSelector('[data-ready]', { timeout: 10_000 });
  const popupShot = path.join(SCREENSHOT_DIR, 'popup.png');
  await popup.screenshot({ path: popupShot });
  await session.close();
  await server.close();
  console.log('No display found: ran Chromium headless with GovMark on the demo article.');
  console.log(`Article with highlights: ${articleShot}`);
  console.log(`Whole page:              ${fullShot}`);
  console.log(`Finding card:            ${cardShot}`);
  console.log(`Popup:                   ${popupShot}`);
}

/** Hovers the first painted money figure so the card shows what GovMark read. */
async function showFindingCard(page: Page): Promise<void> {
  const point = await page.evaluate(() => {
    const ranges = [...((CSS.highlights.get('govmark-figure') ?? []) as unknown as Iterable<Range>)];
    const range = ranges.find((r) => /đồng/.test(r.toString())) ?? ranges[0];
    if (!range) return null;
    range.startContainer.parentElement?.scrollIntoView({ block: 'center' });
    const rect = range.getClientRects()[0];
    return { x: rect.left + 4, y: rect.top + rect.height / 2 };
  });
  if (!point) return;
  await page.mouse.move(point.x, point.y);
  const deadline = Date.now() + 5_000;
  while ((await pageUi(page))?.view !== 'card' && Date.now() < deadline) await page.waitForTimeout(100);
}

/** Tracks the first painted directive as a task, so the popup has something to list. */
async function trackFirstDirective(page: Page): Promise<void> {
  await page.mouse.move(0, 0);
  // The first directive's opening words, selected with the mouse as a reader would.
  const directive = (await pageState(page))?.findings.find((f) => f.kind === 'directive');
  if (!directive) return;
  try {
    await selectText(page, directive.text.split(/\s+/).slice(0, 8).join(' '));
  } catch {
    return; // the words span several text nodes: nothing to show then
  }
  await clickToolbarButton(page, 'Track as task');
  const deadline = Date.now() + 5_000;
  while ((await uiStatus(page)) === null && Date.now() < deadline) await page.waitForTimeout(100);
}

main().catch((error: unknown) => {
  if (error instanceof BrowserNotFoundError) console.error(error.message);
  else console.error(error);
  process.exitCode = 1;
});
