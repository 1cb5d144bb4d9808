import { describe, expect, it } from 'vitest';
import { MERGED_PROVINCES, OLD_PROVINCES } from '../../../utils/engine/provinces.ts';
import { provinceFromHost, provinceFromPage, provinceFromText } from '../../../utils/engine/province-lookup.ts';

describe('province data', () => {
  it('has the 63 old units and the 34 units from 1 July 2025', () => {
    expect(OLD_PROVINCES).toHaveLength(63);
    expect(MERGED_PROVINCES).toHaveLength(34);
    expect(new Set(OLD_PROVINCES.map((p) => p.slug)).size).toBe(63);
  });

  it('merges every old unit into one of the 34, and every new unit from old ones', () => {
    const merged = new Set(MERGED_PROVINCES.map((m) => m.name));
    for (const old of OLD_PROVINCES) expect(merged.has(old.mergedInto), old.name).toBe(true);
    const oldNames = new Set(OLD_PROVINCES.map((o) => o.name));
    for (const unit of MERGED_PROVINCES)
      for (const from of unit.formedFrom) expect(oldNames.has(from), from).toBe(true);
    expect(MERGED_PROVINCES.flatMap((m) => m.formedFrom)).toHaveLength(63);
  });
});

describe('provinceFromHost', () => {
  it.each([
    ['ninhthuan.gov.vn', 'Ninh Thuận'],
    ['www.thanhhoa.gov.vn', 'Thanh Hóa'],
    ['soxaydung.ninhthuan.gov.vn', 'Ninh Thuận'],
    ['vpubnd.kontum.gov.vn', 'Kon Tum'],
    ['baoquangninh.vn', 'Quảng Ninh'],
    ['baoquangninh.com.vn', 'Quảng Ninh'],
    ['baobariavungtau.com.vn', 'Bà Rịa – Vũng Tàu'],
    ['baria-vungtau.gov.vn', 'Bà Rịa – Vũng Tàu'],
    ['la34.com.vn', 'Long An'],
    ['baoapbac.vn', 'Tiền Giang'],
    ['hdndtuyenquang.gov.vn', 'Tuyên Quang'],
    ['sxdthanhhoa.gov.vn', 'Thanh Hóa'],
    ['thanhhoa.dcs.vn', 'Thanh Hóa'],
    ['hochiminhcity.gov.vn', 'TP Hồ Chí Minh'],
    ['thuathienhue.gov.vn', 'Thừa Thiên Huế'],
  ])('%s → %s', (host, province) => {
    expect(provinceFromHost(host)).toBe(province);
  });

  it('names the merged unit for pages published from 1 July 2025', () => {
    expect(provinceFromHost('longan.gov.vn', '2023-01-06')).toBe('Long An');
    expect(provinceFromHost('longan.gov.vn', '2025-07-01')).toBe('Tây Ninh');
    expect(provinceFromHost('ninhthuan.gov.vn', '2025-09-12')).toBe('Khánh Hòa');
    expect(provinceFromHost('hue.gov.vn', '2025-08-01')).toBe('Huế');
  });

  it('names no province for other hosts', () => {
    expect(provinceFromHost('vnexpress.net')).toBeNull();
    expect(provinceFromHost('dulich-vietnam.example.vn')).toBeNull();
    expect(provinceFromHost('chinhphu.vn')).toBeNull();
  });
});

describe('provinceFromText', () => {
  it('reads names with either tone placement and admin prefixes', () => {
    expect(provinceFromText('UBND tỉnh Khánh Hoà tổ chức hội nghị.')).toBe('Khánh Hòa');
    expect(provinceFromText('Chủ tịch UBND tỉnh Thanh Hoá chủ trì.')).toBe('Thanh Hóa');
  });

  it('reads districts and leaders when the province is not named', () => {
    expect(provinceFromText('Phó Chủ tịch UBND huyện Thuận Nam dự họp.')).toBe('Ninh Thuận');
    expect(provinceFromText('Bí thư Tỉnh ủy Ngô Chí Cường chủ trì cuộc họp.')).toBe('Trà Vinh');
  });

  it('outweighs a passing mention with the article’s own cues', () => {
    const text = 'Chủ tịch UBND tỉnh Nguyễn Tường Văn kiểm tra cao tốc Hạ Long – Hải Phòng tại thành phố Hạ Long.';
    expect(provinceFromText(text)).toBe('Quảng Ninh');
  });

  it('gives null on a tie or without cues', () => {
    expect(provinceFromText('Đoàn công tác tỉnh Nghệ An thăm tỉnh Hà Tĩnh.')).toBeNull();
    expect(provinceFromText('UBND tỉnh họp phiên thường kỳ.')).toBeNull();
  });

  it('adds up the old units of one merged unit after the merger', () => {
    expect(provinceFromText('UBND tỉnh Tuyên Quang hỗ trợ các xã Mèo Vạc, Đồng Văn.', '2025-10-10')).toBe(
      'Tuyên Quang',
    );
  });

  it('reads upper-case banners of the page when the article names none', () => {
    expect(
      provinceFromPage('UBND thành phố họp.', 'CỔNG THÔNG TIN ĐIỆN TỬ THÀNH PHỐ ĐÀ NẴNG\nUBND thành phố họp.'),
    ).toBe('Đà Nẵng');
  });
});

describe('province clues on real pages (issue 9, mode 6; made-up examples)', () => {
  it('reads the province from an office mailbox on the province’s domain', () => {
    expect(provinceFromText('Ý kiến xin gửi về hộp thư điện tử vpubnd@quangbinh.gov.vn trước ngày 10/5.')).toBe(
      'Quảng Bình',
    );
    expect(provinceFromText('Thư góp ý gửi về hopthu@example.com.')).toBeNull();
  });

  it('counts a leader’s name only when a title goes with it, so a namesake decides nothing', () => {
    expect(provinceFromText('Ông Lê Hồng Quang, một nông dân trồng rau, chia sẻ kinh nghiệm.')).toBeNull();
    expect(provinceFromText('Chủ tịch UBND tỉnh Lê Hồng Quang dự và chỉ đạo hội nghị.')).toBe('An Giang');
    expect(provinceFromText('Đồng chí Lê Hồng Quang, Bí thư Tỉnh ủy, dự hội nghị.')).toBe('An Giang');
    // A namesake beside the province the page names: the page's own cue wins.
    expect(provinceFromText('Anh Lê Hồng Quang, nông dân xã Đông Hòa, tỉnh Thái Bình, giới thiệu mô hình.')).toBe(
      'Thái Bình',
    );
  });
});
