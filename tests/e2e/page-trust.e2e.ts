// The page is not trusted (issue 12.1): a page on another site of the same public suffix
// (evil.gov.vn) that declares a real article as its canonical gets none of that article's
// annotations, and its visit changes nothing stored about the article.
import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  clickToolbarButton,
  pageState,
  readHighlights,
  selectText,
  startHarness,
  waitForGovMark,
  type Harness,
} from './harness';
import { pageFile } from './pages';
import type { AnnotationRecord, ArticleRecord } from '../../utils/model/records';
import { readTable } from './task-helpers';

const TUYENQUANG = {
  host: 'tuyenquang.gov.vn',
  path: '/Pages/chi-dao-dieu-hanh/chu-tich-ubnd-tinh-chi-dao-khac-phuc-hau-qua-mua-lu-tai-cac-xa-vung-cao.aspx',
  passage: 'đề xuất mức hỗ trợ cho các hộ dân',
};
const EVIL = { host: 'evil.gov.vn', path: '/ban-sao.html' };

let harness: Harness;

beforeAll(async () => {
  harness = await startHarness({ lang: 'en-US' });
});

afterAll(async () => {
  await harness?.shutdown();
});

describe('a page on another site naming an article as its canonical', () => {
  it('loads none of its annotations and overwrites nothing stored about it', async () => {
    const article = await harness.openArticle(TUYENQUANG.host, TUYENQUANG.path);
    await selectText(article, TUYENQUANG.passage);
    await clickToolbarButton(article, 'Highlight');
    const dashboard = await harness.openExtensionPage('dashboard');
    await expect.poll(async () => (await readTable<AnnotationRecord>(dashboard, 'annotations')).length).toBe(1);
    const articleUrl = (await readTable<AnnotationRecord>(dashboard, 'annotations'))[0].articleUrl;
    const storedBefore = (await readTable<ArticleRecord>(dashboard, 'articles')).find((a) => a.url === articleUrl);
    expect(storedBefore?.site).toBe(TUYENQUANG.host);

    // The same article's HTML served on evil.gov.vn, with a canonical link to the real article.
    const html = (await readFile(pageFile(TUYENQUANG), 'utf8'))
      .replace(/<link[^>]*rel=["']?canonical[^>]*>/gi, '')
      .replace('</head>', `<link rel="canonical" href="${articleUrl}"><title>Bản sao</title></head>`);
    harness.server.setOverride(EVIL.host, EVIL.path, html);
    const hostile = await harness.context.newPage();
    await hostile.goto(harness.server.url(EVIL.host, EVIL.path));
    await waitForGovMark(hostile);
    // Nothing of the real article's annotations reaches the hostile page's highlight registry.
    await expect.poll(async () => (await pageState(hostile))?.ready).toBe(true);
    expect((await pageState(hostile))?.annotations).toEqual([]);
    const painted = await readHighlights(hostile);
    expect(
      Object.entries(painted).filter(([name, ranges]) => name.startsWith('govmark-user-') && ranges.length),
    ).toEqual([]);

    // Its visit was stored under its own address, if at all; the real article is as it was.
    const articles = await readTable<ArticleRecord>(dashboard, 'articles');
    const storedAfter = articles.find((a) => a.url === articleUrl);
    expect(storedAfter).toEqual(storedBefore);
    expect(articles.filter((a) => a.site === EVIL.host).every((a) => a.url.startsWith(`http://${EVIL.host}`))).toBe(
      true,
    );

    await hostile.close();
    await dashboard.close();
    await article.close();
  });
});
