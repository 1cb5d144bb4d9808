// The legend beside the page (issue 13.1/13.2), in a Vietnamese and an English browser: each
// finding kind with its swatch, its count on the page and a switch, matching what the page
// paints; plain dates off on first run; consecutive directives in two shades.
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  clickToolbarButton,
  coloursBehind,
  pageUi,
  placedQuotes,
  selectText,
  startHarness,
  type Harness,
} from './harness';
import { demoPages, pageFile } from './pages';

const article = demoPages().find((p) => p.goldId === 'own-001' && p.kind === 'article')!;

// Two directives of our own, one after the other in one paragraph.
const FIRST = 'Chủ tịch UBND tỉnh yêu cầu Sở Tài chính hoàn thành báo cáo quyết toán trước ngày 15/12/2025.';
const SECOND = 'Giao Sở Xây dựng kiểm tra an toàn các công trình trước ngày 20/12/2025.';

const WORDS = {
  'vi-VN': { legend: 'Chú giải', figure: 'Số liệu', date: 'Ngày tháng', track: 'Theo dõi nhiệm vụ', yellow: 'Vàng' },
  'en-US': { legend: 'Legend', figure: 'Figure', date: 'Date', track: 'Track as task', yellow: 'Yellow' },
} as const;

interface LegendRow {
  kind: string;
  label: string;
  painted: boolean;
  count: number;
}

function readLegend(panel: Page): Promise<LegendRow[]> {
  return panel.locator('.legend-item').evaluateAll((items) =>
    items.map((item) => ({
      kind: item.getAttribute('data-kind') ?? '',
      label: item.querySelector('.legend-label')?.textContent ?? '',
      painted: (item.querySelector('input') as HTMLInputElement).checked,
      count: Number(item.querySelector('.legend-count')?.textContent ?? 'NaN'),
    })),
  );
}

/** Ranges per finding kind in the page's registry (both directive shades counted as directives). */
function paintedCounts(page: Page): Promise<Record<string, number>> {
  return page.evaluate(() => {
    const out: Record<string, number> = {};
    CSS.highlights.forEach((highlight, name) => {
      const kind = name.replace(/^govmark-/, '').replace(/-alt$/, '');
      out[kind] = (out[kind] ?? 0) + highlight.size;
    });
    return out;
  });
}

async function legendMatchesPaint(panel: Page, page: Page): Promise<string[]> {
  const legend = await readLegend(panel);
  const painted = await paintedCounts(page);
  const mismatches: string[] = [];
  for (const row of legend) {
    const expected = row.painted ? row.count : 0;
    if ((painted[row.kind] ?? 0) !== expected) {
      mismatches.push(`${row.kind}: legend ${row.painted ? row.count : 'off'}, page ${painted[row.kind] ?? 0}`);
    }
  }
  return mismatches;
}

for (const lang of ['vi-VN', 'en-US'] as const) {
  describe(`legend (${lang})`, () => {
    let h: Harness;
    beforeAll(async () => {
      h = await startHarness({ lang });
      // At the top of the article's body (the element `bodySelector` names by its id).
      const id = article.bodySelector!.replace(/^#/, '');
      const html = readFileSync(pageFile(article), 'utf8').replace(
        new RegExp(`(<[a-z]+ id="${id}"[^>]*>)`),
        `$1<p>${FIRST} ${SECOND}</p>`,
      );
      expect(html).toContain(FIRST);
      h.server.setOverride(article.host, article.path, html);
    });
    afterAll(async () => {
      await h?.shutdown();
    });

    it('shows each kind with its count and switch, as the page paints it', async () => {
      const page = await h.openArticle(article.host, article.path);
      const panel = await h.openExtensionPage('sidepanel');
      await page.bringToFront();
      await panel.locator('.legend-item').first().waitFor();
      await expect.poll(async () => (await readLegend(panel)).reduce((n, r) => n + r.count, 0)).toBeGreaterThan(0);

      const words = WORDS[lang];
      expect(await panel.locator('#legend-title').textContent()).toBe(words.legend);
      const legend = await readLegend(panel);
      expect(legend.map((r) => r.kind)).toEqual(['figure', 'document', 'date', 'deadline', 'directive']);
      expect(legend.find((r) => r.kind === 'figure')!.label).toBe(words.figure);
      // First run: plain dates are found and counted but not painted.
      const dates = legend.find((r) => r.kind === 'date')!;
      expect(dates).toMatchObject({ label: words.date, painted: false });
      expect(dates.count).toBeGreaterThan(0);
      expect(await legendMatchesPaint(panel, page)).toEqual([]);

      // Switching dates on paints them, and the figures off removes them.
      try {
        await panel.locator('.legend-item[data-kind="date"] input').click();
        await expect.poll(async () => (await paintedCounts(page)).date ?? 0).toBe(dates.count);
        await panel.locator('.legend-item[data-kind="figure"] input').click();
        await expect.poll(async () => (await paintedCounts(page)).figure ?? 0).toBe(0);
        await expect.poll(() => legendMatchesPaint(panel, page)).toEqual([]);
        // The choice is kept: a page opened now paints the same kinds.
        const shown = (await readLegend(panel)).filter((r) => r.painted && r.count > 0).map((r) => r.kind);
        expect(shown).toContain('date');
        const again = await h.openArticle(article.host, article.path);
        await expect.poll(async () => Object.keys(await paintedCounts(again)).sort()).toEqual(shown.sort());
        await again.close();
      } finally {
        // Back to the first-run choice for the tests that follow.
        await page.bringToFront();
        await panel.locator('.legend-item[data-kind="figure"] input').check();
        await panel.locator('.legend-item[data-kind="date"] input').uncheck();
        await expect.poll(async () => (await paintedCounts(page)).figure ?? 0).toBeGreaterThan(0);
      }
      await panel.close();
      await page.close();
    });

    it('paints two consecutive directives as two ranges in two shades', async () => {
      const page = await h.openArticle(article.host, article.path);
      const shades = await page.evaluate(
        ({ first, second }) => {
          const out: { name: string; text: string }[] = [];
          for (const name of ['govmark-directive', 'govmark-directive-alt']) {
            const highlight = CSS.highlights.get(name);
            for (const range of (highlight ?? []) as unknown as Iterable<Range>) {
              const text = range.toString();
              if (first.includes(text.slice(0, 30)) || second.includes(text.slice(0, 30))) out.push({ name, text });
            }
          }
          return out;
        },
        { first: FIRST, second: SECOND },
      );
      expect(shades).toHaveLength(2);
      expect(new Set(shades.map((s) => s.name)).size).toBe(2);
      await page.close();
    });

    it('outlines the exact stretch a finding card describes while it is open', async () => {
      const page = await h.openArticle(article.host, article.path);
      const figure = await page.evaluate(() => {
        const range = [...(CSS.highlights.get('govmark-figure') as unknown as Iterable<Range>)][0];
        range.startContainer.parentElement!.scrollIntoView({ block: 'center' });
        const r = range.getClientRects()[0];
        return { text: range.toString(), x: r.left + Math.min(r.width / 2, 8), y: r.top + r.height / 2 };
      });
      const dark = ([r, g, b]: [number, number, number]) => r < 80 && g < 80 && b < 90;
      const topEdge = async () => {
        const row = await coloursBehind(h, page, figure.text, article.bodySelector, 2);
        return row.filter(dark).length / row.length;
      };
      expect(await topEdge()).toBeLessThan(0.2);
      await page.mouse.move(figure.x, figure.y);
      await expect.poll(async () => (await pageUi(page))?.view).toBe('card');
      await expect.poll(topEdge).toBeGreaterThan(0.6);
      await page.keyboard.press('Escape');
      await expect.poll(topEdge).toBeLessThan(0.2);
      await page.close();
    });

    it('keeps a figure’s underline visible through a yellow highlight over it (issue 13.1)', async () => {
      const page = await h.openArticle(article.host, article.path);
      const figure = await page.evaluate(() => {
        const ranges = [...(CSS.highlights.get('govmark-figure') as unknown as Iterable<Range>)];
        return ranges.map((r) => r.toString()).find((text) => text.length >= 5) ?? null;
      });
      expect(figure).not.toBeNull();
      // The figure's orange ink, as painted alone and as a highlighter fill multiplies it.
      const ink = ([r, g, b]: [number, number, number]) => r > 150 && g < 100 && b < 60;
      const yellow = ([r, g, b]: [number, number, number]) => r > 240 && g > 225 && b < 150;
      expect((await coloursBehind(h, page, figure!, article.bodySelector)).some(ink)).toBe(true);
      await selectText(page, figure!, article.bodySelector);
      await clickToolbarButton(page, WORDS[lang].yellow);
      await expect.poll(() => placedQuotes(h, page)).toContain(figure);
      await page.evaluate(() => getSelection()!.removeAllRanges());
      await expect
        .poll(async () => (await coloursBehind(h, page, figure!, article.bodySelector)).some(yellow))
        .toBe(true);
      expect((await coloursBehind(h, page, figure!, article.bodySelector)).some(ink)).toBe(true);
      await page.close();
    });

    it('paints a tracked passage as a task, not as a yellow highlight', async () => {
      const page = await h.openArticle(article.host, article.path);
      const passage = SECOND.slice(0, 40).replace(/\s+\S*$/, '');
      await selectText(page, passage, article.bodySelector);
      await clickToolbarButton(page, WORDS[lang].track);
      await expect.poll(() => placedQuotes(h, page)).toContain(passage);
      await page.evaluate(() => getSelection()!.removeAllRanges());
      const teal = ([r, g, b]: [number, number, number]) => r < 60 && g > 90 && g < 140 && b > 120 && b < 170;
      const yellow = ([r, g, b]: [number, number, number]) => r > 240 && g > 225 && b < 150;
      await expect
        .poll(async () => (await coloursBehind(h, page, passage, article.bodySelector)).some(teal))
        .toBe(true);
      expect((await coloursBehind(h, page, passage, article.bodySelector)).some(yellow)).toBe(false);
      await page.close();
    });
  });
}
