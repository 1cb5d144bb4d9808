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

const OUT_DIR = path.resolve('docs/screenshots');

const WORDS = {
  'vi-VN': { track: 'Theo dõi nhiệm vụ', highlight: 'Tô sáng', suffix: 'vi' },
  'en-US': { track: 'Track as task', highlight: 'Highlight', suffix: 'en' },
} as const;

async function selectAndPress(page: Page, text: string, button: string): Promise<void> {
  const box = await page.evaluate((text) => {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const i = (n.nodeValue ?? '').indexOf(text);
      if (i < 0) continue;
      const range = document.createRange();
      range.setStart(n, i);
      range.setEnd(n, i + text.length);
      (n.parentElement as Element).scrollIntoView({ block: 'center' });
      const rects = range.getClientRects();
      const first = rects[0];
      const last = rects[rects.length - 1];
      return {
        x0: first.left + 1,
        y0: first.top + first.height / 2,
        x1: last.right - 1,
        y1: last.top + last.height / 2,
      };
    }
    return null;
  }, text);
  if (!box) throw new Error(`not on the page: ${text}`);
  // A real drag, as a reader selects.
  await page.mouse.move(box.x0, box.y0);
  await page.mouse.down();
  await page.mouse.move(box.x1, box.y1, { steps: 8 });
  await page.mouse.up();
  await page.getByRole('button', { name: button, exact: true }).click();
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
    const page = await session.context.newPage();
    await page.goto(server.url(article.host, article.path));
    await page.waitForFunction(() => document.documentElement.hasAttribute('data-govmark'), null, { timeout: 30_000 });
    const body = article.bodySelector ?? 'body';
    const paragraphs = await page.locator(`${body} p`).allInnerTexts();
    const words4 = (p: string) => p.split(/\s+/).slice(0, 9).join(' ');
    // A highlight of the reader's on the first paragraph and a tracked directive further down.
    await selectAndPress(page, words4(paragraphs[0]), words.highlight);
    // The second directive of the article's body (the headline may read as one too).
    const directive = await page.evaluate((body) => {
      const ranges = ['govmark-directive', 'govmark-directive-alt']
        .flatMap((name) => [...((CSS.highlights.get(name) ?? []) as unknown as Iterable<Range>)])
        .filter((r) => !!r.startContainer.parentElement?.closest(body));
      const range = ranges[1] ?? ranges[0];
      return range ? range.toString().split(/\s+/).slice(0, 10).join(' ') : null;
    }, body);
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
      const point = await page.evaluate(() => {
        const ranges = [...((CSS.highlights.get('govmark-figure') ?? []) as unknown as Iterable<Range>)];
        const range = ranges.find((r) => /đồng|%/.test(r.toString())) ?? ranges[0];
        if (!range) return null;
        range.startContainer.parentElement?.scrollIntoView({ block: 'center' });
        const r = range.getClientRects()[0];
        return { x: r.left + Math.min(8, r.width / 2), y: r.top + r.height / 2 };
      });
      if (point) {
        // From the side column at the figure's height, so no other card is open on the way.
        await page.mouse.move(1090, point.y);
        await page.keyboard.press('Escape');
        await page.mouse.move(point.x, point.y);
        await page.getByRole('dialog', { name: /Số liệu|Figure/ }).waitFor({ timeout: 5_000 });
        await page.evaluate(
          () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))),
        );
        const cardFile = path.join(OUT_DIR, `finding-card-${words.suffix}.png`);
        await page.screenshot({
          path: cardFile,
          clip: { x: 0, y: Math.max(0, point.y - 260), width: 1100, height: 560 },
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
