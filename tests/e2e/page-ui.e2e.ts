// The in-page UI in a Vietnamese browser: the finding card on hover, the selection toolbar's
// accessible names, and the closed shadow root that holds buttons only. The UI is read through
// the `page/ui` tab message and driven with the real mouse: the page itself cannot reach it.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeWithCorpus } from '../support/corpus-suite';
import { clickToolbarButton, pageUi, startHarness, selectText, uiStatus, type Harness } from './harness';
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
    await expect.poll(async () => (await pageUi(page))?.view, { timeout: 5_000 }).toBe('card');
    const card = (await pageUi(page))!;
    expect(card.text).toContain('Số liệu');
    expect(card.text).toContain('Giá trị');
    if (/đồng/.test(target!.text)) expect(card.text).toContain('Quy ra đồng');
    const labels = card.controls.map((c) => c.label);
    for (const name of ['Tô sáng', 'Ghi chú', 'Theo dõi nhiệm vụ', 'Sao chép trích dẫn']) {
      expect(labels.filter((label) => label === name)).toHaveLength(1);
    }
    await page.close();
  });

  it('offers the Vietnamese toolbar over a selection, in a shadow root the page cannot open', async () => {
    const page = await h.openArticle(quangninh.host, quangninh.path);
    const sentence = (await page.locator(`${quangninh.bodySelector} p`).nth(2).innerText())
      .slice(0, 40)
      .replace(/\s+\S*$/, '');
    await selectText(page, sentence, quangninh.bodySelector);
    await expect.poll(async () => (await pageUi(page))?.view).toBe('toolbar');
    const toolbar = (await pageUi(page))!;
    expect(toolbar.controls.map((c) => c.label)).toEqual(
      expect.arrayContaining(['Tô sáng', 'Ghi chú', 'Theo dõi nhiệm vụ', 'Sao chép trích dẫn', 'Vàng']),
    );
    expect(toolbar.text).not.toContain(sentence);
    // The page sees a host element with no shadow root it can open, under a name of the moment.
    const hosts = await page.evaluate(() =>
      [...document.documentElement.children]
        .filter((el) => el.localName.includes('-'))
        .map((el) => ({ name: el.localName, open: el.shadowRoot !== null })),
    );
    expect(hosts).toHaveLength(1);
    expect(hosts[0].open).toBe(false);
    expect(hosts[0].name).not.toMatch(/govmark/);
    // "Sao chép trích dẫn" copies the quote with its reference and passage link (plain http: copy command).
    await clickToolbarButton(page, 'Sao chép trích dẫn');
    await expect.poll(() => uiStatus(page)).toBe('Đã sao chép trích dẫn');
    await page.close();
  });
});
