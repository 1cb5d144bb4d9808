// Bench: what the register of documents and the follow-up check add to a visit, with 10,000
// documents and 10,000 tracked tasks stored (target: under 5 ms), in Chromium with the built
// extension. The records are written straight into the extension's IndexedDB from one of its
// pages; then the page sends the background the made-up register articles' visits, each once
// with its findings and once without them (the visit as it was before the register), and the
// difference of the medians is what the register adds. fake-indexeddb is no guide here: its
// multi-entry index lookups take a second at this size.
import { readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { analyzeText } from '../../utils/engine/analyze';
import type { VisitWithFindings } from '../../utils/messaging/background-messages';
import type { TaskRecord } from '../../utils/model/records';
import type { CitationRecord, DocumentRecord, TaskMatchRecord } from '../../utils/model/register-records';
import { documentIdentity } from '../../utils/register/document-key';
import { documentKeyOf } from '../../utils/register/document-resolution';
import { bodyName, matterWeights } from '../../utils/register/follow-up';
import { EXTENSION_DIR, launchWithExtension } from '../lib/launch-extension';

/** REGISTER_BENCH_SIZE=1000 runs a smaller library (quick checks); the target is for 10,000. */
const SIZE = Number(process.env.REGISTER_BENCH_SIZE ?? 10_000);
const DOCUMENTS = SIZE;
const TASKS = SIZE;
const VISITS = Number(process.env.REGISTER_BENCH_VISITS ?? 24);
const TARGET_MS = 5;
const ARTICLES_DIR = path.resolve(import.meta.dirname, '../../tests/fixtures/articles');
const DOC_TYPES: [string, string][] = [
  ['Quyết định', 'QĐ-UBND'],
  ['Kế hoạch', 'KH-UBND'],
  ['Công văn', 'UBND-KT'],
  ['Nghị quyết', 'NQ-HĐND'],
];
/** Assignees of the seeded tasks: the register articles' departments among them, so candidates are found. */
const BODIES = [
  'Sở Giao thông vận tải',
  'Sở Kế hoạch và Đầu tư',
  'Sở Tài nguyên và Môi trường',
  'Sở Tài chính',
  'Sở Xây dựng',
  'Sở Y tế',
  'Sở Giáo dục và Đào tạo',
  'Sở Công Thương',
  ...Array.from({ length: 92 }, (_, index) => `UBND huyện số ${index + 1}`),
];
const ACTIONS = [
  'hoàn thành giải phóng mặt bằng khu tái định cư',
  'kiểm tra an toàn công trình trường học',
  'rà soát hồ sơ cấp giấy chứng nhận quyền sử dụng đất',
  'đẩy nhanh giải ngân vốn đầu tư công',
  'tổ chức tuyên truyền phòng chống dịch bệnh',
];

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

const round = (ms: number) => Math.round(ms * 100) / 100;

function visitOf(file: string, url: string): VisitWithFindings {
  const analysis = analyzeText(readFileSync(path.join(ARTICLES_DIR, file), 'utf8'), { url });
  return {
    url,
    title: analysis.article.title,
    site: 'ninhthuan.gov.vn',
    province: analysis.article.province,
    published: analysis.article.published,
    textSnapshot: analysis.text,
    isArticle: analysis.article.isArticle,
    documents: analysis.documents,
    directives: analysis.directives,
  };
}

interface SeedRecords {
  documents: DocumentRecord[];
  citations: CitationRecord[];
  tasks: TaskRecord[];
  taskMatch: TaskMatchRecord[];
}

function seedRecords(): SeedRecords {
  const documents: DocumentRecord[] = [];
  const citations: CitationRecord[] = [];
  for (let index = 0; index < DOCUMENTS; index += 1) {
    const [docType, suffix] = DOC_TYPES[index % DOC_TYPES.length];
    const symbol = `${index + 1}/${suffix}`;
    const identity = documentIdentity({ symbol, date: '2024-01-01' }, 'Ninh Thuận');
    const key = documentKeyOf(identity);
    const url = `https://ninhthuan.gov.vn/tin-tuc/bai-${index % 2_000}.html`;
    documents.push({
      key,
      ...identity,
      docType,
      symbol,
      number: String(index + 1),
      date: '2024-01-01',
      issuer: 'UBND tỉnh',
      provinces: ['Ninh Thuận'],
      articleCount: 1,
      citationCount: 1,
      firstSeen: index,
      lastSeen: index,
      searchText: `${docType} ${symbol}`.toLowerCase(),
    });
    citations.push({
      id: `${url}#${index}-${index + 10}`,
      documentKey: key,
      articleUrl: url,
      title: `Bài ${index}`,
      site: 'ninhthuan.gov.vn',
      province: 'Ninh Thuận',
      published: '2024-01-01',
      seen: index,
      quote: `${docType} số ${symbol}`,
      passage: `Thực hiện ${docType} số ${symbol}.`,
      selectors: [{ type: 'TextPositionSelector', start: index, end: index + 10 }],
    });
  }
  const tasks: TaskRecord[] = [];
  const matches: TaskMatchRecord[] = [];
  for (let index = 0; index < TASKS; index += 1) {
    const body = BODIES[index % BODIES.length];
    const articleUrl = `https://ninhthuan.gov.vn/tin-tuc/bai-${index % 2_000}.html`;
    const cited = documents[(index * 7) % DOCUMENTS];
    const task: TaskRecord = {
      id: `task-${index}`,
      articleUrl,
      annotationId: `ann-${index}`,
      text: `Giao ${body} ${ACTIONS[index % ACTIONS.length]} theo ${cited.docType} số ${cited.symbol}`,
      issuer: 'Chủ tịch UBND tỉnh',
      assignees: [body],
      deadline: '2024-12-31',
      status: 'open',
      notes: '',
      statusHistory: [{ status: 'open', at: index }],
      due: '2024-12-31',
      site: 'ninhthuan.gov.vn',
      province: 'Ninh Thuận',
      created: index,
      updated: index,
      revision: 1,
    };
    tasks.push(task);
    matches.push({
      taskId: `task-${index}`,
      articleUrl,
      documents: [{ symbolKey: cited.symbolKey, year: cited.year, national: cited.national }],
      symbolKeys: [cited.symbolKey],
      bodies: [bodyName(body)],
      matter: [...matterWeights(task)],
    });
  }
  return { documents, citations, tasks, taskMatch: matches };
}

/** Runs in the extension page: adds the records to the extension's database (opened by the page). */
async function writeInPage(records: Record<string, object[]>): Promise<void> {
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const request = indexedDB.open('govmark');
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  for (const [store, rows] of Object.entries(records)) {
    await new Promise<void>((resolve, reject) => {
      const tx = db.transaction(store, 'readwrite');
      for (const row of rows) tx.objectStore(store).put(row);
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
    });
  }
  db.close();
}

/** Runs in the extension page: sends each visit to the background and times its answer. */
async function visitInPage(visits: object[]): Promise<{ ms: number[]; failures: string[] }> {
  const runtime = (
    globalThis as unknown as {
      chrome: { runtime: { sendMessage(m: object): Promise<{ ok: boolean; error?: unknown }> } };
    }
  ).chrome.runtime;
  const ms: number[] = [];
  const failures: string[] = [];
  for (const payload of visits) {
    const started = performance.now();
    const response = await runtime.sendMessage({ type: 'page/visit', payload });
    ms.push(performance.now() - started);
    if (!response.ok) failures.push(JSON.stringify(response.error));
  }
  return { ms, failures };
}

export async function benchRegister(extensionDir: string = EXTENSION_DIR): Promise<object> {
  const records = seedRecords();
  const files = ['register-001.txt', 'register-002.txt'];
  const withRegister: object[] = [];
  const without: object[] = [];
  for (let index = 0; index < VISITS; index += 1) {
    // A new article each time (its own URL), as on a reader's day of browsing.
    const visit = visitOf(files[index % 2], `https://ninhthuan.gov.vn/tin-tuc/moi-${index}.html`);
    const { documents: _documents, directives: _directives, ...bare } = visit;
    without.push({ ...bare, url: `${bare.url}?truoc` });
    withRegister.push(visit);
  }
  const session = await launchWithExtension({ hostResolverRules: 'MAP nothing.invalid 127.0.0.1', extensionDir });
  try {
    // A page without live queries (the dashboard's would re-read the library after every visit,
    // beside the background); the first message makes the background open the database.
    const page = await session.context.newPage();
    await page.goto(`chrome-extension://${session.extensionId}/welcome.html`);
    await page.evaluate(visitInPage, []);
    await page.evaluate(() =>
      (
        globalThis as unknown as { chrome: { runtime: { sendMessage(m: object): Promise<unknown> } } }
      ).chrome.runtime.sendMessage({
        type: 'settings/get',
        payload: {},
      }),
    );
    const seeding = performance.now();
    await page.evaluate(writeInPage, records as unknown as Record<string, object[]>);
    const seedMs = performance.now() - seeding;
    process.stderr.write(`register bench: seeded in ${Math.round(seedMs)} ms\n`);
    // Alternate, so both kinds of visit meet the same state of the store and the worker.
    const plain: number[] = [];
    const registered: number[] = [];
    const failures: string[] = [];
    for (let index = 0; index < VISITS; index += 1) {
      const a = await page.evaluate(visitInPage, [without[index]]);
      const b = await page.evaluate(visitInPage, [withRegister[index]]);
      plain.push(...a.ms);
      registered.push(...b.ms);
      process.stderr.write(
        `register bench: visit ${index}: ${Math.round(a.ms[0])} ms bare, ${Math.round(b.ms[0])} ms with the register\n`,
      );
      failures.push(...a.failures, ...b.failures);
    }
    if (failures.length > 0) throw new Error(`a bench visit failed: ${failures[0]}`);
    const suggested = await page.evaluate(async () => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open('govmark');
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      const count = await new Promise<number>((resolve) => {
        const request = db.transaction('followUps').objectStore('followUps').count();
        request.onsuccess = () => resolve(request.result);
      });
      db.close();
      return count;
    });
    // The first visits warm the worker's code paths: measured, not counted.
    const warm = (values: number[]) => values.slice(4);
    const addedMs = median(warm(registered)) - median(warm(plain));
    return {
      store: 'Chromium IndexedDB, the built extension',
      // Timings on a shared machine: the load says how much to trust them.
      loadAverage: os.loadavg().map((load) => Math.round(load * 10) / 10),
      documents: DOCUMENTS,
      tasks: TASKS,
      visits: VISITS,
      seedMs: round(seedMs),
      visitMedianMs: { withoutRegister: round(median(warm(plain))), withRegister: round(median(warm(registered))) },
      visitMaxMs: {
        withoutRegister: round(Math.max(...warm(plain))),
        withRegister: round(Math.max(...warm(registered))),
      },
      addedMedianMs: round(addedMs),
      followUpsSuggested: suggested,
      targetMs: TARGET_MS,
      meetsTarget: addedMs < TARGET_MS,
    };
  } finally {
    await session.close();
  }
}
