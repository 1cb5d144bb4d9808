// The real pages of ../shared/fixtures/real in Chromium under their real host names: each is
// served, drawn as what it is, and GovMark runs on it where the host is a portal's. What the
// engine finds there is not asserted here: the engine is scored on these pages elsewhere.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeWithCorpus } from '../support/corpus-suite';
import { startHarness, waitForGovMark, type Harness } from './harness';
import { isPortalHost, realArticlePages, realNegativePages } from './pages';

let h: Harness;

describeWithCorpus('real', 'real pages in the browser', () => {
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => {
    await h?.shutdown();
  });

  const pages = [...realArticlePages(), ...realNegativePages()];

  it.each(pages.map((p) => [`${p.goldId} ${p.host}${p.path}`, p] as const))('serves %s', async (_, p) => {
    const page = await h.context.newPage();
    const response = await page.goto(h.server.url(p.host, p.path));
    expect(response?.status()).toBe(200);
    expect(new URL(page.url()).host).toBe(`${p.host}:${h.server.port}`);
    expect((await page.locator('h1').first().innerText()).normalize('NFC')).toBe(p.title);
    if (p.bodySelector) {
      const blocks = p.segments!.filter((s) => s.role !== 'headline').length;
      await expect(page.locator(`${p.bodySelector} > *`).count()).resolves.toBe(blocks);
    } else {
      await expect(page.locator('.news-item').count()).resolves.toBeGreaterThan(0);
    }
    if (isPortalHost(p.host)) {
      // The content script ran on the real host name (its verdict is the engine's business).
      await waitForGovMark(page);
    }
    await page.close();
  });
});
