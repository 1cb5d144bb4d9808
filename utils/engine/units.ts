// Word lists for figures (shared/domain/numbers-dates.md §2–§4, §6). A number counts as a
// quantity only before a measure or a counted noun, so these lists decide precision: time
// units ("6 tháng", "5 năm") and "lần" are left out on purpose (periods, durations, ordinals).

/** Scale words between the number and its unit, with their multipliers. */
export const SCALES: Readonly<Record<string, number>> = {
  'nghìn tỷ': 1e12,
  'ngàn tỷ': 1e12,
  'nghìn tỉ': 1e12,
  'ngàn tỉ': 1e12,
  nghìn: 1e3,
  ngàn: 1e3,
  triệu: 1e6,
  tỷ: 1e9,
  tỉ: 1e9,
  trăm: 1e2,
};

/** Currencies as written; `true` marks đồng (so the amount has a value in đồng). */
export const CURRENCIES: Readonly<Record<string, boolean>> = {
  đồng: true,
  VNĐ: true,
  VND: true,
  vnđ: true,
  đ: true,
  '₫': true,
  USD: false,
  'đô la Mỹ': false,
  'đô la': false,
  EUR: false,
  euro: false,
  Euro: false,
  'nhân dân tệ': false,
  yên: false,
};

/** Measures, written right after the number or after a space ("1.200 ha", "500m"). */
export const MEASURES = [
  'ha', 'hecta', 'héc-ta', 'km²', 'km2', 'km', 'm²', 'm2', 'm³', 'm3', 'm', 'cm', 'mm', 'tấn', 'tạ', 'kg',
  'lít', 'MW', 'kW', 'kWh', 'MWh', 'GWh', 'GW', 'kV', 'MWp', 'mét', 'mét vuông', 'mét khối', 'ki-lô-mét',
  // concentrations and flows (salinity, water quality, discharge)
  'g/l', 'g/lít', 'mg/l', 'mg/lít', 'm3/s', 'm³/s', 'km/h',
] as const;

/** Counted nouns of provincial reports: people, bodies, places, paperwork, works, goods. */
export const COUNTED_NOUNS = [
  // people
  'người', 'người dân', 'ngư dân', 'người lao động', 'lao động', 'hộ', 'hộ dân', 'hộ gia đình', 'hộ nghèo',
  'hộ cận nghèo', 'hộ kinh doanh', 'khẩu', 'nhân khẩu', 'lượt', 'lượt người', 'lượt khách', 'khách',
  'du khách', 'học sinh', 'sinh viên', 'giáo viên', 'trẻ', 'trẻ em', 'cháu', 'em', 'bệnh nhân', 'ca',
  'ca mắc', 'ca bệnh', 'trường hợp', 'đối tượng', 'cán bộ', 'công chức', 'viên chức', 'đảng viên',
  'hội viên', 'đoàn viên', 'thành viên', 'đại biểu', 'cử tri', 'chiến sĩ', 'công nhân', 'nông dân',
  'thí sinh', 'bác sĩ', 'y bác sĩ', 'nhân viên', 'tình nguyện viên', 'nhà đầu tư', 'doanh nhân',
  'chủ rừng', 'đồng chí', 'đồng bào', 'gia đình', 'cá nhân', 'tập thể', 'nghệ nhân', 'vận động viên',
  'hộ sản xuất', 'người có công', 'thương binh', 'liệt sĩ', 'cựu chiến binh',
  // bodies and places
  'doanh nghiệp', 'DN', 'hợp tác xã', 'HTX', 'tổ hợp tác', 'cơ sở', 'cơ sở sản xuất', 'đơn vị',
  'đơn vị hành chính', 'cơ quan', 'tổ chức', 'xã', 'phường', 'thị trấn', 'huyện', 'thị xã',
  'thành phố', 'tỉnh', 'thôn', 'bản', 'ấp', 'làng', 'xóm', 'khu phố', 'tổ dân phố', 'khóm', 'địa phương',
  'sở', 'ngành', 'điểm cầu', 'trường', 'trường học', 'điểm trường', 'bệnh viện', 'trạm y tế', 'trạm',
  'chợ', 'siêu thị', 'cửa hàng', 'khu công nghiệp', 'cụm công nghiệp', 'KCN', 'CCN', 'làng nghề',
  'khu du lịch', 'điểm du lịch', 'nhà máy', 'trang trại', 'phòng học', 'lớp học', 'cống', 'trạm bơm',
  // paperwork and work
  'nhiệm vụ', 'giải pháp', 'chỉ tiêu', 'tiêu chí', 'mục tiêu', 'chương trình', 'dự án', 'công trình',
  'hạng mục', 'đề án', 'kế hoạch', 'văn bản', 'quyết định', 'công văn', 'chỉ thị', 'nghị quyết',
  'nghị định', 'thông tư', 'thông báo', 'báo cáo', 'báo cáo chuyên đề', 'tờ trình', 'kết luận',
  'hướng dẫn', 'quy định', 'hồ sơ', 'thủ tục', 'thủ tục hành chính', 'TTHC', 'dịch vụ công',
  'dịch vụ công trực tuyến', 'cuộc họp', 'cuộc', 'hội nghị', 'buổi', 'đợt', 'lớp', 'lớp tập huấn',
  'cuộc kiểm tra', 'cuộc thanh tra', 'đoàn kiểm tra', 'đoàn', 'vụ', 'vụ việc', 'vụ án', 'vi phạm',
  'kiến nghị', 'ý kiến', 'đơn', 'đơn thư', 'nội dung', 'lĩnh vực', 'sản phẩm', 'mô hình', 'định hướng',
  'khâu đột phá', 'đột phá', 'trụ cột', 'con số', 'sáng kiến', 'đề tài', 'giải thưởng', 'huy chương',
  'bằng khen', 'giấy khen', 'giấy phép', 'giấy chứng nhận', 'hợp đồng', 'gói thầu', 'điểm', 'bậc',
  'hạng', 'số phiếu', 'phiếu', 'câu hỏi', 'bài viết', 'tin bài', 'phóng sự', 'chuyên đề', 'tài khoản',
  // works, goods, animals
  'tuyến', 'tuyến đường', 'cây cầu', 'cầu', 'căn nhà', 'căn hộ', 'ngôi nhà', 'nhà', 'nhà ở',
  'tàu', 'tàu cá', 'phương tiện', 'xe', 'ô tô', 'chiếc', 'máy', 'con', 'gia súc', 'gia cầm', 'cây',
  'mẫu', 'liều', 'liều vắc xin', 'suất', 'suất quà', 'phần quà', 'thửa', 'thửa đất', 'lô', 'lô đất',
  'bộ', 'cái', 'nhóm', 'loại', 'cụm', 'căn', 'ngôi', 'gói', 'khóa', 'thẻ', 'sổ', 'chuyến', 'container',
  'giường', 'giường bệnh', 'chi bộ', 'đảng bộ', 'phiên', 'phiên họp', 'kỳ họp', 'sự kiện', 'hoạt động',
  'cột mốc', 'giấy', 'thiết bị', 'đặc khu', 'khu dân cư', 'khu tái định cư', 'điểm ngập', 'tổ công tác', 'đoàn công tác',
  // units of the apparatus and of health work
  'trung tâm', 'trung tâm y tế', 'phòng khám', 'cơ sở y tế', 'cơ sở khám bệnh', 'phòng', 'phòng, ban', 'phòng ban',
  'chi cục', 'đầu mối', 'cơ quan chuyên môn', 'ổ dịch', 'ổ', 'điểm nóng',
] as const;

/** Nouns that classify the noun after them: "09 nhóm nhiệm vụ", "3 căn nhà", "2 đợt kiểm tra". */
export const CLASSIFIERS = new Set<string>([
  'nhóm', 'loại', 'cụm', 'đợt', 'lượt', 'con', 'căn', 'ngôi', 'chiếc', 'cái', 'bộ', 'đoàn', 'cuộc',
  'bản', 'tuyến', 'hạng mục', 'gói', 'lớp', 'khóa', 'em', 'cháu',
]);

/** Words after which a number names or orders something ("Kỳ họp thứ 22", "Quốc lộ 1", "tổ 5"). */
export const NAMING_WORDS = [
  'thứ', 'lần', 'khóa', 'kỳ', 'kì', 'đợt', 'quốc lộ', 'tỉnh lộ', 'QL', 'ĐT', 'đường', 'phố', 'phường',
  'quận', 'tổ', 'ấp', 'khu', 'khóm', 'thôn', 'bản', 'xóm', 'đội', 'km', 'kênh', 'cầu', 'lô', 'phòng',
  'tầng', 'mục', 'điều', 'khoản', 'chương', 'điểm', 'phụ lục', 'giai đoạn', 'nhiệm kỳ', 'tháng', 'quý',
  'ngày', 'năm', 'tuần', 'lúc', 'giờ', 'hạng', 'cấp', 'cấp độ', 'mức', 'mức độ', 'độ', 'đoàn', 'vùng',
  'cụm', 'nhóm', 'bảng', 'hình', 'tập', 'trang', 'quân khu', 'hẻm', 'ngõ', 'ngách', 'kiệt', 'lớp',
  'top', 'phiên', 'bước',
] as const;

/** Approximators right before a number (stored as `qualifier`); direction words are not here. */
export const QUALIFIERS = [
  'ước đạt', 'ước tính', 'xấp xỉ', 'tối đa', 'tối thiểu', 'bình quân', 'lũy kế', 'ít nhất', 'khoảng',
  'chừng', 'hơn', 'trên', 'gần', 'đạt', 'ước', 'dưới',
] as const;

/** Approximators after the figure ("từ 2,5% trở lên"). */
export const TRAILING_QUALIFIERS = ['trở lên', 'trở xuống'] as const;

/** Second parts of rates ("17%/năm", "50 triệu đồng/hợp đồng/năm"). */
export const RATE_PARTS = ['năm', 'tháng', 'quý', 'tuần', 'ngày', 'giờ', 'lượt', 'người', 'hộ', 'ha', 'kg', 'tấn', 'lít', 'm²', 'm2', 'km', 'hợp đồng', 'sản phẩm', 'con', 'suất'] as const;
