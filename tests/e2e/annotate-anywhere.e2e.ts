// Annotation does not depend on detection (issue 11.1): on a short portal notice the engine does
// not call an article the reader highlights and tracks as anywhere else; on a page with the
// traits that broke anchoring (script, style and noscript text before the quotes, positions that
// count that text, a quote that occurs twice) every annotation is placed on exactly its quote.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NOTICE_LINES, NOTICE_PATH } from '../../scripts/demo-site/page-notice';
import type { Selector } from '../../utils/anchoring/types';
import type { AnnotationRecord, TaskRecord } from '../../utils/model/records';
import {
  clickToolbarButton,
  type Harness,
  readHighlights,
  selectText,
  sendFromExtensionPage,
  startHarness,
  storedRecords,
  waitForPageState,
} from './harness';

let h: Harness;

beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.shutdown();
});

const NOTICE_HOST = 'ninhthuan.gov.vn';

async function userHighlights(page: Page): Promise<string[]> {
  return Object.entries(await readHighlights(page))
    .filter(([name]) => name.startsWith('govmark-user-'))
    .flatMap(([, texts]) => texts.map((text) => text.normalize('NFC')));
}

describe('a page the engine does not recognise', () => {
  it('highlights and tracks on a short portal notice, and paints no findings there', async () => {
    const page = await h.openArticle(NOTICE_HOST, NOTICE_PATH);
    const state = await waitForPageState(page, (s) => s.ready);
    expect(state.isArticle).toBe(false);

    const passage = 'tạm ngừng cung cấp tại phường Đông Hải';
    expect(NOTICE_LINES[0]).toContain(passage);
    await selectText(page, passage);
    await clickToolbarButton(page, 'Highlight');
    await expect.poll(() => userHighlights(page)).toEqual([passage]);

    const request = 'chủ động dự trữ nước';
    await selectText(page, request);
    await clickToolbarButton(page, 'Track as task');
    await expect
      .poll(async () => (await storedRecords<TaskRecord>(h.serviceWorker, 'tasks')).map((task) => task.text))
      .toContain(request);
    const task = (await storedRecords<TaskRecord>(h.serviceWorker, 'tasks')).find((t) => t.text === request)!;
    // Who and by when, as the selected sentence says.
    expect(task.assignees).toEqual(['các hộ dân và cơ sở kinh doanh trên địa bàn']);
    expect(task.deadline).toBe('2025-12-20');
    await expect.poll(() => userHighlights(page)).toEqual(expect.arrayContaining([passage, request]));
    const painted = Object.keys(await readHighlights(page));
    expect(painted.filter((name) => !name.startsWith('govmark-user-'))).toEqual([]);

    // Both are found again on the next visit.
    await page.reload();
    await waitForPageState(page, (s) => s.ready && s.annotations.length === 2);
    await expect.poll(() => userHighlights(page)).toEqual(expect.arrayContaining([passage, request]));
    await page.close();
  });
});

describe('the colour dots', () => {
  it('highlight in their colour with one click (issue 13.4)', async () => {
    const page = await h.openArticle(NOTICE_HOST, NOTICE_PATH);
    const passage = 'liên hệ đường dây nóng';
    expect(NOTICE_LINES[2]).toContain(passage);
    await selectText(page, passage);
    await clickToolbarButton(page, 'Green');
    await expect
      .poll(async () => (await readHighlights(page))['govmark-user-green']?.map((t) => t.normalize('NFC')), {
        timeout: 10_000,
      })
      .toEqual([passage]);
    await page.close();
  });
});

interface ExportedAnnotation {
  id: string;
  text: string;
  target: { selector: Selector[] }[];
}

const TRAITS_DIR = path.resolve(import.meta.dirname, '../unit/anchoring/fixtures');
const TRAITS_HOST = 'ninhthuan.gov.vn';
const TRAITS_PATH = '/tin-tuc/phien-hop-thuong-ky-thang-3-2024.html';

describe('a page with the traits that broke anchoring', () => {
  it('places every annotation on exactly its quote, the repeated quote on its own occurrence', async () => {
    const html = readFileSync(path.join(TRAITS_DIR, 'hypothesis-traits.html'), 'utf8');
    const exported: { annotations: ExportedAnnotation[] } = JSON.parse(
      readFileSync(path.join(TRAITS_DIR, 'hypothesis-traits.json'), 'utf8'),
    );
    h.server.setOverride(TRAITS_HOST, TRAITS_PATH, html);
    try {
      const page = await h.openArticle(TRAITS_HOST, TRAITS_PATH);
      const { url } = await waitForPageState(page, (s) => s.ready);
      // The positions count textContent (script, style and noscript text included), as the
      // Hypothesis client stores them: off by that text's length in GovMark's page text.
      const records: AnnotationRecord[] = exported.annotations.map((annotation, index) => {
        const selectors = annotation.target[0].selector;
        const quote = selectors.find((s) => s.type === 'TextQuoteSelector')!;
        return {
          id: `00000000-0000-4000-8000-00000000000${index}`,
          articleUrl: url,
          selectors,
          anchoringVersion: 1,
          quote: quote.type === 'TextQuoteSelector' ? quote.exact : '',
          kind: 'highlight',
          color: 'green',
          tags: [],
          note: annotation.text,
          finding: null,
          scope: 'page',
          created: 1,
          updated: 1,
          revision: 1,
        };
      });
      const extensionPage = await h.openExtensionPage('popup');
      const restored = await sendFromExtensionPage(extensionPage, {
        type: 'annotation/restore',
        payload: { annotations: records, tasks: [] },
      });
      expect(restored).toEqual({ ok: true, data: null });
      await extensionPage.close();

      await page.reload();
      const state = await waitForPageState(page, (s) => s.ready && s.annotations.length === records.length);
      expect(state.annotations.every((a) => a.anchored)).toBe(true);
      // Each painted range holds its quote, and sits where its TextPosition said in textContent
      // terms: the occurrence the annotation was made on, not the first one.
      const placed = await page.evaluate(() => {
        const highlight = CSS.highlights.get('govmark-user-green');
        const text = document.body.textContent ?? '';
        return [...((highlight ?? []) as Iterable<Range>)].map((range) => {
          const before = document.createRange();
          before.setStart(document.body, 0);
          before.setEnd(range.startContainer, range.startOffset);
          const start = before.cloneContents().textContent?.length ?? -1;
          return { text: range.toString(), start, check: text.slice(start, start + range.toString().length) };
        });
      });
      const expected = exported.annotations.map((annotation) => {
        const selectors = annotation.target[0].selector;
        const quote = selectors.find((s) => s.type === 'TextQuoteSelector');
        const position = selectors.find((s) => s.type === 'TextPositionSelector');
        return { text: quote?.type === 'TextQuoteSelector' ? quote.exact : '', position };
      });
      expect(placed.map((p) => p.text).sort()).toEqual(expected.map((e) => e.text).sort());
      const repeated = expected.filter((e) => expected.filter((o) => o.text === e.text).length > 1);
      expect(repeated.length).toBe(2);
      const repeatedStarts = placed.filter((p) => p.text === repeated[0].text).map((p) => p.start);
      expect(new Set(repeatedStarts).size).toBe(2);
      await page.close();
    } finally {
      h.server.setOverride(TRAITS_HOST, TRAITS_PATH, null);
    }
  });
});
