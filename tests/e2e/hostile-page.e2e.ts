// Pages that act against the reader (issue 12.2): a script that forges a selection, a mouse-up
// and clicks on GovMark's buttons gets nothing done; a script that walks the DOM for GovMark's
// state finds none; a page that defines GovMark's element names first still gets the toolbar.
// The reader's own input is real mouse input (CDP events); the page's is main-world script.
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AnnotationRecord, TaskRecord } from '../../utils/model/records';
import {
  clickToolbarButton,
  type Harness,
  pageUi,
  selectText,
  startHarness,
  storedRecords,
  uiStatus,
  waitForPageState,
} from './harness';
import { demoPages, pageFile } from './pages';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.shutdown();
});

const article = demoPages().find((p) => p.goldId === 'own-001')!;
const quote = 'Sở Xây dựng khẩn trương kiểm tra an toàn các công trình giao thông';
const directive = 'rà soát, tổng hợp đầy đủ thiệt hại, đề xuất mức hỗ trợ cho các hộ dân';

/** The article as served, with a script of the page's own in its head. */
async function openWithScript(script: string): Promise<Page> {
  const html = readFileSync(pageFile(article), 'utf8').replace('</head>', `<script>${script}</script></head>`);
  h.server.setOverride(article.host, article.path, html);
  const page = await h.openArticle(article.host, article.path);
  await waitForPageState(page, (state) => state.ready);
  return page;
}

async function annotationCount(): Promise<number> {
  return (await storedRecords<AnnotationRecord>(h.serviceWorker, 'annotations')).length;
}

describe('a hostile page', () => {
  it('cannot make GovMark act by forging a selection, a mouse-up and clicks', async () => {
    const page = await openWithScript('');
    const before = await annotationCount();
    // The page selects a passage and dispatches what a drag would.
    await page.evaluate((text) => {
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode() as Text | null; n; n = walker.nextNode() as Text | null) {
        const i = n.data.indexOf(text);
        if (i < 0) continue;
        const range = document.createRange();
        range.setStart(n, i);
        range.setEnd(n, i + text.length);
        getSelection()!.removeAllRanges();
        getSelection()!.addRange(range);
        const rect = range.getBoundingClientRect();
        for (const type of ['mousedown', 'mouseup', 'click']) {
          n.parentElement!.dispatchEvent(
            new MouseEvent(type, { bubbles: true, composed: true, clientX: rect.right, clientY: rect.bottom }),
          );
        }
        return;
      }
    }, quote);
    await page.waitForTimeout(800);
    expect((await pageUi(page))?.view).toBe('none');

    // The reader selects for real: the toolbar shows. The page clicks where its buttons are.
    await selectText(page, quote);
    await expect.poll(async () => (await pageUi(page))?.view).toBe('toolbar');
    const targets = (await pageUi(page))!.controls.map((c) => ({ x: c.x + c.width / 2, y: c.y + c.height / 2 }));
    const forged = await page.evaluate((points) => {
      const seen: string[] = [];
      for (const { x, y } of points) {
        const target = document.elementFromPoint(x, y);
        if (!target) continue;
        seen.push(`${target.localName}:${target.shadowRoot === null ? 'closed' : 'open'}`);
        for (const type of ['pointerdown', 'mousedown', 'pointerup', 'mouseup', 'click']) {
          target.dispatchEvent(new MouseEvent(type, { bubbles: true, composed: true, clientX: x, clientY: y }));
        }
        (target as HTMLElement).click();
      }
      return seen;
    }, targets);
    // What lies under the buttons is GovMark's host, and its shadow root cannot be opened.
    expect(forged.length).toBe(targets.length);
    expect(forged.every((hit) => hit.endsWith(':closed'))).toBe(true);
    await page.waitForTimeout(800);
    expect(await annotationCount()).toBe(before);
    expect(await uiStatus(page)).toBeNull();
    await page.close();
    h.server.setOverride(article.host, article.path, null);
  });

  it('finds no GovMark state when it walks the DOM after the reader highlighted and tracked', async () => {
    const page = await openWithScript('');
    await selectText(page, quote);
    await clickToolbarButton(page, 'Highlight');
    await expect.poll(() => uiStatus(page)).toBe('Highlighted');
    await selectText(page, directive);
    await clickToolbarButton(page, 'Track as task');
    await expect.poll(() => uiStatus(page)).toBe('Task tracked');
    const ids = [
      ...(await storedRecords<AnnotationRecord>(h.serviceWorker, 'annotations')).map((a) => a.id),
      ...(await storedRecords<TaskRecord>(h.serviceWorker, 'tasks')).map((t) => t.id),
    ];
    expect(ids.length).toBeGreaterThanOrEqual(3);
    const found = await page.evaluate(() => {
      const attributes: string[] = [];
      const openRoots: string[] = [];
      const visit = (root: Document | ShadowRoot) => {
        for (const el of root.querySelectorAll('*')) {
          for (const name of el.getAttributeNames()) {
            const value = el.getAttribute(name) ?? '';
            if (/govmark/i.test(name) || /govmark/i.test(value)) attributes.push(`${el.localName} ${name}=${value}`);
          }
          if (el.shadowRoot) {
            openRoots.push(el.localName);
            visit(el.shadowRoot);
          }
        }
      };
      visit(document);
      const hosts = [...document.documentElement.children].filter((el) => el.localName.includes('-'));
      return {
        attributes,
        openRoots,
        html: document.documentElement.outerHTML,
        hostText: hosts.map((el) => el.textContent ?? '').join(''),
      };
    });
    expect(found.attributes).toEqual([]);
    expect(found.openRoots).toEqual([]);
    expect(found.hostText).toBe('');
    for (const id of ids) expect(found.html).not.toContain(id);
    expect(found.html).not.toContain('Task tracked');
    await page.close();
    h.server.setOverride(article.host, article.path, null);
  });

  it('still gets the toolbar when the page defines GovMark’s element names and breaks attachShadow first', async () => {
    const page = await openWithScript(`
      for (const name of ['govmark-ui', 'govmark-mark', 'govmark-toolbar', 'govmark-note']) {
        customElements.define(name, class extends HTMLElement {
          constructor() { super(); this.attachShadow({ mode: 'open' }).innerHTML = '<b>taken</b>'; }
        });
      }
      Element.prototype.attachShadow = () => { throw new Error('no shadow roots here'); };
    `);
    const before = await annotationCount();
    await selectText(page, quote);
    await clickToolbarButton(page, 'Highlight');
    await expect.poll(() => uiStatus(page)).toBe('Highlighted');
    expect(await annotationCount()).toBe(before + 1);
    await page.close();
    h.server.setOverride(article.host, article.path, null);
  });
});
