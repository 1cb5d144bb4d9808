// What a page can see of the reader (issue 12.3): the reader's highlights are painted where the
// page's scripts cannot enumerate them. A page script that reads `CSS.highlights` and walks the
// DOM (open shadow roots included) finds none of the highlighted passage nor its colour, while
// the reader sees the fill on screen and the engine's findings stay in the registry.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describe } from 'vitest';
import { askTab, coloursBehind, placedQuotes, startHarness, type Harness } from './harness';
import { demoPages } from './pages';

let h: Harness;
const article = demoPages().find((p) => p.corpus === 'own' && p.kind === 'article')!;

/** Everything a main-world script can collect about GovMark's paint without the extension's help. */
function pageScriptLooks(quote: string) {
  const found: string[] = [];
  if ('highlights' in CSS) {
    CSS.highlights.forEach((highlight, name) => {
      if (!name.startsWith('govmark-')) found.push(`foreign highlight ${name}`);
      if (/user|yellow|green|blue|pink|purple|flash|task/.test(name)) found.push(`highlight ${name}`);
      for (const range of highlight as unknown as Iterable<Range>) {
        if (range.toString().includes(quote)) found.push(`${name} holds the quote`);
      }
    });
  }
  const visit = (root: Document | ShadowRoot | Element) => {
    for (const el of root.querySelectorAll('*')) {
      for (const attr of el.getAttributeNames()) {
        const value = el.getAttribute(attr) ?? '';
        if (value.includes(quote)) found.push(`attribute ${attr} on ${el.localName}`);
        if (/yellow|rgb\(255, 240/.test(value) && el.localName.includes('-')) found.push(`colour on ${el.localName}`);
      }
      if (el.shadowRoot) {
        if ((el.shadowRoot.textContent ?? '').includes(quote)) found.push(`shadow text in ${el.localName}`);
        visit(el.shadowRoot);
      }
    }
  };
  visit(document);
  return found;
}

describe('what a page can see of the reader', () => {
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => {
    await h?.shutdown();
  });

  it('paints a reader highlight that page scripts cannot read through CSS.highlights or the DOM', async () => {
    const page = await h.openArticle(article.host, article.path);
    const paragraph = await page.locator(`${article.bodySelector} p`).nth(1).innerText();
    const quote = paragraph.slice(0, 40).replace(/\s+\S*$/, '');
    // The reader selects and highlights (the keyboard shortcut's message, as the background sends it).
    await page.evaluate(
      ({ quote, within }) => {
        const root = document.querySelector(within)!;
        const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
        for (let n = walker.nextNode(); n; n = walker.nextNode()) {
          const i = (n.nodeValue ?? '').indexOf(quote);
          if (i < 0) continue;
          const range = document.createRange();
          range.setStart(n, i);
          range.setEnd(n, i + quote.length);
          getSelection()!.removeAllRanges();
          getSelection()!.addRange(range);
          return;
        }
      },
      { quote, within: article.bodySelector! },
    );
    await askTab(h, page, 'page/highlight-selection');
    await expect.poll(() => placedQuotes(h, page)).toContain(quote);
    await page.evaluate(() => getSelection()!.removeAllRanges());

    // The reader sees it: yellow behind the passage on screen.
    await expect
      .poll(async () =>
        (await coloursBehind(h, page, quote, article.bodySelector)).some(([r, g, b]) => r > 240 && g > 225 && b < 150),
      )
      .toBe(true);
    // The page does not.
    expect(await page.evaluate(pageScriptLooks, quote)).toEqual([]);
    // The engine's findings are still painted through the registry.
    const names = await page.evaluate(() => {
      const out: string[] = [];
      CSS.highlights.forEach((_, name) => out.push(name));
      return out;
    });
    expect(names.some((name) => name.startsWith('govmark-'))).toBe(true);

    // It stays on the passage when the page scrolls and reflows.
    await page.evaluate(() => {
      document.body.style.fontSize = '22px';
    });
    await expect
      .poll(async () =>
        (await coloursBehind(h, page, quote, article.bodySelector)).some(([r, g, b]) => r > 240 && g > 225 && b < 150),
      )
      .toBe(true);
    await page.close();
  });
});
