import { describe, expect, it } from 'vitest';
import { findFigures } from '../../../utils/engine/figures.ts';
import { normaliseText } from '../../../utils/engine/normalise.ts';

const scan = (raw: string) => findFigures(normaliseText(raw).text, { year: 2024 });
const only = (raw: string) => {
  const figures = scan(raw);
  expect(figures).toHaveLength(1);
  return figures[0];
};

describe('findFigures: money', () => {
  it('reads scale, currency, đồng value and qualifier', () => {
    expect(only('Thu ngân sách đạt hơn 1.300 tỷ đồng.')).toMatchObject({
      text: '1.300 tỷ đồng',
      kind: 'money',
      value: 1300,
      unit: 'tỷ đồng',
      vnd: 1.3e12,
      qualifier: 'hơn',
    });
  });

  it('keeps foreign currencies out of vnd', () => {
    expect(only('Bình Dương thu hút 2,5 triệu USD vốn FDI')).toMatchObject({
      text: '2,5 triệu USD',
      value: 2.5,
      unit: 'triệu USD',
      vnd: null,
    });
  });

  it('reads a comma before three digits as a decimal and keeps rates in the span', () => {
    expect(only('tổng vốn 5.171,344 tỷ đồng')).toMatchObject({ value: 5171.344, vnd: 5_171_344_000_000 });
    expect(only('thu nhập đạt 65 triệu đồng/người/năm')).toMatchObject({
      text: '65 triệu đồng/người/năm',
      unit: 'triệu đồng/người/năm',
      vnd: 65e6,
      qualifier: 'đạt',
    });
  });

  it('reads "nghìn đồng" and "khoảng" amounts in parentheses', () => {
    expect(only('trị giá 330 nghìn đồng')).toMatchObject({ vnd: 330_000, unit: 'nghìn đồng' });
    expect(only('(khoảng 1.724 USD)')).toMatchObject({ text: '1.724 USD', qualifier: 'khoảng' });
  });
});

describe('findFigures: percent', () => {
  it('takes "trở lên" as qualifier and leaves direction words out', () => {
    expect(only('khu vực I phải tăng từ 2,5% trở lên')).toMatchObject({
      text: '2,5%',
      value: 2.5,
      qualifier: 'trở lên',
    });
    expect(only('giảm 42,3% so với cùng kỳ')).toMatchObject({ value: 42.3, qualifier: null, unit: null });
  });

  it('takes the approximator nearest the number', () => {
    expect(only('phấn đấu tăng trưởng đạt trên 9,5%')).toMatchObject({ qualifier: 'trên' });
    expect(only('9 tháng ước đạt 12,3%')).toMatchObject({ qualifier: 'ước đạt' });
  });

  it('gives both bounds of a range', () => {
    expect(scan('GRDP tăng 9-9,5%').map((f) => [f.text, f.value])).toEqual([
      ['9', 9],
      ['9,5%', 9.5],
    ]);
  });
});

describe('findFigures: quantities and ratios', () => {
  it('counts nouns of provincial reports, with classifiers and leading zeros', () => {
    const figures = scan(
      'Đồng Nai có 1.013 hộ (6.008 khẩu), 478.600 lượt khách và xây dựng 09 nhóm nhiệm vụ, 3.182 tàu cá.',
    );
    expect(figures.map((f) => [f.text, f.value, f.unit])).toEqual([
      ['1.013 hộ', 1013, 'hộ'],
      ['6.008 khẩu', 6008, 'khẩu'],
      ['478.600 lượt khách', 478600, 'lượt khách'],
      ['09 nhóm nhiệm vụ', 9, 'nhóm nhiệm vụ'],
      ['3.182 tàu cá', 3182, 'tàu cá'],
    ]);
  });

  it('reads measures with and without a space, and scale words before them', () => {
    expect(scan('gần 30 nghìn ha lúa, 1.200MW điện').map((f) => [f.text, f.unit, f.qualifier])).toEqual([
      ['30 nghìn ha', 'nghìn ha', 'gần'],
      ['1.200MW', 'MW', null],
    ]);
  });

  it('reads ratios with a counted noun', () => {
    expect(only('Đến nay, Nghệ An đã hoàn thành 6/13 đề án.')).toMatchObject({
      kind: 'ratio',
      value: 6 / 13,
      numerator: 6,
      denominator: 13,
      unit: 'đề án',
    });
  });

  it.each([
    'phát huy hiệu quả Kênh 3/2 để phát triển nông nghiệp',
    'Sáng 2/9 người dân đổ về quảng trường',
    'tình hình quý I/2021 và tháng 8/2023',
    'giai đoạn 2021 - 2025 và nhiệm kỳ 2020-2025',
    'Kỳ họp thứ 22 HĐND tỉnh khóa XIII, Hội nghị lần thứ 11 Ban Chấp hành',
    'Quốc lộ 1 qua tổ 5 xã Tân Phú, Km20+50 đường cao tốc',
    'Nghị quyết số 326/2021/NQ-HĐND và Thông báo số 36-KL/TU',
    '6 tháng đầu năm, Kế hoạch 5 năm 2021 - 2025',
    '(1) Tập trung; (2) Đẩy mạnh; COVID-19, F0, 5G, 4.0',
    'Trường THPT số 1 có học sinh giỏi',
    'năm 2023 doanh nghiệp phục hồi',
  ])('finds no figure in names, dates, ordinals and symbols: %s', (text) => {
    expect(scan(text)).toEqual([]);
  });

  it('counts after "tổng số" but not after a numbered name', () => {
    expect(only('tổng số 1.200 hồ sơ')).toMatchObject({ value: 1200, unit: 'hồ sơ' });
  });

  it('returns spans that slice the input', () => {
    const text = normaliseText('Hải Phòng giải quyết việc làm cho trên 2.000 lao động, đạt 79% kế hoạch.').text;
    for (const f of findFigures(text, { year: null })) expect(text.slice(f.start, f.end)).toBe(f.text);
  });
});

describe('findFigures: percentage points', () => {
  it('keeps "điểm phần trăm" as the unit of a percent figure', () => {
    expect(only('tỷ lệ bao phủ tăng 1,2 điểm phần trăm')).toMatchObject({
      text: '1,2 điểm phần trăm',
      kind: 'percent',
      value: 1.2,
      unit: 'điểm phần trăm',
    });
  });
});

describe('findFigures: Unicode forms', () => {
  it('finds the same figures in NFD text and with old tone placement', () => {
    const text = 'Khánh Hoà có 1.200 hộ thuỷ sản, lũy kế đạt 14,74%';
    expect(scan(text.normalize('NFD'))).toEqual(scan(text));
    expect(scan(text).map((f) => f.text)).toEqual(['1.200 hộ', '14,74%']);
  });
});

describe('findFigures: grouped ratios', () => {
  it('reads ratios of grouped numbers', () => {
    expect(only('có 1.118/1.124 tàu đã lắp thiết bị')).toMatchObject({
      text: '1.118/1.124 tàu',
      numerator: 1118,
      denominator: 1124,
      value: 1118 / 1124,
    });
  });
});

describe('findFigures: units of the apparatus and of health work', () => {
  it('reads a ratio of centres, counts of focal points, of departments and of outbreaks', () => {
    expect(only('Đến nay 7/10 trung tâm y tế cấp huyện đã có phòng cách ly.')).toMatchObject({
      kind: 'ratio',
      numerator: 7,
      denominator: 10,
      value: 0.7,
    });
    expect(only('Sau sắp xếp, thành phố giảm 22 đầu mối trực thuộc.')).toMatchObject({
      text: '22 đầu mối',
      kind: 'quantity',
      value: 22,
    });
    expect(only('Khối chính quyền còn 64 phòng, ban chuyên môn.')).toMatchObject({ text: '64 phòng, ban', value: 64 });
    expect(only('Trên địa bàn còn 5 ổ dịch đang hoạt động.')).toMatchObject({ text: '5 ổ dịch', value: 5 });
  });
});

describe('findFigures: people and resettlement areas', () => {
  it('counts fishers and resettlement areas', () => {
    expect(only('Trên biển còn 24 ngư dân chưa vào bờ.')).toMatchObject({
      text: '24 ngư dân',
      kind: 'quantity',
      value: 24,
    });
    expect(only('Huyện xây dựng 3 khu tái định cư cho dự án.')).toMatchObject({
      text: '3 khu tái định cư',
      kind: 'quantity',
      value: 3,
    });
  });
});

describe('concentration and flow measures', () => {
  it('reads salinity and discharge with their units', () => {
    const text = 'Độ mặn đo được tại cửa sông lên tới 7,5 g/l, lưu lượng xả đạt 120 m3/s; đã vận hành 38 cống.';
    const figures = findFigures(text, { year: 2026 });
    expect(figures.map((f) => [f.text, f.value, f.unit])).toEqual([
      ['7,5 g/l', 7.5, 'g/l'],
      ['120 m3/s', 120, 'm3/s'],
      ['38 cống', 38, 'cống'],
    ]);
  });
});

describe('findFigures: counted nouns by exclusion (issue 9)', () => {
  const scan = (text: string) => findFigures(normaliseText(text).text, { year: 2024 }).map((f) => [f.text, f.value]);

  it('reads a number before any noun phrase as a quantity', () => {
    expect(scan('Đoàn giành 7 HCV và 12 HCB.')).toEqual([
      ['7 HCV', 7],
      ['12 HCB', 12],
    ]);
    expect(scan('Hợp tác xã có 18 lồng bè nuôi cá.')).toEqual([['18 lồng bè', 18]]);
    expect(scan('Kỳ họp bầu bổ sung 02 chức vụ.')).toEqual([['02 chức vụ', 2]]);
  });

  it('reads a ratio with an open counted noun, also a score', () => {
    expect(scan('Có 26/27 đại biểu tán thành.')).toEqual([['26/27 đại biểu', 26 / 27]]);
    expect(scan('Đã xử lý 18/42 điểm ngập úng.')).toEqual([['18/42 điểm ngập', 18 / 42]]);
  });

  it('does not read times, durations, ages, quoted slogans or names as counts', () => {
    expect(scan('Họp lúc 8 giờ, kéo dài 3 ngày, ông 65 tuổi.')).toEqual([]);
    expect(scan('Không để tàu cá “3 không” ra khơi.')).toEqual([]);
    expect(scan('Ban Quản lý dự án 85 phối hợp với các xã.')).toEqual([]);
  });
});
