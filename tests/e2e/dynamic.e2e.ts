// Portals that fill the article in after load (AJAX bodies, decoded content): GovMark watches
// the page, analyses it once the text is there, and re-anchors saved highlights then.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeWithCorpus } from '../support/corpus-suite';
import { readHighlights, startHarness, waitForPageState, type Harness } from './harness';
import { demoPages, goldPercents, pageFile } from './pages';

let h: Harness;

const longan = demoPages().find((p) => p.seed === '001' && p.kind === 'article')!;

describeWithCorpus('seeds', 'content that arrives after load', () => {
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => {
    await h?.shutdown();
  });

  it('paints the article once the portal inserts its body', async () => {
    const original = readFileSync(pageFile(longan), 'utf8');
    // Take the body out before GovMark's first look and put it back a second later.
    const script = `<script>
      document.addEventListener('DOMContentLoaded', () => {
        const body = document.querySelector(${JSON.stringify(longan.bodySelector)});
        const html = body.innerHTML;
        body.innerHTML = '<p>Đang tải…</p>';
        setTimeout(() => { body.innerHTML = html; }, 1200);
      });
    </script>`;
    h.server.setOverride(longan.host, longan.path, original.replace('</head>', `${script}</head>`));
    try {
      const page = await h.context.newPage();
      await page.goto(h.server.url(longan.host, longan.path));
      await waitForPageState(page, (state) => state.isArticle, 15_000);
      const figures = (await readHighlights(page))['govmark-figure'] ?? [];
      for (const percent of goldPercents(longan)) expect(figures).toContain(percent);
      expect(figures.length).toBeGreaterThan(0);
      await page.close();
    } finally {
      h.server.setOverride(longan.host, longan.path, null);
    }
  });
});
