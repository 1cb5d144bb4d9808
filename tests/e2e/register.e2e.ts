// The register of documents in Chromium: two demo articles of one portal cite the same national
// resolution; after visiting both, the document's card says it is cited in 2 of the reader's
// articles and the dashboard's Documents view lists it with both; a task tracked from the first
// article gets the second as a suggested follow-up, which the reader confirms in its timeline.
import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import Papa from 'papaparse';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildRegisterPage, REGISTER_PAGE_PATHS, type RegisterPageId } from '../../scripts/demo-site/register-pages';
import { NINHTHUAN } from '../../scripts/demo-site/sites';
import { clickToolbarButton, pageUi, startHarness, uiStatus, type Harness } from './harness';

let h: Harness;

/** GOVMARK_SCREENSHOTS=1 saves the README's pictures of the Documents view and a task's timeline. */
const SCREENSHOTS = process.env.GOVMARK_SCREENSHOTS
  ? path.resolve(import.meta.dirname, '../../docs/screenshots')
  : null;

async function screenshot(page: Page, name: string): Promise<void> {
  if (!SCREENSHOTS) return;
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: path.join(SCREENSHOTS, name) });
}

async function openRegisterPage(id: RegisterPageId): Promise<Page> {
  return h.openArticle(NINHTHUAN.host, REGISTER_PAGE_PATHS[id]);
}

/**
 * Moves the pointer onto the painted finding of `kind` whose text matches and waits for its card
 * (read through the `page/ui` tab message: the card is in a closed shadow root). Directives are
 * painted in two alternating highlights.
 */
async function hoverFinding(page: Page, kind: string, pattern: string): Promise<void> {
  const point = await page.evaluate(
    ({ kind, pattern }) => {
      const ranges = [`govmark-${kind}`, `govmark-${kind}-alt`].flatMap((name) => [
        ...((CSS.highlights.get(name) ?? []) as Iterable<Range>),
      ]);
      const range = ranges.find((r) => new RegExp(pattern).test(r.toString()));
      if (!range) return null;
      range.startContainer.parentElement!.scrollIntoView({ block: 'center' });
      const rect = range.getClientRects()[0];
      return { x: rect.left + Math.min(rect.width / 2, 12), y: rect.top + rect.height / 2 };
    },
    { kind, pattern },
  );
  if (!point) throw new Error(`no painted ${kind} matching ${pattern}`);
  await page.mouse.move(point.x, point.y);
  await expect.poll(async () => (await pageUi(page))?.view, { timeout: 10_000 }).toBe('card');
}

/** The open card's text once its "cited in" section has its answer. */
async function citedInText(page: Page, count: number): Promise<string> {
  const expected = count === 0 ? 'Chưa có trong sổ văn bản của bạn' : `Được trích trong ${count} bài của bạn`;
  await expect.poll(async () => (await pageUi(page))?.text ?? '', { timeout: 10_000 }).toContain(expected);
  return (await pageUi(page))!.text;
}

describe('the register of documents (Chromium)', () => {
  beforeAll(async () => {
    h = await startHarness({ lang: 'vi-VN' });
    for (const id of ['register-001', 'register-002'] as const) {
      const built = buildRegisterPage(id);
      h.server.setOverride(NINHTHUAN.host, REGISTER_PAGE_PATHS[id], built.html);
    }
  });
  afterAll(async () => {
    await h?.shutdown();
  });

  it('tracks two tasks in the first article and counts the first citation', async () => {
    const page = await openRegisterPage('register-001');
    // The department of transport's clearance (followed up in the second article by the same
    // body on the same matter) and the planning department's summary citing the resolution.
    for (const words of ['giải phóng mặt bằng', 'tổng hợp kiến nghị']) {
      await hoverFinding(page, 'directive', words);
      await clickToolbarButton(page, 'Theo dõi nhiệm vụ');
      await expect.poll(() => uiStatus(page), { timeout: 10_000 }).not.toBeNull();
      await page.mouse.move(1, 1);
      await expect.poll(async () => (await pageUi(page))?.view).toBe('none');
      await expect.poll(() => uiStatus(page), { timeout: 10_000 }).toBeNull();
    }
    await hoverFinding(page, 'document', '105/NQ-CP');
    expect(await citedInText(page, 1)).toContain('bài này');
    await page.close();
  });

  it('says in the second article’s card that the resolution is cited in 2 articles, listing both', async () => {
    const page = await openRegisterPage('register-002');
    await hoverFinding(page, 'document', '105/NQ-CP');
    const text = await citedInText(page, 2);
    expect(text).toContain('UBND tỉnh triển khai các giải pháp hỗ trợ doanh nghiệp');
    expect(text).toContain('Kiểm tra tiến độ dự án đường ven biển');
    expect(text).toContain('ninhthuan.gov.vn');
    expect(text).toContain('bài này');
    await page.close();
  });

  it('lists the resolution in the Documents view with both citing articles and the national search', async () => {
    const page = await h.openExtensionPage('dashboard', '#documents');
    const row = page.locator('.doc-row', { hasText: '105/NQ-CP' });
    await row.waitFor({ timeout: 10_000 });
    expect(await row.locator('[data-article-count]').getAttribute('data-article-count')).toBe('2');
    expect(await row.innerText()).toContain('2 bài');
    await page.getByRole('searchbox', { name: 'Tìm theo số, ký hiệu hoặc từ' }).fill('45/KH');
    await page.locator('.documents[data-count="1"]').waitFor();
    await page.getByRole('searchbox', { name: 'Tìm theo số, ký hiệu hoặc từ' }).fill('');
    await row.click();
    const detail = page.locator('.doc-detail');
    await detail.locator('[data-citation-id]').nth(2).waitFor();
    expect(await detail.locator('[data-citation-id]').count()).toBe(3);
    // Each citing passage opens in its article at the passage (a text fragment).
    const passages = await detail
      .locator('[data-citation-id] > a')
      .evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
    expect(
      passages.some((href) => href.includes(REGISTER_PAGE_PATHS['register-001']) && href.includes(':~:text=')),
    ).toBe(true);
    const vbpl = await detail.locator('a.vbpl-link').getAttribute('href');
    expect(new URL(vbpl!).searchParams.get('Keyword')).toBe('105/NQ-CP');
    await page.setViewportSize({ width: 1280, height: 720 });
    await screenshot(page, 'documents-view.png');
    await page.close();
  });

  it('exports the register with the other exports, in the reader’s CSV and in the backup', async () => {
    const page = await h.openExtensionPage('dashboard');
    const [csvFile] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'CSV văn bản', exact: true }).click(),
    ]);
    const csv = readFileSync((await csvFile.path())!, 'utf8').replace(/^\uFEFF/, '');
    const rows = Papa.parse<string[]>(csv, { skipEmptyLines: true }).data;
    // A Vietnamese browser's Excel reads ";" (the default separator for Vietnamese).
    expect(rows[0][1]).toBe('Số, ký hiệu');
    const national = rows.find((row) => row[1] === '105/NQ-CP');
    expect(national?.slice(0, 4)).toEqual(['Nghị quyết', '105/NQ-CP', '105', '2023-07-15']);
    expect(national?.[8]).toBe('2');
    expect(rows.some((row) => row[1] === '45/KH-UBND')).toBe(true);
    const [backupFile] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Sao lưu (JSON)' }).click(),
    ]);
    const backup = JSON.parse(readFileSync((await backupFile.path())!, 'utf8')) as {
      govmark: { register: { documents: { symbol: string }[]; followUps: { state: string }[] } };
    };
    expect(backup.govmark.register.documents.map((d) => d.symbol).sort()).toEqual(['105/NQ-CP', '45/KH-UBND']);
    expect(backup.govmark.register.followUps.map((f) => f.state)).toEqual(['suggested', 'suggested']);
    await page.close();
  });

  it('suggests the second article as a follow-up of both tasks; the reader confirms one and dismisses the other', async () => {
    const page = await h.openExtensionPage('dashboard');
    const rowOf = (words: string) => page.locator('.lib-row[data-row-type="task"]', { hasText: words });
    const transport = rowOf('giải phóng mặt bằng');
    const planning = rowOf('tổng hợp kiến nghị');
    await transport.locator('.timeline-button[data-suggested="1"]').waitFor({ timeout: 10_000 });
    await planning.locator('.timeline-button[data-suggested="1"]').waitFor({ timeout: 10_000 });

    await transport.locator('.timeline-button').click();
    const suggestion = transport.locator('.timeline [data-entry="follow-up"][data-state="suggested"]');
    await suggestion.waitFor();
    // The same department told again to hand over the land for the coast road.
    expect(await suggestion.innerText()).toContain('bàn giao mặt bằng dự án đường ven biển');
    await page.setViewportSize({ width: 1280, height: 720 });
    await screenshot(page, 'task-timeline.png');
    await suggestion.getByRole('button', { name: 'Đúng, là bài tiếp theo' }).click();
    await transport.locator('.timeline [data-entry="follow-up"][data-state="confirmed"]').waitFor();
    expect(
      await transport
        .locator('.timeline [data-entry]')
        .evaluateAll((els) => els.map((e) => e.getAttribute('data-entry'))),
    ).toEqual(['set', 'follow-up']);
    await transport.getByRole('button', { name: 'Đóng' }).click();
    await transport.locator('.timeline-button[data-suggested="0"]').waitFor();

    // The planning department's task only shares the cited resolution with the second article.
    await planning.locator('.timeline-button').click();
    const other = planning.locator('.timeline [data-entry="follow-up"][data-state="suggested"]');
    await other.waitFor();
    expect(await other.innerText()).toContain('Trích cùng văn bản');
    await other.getByRole('button', { name: 'Không phải' }).click();
    // The reader's "no" takes the article out of the task's timeline.
    await expect
      .poll(() =>
        planning.locator('.timeline [data-entry]').evaluateAll((els) => els.map((e) => e.getAttribute('data-entry'))),
      )
      .toEqual(['set']);
    await planning.getByRole('button', { name: 'Đóng' }).click();
    await planning.locator('.timeline-button[data-suggested="0"]').waitFor();

    // A status change joins the timeline, after the follow-up.
    await transport.getByRole('combobox', { name: /^Trạng thái: / }).selectOption('done');
    await transport.locator('.timeline-button').click();
    await expect
      .poll(() =>
        transport.locator('.timeline [data-entry]').evaluateAll((els) => els.map((e) => e.getAttribute('data-entry'))),
      )
      .toEqual(['set', 'follow-up', 'status']);
    await page.close();
  });
});
