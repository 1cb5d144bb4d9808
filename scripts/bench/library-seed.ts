// Synthetic library for the library bench, written straight into the extension's IndexedDB from
// one of its pages (the database the background and pages share). Runs inside the page: no
// imports, everything it needs is in the function body.
export interface SeedCounts {
  articles: number;
  annotations: number;
  tasks: number;
}

/**
 * Adds records numbered from `from` (a library grows in steps: 10,000 annotations, then 40,000
 * more, ...). Tasks point at the first annotations and articles, which exist from the first step.
 */
export async function seedLibraryInPage(counts: SeedCounts & { from?: SeedCounts }): Promise<SeedCounts> {
  const from = counts.from ?? { articles: 0, annotations: 0, tasks: 0 };
  const provinces = ['Ninh Thuận', 'Quảng Ngãi', 'Thanh Hóa', 'Đắk Lắk', 'Bình Định', 'Hà Tĩnh', 'Lâm Đồng', 'Cà Mau'];
  const agencies = [
    'Sở Kế hoạch và Đầu tư',
    'Sở Tài chính',
    'Sở Xây dựng',
    'UBND các huyện',
    'Sở Y tế',
    'Sở Giáo dục và Đào tạo',
    'Công an tỉnh',
  ];
  const verbs = [
    'khẩn trương hoàn thành',
    'tham mưu',
    'rà soát, báo cáo',
    'đẩy nhanh tiến độ',
    'phối hợp triển khai',
    'tổng hợp kết quả',
  ];
  const topics = [
    'giải ngân vốn đầu tư công',
    'dự án khu công nghiệp',
    'chuyển đổi số',
    'phòng chống dịch bệnh',
    'kế hoạch sử dụng đất',
    'xây dựng nông thôn mới',
  ];
  const colors = ['yellow', 'green', 'blue', 'pink', 'purple'];
  const kinds = ['highlight', 'figure', 'document', 'directive', 'note'];
  const statuses = ['open', 'in-progress', 'done', 'dropped'];
  const now = Date.now();
  const pick = <T>(list: readonly T[], i: number): T => list[i % list.length];

  const range = (start: number, end: number) => Array.from({ length: Math.max(0, end - start) }, (_, k) => start + k);
  const articleAt = (i: number) => {
    const province = pick(provinces, i);
    const site = `${province.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/gi, 'd').replace(/\s+/g, '').toLowerCase()}.gov.vn`;
    return {
      url: `https://${site}/tin-tuc/bai-${i}.html`,
      title: `UBND tỉnh ${province} họp bàn về ${pick(topics, i)} (${i})`,
      site,
      province,
      published: `2024-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 27) + 1).padStart(2, '0')}`,
      firstVisit: now - i * 60_000,
      lastVisit: now - i * 30_000,
      textSnapshot: '',
      isArticle: true,
    };
  };
  const articles = range(from.articles, counts.articles).map(articleAt);
  const sentence = (i: number) =>
    `Chủ tịch UBND tỉnh yêu cầu ${pick(agencies, i)} ${pick(verbs, i * 7)} ${pick(topics, i * 3)} trong năm ${2024 + (i % 3)}, số ${i}.`;
  const annotationAt = (i: number) => {
    const article = articleAt(i % counts.articles);
    const quote = sentence(i);
    const start = (i * 97) % 20_000;
    return {
      id: `bench-a-${i}`,
      articleUrl: article.url,
      selectors: [
        { type: 'TextQuoteSelector', exact: quote, prefix: 'Tại cuộc họp, ', suffix: ' Đồng thời' },
        { type: 'TextPositionSelector', start, end: start + quote.length },
      ],
      anchoringVersion: 1,
      quote,
      kind: pick(kinds, i),
      color: pick(colors, i),
      tags: i % 5 === 0 ? ['đầu tư công'] : i % 7 === 0 ? ['y tế', 'khẩn'] : [],
      note: i % 3 === 0 ? `Ghi chú ${i}: theo dõi ${pick(topics, i)}` : '',
      finding: null,
      created: now - i * 1000,
      updated: now - i * 1000,
    };
  };
  const annotations = range(from.annotations, counts.annotations).map(annotationAt);
  const taskAt = (i: number) => {
    const annotation = annotationAt(i % counts.annotations);
    const article = articleAt(i % counts.articles);
    const year = 2024 + (i % 4);
    const status = pick(statuses, i * 3);
    return {
      id: `bench-t-${i}`,
      articleUrl: annotation.articleUrl,
      annotationId: annotation.id,
      text: annotation.quote,
      issuer: 'Chủ tịch UBND tỉnh',
      assignees: [pick(agencies, i)],
      deadline:
        i % 10 === 0
          ? null
          : i % 3 === 0
            ? `${year}-${String((i % 12) + 1).padStart(2, '0')}`
            : `${year}-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 28) + 1).padStart(2, '0')}`,
      status,
      notes: '',
      statusHistory: [{ status, at: now - i * 1000 }],
      due: '',
      site: article.site,
      province: article.province,
      created: now - i * 1000,
      updated: now - i * 1000,
    };
  };
  const tasks = range(from.tasks, counts.tasks).map((i) => {
    const task = taskAt(i);
    // The background's dueKey: the last day of the deadline's period ('' without one).
    const [y, m, d] = (task.deadline ?? '').split('-').map(Number);
    const last = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();
    const pad = (n: number) => String(n).padStart(2, '0');
    task.due = task.deadline === null ? '' : d ? task.deadline : `${y}-${pad(m)}-${pad(last(y, m))}`;
    return task;
  });

  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const request = indexedDB.open('govmark');
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  const put = (store: string, records: readonly object[]) =>
    new Promise<void>((resolve, reject) => {
      const tx = db.transaction(store, 'readwrite');
      const table = tx.objectStore(store);
      for (const record of records) table.add(record);
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
    });
  await put('articles', articles);
  await put('annotations', annotations);
  await put('tasks', tasks);
  db.close();
  return counts;
}
