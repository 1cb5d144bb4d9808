import { describe, expect, it } from 'vitest';
import { findDates } from '../../../utils/engine/dates.ts';
import { normaliseText } from '../../../utils/engine/normalise.ts';

const scan = (raw: string, year: number | null = 2023) =>
  findDates(normaliseText(raw).text, { year }).map((d) => [d.text, d.iso, d.deadline]);

describe('findDates', () => {
  it('reads full, spelled and day/month dates with a preceding "ngày"', () => {
    expect(
      scan('Ngày 04/8, UBND tỉnh Bến Tre họp; Sáng ngày 1/8 và ngày 24 tháng 01 năm 2025; hạn 21/12/2022.'),
    ).toEqual([
      ['Ngày 04/8', '2023-08-04', false],
      ['ngày 1/8', '2023-08-01', false],
      ['ngày 24 tháng 01 năm 2025', '2025-01-24', false],
      ['21/12/2022', '2022-12-21', false],
    ]);
  });

  it('reads hyphen, dash and dot separators', () => {
    expect(scan('Ngày 28-10, Ngày 19 - 12, Ngày 17 – 9, ngày 4.3, (6.3.1911 - 6.3.2021), ngày 01-10-1997')).toEqual([
      ['Ngày 28-10', '2023-10-28', false],
      ['Ngày 19 - 12', '2023-12-19', false],
      ['Ngày 17 – 9', '2023-09-17', false],
      ['ngày 4.3', '2023-03-04', false],
      ['6.3.1911', '1911-03-06', false],
      ['6.3.2021', '2021-03-06', false],
      ['ngày 01-10-1997', '1997-10-01', false],
    ]);
  });

  it('reads months and quarters, with or without year, and period words', () => {
    expect(
      scan(
        'tháng 8/2023, tháng 12 năm 2022, tháng 10-2015, quý I/2021, quý II, quý I năm 2025, QIII/2029. Đến cuối tháng 3 có',
      ),
    ).toEqual([
      ['tháng 8/2023', '2023-08', false],
      ['tháng 12 năm 2022', '2022-12', false],
      ['tháng 10-2015', '2015-10', false],
      ['quý I/2021', '2021-Q1', false],
      ['quý II', '2023-Q2', false],
      ['quý I năm 2025', '2025-Q1', false],
      ['QIII/2029', '2029-Q3', false],
      ['cuối tháng 3', '2023-03', false],
    ]);
  });

  it('marks deadlines and puts the limiting word in the span', () => {
    expect(scan('gửi về Văn phòng UBND tỉnh trước ngày 15/01/2023.')).toEqual([
      ['trước ngày 15/01/2023', '2023-01-15', true],
    ]);
    expect(scan('báo cáo trước ngày 05/6 và 05/12 hàng năm')).toEqual([
      ['trước ngày 05/6', '2023-06-05', true],
      ['05/12', '2023-12-05', false],
    ]);
    expect(scan('Hoàn thành và trình UBND tỉnh trong quý I/2020')).toEqual([['trong quý I/2020', '2020-Q1', true]]);
    expect(scan('cần hoàn thành trong cuối năm 2023 để')).toEqual([['trong cuối năm 2023', '2023', true]]);
    expect(scan('chậm nhất ngày 30/6 phải xong')).toEqual([['chậm nhất ngày 30/6', '2023-06-30', true]]);
  });

  it('does not make a deadline of a month that frames the work or a start date', () => {
    expect(scan('những công việc cần tập trung trong tháng 8 và thời gian tới')).toEqual([
      ['tháng 8', '2023-08', false],
    ]);
    expect(scan('Trong quý I/2021, UBND tỉnh đã ban hành 808 quyết định')).toEqual([['quý I/2021', '2021-Q1', false]]);
    expect(scan('có hiệu lực từ ngày 01/7/2025')).toEqual([['ngày 01/7/2025', '2025-07-01', false]]);
  });

  it('labels "năm YYYY" of plans and targets, not baselines, horizons or ranges', () => {
    expect(scan('kế hoạch năm 2023; Năm 2023 là năm bản lề; năm mới 2023; dự toán ngân sách năm 2023')).toEqual([
      ['năm 2023', '2023', false],
      ['Năm 2023', '2023', false],
      ['năm mới 2023', '2023', false],
      ['năm 2023', '2023', false],
    ]);
    expect(
      scan(
        'so với năm 2022, cùng kỳ năm 2022, tầm nhìn đến năm 2045, đến năm 2040, giai đoạn 2021 - 2025, năm 2021-2025',
      ),
    ).toEqual([]);
  });

  it('leaves a past year out unless it is the year of a plan', () => {
    expect(scan('Năm 2021, tỉnh thu hút 50 dự án', 2023)).toEqual([]);
    expect(scan('thực hiện kế hoạch năm 2021', 2023)).toEqual([['năm 2021', '2021', false]]);
  });

  it('does not read ratios, names or lunar months as dates', () => {
    expect(scan('hoàn thành 6/13 đề án, Kênh 3/2, Tháng 8 âm lịch, tăng 14,74%')).toEqual([]);
  });

  it('reads day/month after a time of day or in parentheses', () => {
    expect(scan('Sáng 31/10, hội nghị (4/8) khai mạc')).toEqual([
      ['31/10', '2023-10-31', false],
      ['4/8', '2023-08-04', false],
    ]);
  });

  it('writes dates without a known year as --MM-DD', () => {
    expect(scan('Ngày 04/8, tháng 7', null)).toEqual([
      ['Ngày 04/8', '--08-04', false],
      ['tháng 7', '--07', false],
    ]);
  });

  it('gives the same findings for NFD text and old tone placement', () => {
    const text = 'UBND tỉnh Khánh Hoà yêu cầu hoàn thành trong quý III/2024';
    expect(scan(text.normalize('NFD'))).toEqual(scan(text));
    expect(scan(text)).toEqual([['trong quý III/2024', '2024-Q3', true]]);
  });
});

describe('findDates: quarters and given names', () => {
  it('reads a capitalised quarter after a capitalised word, but not the given name "Quý"', () => {
    expect(scan('Trong Quý II/2024, tỉnh tăng trưởng')).toEqual([['Quý II/2024', '2024-Q2', false]]);
    expect(scan('Anh Nguyễn Văn Quý 3 lần đoạt giải')).toEqual([]);
  });
});

describe('findDates: names and frames', () => {
  it('does not read street names as months', () => {
    expect(scan('ngập cục bộ tại tuyến đường 2 Tháng 9 và Quảng trường 30 tháng 4')).toEqual([]);
  });

  it('leaves out a year that opens a sentence of past results, keeps one that opens a plan', () => {
    expect(scan('Trong năm 2024, các lực lượng chức năng đã xử phạt 87 vụ.', 2024)).toEqual([]);
    expect(scan('Năm 2023, Long An đề ra mục tiêu tổng quát tập trung phát triển kinh tế.', 2023)).toEqual([
      ['Năm 2023', '2023', false],
    ]);
  });
});

describe('findDates: abbreviated quarters', () => {
  it('reads "QIII/2029" but not a district written "Q1"', () => {
    expect(scan('hoàn thành QIII/2029; trụ sở tại Q1, TP.HCM')).toEqual([['QIII/2029', '2029-Q3', false]]);
  });

  it('treats the start of the text as a sentence start', () => {
    expect(scan('Năm 2024, tỉnh đã xử phạt 87 vụ.', 2024)).toEqual([]);
  });
});

describe('findDates: years and deadlines', () => {
  it('does not take the year in the name of a law for a date', () => {
    expect(scan('Các địa phương triển khai Luật Nhà ở năm 2023 và kế hoạch năm 2024.', 2024)).toEqual([
      ['năm 2024', '2024', false],
    ]);
  });

  it('does not take a year that frames reported results for a date, but keeps a budget year', () => {
    expect(scan('Hội nghị nghe báo cáo kết quả phát triển du lịch năm 2024.', 2024)).toEqual([]);
    expect(scan('Hội nghị nghe báo cáo về tình hình chi vốn đầu tư công năm 2024.', 2024)).toEqual([
      ['năm 2024', '2024', false],
    ]);
    expect(scan('Mở đầu.\nTheo báo cáo của Sở Tài chính, năm 2024, thu nội địa tăng trưởng khá.', 2024)).toEqual([]);
  });

  it('reads "chậm nhất đến ngày" and a labelled time limit as deadlines', () => {
    expect(scan('Các xã nộp hồ sơ chậm nhất đến ngày 15/12/2024.', 2024)).toEqual([
      ['chậm nhất đến ngày 15/12/2024', '2024-12-15', true],
    ]);
    expect(scan('Tổ chức ra quân dọn vệ sinh, thời gian thực hiện: trong tháng 9/2024.', 2024)).toEqual([
      ['trong tháng 9/2024', '2024-09', true],
    ]);
  });
});

describe('findDates: round-2 deadline forms', () => {
  it('reads a time of day between the limiting word and the date', () => {
    expect(scan('Các xã hoàn thành di dời trước 15 giờ ngày 12/10.', 2024)).toEqual([
      ['trước 15 giờ ngày 12/10', '2024-10-12T15:00', true],
    ]);
  });

  it('keeps "chậm nhất" before "trong <period>" in the deadline', () => {
    expect(scan('Sở Tài chính tham mưu phương án, chậm nhất trong tháng 11/2025.', 2025)).toEqual([
      ['chậm nhất trong tháng 11/2025', '2025-11', true],
    ]);
  });

  it('finds the completion verb of a long task before "trong <period>"', () => {
    expect(
      scan(
        'UBND huyện hoàn thành bồi thường, hỗ trợ cho toàn bộ các hộ dân thuộc dự án đường ven sông phía Bắc trong quý III/2025.',
        2025,
      ),
    ).toEqual([['trong quý III/2025', '2025-Q3', true]]);
  });

  it('reads "đến cuối năm" as a point in time, "đến năm" as a horizon', () => {
    expect(scan('Huyện phấn đấu đến cuối năm 2026 có thêm 4 xã đạt chuẩn.', 2025)).toEqual([
      ['cuối năm 2026', '2026', false],
    ]);
    expect(scan('Huyện phấn đấu đến năm 2030 có 10 xã đạt chuẩn.', 2025)).toEqual([]);
  });
});

describe('findDates: period deadlines', () => {
  it('reads a half year as a deadline that ends with its half', () => {
    expect(scan('Yêu cầu hoàn thành trong 6 tháng đầu năm 2024.')).toEqual([
      ['trong 6 tháng đầu năm 2024', '2024-H1', true],
    ]);
    expect(scan('Phải hoàn thành xong trong 6 tháng cuối năm.', 2024)).toEqual([
      ['trong 6 tháng cuối năm', '2024-H2', true],
    ]);
  });

  it('does not read a reporting period as a date', () => {
    expect(scan('6 tháng đầu năm 2024, GRDP của tỉnh tăng 7%.')).toEqual([]);
    expect(scan('Trong 6 tháng đầu năm học, trường đã tổ chức 4 hội thi.')).toEqual([]);
  });

  it('completes a year end without its year from the article', () => {
    expect(scan('Các sở hoàn thành trước cuối năm.', 2024)).toEqual([['trước cuối năm', '2024', true]]);
    expect(scan('Các sở hoàn thành trước cuối năm.', null)).toEqual([]);
    expect(scan('Dự kiến đến cuối năm học sẽ có kết quả.', 2024)).toEqual([]);
  });

  it('keeps the written year of "cuối năm 2023"', () => {
    expect(scan('Phải hoàn thành trước cuối năm 2023.', 2024)).toEqual([['trước cuối năm 2023', '2023', true]]);
  });
});

describe('findDates: readings for real pages (issue 9)', () => {
  const read = (text: string) =>
    findDates(normaliseText(text).text, { year: 2025 }).map((d) => [d.text, d.iso, d.deadline]);

  it('leaves reporting periods and named holidays out', () => {
    expect(read('Trong 05 tháng đầu năm 2023, toàn tỉnh xảy ra 40 vụ tai nạn.')).toEqual([]);
    expect(read('Bảo đảm an toàn dịp nghỉ Lễ 30/4, 01/5/2023.')).toEqual([]);
  });

  it('gives both dates of a range with the year written once', () => {
    expect(read('Hội chợ diễn ra từ 03/6 - 09/6/2025 tại quảng trường.')).toEqual([
      ['03/6', '2025-06-03', false],
      ['09/6/2025', '2025-06-09', false],
    ]);
  });

  it('reads a deadline with a clock time and a comma, the time kept in its ISO form', () => {
    expect(read('Các xã gửi báo cáo trước 16 giờ, ngày 3/4/2025.')).toEqual([
      ['trước 16 giờ, ngày 3/4/2025', '2025-04-03T16:00', true],
    ]);
    expect(read('Hồ sơ nộp chậm nhất 9h30 ngày 12/5/2025.')).toEqual([
      ['chậm nhất 9h30 ngày 12/5/2025', '2025-05-12T09:30', true],
    ]);
    expect(read('Các đơn vị gửi danh sách trước 4 giờ chiều ngày 20/5/2025.')).toEqual([
      ['trước 4 giờ chiều ngày 20/5/2025', '2025-05-20T16:00', true],
    ]);
  });

  it('reads an instructed delivery "trong <period>" as due within it, not a period that frames the work', () => {
    expect(read('UBND huyện yêu cầu các xã báo cáo kết quả rà soát về Phòng Nội vụ trong tháng 10/2025.')).toEqual([
      ['trong tháng 10/2025', '2025-10', true],
    ]);
    expect(read('Sở đề nghị các trường gửi hồ sơ trong quý III/2025.')).toEqual([
      ['trong quý III/2025', '2025-Q3', true],
    ]);
    expect(read('Các xã đã báo cáo kết quả rà soát trong tháng 10/2025.')).toEqual([
      ['tháng 10/2025', '2025-10', false],
    ]);
    expect(read('Tỉnh yêu cầu tập trung các công việc trọng tâm trong tháng 10/2025.')).toEqual([
      ['tháng 10/2025', '2025-10', false],
    ]);
  });
});

describe('findDates: round-5 readings (reporting periods and event names; made-up examples)', () => {
  const read = (raw: string) => scan(raw, 2024);

  it('leaves out the month or quarter a report covers, keeps the one a plan is set for', () => {
    expect(read('Cuộc họp rà soát công việc đã làm tháng 4, sau đó lên kế hoạch tháng 5.')).toEqual([
      ['tháng 5', '2024-05', false],
    ]);
    expect(read('Hội nghị đánh giá công tác thu ngân sách Quý I, đồng thời bàn kế hoạch thu Quý II.')).toEqual([
      ['Quý II', '2024-Q2', false],
    ]);
  });

  it('leaves out a month that opens a sentence of results, not one written with its year', () => {
    expect(read('Tháng 4, các xã đã hoàn thành việc cắm mốc ranh giới.')).toEqual([]);
    expect(read('Trong tháng 4/2024, các xã đã hoàn thành việc cắm mốc ranh giới.')).toEqual([
      ['tháng 4/2024', '2024-04', false],
    ]);
  });

  it('keeps a month after a source named with "Theo báo cáo"', () => {
    expect(read('Theo báo cáo của Phòng Nông nghiệp, từ đầu tháng 3 đến nay lượng mưa giảm mạnh.')).toEqual([
      ['đầu tháng 3', '2024-03', false],
    ]);
  });

  it('does not date the year in the name of an exam, a contest or a festival', () => {
    expect(read('Kỳ thi tuyển sinh lớp 10 năm 2024 diễn ra an toàn.')).toEqual([]);
    expect(read('Giải việt dã truyền thống năm 2024 thu hút đông vận động viên.')).toEqual([]);
  });
});
