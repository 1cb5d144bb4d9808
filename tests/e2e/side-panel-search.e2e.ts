// The side panel's search (issue 13.6): beside an article, the reader's annotations and the
// page's tasks narrow to those holding every word typed, marks and case ignored, in the note
// and tags as well as the passage; nothing found says so. In a Vietnamese browser.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clickToolbarButton, type Harness, noteEditorFrame, selectText, startHarness, uiStatus } from './harness';
import { TUYENQUANG } from './task-helpers';

const NOTED = 'Sở Xây dựng khẩn trương kiểm tra an toàn các công trình giao thông';
const PLAIN = 'đề xuất mức hỗ trợ cho các hộ dân';

let h: Harness;
beforeAll(async () => {
  h = await startHarness({ lang: 'vi-VN' });
});
afterAll(async () => {
  await h?.shutdown();
});

describe('side panel search', () => {
  it('narrows the annotations and tasks to the words typed, in passages, notes and tags', async () => {
    const article = await h.openArticle(TUYENQUANG.host, TUYENQUANG.path);
    // Nothing kept yet: the empty lists say how to start (issue 13.6).
    const empty = await h.openExtensionPage('sidepanel');
    await article.bringToFront();
    await empty.getByText('Chưa có chú thích nào trên trang này. Chọn một đoạn văn rồi bấm một màu').waitFor();
    await empty.getByText('Chưa theo dõi nhiệm vụ nào. Trong một bài viết, chọn một đoạn chỉ đạo').waitFor();
    await empty.close();
    // A highlight with a note written in the in-page editor, and a tracked directive.
    await selectText(article, NOTED);
    await clickToolbarButton(article, 'Ghi chú');
    const editor = await noteEditorFrame(article);
    await editor.locator('textarea').click();
    await article.keyboard.type('Đối chiếu số liệu với quý trước', { delay: 5 });
    await editor.locator('#tags').click();
    await article.keyboard.type('cầu yếu', { delay: 5 });
    await editor.getByRole('button', { name: 'Lưu', exact: true }).click();
    await expect.poll(() => uiStatus(article)).toBe('Đã lưu ghi chú');
    await selectText(article, TUYENQUANG.directive);
    await clickToolbarButton(article, 'Theo dõi nhiệm vụ');
    await expect.poll(() => uiStatus(article)).toBe('Đã theo dõi nhiệm vụ');

    const panel = await h.openExtensionPage('sidepanel');
    await article.bringToFront();
    const cards = panel.locator('.annotation-card');
    const tasks = panel.locator('.task-item');
    await expect.poll(() => cards.count(), { timeout: 20_000 }).toBe(2);
    await expect.poll(() => tasks.count()).toBe(1);
    const search = panel.getByRole('searchbox');

    // Words of the note, typed without marks: the noted highlight only.
    await search.fill('doi chieu');
    await expect.poll(() => cards.count()).toBe(1);
    expect(await cards.first().locator('blockquote').textContent()).toBe(NOTED);
    await expect.poll(() => tasks.count()).toBe(0);
    expect(await panel.getByText('Không có kết quả.').count()).toBe(1);

    // A tag, in capitals.
    await search.fill('CẦU YẾU');
    await expect.poll(() => cards.count()).toBe(1);

    // Words of the directive: its passage and its task.
    await search.fill(PLAIN.split(' ').slice(0, 4).join(' '));
    await expect.poll(() => tasks.count()).toBe(1);
    await expect.poll(() => cards.count()).toBe(1);
    expect(await cards.first().locator('blockquote').textContent()).toContain(PLAIN);

    // Nothing holds every word.
    await search.fill('công trình ngân hàng');
    await expect.poll(() => cards.count()).toBe(0);
    expect(await panel.getByText('Không có kết quả.').count()).toBe(2);

    await search.fill('');
    await expect.poll(() => cards.count()).toBe(2);
    await expect.poll(() => tasks.count()).toBe(1);
    await panel.close();
    await article.close();
  });
});
