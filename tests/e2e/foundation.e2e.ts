// The thin slice end to end: the content script recognises demo articles, paints figures with
// the CSS Custom Highlight API, tells the background, which records the visit in the
// extension's own IndexedDB; the popup lists the visits; negative pages stay unpainted.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pageState, readHighlights, startHarness, waitForGovMark, type Harness } from './harness';
import { demoPages, isPortalHost, goldPercents } from './pages';

let h: Harness;

beforeAll(async () => {
  h = await startHarness();
});

afterAll(async () => {
  await h?.shutdown();
});

const pages = demoPages();
const articles = pages.filter((p) => p.expectArticle);
const negatives = pages.filter((p) => !p.expectArticle);

describe('thin slice', () => {
  it('has demo pages of both sorts', () => {
    expect(articles.length).toBeGreaterThanOrEqual(5);
    expect(negatives.length).toBeGreaterThanOrEqual(4);
  });

  it.each(articles.map((p) => [p.host + p.path, p] as const))('paints percentages on %s', async (_name, p) => {
    const page = await h.openArticle(p.host, p.path);
    expect(await waitForGovMark(page)).toBe('article');
    const painted = await readHighlights(page);
    // Every percentage of the article's gold labels is painted as a figure, and nothing painted
    // lies on page furniture (menus, "Tin mới nhất", counters, footers).
    const figures = (painted['govmark-figure'] ?? []).map((s) => s.normalize('NFC'));
    for (const percent of goldPercents(p)) expect(figures).toContain(percent);
    expect(figures.length).toBeGreaterThan(0);
    // Only the headline and the article body may be painted: never menus, "Tin mới nhất"
    // lists, counters or footers, which on these pages carry numbers, dates and percentages.
    const outside = await page.evaluate((bodySelector) => {
      const allowed = [document.querySelector(bodySelector), document.querySelector('h1')].filter(
        (e): e is Element => !!e,
      );
      const out: string[] = [];
      CSS.highlights.forEach((hl, name) => {
        if (!name.startsWith('govmark-')) return;
        for (const r of hl as unknown as Iterable<Range>) {
          if (!allowed.some((a) => a.contains(r.commonAncestorContainer))) out.push(`${name}: ${r.toString()}`);
        }
      });
      return out;
    }, p.bodySelector!);
    expect(outside).toEqual([]);
    await page.close();
  });

  it.each(negatives.map((p) => [p.host + p.path, p] as const))('paints nothing on %s', async (_name, p) => {
    const page = await h.context.newPage();
    await page.goto(h.server.url(p.host, p.path));
    if (isPortalHost(p.host)) {
      expect(await waitForGovMark(page)).toBe('not-article');
    } else {
      // Off the portals the content script does not run unless the reader asks for it.
      await page.waitForLoadState('load');
      await page.waitForTimeout(500);
      expect(await pageState(page)).toBeNull();
    }
    expect(await readHighlights(page)).toEqual({});
    await page.close();
  });

  it('records visits in the extension origin and lists them in the popup', async () => {
    const p = articles[0];
    const page = await h.openArticle(p.host, p.path);
    // The portal's own origin must not see a GovMark database.
    const pageDbs = await page.evaluate(async () => (await indexedDB.databases()).map((d) => d.name));
    expect(pageDbs).not.toContain('govmark');
    const popup = await h.openExtensionPage('popup');
    await popup.waitForSelector('[data-ready]');
    const extensionDbs = await popup.evaluate(async () => (await indexedDB.databases()).map((d) => d.name));
    expect(extensionDbs).toContain('govmark');
    await expect
      .poll(async () => popup.locator('body').innerText(), { timeout: 10_000 })
      .toContain(p.title.slice(0, 30));
    await popup.close();
    await page.close();
  });
});
