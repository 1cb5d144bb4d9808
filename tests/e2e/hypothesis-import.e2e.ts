// Bring annotations from Hypothesis (issue 11): its client's JSON export imported in the
// dashboard becomes GovMark annotations, painted when their page is opened; an annotation whose
// quote is not on the page is kept as an orphan; a malformed export changes nothing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pageState, startHarness, type Harness } from './harness';
import { readAnnotations } from './task-helpers';

const TUYENQUANG = {
  host: 'tuyenquang.gov.vn',
  path: '/Pages/chi-dao-dieu-hanh/chu-tich-ubnd-tinh-chi-dao-khac-phuc-hau-qua-mua-lu-tai-cac-xa-vung-cao.aspx',
  passage: 'đề xuất mức hỗ trợ cho các hộ dân',
};

let harness: Harness;

beforeAll(async () => {
  harness = await startHarness({ lang: 'en-US' });
});

afterAll(async () => {
  await harness?.shutdown();
});

/** An export as the Hypothesis client writes it, with one highlight on the page and one orphan. */
function hypothesisExport(uri: string) {
  const annotation = (id: string, exact: string, text: string, tags: string[]) => ({
    id,
    created: '2024-05-01T09:00:00.000000+00:00',
    updated: '2024-05-01T09:05:00.000000+00:00',
    user: 'acct:reader@hypothes.is',
    uri,
    text,
    tags,
    group: '__world__',
    permissions: { read: ['group:__world__'] },
    target: [
      {
        source: uri,
        selector: [
          {
            type: 'RangeSelector',
            startContainer: '/main[1]/div[1]/p[2]',
            startOffset: 4,
            endContainer: '/main[1]/div[1]/p[2]',
            endOffset: 40,
          },
          // Offsets counted the way Hypothesis counts them (textContent), wrong for GovMark.
          { type: 'TextPositionSelector', start: 99_000, end: 99_000 + exact.length },
          { type: 'TextQuoteSelector', exact, prefix: '', suffix: '' },
        ],
      },
    ],
    document: { title: ['Chỉ đạo khắc phục hậu quả mưa lũ'] },
    links: {},
    hidden: false,
    flagged: false,
  });
  return {
    export_date: '2024-05-02T00:00:00.000Z',
    export_userid: 'acct:reader@hypothes.is',
    client_version: '1.1500.0',
    annotations: [
      annotation('hA1', TUYENQUANG.passage, 'Hỏi lại mức hỗ trợ', ['lũ', 'hỗ trợ']),
      annotation('hA2', 'một câu không có trên trang này', '', []),
      { ...annotation('hA3', 'x', 'Một trả lời', []), references: ['hA1'], target: [{ source: uri }] },
    ],
  };
}

describe('importing a Hypothesis export', () => {
  it('refuses a malformed one, then imports one whose highlight shows on its page', async () => {
    // The address the reader annotated on the real portal (the demo page names it as canonical).
    const articleUrl = `https://${TUYENQUANG.host}${TUYENQUANG.path}`;
    const dashboard = await harness.openExtensionPage('dashboard');
    await dashboard.waitForSelector('[data-ready]');
    const input = dashboard.getByLabel('Import a backup file');

    const broken = hypothesisExport(articleUrl) as { annotations: { created: unknown }[] };
    broken.annotations[1].created = 12;
    await input.setInputFiles({
      name: 'hypothesis-broken.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(broken)),
    });
    await expect
      .poll(() => dashboard.locator('[data-export-message="error"]').textContent())
      .toContain('annotations.1.created');
    expect(await readAnnotations(dashboard)).toEqual([]);

    await input.setInputFiles({
      name: 'hypothesis.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(hypothesisExport(articleUrl))),
    });
    await expect
      .poll(() => dashboard.locator('[data-export-message="ok"]').textContent())
      .toMatch(/Hypothesis.*2 new.*1 reply/);
    const imported = await readAnnotations(dashboard);
    expect(imported.map((a) => [a.quote, a.note, a.tags]).sort()).toEqual(
      [
        [TUYENQUANG.passage, 'Hỏi lại mức hỗ trợ', ['lũ', 'hỗ trợ']],
        ['một câu không có trên trang này', '', []],
      ].sort(),
    );

    const article = await harness.openArticle(TUYENQUANG.host, TUYENQUANG.path);
    await expect
      .poll(async () => ((await pageState(article))?.annotations ?? []).filter((a) => a.anchored).map((a) => a.quote))
      .toEqual([TUYENQUANG.passage]);
    // The orphan is kept, with its quote, for the side panel to list.
    expect((await pageState(article))?.annotations.length).toBe(2);
    await article.close();
    await dashboard.close();
  });
});
