// Bench: streams a 100,000-highlight library to CSV the way the dashboard does and checks that
// no single batch holds the thread long enough to freeze the page (one slice ≤ 50 ms).
import { performance } from 'node:perf_hooks';
import { HIGHLIGHT_TABLE, type HighlightRow } from '../../utils/export/csv-columns';
import { csvChunks } from '../../utils/export/csv';
import type { AnnotationRecord, ArticleRecord } from '../../utils/model/records';

const HIGHLIGHTS = 100_000;
const ARTICLES = 500;
const TARGET_SLICE_MS = 50;
const PHRASES = [
  'UBND tỉnh giao Sở Tài chính chủ trì, phối hợp với các sở, ngành liên quan',
  'giảm 3,5% chi thường xuyên so với cùng kỳ năm trước',
  'tổng vốn đầu tư công năm 2023 đạt hơn 1.300 tỷ đồng',
  '=HYPERLINK("http://evil.example","bấm vào đây")',
  'báo cáo kết quả thực hiện trước ngày 15/01/2023, “không để chậm trễ”',
];

function round(ms: number): number {
  return Math.round(ms * 10) / 10;
}

/** A synthetic library: rows of 500 portal articles, a mix of plain highlights and figures. */
function buildRows(): HighlightRow[] {
  const articles: ArticleRecord[] = Array.from({ length: ARTICLES }, (_, index) => ({
    url: `https://ninhthuan.gov.vn/portal/Pages/2023-1-15/tin-${index}.aspx`,
    title: `Tin số ${index}: UBND tỉnh Ninh Thuận chỉ đạo triển khai nhiệm vụ năm 2023`,
    site: 'ninhthuan.gov.vn',
    province: 'Ninh Thuận',
    published: '2023-01-15',
    firstVisit: Date.UTC(2024, 0, 1) + index * 3_600_000,
    lastVisit: Date.UTC(2024, 0, 2) + index * 3_600_000,
    textSnapshot: '',
    isArticle: true,
  }));
  return Array.from({ length: HIGHLIGHTS }, (_, index) => {
    const article = articles[index % ARTICLES];
    const quote = `${PHRASES[index % PHRASES.length]} (${index})`;
    const annotation: AnnotationRecord = {
      id: `bench-${index}`,
      articleUrl: article.url,
      selectors: [{ type: 'TextQuoteSelector', exact: quote, prefix: 'Theo chỉ đạo của ', suffix: ', các đơn vị' }],
      anchoringVersion: 1,
      quote,
      kind: index % 3 === 0 ? 'figure' : 'highlight',
      color: 'yellow',
      tags: index % 4 === 0 ? ['ngân sách', 'đầu tư'] : [],
      note: index % 5 === 0 ? 'Cần đối chiếu với báo cáo quý, "số liệu" chưa khớp' : '',
      finding:
        index % 3 === 0
          ? {
              kind: 'figure',
              figure: {
                text: '3,5%',
                start: 0,
                end: 4,
                kind: 'percent',
                value: -3.5,
                unit: null,
                vnd: null,
                qualifier: null,
              },
            }
          : null,
      created: article.lastVisit,
      updated: article.lastVisit,
      revision: 1,
    };
    return { annotation, article, task: null };
  });
}

export async function benchExport(): Promise<object> {
  const rows = buildRows();
  let sliceStart = performance.now();
  const slicesMs: number[] = [];
  // The page can paint and handle input only between slices: time each one.
  const yieldToEventLoop = async () => {
    slicesMs.push(performance.now() - sliceStart);
    await new Promise((resolve) => setTimeout(resolve, 0));
    sliceStart = performance.now();
  };
  const started = performance.now();
  sliceStart = started;
  const parts: string[] = [];
  for await (const chunk of csvChunks(rows, { table: HIGHLIGHT_TABLE, lang: 'vi', yieldToEventLoop }))
    parts.push(chunk);
  slicesMs.push(performance.now() - sliceStart);
  const totalMs = performance.now() - started;
  const bytes = new Blob(parts).size;
  const sorted = [...slicesMs].sort((a, b) => a - b);
  const longestSliceMs = sorted[sorted.length - 1];
  return {
    runtime: `Node ${process.versions.node}`,
    highlights: HIGHLIGHTS,
    batches: slicesMs.length,
    megabytes: round(bytes / 1_048_576),
    totalMs: round(totalMs),
    rowsPerSecond: Math.round(HIGHLIGHTS / (totalMs / 1000)),
    medianSliceMs: round(sorted[Math.floor(sorted.length / 2)]),
    longestSliceMs: round(longestSliceMs),
    longestSliceIndex: slicesMs.indexOf(longestSliceMs),
    targetSliceMs: TARGET_SLICE_MS,
    withinTarget: longestSliceMs < TARGET_SLICE_MS,
  };
}
