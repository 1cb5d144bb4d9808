// Storage speaks to pages (issue 11.3): a write made anywhere else (the dashboard, the side
// panel, an undo, an import) reaches the open tab of its article, which repaints without a reload.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { clickToolbarButton, pageState, selectText, startHarness, type Harness } from './harness';
import { readAnnotations } from './task-helpers';

// One of the project's own articles (tests/fixtures/articles), so the suite runs without ../shared.
const TUYENQUANG = {
  host: 'tuyenquang.gov.vn',
  path: '/Pages/chi-dao-dieu-hanh/chu-tich-ubnd-tinh-chi-dao-khac-phuc-hau-qua-mua-lu-tai-cac-xa-vung-cao.aspx',
  passage: 'đề xuất mức hỗ trợ cho các hộ dân',
};

let harness: Harness;

beforeAll(async () => {
  harness = await startHarness({ lang: 'en-US' });
});

afterAll(async () => {
  await harness?.shutdown();
});

/** The texts painted in the reader's highlight colours, by colour. */
async function userPaint(page: Page): Promise<Record<string, string[]>> {
  // The reader's marks are drawn where the page cannot read them; ask the extension what it placed.
  const state = await pageState(page);
  const painted: Record<string, string[]> = {};
  for (const a of state?.annotations ?? []) {
    if (!a.anchored) continue;
    const name = `govmark-user-${a.color}`;
    painted[name] = [...(painted[name] ?? []), a.quote];
  }
  return painted;
}

describe('an open article follows writes made elsewhere', () => {
  it('repaints after a delete in the dashboard, its undo, a recolour in the side panel and an import', async () => {
    const article = await harness.openArticle(TUYENQUANG.host, TUYENQUANG.path);
    await selectText(article, TUYENQUANG.passage);
    await clickToolbarButton(article, 'Highlight');
    await expect.poll(() => userPaint(article)).toEqual({ 'govmark-user-yellow': [TUYENQUANG.passage] });

    const dashboard = await harness.openExtensionPage('dashboard');
    await dashboard.waitForSelector('[data-ready]');
    const [saved] = await readAnnotations(dashboard);
    const row = dashboard.locator(`[data-annotation-id="${saved.id}"]`);
    await row.getByRole('checkbox').check();
    await dashboard.getByRole('button', { name: /Delete selected/ }).click();
    // Deleted in the dashboard: the paint leaves the open tab, which is not reloaded.
    await expect.poll(() => userPaint(article), { timeout: 5_000 }).toEqual({});

    await dashboard.getByRole('button', { name: 'Undo' }).click();
    await expect
      .poll(() => userPaint(article), { timeout: 5_000 })
      .toEqual({
        'govmark-user-yellow': [TUYENQUANG.passage],
      });

    // Recoloured in the side panel beside the article.
    const sidePanel = await harness.openExtensionPage('sidepanel');
    await article.bringToFront();
    const card = sidePanel.locator('.annotation-card').filter({ hasText: TUYENQUANG.passage });
    await card.waitFor({ timeout: 20_000 });
    await card.getByRole('button', { name: 'Green' }).click();
    await expect
      .poll(() => userPaint(article), { timeout: 5_000 })
      .toEqual({
        'govmark-user-green': [TUYENQUANG.passage],
      });

    // Imported from a backup: the file's newer copy (pink) is what the tab paints.
    const [download] = await Promise.all([
      dashboard.waitForEvent('download'),
      dashboard.getByRole('button', { name: 'Backup (JSON)' }).click(),
    ]);
    const backup = JSON.parse(await (await import('node:fs/promises')).readFile(await download.path(), 'utf8'));
    const item = backup.items.find(
      (entry: { govmark: { quote: string } }) => entry.govmark.quote === TUYENQUANG.passage,
    );
    item.govmark.color = 'pink';
    item.modified = new Date(Date.parse(item.modified) + 1_000).toISOString();
    await dashboard.getByLabel('Import a backup file').setInputFiles({
      name: 'backup.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(backup)),
    });
    await expect.poll(() => dashboard.locator('[data-export-message="ok"]').textContent()).toMatch(/1 updated/);
    await expect
      .poll(() => userPaint(article), { timeout: 5_000 })
      .toEqual({
        'govmark-user-pink': [TUYENQUANG.passage],
      });
    await sidePanel.close();
    await dashboard.close();
    await article.close();
  });

  it('refuses the second of two tabs saving one note from the same copy, keeping the first', async () => {
    const article = await harness.openArticle(TUYENQUANG.host, TUYENQUANG.path);
    const first = await harness.openExtensionPage('sidepanel');
    const second = await harness.openExtensionPage('sidepanel');
    await article.bringToFront();
    const cardIn = (panel: Page) => panel.locator('.annotation-card').filter({ hasText: TUYENQUANG.passage });
    await cardIn(first).waitFor({ timeout: 20_000 });
    await cardIn(second).waitFor({ timeout: 20_000 });
    // Both tabs begin from the same stored note; each types its own.
    await cardIn(first).getByLabel('Note').fill('Ghi chú từ thẻ thứ nhất');
    await cardIn(second).getByLabel('Note').fill('Ghi chú từ thẻ thứ hai');
    await cardIn(first).getByRole('button', { name: 'Save' }).click();
    await expect
      .poll(async () => (await readAnnotations(first)).find((a) => a.quote === TUYENQUANG.passage)?.note)
      .toBe('Ghi chú từ thẻ thứ nhất');
    await cardIn(second).getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => second.getByRole('alert').first().textContent()).toMatch(/changed elsewhere/);
    // The second tab's text is still in its box, the first tab's note beside it, nothing lost.
    expect(await cardIn(second).getByLabel('Note').inputValue()).toBe('Ghi chú từ thẻ thứ hai');
    expect(await cardIn(second).locator('[data-stale-note]').textContent()).toContain('Ghi chú từ thẻ thứ nhất');
    expect((await readAnnotations(second)).find((a) => a.quote === TUYENQUANG.passage)?.note).toBe(
      'Ghi chú từ thẻ thứ nhất',
    );
    await first.close();
    await second.close();
    await article.close();
  });
});
