// `npm run screenshots:paint`: pictures of what GovMark paints, for the README, taken from the
// built extension (run `npm run build` first) in headless Chromium on the demo portal site: the
// legend in the side panel in Vietnamese and in English, and a finding card over an article
// with a highlight of the reader's and a tracked task beside it. Saved to docs/screenshots/.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { hostResolverRules, readManifest, startDemoServer } from './demo-server';
import { writeDemoSite } from './demo-site/generate';
import { launchWithExtension } from './lib/launch-extension';
import {
  clickToolbarButton,
  hoverFinding,
  pageState,
  pageUi,
  selectText,
  uiStatus,
  waitForPageState,
} from './lib/drive-page';

const OUT_DIR = path.resolve('docs/screenshots');

const WORDS = {
  'vi-VN': { track: 'Theo dõi nhiệm vụ', highlight: 'Tô sáng', suffix: 'vi' },
  'en-US': { track: 'Track as task', highlight: 'Highlight', suffix: 'en' },
} as const;

/** Selects a passage with the real mouse and presses a toolbar button, then waits for its confirmation. */
async function selectAndPress(page: Page, text: string, button: string): Promise<void> {
  await selectText(page, text);
  await clickToolbarButton(page, button);
  const until = Date.now() + 5_000;
  while ((await uiStatus(page)) === null && Date.now() < until) await page.waitForTimeout(100);
  await page.mouse.click(5, 5);
}

async function shoot(lang: keyof typeof WORDS, withCard: boolean): Promise<string[]> {
  const words = WORDS[lang];
  const article = readManifest().find((e) => e.goldId === 'own-001' && e.kind === 'article');
  if (!article) throw new Error('The demo site has no own-001 article.');
  const server = await startDemoServer({ port: 0 });
  const session = await launchWithExtension({
    hostResolverRules: hostResolverRules(server.port),
    headless: true,
    lang,
    viewport: { width: 1100, height: 800 },
  });
  const saved: string[] = [];
  try {
    // tsx compiles the in-page functions with esbuild's keepNames, whose `__name` helper pages lack.
    await session.context.addInitScript('globalThis.__name = (fn) => fn');
    const page = await session.context.newPage();
    await page.goto(server.url(article.host, article.path));
    await waitForPageState(page, (state) => state.ready, 30_000);
    const body = article.bodySelector ?? 'body';
    const paragraphs = await page.locator(`${body} p`).allInnerTexts();
    const words4 = (p: string) => p.split(/\s+/).slice(0, 9).join(' ');
    // A highlight of the reader's on the first paragraph and a tracked directive further down.
    await selectAndPress(page, words4(paragraphs[0]), words.highlight);
    // The second directive of the article's body (the headline may read as one too).
    const directives = (await pageState(page))?.findings.filter((f) => f.kind === 'directive') ?? [];
    const chosen = directives[1] ?? directives[0];
    const directive = chosen ? chosen.text.split(/\s+/).slice(0, 10).join(' ') : null;
    if (directive) await selectAndPress(page, directive, words.track);

    const panel = await session.context.newPage();
    await panel.setViewportSize({ width: 380, height: 760 });
    await panel.goto(`chrome-extension://${session.extensionId}/sidepanel.html`);
    await page.bringToFront();
    await panel.locator('.legend-item .legend-count').first().waitFor({ timeout: 15_000 });
    await panel.waitForFunction(() => document.querySelector('.legend-task')?.textContent?.match(/\d/), null, {
      timeout: 10_000,
    });
    const legendFile = path.join(OUT_DIR, `legend-${words.suffix}.png`);
    await panel.locator('.legend').screenshot({ path: legendFile });
    saved.push(legendFile);

    if (withCard) {
      await page.bringToFront();
      // From the side column at the figure's height, so no other card is open on the way.
      await page.keyboard.press('Escape');
      const figure = await hoverFinding(page, 'figure', /đồng|%/u);
      if (figure) {
        const until = Date.now() + 5_000;
        while ((await pageUi(page))?.view !== 'card' && Date.now() < until) await page.waitForTimeout(100);
        await page.evaluate(
          () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))),
        );
        // The card's action row is its lowest part: the picture holds the card and the text above it.
        const controls = (await pageUi(page))?.controls ?? [];
        const bottom = Math.max(...controls.map((c) => c.y + c.height), 400);
        const cardFile = path.join(OUT_DIR, `finding-card-${words.suffix}.png`);
        await page.screenshot({
          path: cardFile,
          clip: { x: 0, y: Math.max(0, bottom - 460), width: 1100, height: 500 },
        });
        saved.push(cardFile);
      }
    }
  } finally {
    await session.close();
    await server.close();
  }
  return saved;
}

async function main(): Promise<void> {
  writeDemoSite();
  mkdirSync(OUT_DIR, { recursive: true });
  const files = [...(await shoot('vi-VN', true)), ...(await shoot('en-US', true))];
  for (const file of files) console.log(`saved ${path.relative(process.cwd(), file)}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
