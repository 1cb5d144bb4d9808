// `npm run screenshots`: pictures of GovMark's own pages for the README, taken headless on the
// built extension with the demo portal site: the popup, the side panel beside an article, the
// in-page note editor, the options page, the library (dashboard) and the first-run page, in
// Vietnamese (and the options page in English too). Written to docs/screenshots/.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { hostResolverRules, readManifest, startDemoServer } from './demo-server';
import { writeDemoSite } from './demo-site/generate';
import {
  clickToolbarButton,
  noteEditorFrame,
  pageState,
  pageUi,
  selectText,
  uiStatus,
  waitForPageState,
} from './lib/drive-page';
import { launchWithExtension, type ExtensionSession } from './lib/launch-extension';

const OUT_DIR = path.resolve('docs/screenshots');

/** The project's own Tuyên Quang article (tests/fixtures/articles), so no ../shared is needed. */
function demoArticle(): { host: string; path: string } {
  const article = readManifest().find((entry) => entry.kind === 'article' && entry.goldId === 'own-001');
  if (!article) throw new Error('The demo site has no own-001 article.');
  return article;
}

async function main(): Promise<void> {
  writeDemoSite();
  mkdirSync(OUT_DIR, { recursive: true });
  const server = await startDemoServer({ port: 0 });
  const session = await launchWithExtension({
    hostResolverRules: hostResolverRules(server.port),
    lang: 'vi-VN',
    viewport: { width: 1280, height: 860 },
  });
  // tsx compiles the in-page functions with esbuild's keepNames, whose `__name` helper pages lack.
  await session.context.addInitScript('globalThis.__name = (fn) => fn');
  try {
    const url = (name: string) => `chrome-extension://${session.extensionId}/${name}.html`;
    const shots: string[] = [];
    const shoot = async (page: Page, name: string) => {
      const file = path.join(OUT_DIR, `${name}.png`);
      await page.screenshot({ path: file });
      shots.push(file);
    };

    // First run: the welcome tab the install opened.
    const welcome = await waitForPage(session, url('welcome'));
    await welcome.setViewportSize({ width: 900, height: 1000 });
    await welcome.waitForSelector('[data-ready]');
    await shoot(welcome, 'first-run');
    await welcome.close();

    const { host, path: articlePath } = demoArticle();
    const article = await session.context.newPage();
    await article.goto(server.url(host, articlePath));
    await waitForPageState(article, (state) => state.ready, 30_000);
    await trackFirstDirective(article);
    shots.push(await noteEditorShot(article));

    const popup = await session.context.newPage();
    await popup.setViewportSize({ width: 420, height: 640 });
    await popup.goto(url('popup'));
    // Reloaded behind the article, the popup reads the article's tab as the active one.
    await article.bringToFront();
    await popup.reload();
    await popup.waitForSelector('[data-ready] .task-item');
    await popup.waitForSelector('[data-page-article]');
    await shoot(popup, 'popup');
    await popup.close();

    // The side panel follows the reader's active tab: open it, then bring the article forward.
    const sidePanel = await session.context.newPage();
    await sidePanel.setViewportSize({ width: 400, height: 860 });
    await sidePanel.goto(url('sidepanel'));
    await article.bringToFront();
    await sidePanel.waitForSelector('.annotation-card', { timeout: 20_000 });
    await shoot(sidePanel, 'side-panel');
    await sidePanel.close();

    const dashboard = await session.context.newPage();
    await dashboard.goto(url('dashboard'));
    await dashboard.waitForSelector('.dashboard[data-ready] .lib-row');
    await dashboard.waitForSelector('.export-panel');
    await shoot(dashboard, 'dashboard');
    await dashboard.close();

    const options = await session.context.newPage();
    await options.setViewportSize({ width: 900, height: 1100 });
    await options.goto(url('options'));
    await options.waitForSelector('[data-ready] [data-shortcuts]');
    await shoot(options, 'options');
    await options.getByRole('radio', { name: 'English' }).check();
    await options.getByRole('heading', { name: 'GovMark · Options' }).waitFor();
    await shoot(options, 'options-en');
    await options.close();
    await article.close();
    console.log(shots.join('\n'));
  } finally {
    await session.close();
    await server.close();
  }
}

/**
 * The note editor beside a passage, with a note typed and a tag being completed from one the
 * reader used on another passage just before.
 */
async function noteEditorShot(page: Page): Promise<string> {
  const paragraphs = await page.locator('article p, main p, body p').allInnerTexts();
  const words = (text: string, from: number, count: number) =>
    text
      .split(/\s+/)
      .slice(from, from + count)
      .join(' ');
  const writeNote = async (quote: string, note: string, tags: string, save: boolean) => {
    await selectText(page, quote);
    await clickToolbarButton(page, 'Ghi chú');
    const editor = await noteEditorFrame(page);
    await editor.locator('textarea').click();
    await page.keyboard.type(note);
    await editor.locator('#tags').click();
    await page.keyboard.type(tags);
    if (!save) return;
    await editor.getByRole('button', { name: 'Lưu', exact: true }).click();
    const until = Date.now() + 5_000;
    while ((await uiStatus(page)) !== 'Đã lưu ghi chú' && Date.now() < until) await page.waitForTimeout(100);
  };
  const long = paragraphs.filter((p) => p.split(/\s+/).length > 24);
  await writeNote(words(long[0], 0, 8), 'Đối chiếu với báo cáo tháng trước.', 'đầu tư công', true);
  await writeNote(words(long[1] ?? long[0], 2, 10), 'Hỏi lại sở về tiến độ giải ngân.', 'đầu', false);
  const editor = (await pageUi(page))?.editor;
  if (!editor) throw new Error('The note editor did not open.');
  const file = path.join(OUT_DIR, 'note-editor.png');
  await page.waitForTimeout(300);
  await page.screenshot({
    path: file,
    clip: { x: 0, y: Math.max(0, editor.y - 220), width: 1280, height: Math.min(860, editor.height + 300) },
  });
  await page.keyboard.press('Escape');
  return file;
}

async function waitForPage(session: ExtensionSession, url: string): Promise<Page> {
  const open = session.context.pages().find((page) => page.url() === url);
  return open ?? session.context.waitForEvent('page', { predicate: (page) => page.url() === url, timeout: 10_000 });
}

/** Tracks a painted directive as a task with the real mouse, so the lists have something to show. */
async function trackFirstDirective(page: Page): Promise<void> {
  // A directive with a dated deadline, so the lists show how a deadline reads.
  const directives = (await pageState(page))?.findings.filter((f) => f.kind === 'directive') ?? [];
  const directive = directives.find((d) => /\d{1,2}\/\d{1,2}\/\d{4}/.test(d.text)) ?? directives[0];
  if (!directive) throw new Error('The demo article has no painted directive to track.');
  await selectText(page, directive.text.split(/\s+/).slice(0, 8).join(' '));
  await clickToolbarButton(page, 'Theo dõi nhiệm vụ');
  const deadline = Date.now() + 5_000;
  while ((await uiStatus(page)) === null && Date.now() < deadline) await page.waitForTimeout(100);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
