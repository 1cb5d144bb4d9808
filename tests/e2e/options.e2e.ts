// The options page and the first-run page in Chromium with the built extension: the language
// chosen there reaches every extension page and the in-page toolbar, the painted kinds reach
// the article's paint, in Vietnamese and in English; shortcuts are the manifest's; wiping asks.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import {
  clickToolbarButton,
  hoverFinding,
  pageUi,
  readHighlights,
  selectText,
  sendFromExtensionPage,
  startHarness,
  uiStatus,
  type Harness,
} from './harness';

// One of the project's own articles (tests/fixtures/articles), so the suite runs without ../shared.
const KHANHHOA = {
  host: 'khanhhoa.gov.vn',
  path: '/Pages/chi-dao-dieu-hanh/khac-phuc-ton-tai-chong-khai-thac-iuu.aspx',
  directive: 'rà soát, xử lý dứt điểm các tàu cá mất kết nối, hoàn thành trước ngày 31/10/2024',
};

let harness: Harness;

beforeAll(async () => {
  harness = await startHarness({ lang: 'en-US' });
});

afterAll(async () => {
  await harness?.shutdown();
});

const paintedCount = async (page: Page, kind: string) => (await readHighlights(page))[`govmark-${kind}`]?.length ?? 0;

describe('first-run page', () => {
  it('opens once on install and shows how to highlight, note and track on a demo article', async () => {
    const welcomeUrl = `chrome-extension://${harness.extensionId}/welcome.html`;
    await expect
      .poll(() => harness.context.pages().some((page) => page.url() === welcomeUrl), { timeout: 10_000 })
      .toBe(true);
    const welcome = harness.context.pages().find((page) => page.url() === welcomeUrl)!;
    await welcome.waitForSelector('[data-ready]');
    const text = await welcome.locator('main').textContent();
    expect(text).toContain('Highlight');
    expect(text).toContain('Track as task');
    expect(await welcome.locator('.demo-article .demo-directive').count()).toBe(1);
    await welcome.close();
  });
});

describe('popup', () => {
  it('opens the side panel beside the reader’s tab', async () => {
    const article = await harness.openArticle(KHANHHOA.host, KHANHHOA.path);
    const popup = await harness.openExtensionPage('popup');
    await popup.waitForSelector('[data-ready]');
    const cdp = await harness.context.newCDPSession(article);
    const sidePanelTargets = async () => {
      const { targetInfos } = (await cdp.send('Target.getTargets')) as { targetInfos: { url: string }[] };
      return targetInfos.filter((target) => target.url.endsWith('/sidepanel.html')).length;
    };
    expect(await sidePanelTargets()).toBe(0);
    await popup.getByRole('button', { name: 'Open side panel' }).click();
    // Playwright does not list the browser's side panel as a page; the DevTools protocol does.
    await expect.poll(sidePanelTargets).toBe(1);
    // The popup closes once the browser opened the panel.
    await expect.poll(() => popup.isClosed()).toBe(true);
    await cdp.detach();
    await article.close();
  });
});

describe('options page', () => {
  it('shows the manifest’s shortcuts and a way to change them', async () => {
    const options = await harness.openExtensionPage('options');
    await options.waitForSelector('[data-ready] [data-shortcuts]');
    expect(await options.locator('[data-shortcuts]').textContent()).toContain('Alt+Shift+H');
    expect(await options.getByRole('link', { name: 'Change shortcuts in the browser' }).getAttribute('href')).toBe(
      'chrome://extensions/shortcuts',
    );
    await options.close();
  });

  it('changes the language of every page and of the in-page toolbar, and the painted kinds, in vi and en', async () => {
    const options = await harness.openExtensionPage('options');
    await options.waitForSelector('[data-ready]');
    const popup = await harness.openExtensionPage('popup');
    await popup.waitForSelector('[data-ready]');
    expect(await popup.getByRole('link', { name: 'Open library' }).count()).toBe(1);

    await options.getByRole('radio', { name: 'Tiếng Việt' }).check();
    // The open pages follow at once, the options page included.
    await options.getByRole('heading', { name: 'GovMark · Tùy chọn' }).waitFor();
    await popup.getByRole('link', { name: 'Mở thư viện' }).waitFor();
    expect(await options.getAttribute('html', 'lang')).toBe('vi');

    // The in-page toolbar of an article opened afterwards speaks Vietnamese too.
    const article = await harness.openArticle(KHANHHOA.host, KHANHHOA.path);
    await selectText(article, KHANHHOA.directive);
    await expect
      .poll(async () => (await pageUi(article))?.controls.map((control) => control.label))
      .toContain('Tô sáng');
    expect(await paintedCount(article, 'figure')).toBeGreaterThan(0);

    // Painted kinds, in Vietnamese: figures off.
    await options.getByRole('checkbox', { name: 'Số liệu' }).uncheck();
    await expect.poll(() => paintedCount(article, 'figure')).toBe(0);
    expect(await paintedCount(article, 'directive')).toBeGreaterThan(0);

    // Back to English (following the browser): plain dates on, figures back on.
    await options.getByRole('radio', { name: 'Theo trình duyệt' }).check();
    await options.getByRole('heading', { name: 'GovMark · Options' }).waitFor();
    await options.getByRole('checkbox', { name: 'Date', exact: true }).check();
    await options.getByRole('checkbox', { name: 'Figure' }).check();
    await expect.poll(() => paintedCount(article, 'date')).toBeGreaterThan(0);
    await expect.poll(() => paintedCount(article, 'figure')).toBeGreaterThan(0);
    await popup.getByRole('link', { name: 'Open library' }).waitFor();
    await article.close();
    await popup.close();
    await options.close();
  });

  it('changes the language of an open article’s toolbar and cards without a reload', async () => {
    const article = await harness.openArticle(KHANHHOA.host, KHANHHOA.path);
    // Left on the page's window: gone if the page were reloaded.
    await article.evaluate(() => Object.assign(window, { notReloaded: true }));
    expect(await hoverFinding(article, 'figure')).not.toBeNull();
    await expect.poll(async () => (await pageUi(article))?.text, { timeout: 5_000 }).toMatch(/^Figure.*Why:/);

    const options = await harness.openExtensionPage('options');
    await options.waitForSelector('[data-ready]');
    await options.getByRole('radio', { name: 'Tiếng Việt' }).check();
    await options.getByRole('heading', { name: 'GovMark · Tùy chọn' }).waitFor();
    await article.bringToFront();
    await article.keyboard.press('Escape');
    expect(await hoverFinding(article, 'figure')).not.toBeNull();
    await expect.poll(async () => (await pageUi(article))?.text, { timeout: 5_000 }).toMatch(/^Số liệu.*Vì sao:/);
    await article.keyboard.press('Escape');
    await selectText(article, KHANHHOA.directive);
    await expect
      .poll(async () => (await pageUi(article))?.controls.map((control) => control.label))
      .toEqual(expect.arrayContaining(['Tô sáng', 'Ghi chú', 'Theo dõi nhiệm vụ']));
    await clickToolbarButton(article, 'Tô sáng');
    await expect.poll(() => uiStatus(article)).toBe('Đã tô sáng');
    expect(await article.evaluate(() => (window as unknown as { notReloaded?: boolean }).notReloaded)).toBe(true);

    await options.getByRole('radio', { name: 'Theo trình duyệt' }).check();
    await options.getByRole('heading', { name: 'GovMark · Options' }).waitFor();
    await article.bringToFront();
    await selectText(article, 'tàu cá mất kết nối');
    await expect.poll(async () => (await pageUi(article))?.controls.map((c) => c.label)).toContain('Highlight');
    await options.close();
    await article.close();
  });

  it('switches a site off, and says why a site cannot be switched on', async () => {
    const options = await harness.openExtensionPage('options');
    await options.waitForSelector('[data-ready]');
    expect(
      await sendFromExtensionPage(options, { type: 'settings/set', payload: { alwaysOnSites: ['tinmoi.example'] } }),
    ).toMatchObject({ ok: true });
    const sites = options.getByRole('list', { name: 'Sites you switched on' });
    await expect.poll(() => sites.textContent()).toContain('tinmoi.example');
    await sites.getByRole('button', { name: 'Switch off' }).click();
    await options.getByText(/You have not switched on any other site/).waitFor();
    const stored = (await sendFromExtensionPage(options, { type: 'settings/get', payload: {} })) as {
      data: { alwaysOnSites: string[] };
    };
    expect(stored.data.alwaysOnSites).toEqual([]);

    const field = options.getByRole('textbox', { name: 'Site to switch on' });
    await field.fill('không phải địa chỉ');
    await options.getByRole('button', { name: 'Switch on' }).click();
    await expect.poll(() => options.getByRole('alert').textContent()).toMatch(/not a site name/);
    // Headless Chromium answers the browser's permission prompt with no: nothing is switched on.
    await field.fill('https://tinmoi.example/bai-viet');
    await options.getByRole('button', { name: 'Switch on' }).click();
    await expect.poll(() => options.getByRole('alert').textContent()).toBe('Permission for this site was not granted.');
    await options.getByText(/You have not switched on any other site/).waitFor();
    await options.close();
  });

  it('wipes the data only after a confirmation that says how much goes', async () => {
    const article = await harness.openArticle(KHANHHOA.host, KHANHHOA.path);
    await selectText(article, KHANHHOA.directive);
    await clickToolbarButton(article, 'Track as task');
    await expect.poll(() => uiStatus(article)).toBe('Task tracked');
    await article.close();

    const options = await harness.openExtensionPage('options');
    await options.waitForSelector('[data-ready]');
    await options.getByRole('button', { name: 'Delete all GovMark data' }).click();
    const dialog = options.getByRole('alertdialog');
    await expect.poll(() => dialog.textContent()).toMatch(/1 annotation · 1 task/);
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    const count = (store: string) =>
      options.evaluate(
        (name) =>
          new Promise<number>((resolve) => {
            const open = indexedDB.open('govmark');
            open.onsuccess = () => {
              const request = open.result.transaction(name).objectStore(name).count();
              request.onsuccess = () => {
                open.result.close();
                resolve(request.result);
              };
            };
          }),
        store,
      );
    expect(await count('tasks')).toBe(1);
    await options.getByRole('button', { name: 'Delete all GovMark data' }).click();
    await options.getByRole('alertdialog').getByRole('button', { name: 'Delete everything' }).click();
    await options.locator('[data-data-message="ok"]').waitFor();
    expect(await count('tasks')).toBe(0);
    expect(await count('annotations')).toBe(0);
    expect(await count('articles')).toBe(0);
    await options.close();
  });
});
