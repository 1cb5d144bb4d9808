// Provinces of Vietnam before and after the 1 July 2025 merger (shared/domain/provinces.md):
// the 63 old units with their portal and party-newspaper hosts, the 34 units that replaced them,
// and the text cues (name variants, provincial capitals and distinctive districts, leaders of the
// 2020–2025 term) that tell which province an article is about when the host does not.

export interface OldProvince {
  name: string;
  /** Host label the portals and papers use: `<slug>.gov.vn`, `bao<slug>.vn`. */
  slug: string;
  /** The 2025 unit it became part of. */
  mergedInto: string;
  /** Hosts outside the `<slug>` patterns (papers with other names, radio-TV). */
  extraHosts: string[];
  /** Spellings seen besides `name` (tone placement, Đăk/Đắk, dashes, abbreviations). */
  variants: string[];
  /** Provincial capital, towns and districts whose names are unique to the province. */
  places: string[];
  /** Provincial leaders of the 2020–2025 term (Bí thư, Chủ tịch), full names. */
  leaders: string[];
}

const p = (
  name: string,
  slug: string,
  mergedInto: string,
  places: string[],
  leaders: string[] = [],
  variants: string[] = [],
  extraHosts: string[] = [],
): OldProvince => ({ name, slug, mergedInto, places, leaders, variants, extraHosts });

export const OLD_PROVINCES: readonly OldProvince[] = [
  p('An Giang', 'angiang', 'An Giang', ['Long Xuyên', 'Châu Đốc', 'Tân Châu', 'Tịnh Biên', 'Tri Tôn', 'An Phú', 'Thoại Sơn'], ['Lê Hồng Quang']),
  p('Bà Rịa – Vũng Tàu', 'baria-vungtau', 'TP Hồ Chí Minh', ['Vũng Tàu', 'Bà Rịa', 'Phú Mỹ', 'Côn Đảo', 'Xuyên Mộc', 'Long Điền', 'Đất Đỏ'], ['Phạm Viết Thanh', 'Nguyễn Văn Thọ'], ['Bà Rịa - Vũng Tàu', 'Bà Rịa-Vũng Tàu', 'Bà Rịa—Vũng Tàu', 'BR-VT'], ['bariavungtau.gov.vn']),
  p('Bạc Liêu', 'baclieu', 'Cà Mau', ['Giá Rai', 'Hồng Dân', 'Vĩnh Lợi', 'Đông Hải'], ['Lữ Văn Hùng', 'Phạm Văn Thiều']),
  p('Bắc Giang', 'bacgiang', 'Bắc Ninh', ['Lục Ngạn', 'Lục Nam', 'Yên Thế', 'Tân Yên', 'Hiệp Hòa', 'Lạng Giang', 'Sơn Động', 'Việt Yên', 'Yên Dũng'], ['Dương Văn Thái', 'Lê Ánh Dương']),
  p('Bắc Kạn', 'backan', 'Thái Nguyên', ['Ba Bể', 'Pác Nặm', 'Ngân Sơn', 'Chợ Đồn', 'Na Rì', 'Bạch Thông'], ['Hoàng Duy Chinh'], ['Bắc Cạn']),
  p('Bắc Ninh', 'bacninh', 'Bắc Ninh', ['Từ Sơn', 'Quế Võ', 'Tiên Du', 'Yên Phong', 'Gia Bình', 'Lương Tài', 'Thuận Thành'], ['Nguyễn Anh Tuấn', 'Nguyễn Hương Giang', 'Nguyễn Tử Quỳnh']),
  p('Bến Tre', 'bentre', 'Vĩnh Long', ['Ba Tri', 'Bình Đại', 'Chợ Lách', 'Giồng Trôm', 'Mỏ Cày', 'Thạnh Phú'], ['Lê Đức Thọ', 'Trần Ngọc Tam'], [], ['baodongkhoi.vn']),
  p('Bình Dương', 'binhduong', 'TP Hồ Chí Minh', ['Thủ Dầu Một', 'Dĩ An', 'Thuận An', 'Bến Cát', 'Tân Uyên', 'Bàu Bàng', 'Dầu Tiếng'], ['Nguyễn Văn Lợi', 'Võ Văn Minh']),
  p('Bình Định', 'binhdinh', 'Gia Lai', ['Quy Nhơn', 'An Nhơn', 'Hoài Nhơn', 'Phù Cát', 'Phù Mỹ', 'Tây Sơn', 'Vân Canh', 'Tuy Phước', 'Hoài Ân'], ['Hồ Quốc Dũng', 'Phạm Anh Tuấn']),
  p('Bình Phước', 'binhphuoc', 'Đồng Nai', ['Đồng Xoài', 'Bình Long', 'Chơn Thành', 'Lộc Ninh', 'Bù Đăng', 'Bù Đốp', 'Bù Gia Mập', 'Hớn Quản']),
  p('Bình Thuận', 'binhthuan', 'Lâm Đồng', ['Phan Thiết', 'La Gi', 'Tuy Phong', 'Bắc Bình', 'Hàm Thuận Bắc', 'Hàm Thuận Nam', 'Hàm Tân', 'Đức Linh', 'Tánh Linh', 'Phú Quý']),
  p('Cà Mau', 'camau', 'Cà Mau', ['Năm Căn', 'Ngọc Hiển', 'Đầm Dơi', 'U Minh', 'Thới Bình', 'Trần Văn Thời', 'Cái Nước'], ['Nguyễn Tiến Hải', 'Huỳnh Quốc Việt']),
  p('Cao Bằng', 'caobang', 'Cao Bằng', ['Bảo Lạc', 'Hà Quảng', 'Trùng Khánh', 'Hạ Lang', 'Quảng Hòa', 'Thạch An', 'Nguyên Bình', 'Hòa An'], ['Trần Hồng Minh', 'Hoàng Xuân Ánh']),
  p('Cần Thơ', 'cantho', 'Cần Thơ', ['Ninh Kiều', 'Bình Thủy', 'Cái Răng', 'Ô Môn', 'Thốt Nốt', 'Cờ Đỏ'], ['Trần Việt Trường']),
  p('Đà Nẵng', 'danang', 'Đà Nẵng', ['Hải Châu', 'Thanh Khê', 'Sơn Trà', 'Ngũ Hành Sơn', 'Liên Chiểu', 'Cẩm Lệ', 'Hòa Vang', 'Hoàng Sa'], ['Nguyễn Văn Quảng', 'Lê Trung Chinh']),
  p('Đắk Lắk', 'daklak', 'Đắk Lắk', ['Buôn Ma Thuột', 'Buôn Hồ', 'Ea Kar', "Ea H'leo", 'Krông Pắc', 'Krông Búk', 'Krông Năng', "Cư M'gar"], ['Nguyễn Đình Trung', 'Phạm Ngọc Nghị'], ['Đăk Lăk', 'Đắc Lắc', 'Dak Lak']),
  p('Đắk Nông', 'daknong', 'Lâm Đồng', ['Gia Nghĩa', "Đắk R'lấp", 'Đắk Mil', 'Đắk Song', 'Đắk Glong', 'Cư Jút', 'Krông Nô', 'Tuy Đức'], ['Hồ Văn Mười'], ['Đăk Nông']),
  p('Điện Biên', 'dienbien', 'Điện Biên', ['Điện Biên Phủ', 'Mường Lay', 'Mường Nhé', 'Mường Chà', 'Tủa Chùa', 'Tuần Giáo', 'Mường Ảng', 'Nậm Pồ'], ['Lê Thành Đô'], [], ['baodienbienphu.info.vn']),
  p('Đồng Nai', 'dongnai', 'Đồng Nai', ['Biên Hòa', 'Long Khánh', 'Nhơn Trạch', 'Long Thành', 'Trảng Bom', 'Cẩm Mỹ', 'Xuân Lộc', 'Định Quán', 'Vĩnh Cửu'], ['Nguyễn Hồng Lĩnh', 'Võ Tấn Đức'], [], ['dnrtv.vn', 'dongnai.dcs.vn']),
  p('Đồng Tháp', 'dongthap', 'Đồng Tháp', ['Cao Lãnh', 'Sa Đéc', 'Hồng Ngự', 'Tháp Mười', 'Lấp Vò', 'Lai Vung'], ['Lê Quốc Phong', 'Phạm Thiện Nghĩa']),
  p('Gia Lai', 'gialai', 'Gia Lai', ['Pleiku', 'An Khê', 'Ayun Pa', 'Chư Păh', 'Chư Prông', 'Chư Sê', 'Đức Cơ', 'Ia Grai', 'Kbang', 'Kông Chro', 'Mang Yang'], ['Hồ Văn Niên', 'Trương Hải Long']),
  p('Hà Giang', 'hagiang', 'Tuyên Quang', ['Đồng Văn', 'Mèo Vạc', 'Yên Minh', 'Quản Bạ', 'Bắc Mê', 'Hoàng Su Phì', 'Xín Mần', 'Vị Xuyên', 'Bắc Quang', 'Quang Bình']),
  p('Hà Nam', 'hanam', 'Ninh Bình', ['Phủ Lý', 'Duy Tiên', 'Kim Bảng', 'Thanh Liêm', 'Bình Lục', 'Lý Nhân'], ['Lê Thị Thủy', 'Trương Quốc Huy']),
  p('Hà Nội', 'hanoi', 'Hà Nội', ['Hoàn Kiếm', 'Ba Đình', 'Đống Đa', 'Cầu Giấy', 'Thanh Xuân', 'Long Biên', 'Tây Hồ', 'Hà Đông', 'Sóc Sơn', 'Đông Anh', 'Gia Lâm', 'Mê Linh'], ['Đinh Tiến Dũng', 'Trần Sỹ Thanh', 'Chu Ngọc Anh'], [], ['hanoimoi.vn', 'hanoimoi.com.vn']),
  p('Hà Tĩnh', 'hatinh', 'Hà Tĩnh', ['Hồng Lĩnh', 'Kỳ Anh', 'Cẩm Xuyên', 'Thạch Hà', 'Can Lộc', 'Nghi Xuân', 'Đức Thọ', 'Hương Sơn', 'Hương Khê', 'Vũ Quang', 'Lộc Hà'], ['Hoàng Trung Dũng', 'Võ Trọng Hải']),
  p('Hải Dương', 'haiduong', 'Hải Phòng', ['Chí Linh', 'Kinh Môn', 'Cẩm Giàng', 'Bình Giang', 'Gia Lộc', 'Tứ Kỳ', 'Ninh Giang', 'Thanh Miện', 'Nam Sách', 'Kim Thành'], ['Triệu Thế Hùng']),
  p('Hải Phòng', 'haiphong', 'Hải Phòng', ['Hồng Bàng', 'Ngô Quyền', 'Lê Chân', 'Hải An', 'Kiến An', 'Đồ Sơn', 'Dương Kinh', 'Thủy Nguyên', 'Cát Hải', 'Bạch Long Vĩ', 'Tiên Lãng', 'Vĩnh Bảo'], ['Lê Tiến Châu', 'Nguyễn Văn Tùng']),
  p('Hậu Giang', 'haugiang', 'Cần Thơ', ['Vị Thanh', 'Ngã Bảy', 'Long Mỹ', 'Phụng Hiệp', 'Vị Thủy'], ['Nghiêm Xuân Thành', 'Đồng Văn Thanh']),
  p('Hòa Bình', 'hoabinh', 'Phú Thọ', ['Mai Châu', 'Lương Sơn', 'Kim Bôi', 'Lạc Sơn', 'Lạc Thủy', 'Yên Thủy', 'Tân Lạc', 'Đà Bắc', 'Cao Phong'], ['Bùi Văn Khánh']),
  p('Hưng Yên', 'hungyen', 'Hưng Yên', ['Mỹ Hào', 'Văn Lâm', 'Văn Giang', 'Yên Mỹ', 'Khoái Châu', 'Ân Thi', 'Kim Động', 'Phù Cừ', 'Tiên Lữ'], ['Nguyễn Hữu Nghĩa', 'Trần Quốc Văn']),
  p('Khánh Hòa', 'khanhhoa', 'Khánh Hòa', ['Nha Trang', 'Cam Ranh', 'Ninh Hòa', 'Vạn Ninh', 'Diên Khánh', 'Khánh Vĩnh', 'Khánh Sơn', 'Cam Lâm', 'Trường Sa'], ['Nguyễn Hải Ninh', 'Nguyễn Tấn Tuân']),
  p('Kiên Giang', 'kiengiang', 'An Giang', ['Rạch Giá', 'Hà Tiên', 'Phú Quốc', 'Kiên Lương', 'Hòn Đất', 'Tân Hiệp', 'Giồng Riềng', 'Gò Quao', 'U Minh Thượng', 'Kiên Hải'], ['Đỗ Thanh Bình']),
  p('Kon Tum', 'kontum', 'Quảng Ngãi', ['Đắk Hà', 'Đắk Tô', 'Ngọc Hồi', 'Đắk Glei', 'Sa Thầy', 'Kon Plông', 'Kon Rẫy', 'Tu Mơ Rông', "Ia H'Drai"], ['Dương Văn Trang', 'Lê Ngọc Tuấn'], ['Kontum']),
  p('Lai Châu', 'laichau', 'Lai Châu', ['Tam Đường', 'Phong Thổ', 'Sìn Hồ', 'Mường Tè', 'Than Uyên', 'Nậm Nhùn'], ['Giàng Páo Mỷ']),
  p('Lâm Đồng', 'lamdong', 'Lâm Đồng', ['Đà Lạt', 'Bảo Lộc', 'Đức Trọng', 'Di Linh', 'Lâm Hà', 'Đơn Dương', 'Lạc Dương', 'Đạ Huoai', 'Cát Tiên']),
  p('Lạng Sơn', 'langson', 'Lạng Sơn', ['Đồng Đăng', 'Cao Lộc', 'Văn Lãng', 'Tràng Định', 'Bình Gia', 'Bắc Sơn', 'Hữu Lũng', 'Chi Lăng', 'Lộc Bình', 'Đình Lập'], ['Hồ Tiến Thiệu']),
  p('Lào Cai', 'laocai', 'Lào Cai', ['Sa Pa', 'Bát Xát', 'Bảo Thắng', 'Bảo Yên', 'Bắc Hà', 'Mường Khương', 'Si Ma Cai', 'Văn Bàn'], ['Đặng Xuân Phong', 'Trịnh Xuân Trường']),
  p('Long An', 'longan', 'Tây Ninh', ['Tân An', 'Kiến Tường', 'Bến Lức', 'Đức Hòa', 'Đức Huệ', 'Cần Giuộc', 'Cần Đước', 'Thủ Thừa', 'Tân Trụ', 'Mộc Hóa', 'Vĩnh Hưng', 'Tân Hưng', 'Thạnh Hóa'], ['Nguyễn Văn Út', 'Nguyễn Văn Được', 'Trần Văn Cần'], [], ['la34.com.vn']),
  p('Nam Định', 'namdinh', 'Ninh Bình', ['Giao Thủy', 'Hải Hậu', 'Nghĩa Hưng', 'Xuân Trường', 'Trực Ninh', 'Nam Trực', 'Vụ Bản', 'Ý Yên', 'Mỹ Lộc'], ['Phạm Gia Túc', 'Phạm Đình Nghị']),
  p('Nghệ An', 'nghean', 'Nghệ An', ['Cửa Lò', 'Thái Hòa', 'Diễn Châu', 'Quỳnh Lưu', 'Nghi Lộc', 'Hưng Nguyên', 'Nam Đàn', 'Đô Lương', 'Thanh Chương', 'Con Cuông', 'Tương Dương', 'Kỳ Sơn', 'Quế Phong', 'Quỳ Châu', 'Quỳ Hợp', 'Nghĩa Đàn', 'Tân Kỳ', 'Anh Sơn', 'Yên Thành'], ['Thái Thanh Quý', 'Nguyễn Đức Trung', 'Lê Hồng Vinh'], [], ['congan.nghean.gov.vn']),
  p('Ninh Bình', 'ninhbinh', 'Ninh Bình', ['Tam Điệp', 'Hoa Lư', 'Gia Viễn', 'Nho Quan', 'Yên Khánh', 'Yên Mô', 'Kim Sơn'], ['Đoàn Minh Huấn', 'Phạm Quang Ngọc']),
  p('Ninh Thuận', 'ninhthuan', 'Khánh Hòa', ['Phan Rang - Tháp Chàm', 'Phan Rang', 'Tháp Chàm', 'Bác Ái', 'Ninh Sơn', 'Ninh Hải', 'Ninh Phước', 'Thuận Bắc', 'Thuận Nam'], ['Trần Quốc Nam', 'Nguyễn Đức Thanh', 'Phạm Văn Hậu']),
  p('Phú Thọ', 'phutho', 'Phú Thọ', ['Việt Trì', 'Lâm Thao', 'Phù Ninh', 'Thanh Ba', 'Hạ Hòa', 'Đoan Hùng', 'Cẩm Khê', 'Yên Lập', 'Thanh Sơn', 'Tân Sơn', 'Thanh Thủy'], ['Bùi Minh Châu', 'Bùi Văn Quang']),
  p('Phú Yên', 'phuyen', 'Đắk Lắk', ['Tuy Hòa', 'Sông Cầu', 'Đông Hòa', 'Tây Hòa', 'Phú Hòa', 'Sơn Hòa', 'Sông Hinh', 'Đồng Xuân', 'Tuy An'], ['Phạm Đại Dương', 'Tạ Anh Tuấn']),
  p('Quảng Bình', 'quangbinh', 'Quảng Trị', ['Đồng Hới', 'Ba Đồn', 'Bố Trạch', 'Quảng Trạch', 'Tuyên Hóa', 'Minh Hóa', 'Lệ Thủy'], ['Trần Thắng']),
  p('Quảng Nam', 'quangnam', 'Đà Nẵng', ['Tam Kỳ', 'Hội An', 'Điện Bàn', 'Núi Thành', 'Thăng Bình', 'Duy Xuyên', 'Đại Lộc', 'Quế Sơn', 'Tiên Phước', 'Bắc Trà My', 'Nam Trà My', 'Phước Sơn', 'Nam Giang', 'Đông Giang', 'Tây Giang'], ['Phan Việt Cường', 'Lê Trí Thanh']),
  p('Quảng Ngãi', 'quangngai', 'Quảng Ngãi', ['Đức Phổ', 'Bình Sơn', 'Sơn Tịnh', 'Tư Nghĩa', 'Nghĩa Hành', 'Mộ Đức', 'Ba Tơ', 'Minh Long', 'Sơn Hà', 'Trà Bồng', 'Lý Sơn', 'Dung Quất'], ['Bùi Thị Quỳnh Vân', 'Đặng Văn Minh']),
  p('Quảng Ninh', 'quangninh', 'Quảng Ninh', ['Hạ Long', 'Cẩm Phả', 'Uông Bí', 'Móng Cái', 'Đông Triều', 'Quảng Yên', 'Vân Đồn', 'Cô Tô', 'Tiên Yên', 'Bình Liêu', 'Đầm Hà', 'Hải Hà', 'Ba Chẽ'], ['Nguyễn Tường Văn', 'Cao Tường Huy', 'Nguyễn Xuân Ký']),
  p('Quảng Trị', 'quangtri', 'Quảng Trị', ['Đông Hà', 'Gio Linh', 'Vĩnh Linh', 'Cam Lộ', 'Triệu Phong', 'Hải Lăng', 'Hướng Hóa', 'Đakrông', 'Cồn Cỏ'], ['Lê Quang Tùng', 'Võ Văn Hưng']),
  p('Sóc Trăng', 'soctrang', 'Cần Thơ', ['Vĩnh Châu', 'Ngã Năm', 'Kế Sách', 'Mỹ Tú', 'Cù Lao Dung', 'Long Phú', 'Mỹ Xuyên', 'Thạnh Trị', 'Trần Đề'], ['Lâm Văn Mẫn', 'Trần Văn Lâu']),
  p('Sơn La', 'sonla', 'Sơn La', ['Mộc Châu', 'Vân Hồ', 'Yên Châu', 'Mai Sơn', 'Sông Mã', 'Sốp Cộp', 'Thuận Châu', 'Quỳnh Nhai', 'Mường La', 'Bắc Yên', 'Phù Yên'], ['Hoàng Văn Chất', 'Nguyễn Thành Công'], [], ['baodientusonla.com.vn']),
  p('Tây Ninh', 'tayninh', 'Tây Ninh', ['Trảng Bàng', 'Hòa Thành', 'Gò Dầu', 'Bến Cầu', 'Dương Minh Châu', 'Tân Biên'], ['Nguyễn Thành Tâm']),
  p('Thái Bình', 'thaibinh', 'Hưng Yên', ['Quỳnh Phụ', 'Hưng Hà', 'Đông Hưng', 'Thái Thụy', 'Tiền Hải', 'Kiến Xương', 'Vũ Thư'], ['Ngô Đông Hải', 'Nguyễn Khắc Thận']),
  p('Thái Nguyên', 'thainguyen', 'Thái Nguyên', ['Sông Công', 'Phổ Yên', 'Đại Từ', 'Định Hóa', 'Phú Lương', 'Đồng Hỷ', 'Võ Nhai', 'Phú Bình'], ['Nguyễn Thanh Hải', 'Trịnh Việt Hùng'], [], ['thainguyentv.vn']),
  p('Thanh Hóa', 'thanhhoa', 'Thanh Hóa', ['Sầm Sơn', 'Bỉm Sơn', 'Nghi Sơn', 'Hoằng Hóa', 'Hậu Lộc', 'Nga Sơn', 'Quảng Xương', 'Nông Cống', 'Triệu Sơn', 'Thọ Xuân', 'Thiệu Hóa', 'Yên Định', 'Vĩnh Lộc', 'Thạch Thành', 'Cẩm Thủy', 'Ngọc Lặc', 'Lang Chánh', 'Bá Thước', 'Quan Hóa', 'Quan Sơn', 'Mường Lát', 'Như Xuân', 'Như Thanh', 'Thường Xuân'], ['Đỗ Minh Tuấn', 'Đỗ Trọng Hưng', 'Nguyễn Đình Xứng'], [], ['sxdthanhhoa.gov.vn']),
  p('Thừa Thiên Huế', 'thuathienhue', 'Huế', ['Quảng Điền', 'Hương Trà', 'Hương Thủy', 'Phú Vang', 'Phú Lộc', 'A Lưới', 'Nam Đông'], ['Lê Trường Lưu', 'Nguyễn Văn Phương'], ['Thừa Thiên - Huế', 'Thừa Thiên-Huế', 'Thừa Thiên – Huế', 'TT-Huế', 'Huế'], ['hue.gov.vn', 'huecity.gov.vn']),
  p('Tiền Giang', 'tiengiang', 'Đồng Tháp', ['Mỹ Tho', 'Gò Công', 'Cai Lậy', 'Cái Bè', 'Tân Phước', 'Chợ Gạo', 'Tân Phú Đông'], ['Nguyễn Văn Danh', 'Nguyễn Văn Vĩnh'], [], ['baoapbac.vn']),
  p('TP Hồ Chí Minh', 'hochiminhcity', 'TP Hồ Chí Minh', ['Thủ Đức', 'Củ Chi', 'Hóc Môn', 'Bình Chánh', 'Nhà Bè', 'Cần Giờ', 'Gò Vấp', 'Bình Thạnh', 'Tân Bình', 'Phú Nhuận'], ['Nguyễn Văn Nên', 'Phan Văn Mãi'], ['TP.HCM', 'TPHCM', 'TP. Hồ Chí Minh', 'Thành phố Hồ Chí Minh', 'Sài Gòn'], ['sggp.org.vn', 'hcmcpv.org.vn', 'tphcm.gov.vn']),
  p('Trà Vinh', 'travinh', 'Vĩnh Long', ['Càng Long', 'Cầu Kè', 'Tiểu Cần', 'Trà Cú', 'Cầu Ngang', 'Duyên Hải'], ['Ngô Chí Cường', 'Lê Văn Hẳn']),
  p('Tuyên Quang', 'tuyenquang', 'Tuyên Quang', ['Na Hang', 'Lâm Bình', 'Chiêm Hóa', 'Hàm Yên', 'Yên Sơn', 'Sơn Dương'], ['Chẩu Văn Lâm'], [], ['tuyenquangtv.vn', 'hdndtuyenquang.gov.vn', 'tnmttuyenquang.gov.vn']),
  p('Vĩnh Long', 'vinhlong', 'Vĩnh Long', ['Bình Minh', 'Long Hồ', 'Mang Thít', 'Vũng Liêm', 'Tam Bình', 'Trà Ôn', 'Bình Tân'], ['Bùi Văn Nghiêm', 'Lữ Quang Ngời']),
  p('Vĩnh Phúc', 'vinhphuc', 'Phú Thọ', ['Vĩnh Yên', 'Phúc Yên', 'Tam Đảo', 'Tam Dương', 'Bình Xuyên', 'Yên Lạc', 'Vĩnh Tường', 'Lập Thạch', 'Sông Lô'], ['Lê Duy Thành']),
  p('Yên Bái', 'yenbai', 'Lào Cai', ['Nghĩa Lộ', 'Mù Cang Chải', 'Trạm Tấu', 'Văn Chấn', 'Văn Yên', 'Lục Yên', 'Trấn Yên', 'Yên Bình'], ['Trần Huy Tuấn']),
];

export interface MergedProvince {
  name: string;
  slug: string;
  formedFrom: string[];
  variants: string[];
}

const m = (name: string, slug: string, formedFrom: string[], variants: string[] = []): MergedProvince => ({ name, slug, formedFrom, variants });

/** The 34 units operating from 1 July 2025 (Nghị quyết 202/2025/QH15). */
export const MERGED_PROVINCES: readonly MergedProvince[] = [
  m('Hà Nội', 'hanoi', ['Hà Nội']),
  m('Huế', 'hue', ['Thừa Thiên Huế'], ['Thành phố Huế', 'TP Huế', 'TP. Huế']),
  m('Lai Châu', 'laichau', ['Lai Châu']),
  m('Điện Biên', 'dienbien', ['Điện Biên']),
  m('Sơn La', 'sonla', ['Sơn La']),
  m('Lạng Sơn', 'langson', ['Lạng Sơn']),
  m('Quảng Ninh', 'quangninh', ['Quảng Ninh']),
  m('Thanh Hóa', 'thanhhoa', ['Thanh Hóa']),
  m('Nghệ An', 'nghean', ['Nghệ An']),
  m('Hà Tĩnh', 'hatinh', ['Hà Tĩnh']),
  m('Cao Bằng', 'caobang', ['Cao Bằng']),
  m('Tuyên Quang', 'tuyenquang', ['Hà Giang', 'Tuyên Quang']),
  m('Lào Cai', 'laocai', ['Yên Bái', 'Lào Cai']),
  m('Thái Nguyên', 'thainguyen', ['Bắc Kạn', 'Thái Nguyên']),
  m('Phú Thọ', 'phutho', ['Vĩnh Phúc', 'Hòa Bình', 'Phú Thọ']),
  m('Bắc Ninh', 'bacninh', ['Bắc Giang', 'Bắc Ninh']),
  m('Hưng Yên', 'hungyen', ['Thái Bình', 'Hưng Yên']),
  m('Hải Phòng', 'haiphong', ['Hải Dương', 'Hải Phòng']),
  m('Ninh Bình', 'ninhbinh', ['Hà Nam', 'Nam Định', 'Ninh Bình']),
  m('Quảng Trị', 'quangtri', ['Quảng Bình', 'Quảng Trị']),
  m('Đà Nẵng', 'danang', ['Quảng Nam', 'Đà Nẵng']),
  m('Quảng Ngãi', 'quangngai', ['Kon Tum', 'Quảng Ngãi']),
  m('Gia Lai', 'gialai', ['Bình Định', 'Gia Lai']),
  m('Khánh Hòa', 'khanhhoa', ['Ninh Thuận', 'Khánh Hòa']),
  m('Lâm Đồng', 'lamdong', ['Đắk Nông', 'Bình Thuận', 'Lâm Đồng']),
  m('Đắk Lắk', 'daklak', ['Phú Yên', 'Đắk Lắk']),
  m('TP Hồ Chí Minh', 'hochiminhcity', ['Bà Rịa – Vũng Tàu', 'Bình Dương', 'TP Hồ Chí Minh']),
  m('Đồng Nai', 'dongnai', ['Bình Phước', 'Đồng Nai']),
  m('Tây Ninh', 'tayninh', ['Long An', 'Tây Ninh']),
  m('Cần Thơ', 'cantho', ['Sóc Trăng', 'Hậu Giang', 'Cần Thơ']),
  m('Vĩnh Long', 'vinhlong', ['Bến Tre', 'Vĩnh Long', 'Trà Vinh']),
  m('Đồng Tháp', 'dongthap', ['Tiền Giang', 'Đồng Tháp']),
  m('Cà Mau', 'camau', ['Bạc Liêu', 'Cà Mau']),
  m('An Giang', 'angiang', ['Kiên Giang', 'An Giang']),
];

/** The day the 34 units began to operate: articles from then on speak of the merged units. */
export const MERGER_DATE = '2025-07-01';
