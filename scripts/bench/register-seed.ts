// The library a reader who covers one province for a few years would have: 10,000 documents and
// 10,000 tracked tasks, written the way the background writes them. It is shaped like real
// reading, not spread evenly, because the register's costs follow the shape:
// - assignees follow a long tail: a few departments get most of the instructions (thousands of
//   tasks for Sở Giao thông vận tải), so "tasks of the same body" is a large set;
// - tasks come back to the same matters (a road project, land clearance, public investment)
//   with different places and wording, so some tasks do follow up what a new article says;
// - a few documents are cited in hundreds of articles (the government's resolution every
//   meeting implements), so a document's citations can be many.
// The words are made up for the bench; the matters echo the register's own demo articles so that
// visiting them meets real follow-ups.
import type { TaskRecord } from '../../utils/model/records';
import type { CitationRecord, DocumentRecord, TaskMatchRecord } from '../../utils/model/register-records';
import { type DocumentIdentity, documentIdentity } from '../../utils/register/document-key';
import { documentKeyOf } from '../../utils/register/document-resolution';
import { digestsOf, type MatterDigest } from '../../utils/register/matter-digest';
import { taskMatchRow } from '../../utils/register/task-match-row';

export interface SeedRecords {
  documents: DocumentRecord[];
  citations: CitationRecord[];
  tasks: TaskRecord[];
  taskMatch: TaskMatchRecord[];
  matterDigests: MatterDigest[];
}

export interface SeedShape {
  documents: number;
  tasks: number;
  /** Articles citing each popular document (the demo articles' resolution and plan among them). */
  popularCitations: number;
}

const PROVINCE = 'Ninh Thuận';
const SITE = 'ninhthuan.gov.vn';

/** Departments first: their weight falls off with rank (a Zipf tail, exponent 0.8). */
const BODIES = [
  'Sở Giao thông vận tải',
  'Sở Kế hoạch và Đầu tư',
  'Sở Tài nguyên và Môi trường',
  'Sở Tài chính',
  'Sở Xây dựng',
  'Sở Nông nghiệp và Phát triển nông thôn',
  'Sở Y tế',
  'Sở Giáo dục và Đào tạo',
  'Sở Công Thương',
  'Sở Lao động - Thương binh và Xã hội',
  'Sở Văn hóa, Thể thao và Du lịch',
  'Sở Thông tin và Truyền thông',
  'Sở Nội vụ',
  'Công an tỉnh',
  'Ban Quản lý dự án đầu tư xây dựng các công trình giao thông',
  'UBND huyện Ninh Hải',
  'UBND huyện Thuận Nam',
  'UBND huyện Ninh Phước',
  'UBND huyện Ninh Sơn',
  'UBND huyện Bác Ái',
  'UBND huyện Thuận Bắc',
  'UBND thành phố Phan Rang - Tháp Chàm',
  ...Array.from({ length: 40 }, (_, index) => `UBND xã số ${index + 1}`),
];

const PLACES = ['Ninh Hải', 'Thuận Nam', 'Ninh Phước', 'Ninh Sơn', 'Bác Ái', 'Thuận Bắc'];

/** What the tasks are about: an action on an object, at a place; the demo articles' matters among them. */
const ACTIONS = [
  'khẩn trương hoàn thành',
  'đẩy nhanh',
  'kiểm tra, đôn đốc',
  'rà soát, báo cáo kết quả',
  'phối hợp xử lý',
  'tham mưu phương án',
  'chịu trách nhiệm',
  'lập kế hoạch',
];
const OBJECTS = [
  'giải phóng mặt bằng dự án đường ven biển đoạn qua huyện',
  'bàn giao mặt bằng dự án đường ven biển cho nhà thầu tại huyện',
  'hồ sơ giao đất tái định cư cho các hộ dân huyện',
  'kiến nghị của doanh nghiệp về thủ tục đất đai tại huyện',
  'giải ngân vốn đầu tư công các công trình huyện',
  'an toàn công trình trường học trên địa bàn huyện',
  'hồ sơ cấp giấy chứng nhận quyền sử dụng đất huyện',
  'điểm đen tai nạn giao thông quốc lộ qua huyện',
  'nạo vét kênh mương phục vụ sản xuất vụ hè thu huyện',
  'nguồn nước sinh hoạt cho người dân vùng hạn huyện',
  'sửa chữa trạm y tế xã xuống cấp của huyện',
  'quy hoạch chi tiết khu công nghiệp phía nam huyện',
  'cấp phép khai thác cát xây dựng theo quy hoạch huyện',
  'khai thác khoáng sản trái phép tại huyện',
  'du lịch cộng đồng vùng đồng bào huyện',
  'chuyển đổi cây trồng trên đất lúa kém hiệu quả huyện',
  ...[
    'chợ đầu mối nông sản',
    'bệnh viện đa khoa khu vực',
    'trường mầm non bán trú',
    'nhà văn hóa thôn',
    'cầu dân sinh vùng lũ',
    'hồ chứa nước thủy lợi',
    'kè chống sạt lở bờ sông',
    'cụm công nghiệp làng nghề',
    'bến cá và khu neo đậu tàu thuyền',
    'khu xử lý chất thải rắn',
    'tuyến đường liên xã',
    'hệ thống chiếu sáng đô thị',
    'nhà ở xã hội cho công nhân',
    'điểm tập kết rác thải nông thôn',
    'trạm bơm điện tưới tiêu',
    'khu dân cư chỉnh trang đô thị',
    'vùng nuôi tôm công nghệ cao',
    'rừng phòng hộ ven biển',
    'điện mặt trời áp mái công sở',
    'bãi đỗ xe khu du lịch biển',
    'sân vận động trung tâm',
    'ký túc xá trường cao đẳng nghề',
    'trung tâm hành chính công',
    'kho lưu trữ hồ sơ địa chính',
  ].flatMap((object) => [`dự án ${object} tại huyện`, `công tác duy tu ${object} của huyện`]),
];
/** The demo articles' own matters (the first four objects) come back in one task in a hundred. */
const DEMO_OBJECTS = 4;
const DEMO_SHARE = 0.01;

/** Deterministic, so every run of the bench meets the same library. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

function zipfPicker<T>(items: readonly T[], next: () => number): () => T {
  const weights = items.map((_, rank) => 1 / (rank + 1) ** 0.8);
  const total = weights.reduce((sum, weight) => sum + weight, 0);
  return () => {
    let left = next() * total;
    for (let index = 0; index < items.length; index += 1) {
      left -= weights[index];
      if (left <= 0) return items[index];
    }
    return items[items.length - 1];
  };
}

interface SeedDocument {
  docType: string;
  symbol: string;
  date: string;
  issuer: string;
  citations: number;
}

/** The demo articles' documents, cited everywhere, then ordinary ones cited once to three times. */
function documentList(shape: SeedShape, next: () => number): SeedDocument[] {
  const popular: SeedDocument[] = [
    { docType: 'Nghị quyết', symbol: '105/NQ-CP', date: '2023-07-15', issuer: 'Chính phủ', citations: 0 },
    { docType: 'Kế hoạch', symbol: '45/KH-UBND', date: '2024-03-02', issuer: 'UBND tỉnh', citations: 0 },
    { docType: 'Quyết định', symbol: '1568/QĐ-TTg', date: '2023-12-14', issuer: 'Thủ tướng', citations: 0 },
  ].map((document) => ({ ...document, citations: shape.popularCitations }));
  const kinds: [string, string][] = [
    ['Quyết định', 'QĐ-UBND'],
    ['Kế hoạch', 'KH-UBND'],
    ['Công văn', 'UBND-KTTH'],
    ['Nghị quyết', 'NQ-HĐND'],
    ['Chỉ thị', 'CT-UBND'],
  ];
  const ordinary = Array.from({ length: shape.documents - popular.length }, (_, index): SeedDocument => {
    const [docType, suffix] = kinds[index % kinds.length];
    const year = 2019 + (index % 6);
    return {
      docType,
      symbol: `${100 + index}/${suffix}`,
      date: `${year}-0${1 + (index % 9)}-1${index % 10}`,
      issuer: 'UBND tỉnh',
      citations: 1 + Math.floor(next() * 3),
    };
  });
  return [...popular, ...ordinary];
}

export function seedRegister(shape: SeedShape): SeedRecords {
  const next = random(14);
  const documents: DocumentRecord[] = [];
  const citations: CitationRecord[] = [];
  const identities: DocumentIdentity[] = [];
  let articleNo = 0;
  for (const [index, seed] of documentList(shape, next).entries()) {
    const identity = documentIdentity({ symbol: seed.symbol, date: seed.date }, PROVINCE);
    const key = documentKeyOf(identity);
    identities.push(identity);
    const passage = `Thực hiện ${seed.docType} số ${seed.symbol} của ${seed.issuer}, các đơn vị đã triển khai.`;
    for (let cite = 0; cite < seed.citations; cite += 1) {
      articleNo += 1;
      const url = `https://${SITE}/tin-tuc/bai-${articleNo}.html`;
      citations.push({
        id: `${url}#10-${10 + seed.symbol.length}`,
        documentKey: key,
        articleUrl: url,
        title: `Bài ${articleNo}`,
        site: SITE,
        province: PROVINCE,
        published: '2024-01-01',
        seen: articleNo,
        quote: `${seed.docType} số ${seed.symbol}`,
        passage,
        selectors: [{ type: 'TextPositionSelector', start: 10, end: 10 + seed.symbol.length }],
      });
    }
    documents.push({
      key,
      ...identity,
      docType: seed.docType,
      symbol: seed.symbol,
      number: seed.symbol.split('/')[0],
      date: seed.date,
      issuer: seed.issuer,
      provinces: [PROVINCE],
      articleCount: seed.citations,
      citationCount: seed.citations,
      firstSeen: index,
      lastSeen: articleNo,
      searchText: passage.toLowerCase(),
    });
  }

  const pickBody = zipfPicker(BODIES, next);
  const tasks: TaskRecord[] = [];
  const taskMatch: TaskMatchRecord[] = [];
  for (let index = 0; index < shape.tasks; index += 1) {
    const body = pickBody();
    const action = ACTIONS[Math.floor(next() * ACTIONS.length)];
    const object =
      next() < DEMO_SHARE
        ? OBJECTS[Math.floor(next() * DEMO_OBJECTS)]
        : OBJECTS[DEMO_OBJECTS + Math.floor(next() * (OBJECTS.length - DEMO_OBJECTS))];
    const place = PLACES[Math.floor(next() * PLACES.length)];
    // One task in 250 cites a popular document in its passage, the others an ordinary one or none.
    const citedIndex =
      index % 250 === 0 ? (index / 250) % 3 : next() < 0.3 ? 3 + Math.floor(next() * (documents.length - 3)) : -1;
    const cited = citedIndex >= 0 ? documents[citedIndex] : null;
    const articleUrl = `https://${SITE}/tin-tuc/bai-${1 + (index % Math.max(articleNo, 1))}.html`;
    const month = 1 + (index % 12);
    const task: TaskRecord = {
      id: `task-${index}`,
      articleUrl,
      annotationId: `ann-${index}`,
      text: `Chủ tịch UBND tỉnh yêu cầu ${body} ${action} ${object} ${place}${cited ? ` theo ${cited.docType} số ${cited.symbol}` : ''}, báo cáo trước ngày 15/${month}/2024.`,
      issuer: 'Chủ tịch UBND tỉnh',
      assignees: [body],
      deadline: `2024-${String(month).padStart(2, '0')}-15`,
      status: 'open',
      notes: '',
      statusHistory: [{ status: 'open', at: index }],
      due: `2024-${String(month).padStart(2, '0')}-15`,
      site: SITE,
      province: PROVINCE,
      created: index,
      updated: index,
      revision: 1,
    };
    tasks.push(task);
    const identity = citedIndex >= 0 ? identities[citedIndex] : null;
    taskMatch.push(taskMatchRow(task, identity ? [identity] : []));
  }
  return { documents, citations, tasks, taskMatch, matterDigests: digestsOf(taskMatch) };
}
