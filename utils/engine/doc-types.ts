// Vocabulary of document references (shared/domain/documents.md §2–§3): type words as they
// appear in prose, abbreviations that mark a type inside a symbol, and issuer codes whose
// body the symbol alone tells.

/** Type words, longest first where one contains another. */
export const DOC_TYPES = [
  'Nghị quyết liên tịch', 'Thông tư liên tịch', 'Thông báo kết luận', 'Chương trình hành động',
  'Văn bản hợp nhất', 'Nghị quyết', 'Nghị định', 'Quyết định', 'Chỉ thị', 'Kết luận', 'Thông báo',
  'Kế hoạch', 'Công văn', 'Văn bản', 'Báo cáo', 'Tờ trình', 'Thông tư', 'Pháp lệnh', 'Luật', 'Lệnh',
  'Chương trình', 'Đề án', 'Hướng dẫn', 'Quy định', 'Quy chế', 'Công điện', 'Thông tri', 'Phương án',
  'Thông cáo', 'Giấy mời', 'Biên bản', 'Hiệp định', 'Sắc lệnh',
] as const;

/**
 * Types cited by bare number without "số" ("Nghị quyết 01"); for the others a bare number is
 * too often a name ("Chương trình 135", "Đề án 06" are programmes, not citations).
 */
export const CITED_BY_NUMBER = new Set<string>([
  'nghị quyết', 'nghị định', 'quyết định', 'chỉ thị', 'kết luận', 'thông tư', 'công điện', 'luật',
]);

/** Type abbreviations inside symbols (state and Party): the group after them is the issuer. */
export const TYPE_ABBREVIATIONS = new Set<string>([
  'NQ', 'QĐ', 'CT', 'QC', 'QyĐ', 'QĐi', 'TC', 'TB', 'HD', 'CTr', 'KH', 'PA', 'ĐA', 'DA', 'BC', 'BB',
  'TTr', 'HĐ', 'CĐ', 'BGN', 'BTT', 'GUQ', 'GM', 'GGT', 'NĐ', 'TT', 'TTLT', 'NQLT', 'L', 'KL', 'CV',
  'QĐNS', 'BS', 'SY', 'TrS', 'SL', 'ND', 'QD',
]);

/** Issuer codes that name one body whichever province cites them. */
export const ISSUER_CODES: Readonly<Record<string, string>> = {
  CP: 'Chính phủ',
  TTg: 'Thủ tướng Chính phủ',
  VPCP: 'Văn phòng Chính phủ',
  QH: 'Quốc hội',
  UBTVQH: 'Ủy ban Thường vụ Quốc hội',
  CTN: 'Chủ tịch nước',
  TW: 'Trung ương',
  // Provincial portals cite their own province's bodies unless the prose says otherwise.
  HĐND: 'HĐND tỉnh',
  UBND: 'UBND tỉnh',
  TU: 'Tỉnh ủy',
  BNV: 'Bộ Nội vụ',
  BTC: 'Bộ Tài chính',
  BCT: 'Bộ Công Thương',
  BYT: 'Bộ Y tế',
  BKHĐT: 'Bộ Kế hoạch và Đầu tư',
  BGDĐT: 'Bộ Giáo dục và Đào tạo',
  BTTTT: 'Bộ Thông tin và Truyền thông',
  BTNMT: 'Bộ Tài nguyên và Môi trường',
  BNNPTNT: 'Bộ Nông nghiệp và Phát triển nông thôn',
  BXD: 'Bộ Xây dựng',
  BGTVT: 'Bộ Giao thông vận tải',
  BCA: 'Bộ Công an',
  BQP: 'Bộ Quốc phòng',
  BTP: 'Bộ Tư pháp',
  BLĐTBXH: 'Bộ Lao động - Thương binh và Xã hội',
  BVHTTDL: 'Bộ Văn hóa, Thể thao và Du lịch',
};

/** Words that open the name of an issuing body in prose. */
export const BODY_HEADS = [
  'Ủy ban nhân dân', 'Hội đồng nhân dân', 'Ban Thường vụ', 'Ban Chấp hành', 'Ban Bí thư', 'Bộ Chính trị',
  'Thường trực', 'Chủ tịch', 'Thủ tướng', 'Chính phủ', 'Quốc hội', 'Tỉnh ủy', 'Thành ủy', 'Huyện ủy',
  'UBND', 'HĐND', 'Văn phòng', 'Bộ', 'Sở', 'Ban',
] as const;

/** Verbs by which a body issues a document ("UBND tỉnh đã có Văn bản số …"). */
export const ISSUING_VERBS = ['ban hành', 'có', 'ký', 'kết luận', 'phát hành', 'gửi', 'ra'] as const;

/** Lowercase words that end a body's name ("Chính phủ về …", "UBND tỉnh đã …"). */
export const NAME_STOP_WORDS = new Set<string>([
  'về', 'đã', 'được', 'có', 'ký', 'tại', 'ngày', 'năm', 'trong', 'với', 'để', 'nhằm', 'theo', 'là',
  'thì', 'cho', 'đến', 'từ', 'khi', 'sẽ', 'đang', 'vừa', 'cũng', 'này', 'đó', 'ban', 'quy', 'số', 'và',
  'các', 'những', 'một', 'việc', 'thực', 'triển', 'tổ', 'phê', 'chỉ', 'yêu', 'giao', 'đề', 'hướng',
  'tiếp', 'tập', 'làm', 'của', 'do', 'sau', 'trước', 'nên', 'mà', 'như', 'gồm', 'kèm', 'bổ', 'sửa',
  'điều', 'khóa', 'kỳ', 'lần', 'nhiệm', 'giai', 'thời', 'kết', 'ra', 'gửi', 'phát', 'quyết', 'thông',
  'báo', 'chủ', 'phối', 'xây', 'ngay', 'đồng', 'không', 'vào', 'trên', 'dưới', 'bằng', 'qua',
]);

/** Administrative levels and lowercase parts of body names ("UBND tỉnh", "Ủy ban nhân dân"). */
export const NAME_LEVEL_WORDS = ['tỉnh', 'thành phố', 'huyện', 'thị xã', 'quận', 'xã', 'phường', 'nhân dân', 'trung ương'] as const;
