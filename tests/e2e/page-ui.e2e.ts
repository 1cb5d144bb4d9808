// The in-page UI in a Vietnamese browser: the finding card on hover, the selection toolbar's
// accessible names, and the shadow root that holds buttons only.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeWithCorpus } from '../support/corpus-suite';
import { startHarness, selectText, type Harness } from './harness';
import { demoPages } from './pages';

let h: Harness;

const quangninh = demoPages().find((p) => p.seed === '004' && p.kind === 'article')!;

describeWithCorpus('seeds', 'page UI (Vietnamese browser)', () => {
  beforeAll(async () => {
    h = await startHarness({ lang: 'vi-VN' });
  });
  afterAll(async () => {
    await h?.shutdown();
  });

  it('shows what the engine understood of a figure when the reader hovers it', async () => {
    const page = await h.openArticle(quangninh.host, quangninh.path);
    const target = await page.evaluate(() => {
      const hl = CSS.highlights.get('govmark-figure');
      if (!hl) return null;
      const ranges = [...(hl as unknown as Iterable<Range>)];
      const money = ranges.find((r) => /tỷ đồng|triệu đồng/.test(r.toString())) ?? ranges[0];
      money.startContainer.parentElement!.scrollIntoView({ block: 'center' });
      const rect = money.getClientRects()[0];
      return { text: money.toString(), x: rect.left + Math.min(rect.width / 2, 10), y: rect.top + rect.height / 2 };
    });
    expect(target).not.toBeNull();
    await page.mouse.move(target!.x, target!.y);
    const card = page.getByRole('dialog', { name: 'Số liệu' });
    await card.waitFor({ timeout: 5_000 });
    const text = await card.innerText();
    expect(text).toContain('Giá trị');
    if (/đồng/.test(target!.text)) expect(text).toContain('Quy ra đồng');
    for (const name of ['Tô sáng', 'Ghi chú', 'Theo dõi nhiệm vụ', 'Sao chép trích dẫn']) {
      await expect(card.getByRole('button', { name, exact: true }).count()).resolves.toBe(1);
    }
    await page.close();
  });

  it('offers the Vietnamese toolbar over a selection, in an open shadow root', async () => {
    const page = await h.openArticle(quangninh.host, quangninh.path);
    const sentence = (await page.locator(`${quangninh.bodySelector} p`).nth(2).innerText())
      .slice(0, 40)
      .replace(/\s+\S*$/, '');
    await selectText(page, sentence, quangninh.bodySelector);
    const toolbar = page.getByRole('toolbar', { name: 'Công cụ GovMark' });
    await toolbar.waitFor();
    const names = await toolbar
      .getByRole('button')
      .evaluateAll((buttons) => buttons.map((b) => b.getAttribute('aria-label')));
    expect(names).toEqual(
      expect.arrayContaining(['Tô sáng', 'Ghi chú', 'Theo dõi nhiệm vụ', 'Sao chép trích dẫn', 'Vàng']),
    );
    const shadow = await page.evaluate(() => {
      const host = document.querySelector('govmark-ui');
      return { open: !!host?.shadowRoot, text: host?.shadowRoot?.textContent ?? '' };
    });
    expect(shadow.open).toBe(true);
    expect(shadow.text).not.toContain(sentence);
    // "Trích dẫn" copies the quote with its reference and passage link (plain http: copy command).
    await toolbar.getByRole('button', { name: 'Sao chép trích dẫn', exact: true }).click();
    await expect.poll(() => page.getByRole('status').textContent()).toBe('Đã sao chép trích dẫn');
    await page.close();
  });
});
