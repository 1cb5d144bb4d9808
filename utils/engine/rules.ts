// The engine's rules by name: each says which section of the labeling guide it serves, why it
// fires (one line in Vietnamese and English, for the finding card and `analyze --explain`),
// and carries made-up examples that the rule must find (tests/unit/engine/rules.test.ts runs
// them). A finding lists the rules that made it in `rules`.

import type { RuleTrace } from './types.ts';

export interface EngineRule {
  /** Guide section, as headed in shared/domain/labeling-guide.md. */
  section: string;
  vi: string;
  en: string;
  /**
   * How sure a finding of this rule is before the evidence of the finding itself
   * (utils/engine/confidence.ts). Ordered by the strength of the rule's evidence: a named cue
   * above a task read by its shape alone. `scripts/analyze-score.ts --by-rule` prints each rule's
   * precision on the corpora open to tuning; there every rule is near 1.0 (the rules were
   * designed on them), so the priors are not fitted to those rates.
   */
  prior: number;
  /** Made-up sentences (never text of the shared articles) the rule reads, with the span it must give. */
  examples: readonly { text: string; finds: string }[];
}

export const RULES = {
  'directive.cue-with-issuer': {
    section: 'directive',
    vi: 'chỉ đạo · người chỉ đạo nêu trước từ giao việc',
    en: 'directive · an issuer written before an instruction verb',
    prior: 0.9,
    examples: [
      {
        text: 'Chủ tịch UBND tỉnh Lê Hoàng Phúc yêu cầu Sở Xây dựng rà soát các công trình xuống cấp.',
        finds: 'Chủ tịch UBND tỉnh Lê Hoàng Phúc yêu cầu Sở Xây dựng rà soát các công trình xuống cấp',
      },
    ],
  },
  'directive.chain-continuation': {
    section: 'directive',
    vi: 'chỉ đạo · nhiệm vụ tiếp nối câu chỉ đạo liền trước',
    en: 'directive · a task continuing the instruction right before it',
    prior: 0.75,
    examples: [
      {
        text: 'Chủ tịch UBND tỉnh Lê Hoàng Phúc yêu cầu các sở, ngành tăng cường kiểm tra. Sở Tài chính chủ trì cân đối nguồn vốn.',
        finds: 'Sở Tài chính chủ trì cân đối nguồn vốn',
      },
    ],
  },
  'directive.lead-in-list': {
    section: 'Readings for real pages · Directives (lead-in)',
    vi: 'chỉ đạo · tiếp nối danh sách nhiệm vụ sau lời dẫn',
    en: 'directive · continues the task list opened by a lead-in',
    prior: 0.8,
    examples: [
      {
        text: 'Phó Chủ tịch UBND huyện Đào Minh Sơn yêu cầu các phòng, ban:\nSố hóa toàn bộ hồ sơ đất đai.\nTăng cường kiểm tra các điểm trường lẻ.',
        finds: 'Tăng cường kiểm tra các điểm trường lẻ',
      },
    ],
  },
  'directive.task-by-form': {
    section: 'Readings for real pages · Directives (lead-in)',
    vi: 'chỉ đạo · nhiệm vụ nhận ra theo hình thức câu (động từ mở đầu, "có + danh từ") trong danh sách sau lời dẫn',
    en: 'directive · a task told by its form (a bare verb, "có + noun") in the list a lead-in opened',
    prior: 0.7,
    examples: [
      {
        text: 'Chủ tịch UBND huyện Lò Văn Pấng yêu cầu các xã:\nNạo vét mương nội đồng trước vụ mùa.',
        finds: 'Nạo vét mương nội đồng trước vụ mùa',
      },
    ],
  },
  'directive.cue-opening': {
    section: 'Readings for real pages · Directives',
    vi: 'chỉ đạo · câu mở đầu bằng từ giao việc, người chỉ đạo là người phát biểu',
    en: 'directive · a clause opening with an instruction verb, issued by the current speaker',
    prior: 0.85,
    examples: [
      {
        text: 'Chủ tịch UBND xã Vũ Thị Hạnh thông báo kết quả họp như sau:\n1. Giao Ban Công an xã tăng cường tuần tra ban đêm.',
        finds: '1. Giao Ban Công an xã tăng cường tuần tra ban đêm',
      },
    ],
  },
  'directive.joined-cue': {
    section: 'directive',
    vi: 'chỉ đạo · người phát biểu ghi nhận, nghe báo cáo rồi "và" giao việc',
    en: 'directive · the opening subject praises or hears a report, then "và" instructs',
    prior: 0.85,
    examples: [
      {
        text: 'Phó Chủ tịch UBND huyện Mai Quốc Toản ghi nhận, biểu dương nỗ lực của xã và yêu cầu xã rà soát lại danh sách hộ nghèo.',
        finds: 'và yêu cầu xã rà soát lại danh sách hộ nghèo',
      },
    ],
  },
  'directive.assign-to': {
    section: 'Readings for real pages · Directives (giao X cho Y)',
    vi: 'chỉ đạo · giao việc cho đơn vị nêu sau "cho"',
    en: 'directive · assigns a thing to the body named after "cho"',
    prior: 0.85,
    examples: [
      {
        text: 'Phó Chủ tịch UBND tỉnh Trịnh Văn Khải giao bãi đất trống cho UBND thị trấn quản lý.',
        finds: 'Phó Chủ tịch UBND tỉnh Trịnh Văn Khải giao bãi đất trống cho UBND thị trấn quản lý',
      },
    ],
  },
  'directive.document-instruction': {
    section: 'Readings for real pages · Directives (the notice being reported)',
    vi: 'chỉ đạo · cơ quan giao việc qua văn bản bài báo đưa tin (công văn, chỉ thị…)',
    en: 'directive · a body instructing through the document the article reports (official letter, directive…)',
    prior: 0.85,
    examples: [
      {
        text: 'UBND huyện đã ban hành Công văn số 88/UBND-VP ngày 2/4/2024 yêu cầu các xã kiểm tra toàn bộ hồ chứa nước trước mùa mưa.',
        finds:
          'UBND huyện đã ban hành Công văn số 88/UBND-VP ngày 2/4/2024 yêu cầu các xã kiểm tra toàn bộ hồ chứa nước trước mùa mưa',
      },
    ],
  },
  'directive.quote-before-attribution': {
    section: 'Readings for real pages · Directives (quotes)',
    vi: 'chỉ đạo · lời chỉ đạo trích dẫn trước tên người nói',
    en: 'directive · an instruction quoted before its attribution',
    prior: 0.8,
    examples: [
      {
        text: '“Các xã phải dọn xong bùn đất ngay trong tuần này” – ông Phan Quốc Bảo yêu cầu.',
        finds: '“Các xã phải dọn xong bùn đất ngay trong tuần này” – ông Phan Quốc Bảo yêu cầu',
      },
    ],
  },
  'directive.attributed-afterwards': {
    section: 'Readings for real pages · Directives (quotes)',
    vi: 'chỉ đạo · lời chỉ đạo nêu trước, câu sau mới cho biết của ai ("Đó là chỉ đạo của …")',
    en: 'directive · an instruction told first and attributed by the next sentence ("That is the instruction of …")',
    prior: 0.75,
    examples: [
      {
        text: '“Các xã ven biển phải hoàn thành việc chằng chống nhà cửa trước khi bão vào”. Đó là chỉ đạo của Chủ tịch UBND tỉnh Hồ Văn Lợi tại cuộc họp khẩn.',
        finds: 'Các xã ven biển phải hoàn thành việc chằng chống nhà cửa trước khi bão vào',
      },
    ],
  },
  'directive.quoted-speech': {
    section: 'Readings for real pages · Directives (lead-in)',
    vi: 'chỉ đạo · nghĩa vụ nêu tiếp trong lời phát biểu được trích',
    en: 'directive · an obligation further on in the quoted speech',
    prior: 0.75,
    examples: [
      {
        text: 'Bí thư Huyện ủy Ngô Đức Thịnh nhấn mạnh: “Các xã cần hoàn thành việc cắm mốc. Đây là việc khó. Mỗi thôn phải có tổ tự quản về môi trường.”',
        finds: 'Mỗi thôn phải có tổ tự quản về môi trường',
      },
    ],
  },
  'figure.number-and-noun': {
    section: 'figure',
    vi: 'số liệu · con số kèm đơn vị hoặc danh từ được đếm',
    en: 'figure · a number with its unit or counted noun',
    prior: 0.9,
    examples: [{ text: 'Huyện đã trồng mới 1.250 ha rừng phòng hộ.', finds: '1.250 ha' }],
  },
  'document.type-and-number': {
    section: 'document',
    vi: 'văn bản · loại văn bản kèm số, ký hiệu',
    en: 'document · a document type with its number or symbol',
    prior: 0.95,
    examples: [{ text: 'Thực hiện Kế hoạch số 77/KH-UBND, các xã rà soát hộ nghèo.', finds: 'Kế hoạch số 77/KH-UBND' }],
  },
  'date.calendar': {
    section: 'date',
    vi: 'ngày tháng · mốc thời gian trong bài',
    en: 'date · a calendar reference in the article',
    prior: 0.9,
    examples: [{ text: 'Ngày 14/5/2024, UBND huyện tổ chức hội nghị.', finds: 'Ngày 14/5/2024' }],
  },
  'date.deadline': {
    section: 'date',
    vi: 'thời hạn · mốc thời gian giới hạn một nhiệm vụ',
    en: 'deadline · a date that limits a task',
    prior: 0.85,
    examples: [
      {
        text: 'Chủ tịch UBND huyện yêu cầu các xã báo cáo trước ngày 20/6/2024.',
        finds: 'trước ngày 20/6/2024',
      },
    ],
  },
} as const satisfies Record<string, EngineRule>;

export type RuleName = keyof typeof RULES;

/** The trace a finding carries for one rule. */
export function trace(name: RuleName): RuleTrace {
  const rule: EngineRule = RULES[name];
  return { rule: name, section: rule.section, vi: rule.vi, en: rule.en };
}
