// Word lists for directives (shared/domain/directives.md §3–4). Compiled once into regexes on
// the engine's canonical text (NFC, tone on the first vowel of "oa/oe/uy").

import { canonicalTone } from './normalise.ts';
import { escapeRegExp } from './regex-text.ts';

const NOT_LETTER_BEFORE = String.raw`(?<![\p{L}\p{N}])`;
const NOT_LETTER_AFTER = String.raw`(?![\p{L}\p{N}])`;

function alternation(words: readonly string[]): string {
  return [...words]
    .map((w) => escapeRegExp(canonicalTone(w)).replace(/ /g, String.raw`\s+`))
    .sort((a, b) => b.length - a.length)
    .join('|');
}

/** `words` as whole words; `capitalFirst` also accepts them with a capital first letter. */
export function wordsRegex(words: readonly string[], flags = 'u', capitalFirst = false): RegExp {
  const all = capitalFirst ? [...words, ...words.map((w) => w[0].toUpperCase() + w.slice(1))] : words;
  return new RegExp(`${NOT_LETTER_BEFORE}(?:${alternation(all)})${NOT_LETTER_AFTER}`, flags);
}

/** Anchored at the start: `^(?:words)` as whole words. */
export function startsWithRegex(words: readonly string[], capitalFirst = true): RegExp {
  const all = capitalFirst ? [...words, ...words.map((w) => w[0].toUpperCase() + w.slice(1))] : words;
  return new RegExp(`^(?:${alternation(all)})${NOT_LETTER_AFTER}`, 'u');
}

/** Verbs by which a leader or body instructs (§4.1). */
export const CUE_WORDS = [
  'yêu cầu',
  'chỉ đạo',
  'đề nghị',
  'giao',
  'lưu ý',
  'nhấn mạnh',
  'đôn đốc',
  'nhắc nhở',
  'kêu gọi',
  'khẳng định',
  'nêu rõ',
  'đặt ra yêu cầu',
  'chỉ thị',
  'quán triệt',
  // a leader's advice to those below ("căn dặn các tân sinh viên phải …"), an assignment of roles
  'căn dặn',
  'dặn dò',
  'phân công',
  'chỉ rõ',
] as const;

/** Cues that report speech: a directive only when what follows is an order, not an assessment. */
export const SPEECH_CUES = new Set(['nhấn mạnh', 'khẳng định', 'nêu rõ', 'chỉ rõ', 'quán triệt']);

/** Verbs and adverbs that open an action phrase: the task of a directive (§4.1 task verbs). */
export const ACTION_WORDS = [
  'tập trung',
  'tiếp tục',
  'triển khai',
  'thực hiện',
  'tổ chức',
  'rà soát',
  'đẩy nhanh',
  'đẩy mạnh',
  'tăng cường',
  'nâng cao',
  'hoàn thành',
  'hoàn thiện',
  'xây dựng',
  'kiểm tra',
  'giám sát',
  'quán triệt',
  'chuẩn bị',
  'báo cáo',
  'tham mưu',
  'phối hợp',
  'chủ trì',
  'nghiên cứu',
  'đề xuất',
  'giải quyết',
  'xử lý',
  'bảo đảm',
  'đảm bảo',
  'phấn đấu',
  'duy trì',
  'quan tâm',
  'chú trọng',
  'chú ý',
  'làm rõ',
  'làm tốt',
  'cải thiện',
  'khắc phục',
  'tháo gỡ',
  'siết chặt',
  'kiện toàn',
  'chấn chỉnh',
  'phát huy',
  'củng cố',
  'giữ vững',
  'huy động',
  'đổi mới',
  'ưu tiên',
  'thúc đẩy',
  'sắp xếp',
  'bố trí',
  'cân đối',
  'điều chỉnh',
  'bổ sung',
  'hướng dẫn',
  'tuyên truyền',
  'vận động',
  'theo dõi',
  'đôn đốc',
  'khẩn trương',
  'chủ động',
  'tích cực',
  'kịp thời',
  'quyết liệt',
  'nghiêm túc',
  'thường xuyên',
  'sớm',
  'bám sát',
  'tiếp thu',
  'trình',
  'ban hành',
  'gửi',
  'cập nhật',
  'đánh giá',
  'tổng hợp',
  'tổng kết',
  'sơ kết',
  'kiểm soát',
  'quản lý',
  'hỗ trợ',
  'tạo điều kiện',
  'ngăn chặn',
  'xác định',
  'dồn sức',
  'bắt tay',
  'vào cuộc',
  'cụ thể hóa',
  'nắm chắc',
  'nắm bắt',
  'tiến hành',
  'mở rộng',
  'nhân rộng',
  'phân công',
  'kiên quyết',
  'tránh',
  'đề cao',
  'tăng tốc',
  'hạn chế',
  'lập',
  'làm việc',
  'phòng ngừa',
  'phòng, chống',
  'phòng chống',
  'ứng phó',
  'chỉ đạo',
  'lãnh đạo',
  'rút kinh nghiệm',
  'tranh thủ',
  'khai thác',
  'phát triển',
  'tổ chức thực hiện',
  'thực hiện nghiêm',
  'nghiêm khắc',
  'quyết tâm',
  'khảo sát',
  'thống kê',
  'giải ngân',
  'thu hút',
  'chăm lo',
  'nhanh chóng',
  'cương quyết',
  'sâu sát',
  'luôn',
  'chịu trách nhiệm',
  'công khai',
  'di dời',
  'hỗ trợ',
  'vận hành',
  'thay thế',
  'thu hồi',
  'xử lý nghiêm',
  'phân bổ',
  'tham gia',
  'kiểm đếm',
  'sơ tán',
  'chấp hành',
  'tuân thủ',
  'sẵn sàng',
] as const;

// Modals, also capitalised where they open a sentence ("Nghiêm cấm …", "Không được …").
const MODAL_WORDS = ['cần phải', 'cần', 'phải', 'không được', 'không để', 'tuyệt đối không', 'nghiêm cấm'].flatMap(
  (w) => [w, w[0].toUpperCase() + w.slice(1)],
);

/** Obligation modals (§4.1); "cần thiết", "phải đối mặt" are not obligations. */
export const MODAL = new RegExp(
  `${NOT_LETTER_BEFORE}(?:${alternation(MODAL_WORDS)})${NOT_LETTER_AFTER}(?!\\s+(?:thiết|đối mặt|chăng|chi))`,
  'u',
);

/** A prohibition opening a clause: what follows names who must not act ("Nghiêm cấm các cơ sở …"). */
export const PROHIBITION_START = startsWithRegex([
  'nghiêm cấm',
  'cấm',
  'tuyệt đối không để',
  'không để',
  'không được để',
]);

/** Link words that open a continuation ("Đồng thời, …", "Trên cơ sở đó, …", "(2) …"). */
export const CONNECTOR = new RegExp(
  '^(?:' +
    [
      String.raw`\(\s*(?:\d{1,2}|[a-zđ])\s*\)`,
      String.raw`(?:\d{1,2}|[a-zđ])\s*[.)]\s`,
      String.raw`[-–+•*]`,
      String.raw`(?:Thứ|thứ)\s+(?:nhất|hai|ba|tư|năm|sáu|bảy|tám|chín|mười)`,
      String.raw`(?:Một|Hai|Ba|Bốn|Năm|Sáu|Bảy|Tám|Chín|Mười)\s+là`,
      alternation(
        [
          'đồng thời',
          'riêng',
          'bên cạnh đó',
          'ngoài ra',
          'trong đó',
          'theo đó',
          'trên cơ sở đó',
          'nhất là',
          'đặc biệt là',
          'đặc biệt',
          'cùng với đó',
          'song song đó',
          'song song với đó',
          'mặt khác',
          'từ đó',
          'vì vậy',
          'do đó',
          'cụ thể',
          'trước mắt',
          'về lâu dài',
          'tiếp theo',
          'sau đó',
          'và',
          'hoặc',
          'cũng như',
          'kế đến',
          'cuối cùng',
          'trước hết',
        ].flatMap((w) => [w, w[0].toUpperCase() + w.slice(1)]),
      ),
    ].join('|') +
    String.raw`)[\s,:]*`,
  'u',
);

/** A list marker opening a clause: "(2)", "2.", "b)", "-", "Thứ hai,", "Hai là,". */
export const LIST_MARKER =
  /^(?:\(\s*(?:\d{1,2}|[a-zđ])\s*\)|(?:\d{1,2}|[a-zđ])\s*[.)]\s|[-–+•*]\s|(?:Thứ|thứ)\s+(?:hai|ba|tư|năm|sáu|bảy|tám|chín|mười)|(?:Hai|Ba|Bốn|Năm|Sáu|Bảy|Tám|Chín|Mười)\s+là)/u;

/** Topic frames before the task ("Về phát triển kinh tế, …", "Đối với ngành y tế, …"). */
export const TOPIC_FRAME =
  /^(?:Về|về|Đối với|đối với|Riêng|Với|Tùy|tùy|Tùy theo|Căn cứ|căn cứ|Trường hợp|trường hợp|Trong trường hợp|Nếu|nếu|Theo chức năng|theo chức năng)\s[^,;:]{1,80},\s*/u;

/** Head nouns of bodies and people who receive tasks (§3), after "các"/"từng"/"cả". */
export const AGENT_NOUNS = [
  'sở',
  'ban',
  'ngành',
  'cấp',
  'địa phương',
  'cơ quan',
  'đơn vị',
  'huyện',
  'thị xã',
  'thành phố',
  'xã',
  'phường',
  'tổ chức',
  'doanh nghiệp',
  'chủ đầu tư',
  'nhà đầu tư',
  'hội',
  'đoàn thể',
  'tiểu ban',
  'đồng chí',
  'thành viên',
  'lực lượng',
  'bộ',
  'cấp ủy',
  'tổ',
  'trường',
  'bệnh viện',
  'ngân hàng',
  'hợp tác xã',
  'ủy ban',
  'phòng',
  'trung tâm',
  'chi cục',
  'chính quyền',
  'người đứng đầu',
  'thủ trưởng',
  'lãnh đạo',
  'cán bộ',
  'đảng ủy',
  'chi bộ',
  'tổ chức đảng',
  'ngành chức năng',
  'hộ',
  'quận',
  'thôn',
  'bản',
  'khu phố',
  'công ty',
  'hệ thống chính trị',
  'ban ngành',
  'sở ngành',
  'đảng viên',
  'cơ sở',
  'trạm',
  'chi nhánh',
  'nhà trường',
  'chủ hộ',
  'chủ cơ sở',
  'cơ quan báo chí',
  'hộ gia đình',
  'đội',
  'ấp',
  'khu',
  // people who carry out tasks on the ground (guide, Readings · Directives: addressees by shape)
  'nhà thầu',
  'đơn vị thi công',
  'đoàn viên',
  'hội viên',
  'cá nhân',
  'chủ phương tiện',
  'chủ tàu',
  'chủ rừng',
  'giáo viên',
  'y bác sĩ',
  'chiến sĩ',
];

/** Collective addressees ("các sở, ngành", "từng đồng chí", "cả hệ thống chính trị", "cấp ủy, chính quyền"). */
export const COLLECTIVE_ASSIGNEE = new RegExp(
  `^(?:(?:các|Các|từng|Từng|cả|Cả|toàn|Toàn|mọi|Mọi)\\s+(?:${alternation([...AGENT_NOUNS, ...AGENT_NOUNS.map((w) => w[0].toUpperCase() + w.slice(1))])})|(?:${alternation(['người đứng đầu', 'cấp ủy', 'chính quyền', 'ngành chức năng', 'lãnh đạo các', 'nhà đầu tư', 'chủ đầu tư', 'doanh nghiệp', 'người dân'])}))${NOT_LETTER_AFTER}`,
  'u',
);

/** Named bodies and officers ("Sở Tài chính", "UBND các huyện", "Thủ trưởng các sở", "MTTQ các cấp"). */
export const NAMED_ASSIGNEE = new RegExp(
  // "Hội nghị", "Hội thảo" are meetings, not the associations ("Hội Nông dân") addressed.
  `^(?!Hội\\s+(?:nghị|thảo|thi|chợ|diễn|báo|xuân|trại)${NOT_LETTER_AFTER})(?:${alternation([
    'Sở',
    'Ban',
    'Văn phòng',
    'UBND',
    'Ủy ban',
    'HĐND',
    'Công an',
    'Bộ Chỉ huy',
    'Bộ đội',
    'Cục',
    'Chi cục',
    'Phòng',
    'Trung tâm',
    'Thủ trưởng',
    'Giám đốc',
    'Chủ tịch UBND',
    'Chủ tịch Ủy ban',
    'Lãnh đạo',
    'MTTQ',
    'Mặt trận',
    'Ủy ban MTTQ',
    'Đoàn',
    'Hội',
    'Liên đoàn',
    'Tỉnh đoàn',
    'Huyện ủy',
    'Thành ủy',
    'Thị ủy',
    'Đảng ủy',
    'Đảng đoàn',
    'Ban cán sự',
    'Kho bạc',
    'Ngân hàng',
    'Thanh tra',
    'Bảo hiểm xã hội',
    'Trường',
    'Bệnh viện',
    'Quỹ',
    'Tổ công tác',
    'Công ty',
    'Tổng công ty',
    'Đài',
    'Báo',
    'Viện',
    'Bộ',
    'Tòa án',
    'Viện kiểm sát',
    'Cảnh sát',
    'Hải quan',
    'Điện lực',
    'Ngành',
    'Ủy ban nhân dân',
    'Tỉnh ủy',
    'BCH',
    'Thường trực',
    // Stations and units on the ground ("Trạm Y tế xã", "Hạt Kiểm lâm", "Đội Quản lý thị trường",
    // "Ban Quản lý dự án"): bodies by the head noun of their proper name.
    'Trạm',
    'Hạt',
    'Đội',
    'Chi nhánh',
    'Văn phòng Đăng ký',
    'Ban Quản lý',
  ])})${NOT_LETTER_AFTER}`,
  'u',
);

/** Noun phrases that open a ";"-part listing more objects of the clause before it. */
export const LIST_CONTINUATION = /^(?:các|những|sự|mọi|toàn bộ|cùng)\s/u;

/** Clause openings that report results or past actions (§4.2). */
export const REPORT_START = startsWithRegex([
  'đã',
  'vừa',
  'được',
  'đạt',
  'tăng',
  'giảm',
  'vượt',
  'có',
  'là',
  'gồm',
  'còn',
]);

/** Frames that place a sentence in the past ("Trong tháng qua, …", "thời gian qua", "đến nay"). */
export const RETROSPECTIVE =
  /(?:(?:tháng|năm|tuần|quý|thời gian|những ngày|những tháng|giai đoạn|nhiệm kỳ)\s+(?:vừa\s+)?qua|vừa qua|trước đó|đến nay)(?![\p{L}])/iu;
