// Large backups restore (issue 12.5): a backup of 200,000 annotations, over Chromium's 64 MiB
// message limit, restored from the dashboard's file input in chunks and one final commit.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from './harness';
import { buildBackup } from '../../utils/export/backup';
import type { AnnotationRecord, ArticleRecord } from '../../utils/model/records';

const ANNOTATIONS = 200_000;
const ARTICLES = 2_000;
const MESSAGE_LIMIT = 64 * 1024 * 1024;

let harness: Harness;
let dir: string;

beforeAll(async () => {
  harness = await startHarness({ lang: 'en-US' });
  dir = await mkdtemp(path.join(tmpdir(), 'govmark-large-backup-'));
});

afterAll(async () => {
  await harness?.shutdown();
  if (dir) await rm(dir, { recursive: true, force: true });
});

/** A made-up library: words of no one's article, numbered so every record differs. */
function library(): { articles: ArticleRecord[]; annotations: AnnotationRecord[] } {
  const articles: ArticleRecord[] = Array.from({ length: ARTICLES }, (_, i) => ({
    url: `https://tinh${i % 60}.gov.vn/tin-tuc/bai-${i}.html`,
    title: `Bài thử số ${i}`,
    site: `tinh${i % 60}.gov.vn`,
    province: null,
    published: '2024-05-01',
    firstVisit: 1_700_000_000_000 + i,
    lastVisit: 1_700_000_000_000 + i,
    textSnapshot: `Đoạn văn thử số ${i}. `.repeat(40),
    isArticle: true,
  }));
  const annotations: AnnotationRecord[] = Array.from({ length: ANNOTATIONS }, (_, i) => {
    const quote = `đoạn trích thử số ${i} về kế hoạch đầu tư công`;
    return {
      id: crypto.randomUUID(),
      articleUrl: articles[i % ARTICLES].url,
      selectors: [
        { type: 'TextQuoteSelector', exact: quote, prefix: 'trước đoạn trích ', suffix: ' sau đoạn trích' },
        { type: 'TextPositionSelector', start: i, end: i + quote.length },
      ],
      anchoringVersion: 1,
      quote,
      kind: 'highlight',
      color: 'yellow',
      tags: ['thử', `nhóm ${i % 50}`],
      note: `Ghi chú thử số ${i}: cần đối chiếu với báo cáo tháng trước của sở.`,
      finding: null,
      created: 1_700_000_000_000 + i,
      updated: 1_700_000_000_000 + i,
      revision: 1,
    };
  });
  return { articles, annotations };
}

describe('a backup larger than one message', () => {
  it('restores 200,000 annotations from a file over 64 MiB', { timeout: 600_000 }, async () => {
    const { articles, annotations } = library();
    const text = JSON.stringify(buildBackup({ articles, annotations, tasks: [] }));
    expect(Buffer.byteLength(text)).toBeGreaterThan(MESSAGE_LIMIT);
    const file = path.join(dir, 'govmark-backup-large.json');
    await writeFile(file, text);

    const dashboard = await harness.openExtensionPage('dashboard');
    await dashboard.waitForSelector('[data-ready]');
    await dashboard.getByLabel('Import a backup file').setInputFiles(file);
    await expect
      .poll(() => dashboard.locator('[data-export-message]').textContent(), { timeout: 540_000, interval: 2_000 })
      .toMatch(new RegExp(`Imported: ${ARTICLES + ANNOTATIONS} new, 0 updated, 0 unchanged`));
    const counts = await dashboard.evaluate(
      () =>
        new Promise<number[]>((resolve, reject) => {
          const open = indexedDB.open('govmark');
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const tx = open.result.transaction(['annotations', 'articles', 'importStaging']);
            const out: number[] = [];
            for (const name of ['annotations', 'articles', 'importStaging']) {
              const request = tx.objectStore(name).count();
              request.onsuccess = () => out.push(request.result);
            }
            tx.oncomplete = () => {
              open.result.close();
              resolve(out);
            };
          };
        }),
    );
    // Everything landed, and the staging table was emptied by the final swap.
    expect(counts).toEqual([ANNOTATIONS, ARTICLES, 0]);
    await dashboard.close();
  });
});
