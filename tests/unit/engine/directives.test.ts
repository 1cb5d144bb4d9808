import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../../utils/engine/analyze.ts';
import type { Directive } from '../../../utils/engine/types.ts';

// A report paragraph without directives: with it a short test text has enough prose to be
// classified as an article (a page that is not one has no findings).
const LEAD =
  'Tại phiên họp, lãnh đạo các sở, ngành đã báo cáo tình hình thực hiện nhiệm vụ phát triển kinh tế - xã hội, quốc phòng, an ninh của tỉnh trong thời gian qua. Theo báo cáo, thu ngân sách nhà nước trên địa bàn ước đạt kế hoạch, công tác cải cách hành chính có nhiều chuyển biến, đời sống của người dân cơ bản ổn định. Các đại biểu cũng thảo luận về những khó khăn, vướng mắc trong giải phóng mặt bằng và giải ngân vốn đầu tư công.';

/** `headline` + the report paragraph + `body`: an article page. */
function asArticle(headline: string, body: string): string {
  return `${headline}\n${LEAD}\n${body}`;
}

// Directives of one paragraph placed in an article under a headline.
function directivesOf(paragraph: string): Directive[] {
  return analyzeText(asArticle('UBND tỉnh họp phiên thường kỳ', paragraph)).directives;
}

describe('directive or not (directives.md §5)', () => {
  it.each([
    [
      'Phát biểu chỉ đạo tại hội nghị, đồng chí Chủ tịch UBND tỉnh yêu cầu các ngành, địa phương khẩn trương, quyết liệt vào cuộc, thực hiện đồng bộ các giải pháp đẩy nhanh giải phóng mặt bằng các dự án.',
      1,
    ],
    [
      'Về phát triển kinh tế - xã hội, đồng chí Bí thư Tỉnh ủy yêu cầu cấp ủy, chính quyền các cấp tập trung chỉ đạo thực hiện đồng bộ, có hiệu quả các mục tiêu, nhiệm vụ năm 2020.',
      1,
    ],
    [
      'Chủ tịch UBND tỉnh vừa có văn bản yêu cầu Thủ trưởng các sở, ban ngành, Chủ tịch UBND các huyện, thành phố nghiêm túc quán triệt và tổ chức triển khai thực hiện Chỉ thị số 27/CT-TTg ngày 19/11/2019 của Thủ tướng Chính phủ.',
      1,
    ],
    ['UBND tỉnh đề nghị các đơn vị định kỳ 6 tháng, hàng năm báo cáo kết quả thực hiện Chỉ thị số 20 về UBND tỉnh.', 1],
    ['Thủ tướng Chính phủ yêu cầu tỉnh hoàn thành giải phóng mặt bằng trong tháng 8/2023.', 1],
    ['Năm 2018, tốc độ tăng trưởng GRDP của tỉnh đạt 10,36%, vượt kế hoạch đề ra.', 0],
    ['UBND tỉnh đã ban hành 808 quyết định.', 0],
    [
      'Tại hội nghị, các đại biểu đã báo cáo tiến độ triển khai một số dự án trọng điểm và đề xuất tháo gỡ khó khăn.',
      0,
    ],
    ['Tham dự phiên họp có các đồng chí Phó Chủ tịch UBND tỉnh; thành viên UBND tỉnh, lãnh đạo các Ban HĐND tỉnh.', 0],
    [
      'Sau gần 2 năm triển khai Nghị quyết số 01-NQ/TU, ngành công nghiệp chế biến, chế tạo đã đạt và vượt các mục tiêu đề ra.',
      0,
    ],
    ['Hội nghị diễn ra với tinh thần "Đoàn kết – Dân chủ – Kỷ cương – Đổi mới".', 0],
    ['Theo đề nghị của Giám đốc Sở Kế hoạch và Đầu tư tại Công văn số 1621/SKHĐT-TH ngày 29/9/2020.', 0],
    [
      'Ngày 12/8/2020, Chủ tịch UBND tỉnh cùng lãnh đạo các sở ngành có buổi làm việc với Ban Thường vụ Huyện ủy về tiến độ triển khai các dự án.',
      0,
    ],
    ['Chủ tịch UBND tỉnh Bắc Giang vừa ký các Quyết định công nhận thêm 4 xã đạt chuẩn nông thôn mới năm 2022.', 0],
    ['Chủ tịch UBND tỉnh đã chỉ đạo các sở, ngành tháo gỡ khó khăn, nhờ đó tỷ lệ giải ngân đạt 95%.', 0],
    ['Sở Tài chính đề nghị UBND tỉnh bổ sung kinh phí cho các dự án.', 0],
    ['Tỉnh phấn đấu năm 2025 tăng trưởng GRDP đạt 10-11%.', 0],
    ['Trong tháng qua, Ban Thường vụ Tỉnh ủy chỉ đạo thường xuyên tuyên truyền kết quả phát triển kinh tế.', 0],
    ['Chủ tịch UBND tỉnh chỉ đạo phương hướng nhiệm vụ quý II/2021 tại phiên họp thường kỳ.', 0],
  ])('%s → %i', (sentence, count) => {
    expect(directivesOf(sentence)).toHaveLength(count);
  });
});

describe('directive fields', () => {
  it('reads the lead and co-operating assignees and the deadline of "Giao … chủ trì, phối hợp …"', () => {
    const [directive] = directivesOf(
      'Sau khi xem xét, Chủ tịch UBND tỉnh có ý kiến chỉ đạo: Giao Sở Kế hoạch và Đầu tư chủ trì phối hợp với Sở Tài chính và các đơn vị liên quan tham gia ý kiến vào dự thảo Chỉ thị, gửi Bộ Kế hoạch và Đầu tư trước ngày 28/9/2018.',
    );
    expect(directive.issuer).toBe('Chủ tịch UBND tỉnh');
    expect(directive.assignees).toEqual(['Sở Kế hoạch và Đầu tư', 'Sở Tài chính', 'các đơn vị liên quan']);
    expect(directive.deadline).toBe('trước ngày 28/9/2018');
    expect(directive.deadlineIso).toBe('2018-09-28');
  });

  it('makes one directive per numbered task, the lead-in joined to item (1), items inheriting', () => {
    const directives = directivesOf(
      'Chủ tịch UBND tỉnh Nguyễn Văn An yêu cầu các sở, ngành: (1) hoàn thiện hồ sơ các dự án trước ngày 15/01/2023; (2) đẩy nhanh tiến độ giải ngân; (3) tăng cường kiểm tra, giám sát.',
    );
    expect(directives.map((d) => d.text)).toEqual([
      'Chủ tịch UBND tỉnh Nguyễn Văn An yêu cầu các sở, ngành: (1) hoàn thiện hồ sơ các dự án trước ngày 15/01/2023',
      '(2) đẩy nhanh tiến độ giải ngân',
      '(3) tăng cường kiểm tra, giám sát',
    ]);
    for (const d of directives) {
      expect(d.issuer).toBe('Chủ tịch UBND tỉnh Nguyễn Văn An');
      expect(d.assignees).toEqual(['các sở, ngành']);
    }
    expect(directives.map((d) => d.deadlineIso)).toEqual(['2023-01-15', null, null]);
  });

  it('splits numbered tasks separated by commas too', () => {
    const directives = directivesOf(
      'Bí thư Tỉnh ủy Lê Văn Hải đề nghị các cấp ủy: (1) rà soát đội ngũ cán bộ, (2) chuẩn bị tốt đại hội chi bộ.',
    );
    expect(directives.map((d) => d.text)).toEqual([
      'Bí thư Tỉnh ủy Lê Văn Hải đề nghị các cấp ủy: (1) rà soát đội ngũ cán bộ',
      '(2) chuẩn bị tốt đại hội chi bộ',
    ]);
  });

  it('resolves "đồng chí" and a bare title to the latest full mention', () => {
    const text = [
      'Hội nghị sơ kết công tác quý I',
      LEAD,
      'Sáng 2/4, Chủ tịch UBND tỉnh Trần Văn Bình chủ trì hội nghị. Phát biểu kết luận, Chủ tịch UBND tỉnh Trần Văn Bình ghi nhận kết quả đạt được.',
      'Đồng chí yêu cầu các sở, ngành tập trung tháo gỡ khó khăn cho doanh nghiệp. Chủ tịch UBND tỉnh giao Sở Tài chính tham mưu bố trí vốn.',
    ].join('\n');
    const directives = analyzeText(text).directives;
    expect(directives.map((d) => d.issuer)).toEqual([
      'Chủ tịch UBND tỉnh Trần Văn Bình',
      'Chủ tịch UBND tỉnh Trần Văn Bình',
    ]);
    expect(directives.map((d) => d.assignees)).toEqual([['các sở, ngành'], ['Sở Tài chính']]);
  });

  it('continues an instruction over imperative sentences, and stops at a report', () => {
    const directives = directivesOf(
      'Bí thư Tỉnh ủy Lê Văn Hải đề nghị các cấp ủy đảng tập trung chuẩn bị đại hội. Thường xuyên rà soát, kiện toàn bộ máy. Tăng cường giáo dục chính trị tư tưởng. Năm qua, tỉnh đã kết nạp 1.200 đảng viên. Tiếp tục đổi mới phương thức lãnh đạo.',
    );
    expect(directives.map((d) => d.text)).toEqual([
      'Bí thư Tỉnh ủy Lê Văn Hải đề nghị các cấp ủy đảng tập trung chuẩn bị đại hội',
      'Thường xuyên rà soát, kiện toàn bộ máy',
      'Tăng cường giáo dục chính trị tư tưởng',
    ]);
    expect(directives.every((d) => d.issuer === 'Bí thư Tỉnh ủy Lê Văn Hải')).toBe(true);
    expect(directives.every((d) => d.assignees.join() === 'các cấp ủy đảng')).toBe(true);
  });

  it('labels only the forward part of a sentence that first reports (§5 example 17)', () => {
    const [directive] = directivesOf(
      'Đồng chí Chủ tịch UBND tỉnh đã phát biểu kết luận phiên buổi sáng, đồng thời giao các ngành chức năng kịp thời tham mưu thực hiện các kiến nghị, đề xuất hợp lý.',
    );
    expect(directive.text).toBe(
      'đồng thời giao các ngành chức năng kịp thời tham mưu thực hiện các kiến nghị, đề xuất hợp lý',
    );
    // §5 examples 1 and 17: the form of address "đồng chí" is not part of the issuer.
    expect(directive.issuer).toBe('Chủ tịch UBND tỉnh');
    expect(directive.assignees).toEqual(['các ngành chức năng']);
  });

  it('reads a quoted order with the speaker after it (§5 example 14)', () => {
    const [directive] = directivesOf(
      '“Cả hệ thống chính trị phải vào cuộc, tập trung tháo gỡ khó khăn cho doanh nghiệp”, Chủ tịch UBND tỉnh Lê Văn Hải khẳng định.',
    );
    expect(directive.issuer).toBe('Chủ tịch UBND tỉnh Lê Văn Hải');
    expect(directive.assignees).toEqual(['Cả hệ thống chính trị']);
  });

  it('resolves a bare title to a person written with titles after the name', () => {
    const text = asArticle(
      'Kiểm điểm tiến độ giải ngân',
      'Chiều 28-10, đồng chí Lê Văn Tâm, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh chủ trì cuộc họp. Chủ tịch UBND tỉnh yêu cầu: Các sở, ngành chủ động rà soát các dự án chậm tiến độ. Các Ban xây dựng Đảng của Tỉnh ủy, các Tiểu ban khẩn trương chuẩn bị văn kiện.',
    );
    const directives = analyzeText(text).directives;
    expect(directives.map((d) => d.issuer)).toEqual([
      'Lê Văn Tâm, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh',
      'Lê Văn Tâm, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh',
    ]);
    expect(directives[1].assignees).toEqual(['Các Ban xây dựng Đảng của Tỉnh ủy', 'các Tiểu ban']);
  });

  it('does not take the items of a draft programme for orders', () => {
    const directives = directivesOf(
      'Dự thảo Chương trình hành động gồm các nhóm nhiệm vụ: Tập trung lãnh đạo, chỉ đạo thực hiện các nhiệm vụ trọng tâm. Đẩy mạnh cải cách hành chính.',
    );
    expect(directives).toEqual([]);
  });

  it('keeps a ";" that separates list items inside one directive', () => {
    const [directive, ...rest] = directivesOf(
      'Bí thư Tỉnh ủy chỉ đạo tập trung thực hiện chương trình phục hồi kinh tế theo Nghị quyết số 11 của Chính phủ; các chương trình mục tiêu quốc gia, các nhiệm vụ đột phá của Tỉnh ủy.',
    );
    expect(rest).toEqual([]);
    expect(directive.text.endsWith('các nhiệm vụ đột phá của Tỉnh ủy')).toBe(true);
  });

  it('gives the same directives for NFD input and old tone placement, issuers as written', () => {
    const nfc =
      'Phó Chủ tịch UBND tỉnh Nguyễn Thanh Hoà yêu cầu các sở, ngành khẩn trương khắc phục hậu quả thiên tai.';
    const head = `UBND tỉnh Khánh Hoà họp khẩn\n${LEAD}\n`;
    const fromNfc = analyzeText(head + nfc).directives;
    const fromNfd = analyzeText((head + nfc).normalize('NFD')).directives;
    expect(fromNfd).toEqual(fromNfc);
    expect(fromNfc[0].issuer).toBe('Phó Chủ tịch UBND tỉnh Nguyễn Thanh Hoà');
    const newPlacement = analyzeText(head + nfc.replace('Hoà', 'Hòa')).directives;
    expect(newPlacement.map((d) => [d.start, d.end, d.assignees])).toEqual(
      fromNfc.map((d) => [d.start, d.end, d.assignees]),
    );
  });
});

describe('directives: issuers with department titles, lists and subject-first tasks', () => {
  it('reads an issuer titled by a department whose name has lower-case syllables', () => {
    const [directive] = directivesOf(
      'Kết luận buổi làm việc, Giám đốc Sở Nông nghiệp và Phát triển nông thôn Hà Văn Tâm yêu cầu các trạm khuyến nông phải hoàn thành việc cấp giống trước ngày 20/9/2024.',
    );
    expect(directive).toMatchObject({
      issuer: 'Giám đốc Sở Nông nghiệp và Phát triển nông thôn Hà Văn Tâm',
      assignees: ['các trạm khuyến nông'],
      deadline: 'trước ngày 20/9/2024',
    });
  });

  it('reads issuers with a rank after the office and heads of agencies', () => {
    const [police, market] = directivesOf(
      'Giám đốc Công an tỉnh, Thiếu tướng Phạm Văn Hùng yêu cầu các đơn vị tăng cường tuần tra.\nChi cục trưởng Chi cục Kiểm lâm Vi Văn Tú yêu cầu các đội kiểm lâm cơ động kiểm tra chặt chẽ các điểm nóng.',
    );
    expect(police).toMatchObject({
      issuer: 'Giám đốc Công an tỉnh, Thiếu tướng Phạm Văn Hùng',
      assignees: ['các đơn vị'],
    });
    expect(market).toMatchObject({ issuer: 'Chi cục trưởng Chi cục Kiểm lâm Vi Văn Tú' });
  });

  it('resolves "đồng chí" + name to the titled mention of that person', () => {
    const directives = directivesOf(
      'Giám đốc Sở Giáo dục và Đào tạo Võ Thị Hạnh chủ trì hội nghị. Đồng chí Võ Thị Hạnh yêu cầu các trường rà soát đội ngũ giáo viên.',
    );
    expect(directives.map((d) => d.issuer)).toEqual(['Giám đốc Sở Giáo dục và Đào tạo Võ Thị Hạnh']);
  });

  it('reads "kết luận và chỉ đạo như sau:" as a lead-in and keeps the chain through topic headings', () => {
    const text = asArticle(
      'Thông báo kết luận về phòng, chống hạn',
      [
        'Chủ tịch UBND tỉnh Đặng Văn Minh kết luận và chỉ đạo như sau:',
        '1. Về cấp nước sinh hoạt:',
        'a) Sở Xây dựng khẩn trương kiểm tra các nhà máy nước, báo cáo trước ngày 10/4/2024.',
        'b) UBND các huyện Tam Nông, Thanh Bình bố trí xe chở nước cho các hộ thiếu nước.',
        '2. Về sản xuất nông nghiệp:',
        'a) Công an tỉnh phối hợp với Sở Công Thương kiểm tra các trạm bơm.',
      ].join('\n'),
    );
    const directives = analyzeText(text).directives;
    expect(directives.map((d) => d.text.slice(0, 12))).toEqual(['a) Sở Xây dự', 'b) UBND các ', 'a) Công an t']);
    expect(directives.every((d) => d.issuer === 'Chủ tịch UBND tỉnh Đặng Văn Minh')).toBe(true);
    expect(directives.map((d) => d.assignees)).toEqual([
      ['Sở Xây dựng'],
      ['UBND các huyện Tam Nông, Thanh Bình'],
      ['Công an tỉnh', 'Sở Công Thương'],
    ]);
  });

  it('reads prohibitions and "lưu ý" as directives, with those forbidden as addressees', () => {
    const directives = directivesOf(
      'Trưởng Ban Quản lý các khu công nghiệp Lò Văn Sơn yêu cầu các doanh nghiệp rà soát hệ thống xử lý nước thải. Nghiêm cấm các cơ sở sản xuất xả thải chưa qua xử lý ra môi trường. Ông lưu ý các chủ đầu tư không được để xảy ra cháy nổ.',
    );
    expect(directives).toHaveLength(3);
    expect(directives[1].assignees).toEqual(['các cơ sở sản xuất']);
    expect(directives[2].assignees).toEqual(['các chủ đầu tư']);
  });

  it('takes partners after "phối hợp với" as co-addressees of one task only', () => {
    const directives = directivesOf(
      'Bí thư Huyện ủy Trần Văn Nam yêu cầu các xã: (1) rà soát hộ nghèo; (2) phối hợp với Hội Nông dân huyện tuyên truyền chính sách; (3) báo cáo kết quả về Huyện ủy.',
    );
    expect(directives.map((d) => d.assignees)).toEqual([['các xã'], ['các xã', 'Hội Nông dân huyện'], ['các xã']]);
  });

  it('reads a body that directs its units inside a numbered list as an addressee, not a new issuer', () => {
    const directives = directivesOf(
      'Ban Thường vụ Tỉnh ủy yêu cầu: (1) Ban Tuyên giáo Tỉnh ủy chủ trì xây dựng đề cương tuyên truyền; (2) Đảng ủy Công an tỉnh chỉ đạo rà soát địa bàn trọng điểm.',
    );
    expect(directives.map((d) => [d.issuer, d.assignees])).toEqual([
      ['Ban Thường vụ Tỉnh ủy', ['Ban Tuyên giáo Tỉnh ủy']],
      ['Ban Thường vụ Tỉnh ủy', ['Đảng ủy Công an tỉnh']],
    ]);
  });

  it('carries a mixed addressee list with a collective phrase to the next sentence', () => {
    const directives = directivesOf(
      'Chủ tịch HĐND tỉnh Lê Văn Bình đề nghị UBND tỉnh, các sở, ngành tổ chức thực hiện các nghị quyết. Trong đó, ưu tiên bố trí vốn cho các công trình cấp bách.',
    );
    expect(directives.map((d) => d.assignees)).toEqual([
      ['UBND tỉnh', 'các sở, ngành'],
      ['UBND tỉnh', 'các sở, ngành'],
    ]);
  });

  it('does not read schedules, assessments after "nhấn mạnh", or proposals to the province as directives', () => {
    expect(
      directivesOf(
        'Bí thư Tỉnh ủy yêu cầu các cấp ủy chuẩn bị tốt đại hội. Hội nghị Tỉnh ủy lần thứ 15 dự kiến tổ chức vào tháng 6/2025.',
      ),
    ).toHaveLength(1);
    expect(
      directivesOf('Đồng chí Chủ tịch UBND tỉnh nhấn mạnh, năm 2024 là năm tăng tốc thực hiện kế hoạch 5 năm.'),
    ).toEqual([]);
    expect(
      directivesOf('Đại diện UBND huyện Yên Lập đề nghị tỉnh sớm bổ sung vốn cho các công trình thủy lợi.'),
    ).toEqual([]);
  });
});

describe('directives: round-2 rules for unseen phrasing', () => {
  it('takes a bare "… chỉ đạo:" before a list as the lead-in of its items, not as a directive', () => {
    const directives = directivesOf(
      'Phó Chủ tịch UBND tỉnh Trần Hữu Lộc chỉ đạo:\n- Sở Y tế chuẩn bị đủ thuốc, vật tư cho các điểm sơ cứu.\n- UBND các xã miền núi rà soát các hộ ở ven suối.',
    );
    expect(directives.map((d) => d.text)).toEqual([
      'Sở Y tế chuẩn bị đủ thuốc, vật tư cho các điểm sơ cứu',
      'UBND các xã miền núi rà soát các hộ ở ven suối',
    ]);
    expect(directives.map((d) => d.issuer)).toEqual([
      'Phó Chủ tịch UBND tỉnh Trần Hữu Lộc',
      'Phó Chủ tịch UBND tỉnh Trần Hữu Lộc',
    ]);
  });

  it('reads "đã" after the task verb as part of its object, not as a report of the subject', () => {
    const directives = directivesOf(
      'Chủ tịch UBND tỉnh giao UBND huyện Đông Sơn bàn giao mặt bằng trước ngày 20/5/2025. Các xã nhanh chóng cấp giấy chứng nhận cho 40 hộ đã nộp đủ hồ sơ.',
    );
    expect(directives).toHaveLength(2);
    expect(directives[1].assignees).toEqual(['Các xã']);
    expect(
      directivesOf(
        'Chủ tịch UBND tỉnh giao UBND huyện Đông Sơn bàn giao mặt bằng. Các xã đã cấp giấy chứng nhận cho 40 hộ.',
      ),
    ).toHaveLength(1);
    expect(
      directivesOf(
        'Chủ tịch UBND tỉnh giao UBND huyện Đông Sơn bàn giao mặt bằng. Các xã tích cực vào cuộc và đã cấp giấy chứng nhận cho 40 hộ.',
      ),
    ).toHaveLength(1);
  });

  it('adds the partners of "tiếp tục phối hợp với" and keeps "công trình" inside a body name', () => {
    const [first] = directivesOf(
      'Chủ tịch UBND tỉnh yêu cầu Công an tỉnh tiếp tục phối hợp với các địa phương kiểm đếm người dân tại vùng ngập.',
    );
    expect(first.assignees).toEqual(['Công an tỉnh', 'các địa phương']);
    const [second] = directivesOf(
      'Chủ tịch UBND tỉnh giao Sở Xây dựng chủ trì, phối hợp với Ban Quản lý dự án đầu tư xây dựng công trình dân dụng tỉnh rà soát hồ sơ.',
    );
    expect(second.assignees).toEqual(['Sở Xây dựng', 'Ban Quản lý dự án đầu tư xây dựng công trình dân dụng tỉnh']);
  });

  it('takes a command committee as the issuer and the public as its addressee', () => {
    const [directive] = directivesOf(
      'Ban Chỉ đạo Phòng thủ dân sự thành phố đề nghị người dân hạn chế ra đường khi có mưa lớn.',
    );
    expect(directive.issuer).toBe('Ban Chỉ đạo Phòng thủ dân sự thành phố');
    expect(directive.assignees).toEqual(['người dân']);
  });

  it('does not take whom a "không để" clause protects for its addressee', () => {
    const directives = directivesOf(
      'Chủ tịch UBND tỉnh yêu cầu UBND các xã ven biển khẩn trương di dời người dân. Không để người dân ở lại trong nhà yếu.',
    );
    expect(directives[1].assignees).toEqual(['UBND các xã ven biển']);
  });

  it('reads an issuer chain that a quotation mark opens', () => {
    const [directive] = directivesOf(
      '“Chủ tịch UBND tỉnh yêu cầu các sở, ngành phải trả lời kiến nghị của doanh nghiệp trong 7 ngày”, ông Lâm cho biết.',
    );
    expect(directive.issuer).toBe('Chủ tịch UBND tỉnh');
    expect(directive.assignees).toEqual(['các sở, ngành']);
  });

  it('keeps a past assignment whose deadline is still ahead of the publication date', () => {
    const body =
      'Tháng trước, Chủ tịch UBND tỉnh Phạm Quang Vinh đã giao Sở Tài chính rà soát các khoản nợ, báo cáo UBND tỉnh trước ngày 15/12/2024.';
    const open = analyzeText(asArticle('Rà soát nợ đọng', body), { published: '2024-12-01' }).directives;
    expect(open).toHaveLength(1);
    expect(open[0].assignees).toEqual(['Sở Tài chính']);
    expect(analyzeText(asArticle('Rà soát nợ đọng', body), { published: '2024-12-20' }).directives).toEqual([]);
    expect(analyzeText(asArticle('Rà soát nợ đọng', body)).directives).toEqual([]);
  });

  it('takes a unit named by its level alone as the subject of an obligation', () => {
    const directives = directivesOf(
      'Đồng chí Phó Chủ tịch UBND huyện đề nghị xã giữ vững các tiêu chí. Phường phải hoàn thành chỉnh trang đô thị; trình hồ sơ trước ngày 30/9/2025.',
    );
    expect(directives.slice(1).map((d) => d.assignees)).toEqual([['Phường'], ['Phường']]);
  });

  it('does not continue an instruction with what a speaker reports', () => {
    const directives = directivesOf(
      'Chủ tịch UBND tỉnh yêu cầu các xã giữ vững tiêu chí nông thôn mới. Chủ tịch UBND xã Tân Lập cho biết, xã phấn đấu có thêm 3 thôn kiểu mẫu.',
    );
    expect(directives).toHaveLength(1);
  });

  it('leaves the form of address "đồng chí" out of a named issuer', () => {
    const [directive] = directivesOf(
      'Đồng chí Ngô Thanh Bình, Bí thư Tỉnh ủy yêu cầu các cấp ủy chuẩn bị tốt đại hội.',
    );
    expect(directive.issuer).toBe('Ngô Thanh Bình, Bí thư Tỉnh ủy');
  });
});

describe('directives on real reporting (issue 9, failure modes 1 and 2; made-up examples)', () => {
  const HEAD =
    'UBND huyện họp bàn các nhiệm vụ trọng tâm\nChiều 12/3, UBND huyện họp phiên thường kỳ để bàn các nhiệm vụ trọng tâm của quý II; dự họp có lãnh đạo các phòng, ban và Chủ tịch UBND các xã.\n';
  const read = (body: string) =>
    analyzeText(HEAD + body).directives.map((d) => ({ text: d.text, issuer: d.issuer, assignees: d.assignees }));

  it('keeps a lead-in’s task list through a caption, bare-verb items and a "có + noun" task', () => {
    const found = read(
      'Phó Chủ tịch UBND huyện Đào Minh Sơn yêu cầu các phòng, ban:\nSố hóa toàn bộ hồ sơ đất đai trước quý III.\nĐồng chí Đào Minh Sơn phát biểu tại buổi làm việc\nCó phương án bố trí giáo viên cho các điểm trường lẻ.\nRà soát lại các tuyến đường xuống cấp.',
    );
    expect(found.map((d) => d.text)).toEqual([
      'Số hóa toàn bộ hồ sơ đất đai trước quý III',
      'Có phương án bố trí giáo viên cho các điểm trường lẻ',
      'Rà soát lại các tuyến đường xuống cấp',
    ]);
    for (const d of found) {
      expect(d.issuer).toBe('Phó Chủ tịch UBND huyện Đào Minh Sơn');
      expect(d.assignees).toEqual(['các phòng, ban']);
    }
  });

  it('ends the list at a report of results', () => {
    const found = read(
      'Phó Chủ tịch UBND huyện Đào Minh Sơn yêu cầu các phòng, ban:\nSố hóa toàn bộ hồ sơ đất đai.\nTheo báo cáo, năm qua huyện đã làm mới 12 km đường.\nHoàn thiện hồ sơ xã nông thôn mới.',
    );
    expect(found.map((d) => d.text)).toEqual(['Số hóa toàn bộ hồ sơ đất đai']);
  });

  it('reads addressees by their shape and issuers named "ông + name"', () => {
    expect(
      read('Phó Chủ tịch UBND huyện Lê Văn Tâm đề nghị các hợp tác xã chủ động bao tiêu sản phẩm.')[0],
    ).toMatchObject({
      assignees: ['các hợp tác xã'],
    });
    expect(
      read('Giám đốc Sở Y tế Trần Minh Hòa yêu cầu giám đốc các bệnh viện bố trí đủ giường bệnh.')[0],
    ).toMatchObject({
      assignees: ['giám đốc các bệnh viện'],
    });
    const quoted = read(
      'Chủ tịch UBND huyện Lê Văn Tâm đến kiểm tra công trình. “Các xã phải dọn xong bùn đất ngay trong tuần này” – ông Tâm yêu cầu.',
    );
    expect(quoted[0]).toMatchObject({ issuer: 'Chủ tịch UBND huyện Lê Văn Tâm', assignees: ['Các xã'] });
  });

  it('reads "giao X cho Y" with Y as assignee, and an inline "có ý kiến như sau:"', () => {
    expect(read('Phó Chủ tịch UBND tỉnh Trịnh Văn Khải giao bãi đỗ xe cho UBND thị trấn khai thác.')[0]).toMatchObject({
      assignees: ['UBND thị trấn'],
    });
    expect(read('UBND tỉnh có ý kiến như sau: Sở Nội vụ chủ trì, phối hợp với các huyện rà soát biên chế.')).toEqual([
      {
        text: 'Sở Nội vụ chủ trì, phối hợp với các huyện rà soát biên chế',
        issuer: 'UBND tỉnh',
        assignees: ['Sở Nội vụ', 'các huyện'],
      },
    ]);
  });

  it('keeps a ";"-list of addressees in one directive, and a notice’s items that open with a cue', () => {
    const found = read(
      'Chủ tịch UBND xã thông báo lịch trực như sau:\n1. Thời gian: sáng thứ Hai hằng tuần.\n2. Giao Văn phòng UBND xã; Đài truyền thanh xã thông báo rộng rãi lịch trực này.\nVới nội dung trên, UBND xã thông báo để nhân dân biết và thực hiện.',
    );
    expect(found).toEqual([
      {
        text: '2. Giao Văn phòng UBND xã; Đài truyền thanh xã thông báo rộng rãi lịch trực này',
        issuer: 'Chủ tịch UBND xã',
        assignees: ['Văn phòng UBND xã', 'Đài truyền thanh xã'],
      },
    ]);
  });
});

describe('directives: round-4 rules (issue 9 modes 1 and 2, guide readings; made-up examples)', () => {
  const HEAD =
    'Huyện họp bàn phòng chống thiên tai\nSáng 8/4/2025, UBND huyện họp bàn công tác phòng chống thiên tai năm 2025; dự họp có lãnh đạo các phòng, ban và Chủ tịch UBND các xã.\n';
  const read = (body: string) =>
    analyzeText(HEAD + body).directives.map((d) => ({ text: d.text, issuer: d.issuer, assignees: d.assignees }));

  it('reads an instruction told with "đã" at the meeting being reported, not one cited from earlier', () => {
    expect(
      read(
        'Tại buổi làm việc, Phó Chủ tịch UBND huyện Khổng Minh Đức đã giao Phòng Nông nghiệp lập phương án di dời chuồng trại.',
      ),
    ).toEqual([
      {
        text: 'Tại buổi làm việc, Phó Chủ tịch UBND huyện Khổng Minh Đức đã giao Phòng Nông nghiệp lập phương án di dời chuồng trại',
        issuer: 'Phó Chủ tịch UBND huyện Khổng Minh Đức',
        assignees: ['Phòng Nông nghiệp'],
      },
    ]);
    expect(
      read('Kết luận cuộc họp, Chủ tịch UBND huyện Tạ Quang Vinh đã yêu cầu các xã kiểm tra toàn bộ đê bao.'),
    ).toHaveLength(1);
    expect(read('Trước đó, Chủ tịch UBND huyện Tạ Quang Vinh đã yêu cầu các xã kiểm tra toàn bộ đê bao.')).toEqual([]);
  });

  it('takes a lead-in that only announces the tasks below it as no task of its own', () => {
    const found = read(
      'Bí thư Huyện ủy Lục Văn Quang đề nghị các xã tập trung một số nội dung sau:\nMột là, củng cố lực lượng xung kích ở thôn.\nHai là, dự trữ lương thực ở vùng hay bị chia cắt.',
    );
    expect(found.map((d) => d.text)).toEqual([
      'Một là, củng cố lực lượng xung kích ở thôn',
      'Hai là, dự trữ lương thực ở vùng hay bị chia cắt',
    ]);
    expect(found[0].assignees).toEqual(['các xã']);
    const given = read(
      'Chủ tịch UBND huyện Tạ Quang Vinh giao nhiệm vụ cho các đơn vị như sau:\nPhòng Tài chính - Kế hoạch cân đối kinh phí khắc phục sạt lở.',
    );
    expect(given).toEqual([
      {
        text: 'Phòng Tài chính - Kế hoạch cân đối kinh phí khắc phục sạt lở',
        issuer: 'Chủ tịch UBND huyện Tạ Quang Vinh',
        assignees: ['Phòng Tài chính - Kế hoạch'],
      },
    ]);
  });

  it('reads people addressed without "các" by what they are, up to the task verb', () => {
    const first = (body: string) => read(body)[0]?.assignees;
    expect(first('Phó Chủ tịch UBND huyện Khổng Minh Đức yêu cầu nhà thầu tăng ca để kịp thông xe.')).toEqual([
      'nhà thầu',
    ]);
    expect(first('Bí thư Huyện đoàn Mạc Thị Yến đề nghị đoàn viên, thanh niên tham gia dọn bùn sau lũ.')).toEqual([
      'đoàn viên, thanh niên',
    ]);
    expect(first('Chủ tịch UBND huyện Tạ Quang Vinh đề nghị bà con ngư dân không ra khơi khi có bão.')).toEqual([
      'bà con ngư dân',
    ]);
    expect(
      first('Trưởng Công an huyện Tạ Văn Cường yêu cầu chủ các xe tải chấp hành quy định về tải trọng cầu.'),
    ).toEqual(['chủ các xe tải']);
  });

  it('reads "căn dặn", "phân công" and "chỉ rõ" as instruction verbs', () => {
    expect(read('Bí thư Huyện ủy Lục Văn Quang căn dặn các tân binh phải giữ nghiêm kỷ luật quân ngũ.')).toHaveLength(
      1,
    );
    expect(read('Chủ tịch UBND huyện Tạ Quang Vinh phân công Phòng Văn hóa theo dõi các lễ hội đầu năm.')).toHaveLength(
      1,
    );
    expect(
      read('Chủ tịch UBND huyện Tạ Quang Vinh chỉ rõ: các xã phải xử lý dứt điểm việc lấn chiếm hành lang đê.'),
    ).toHaveLength(1);
    expect(read('Chủ tịch UBND huyện Tạ Quang Vinh chỉ rõ, năm nay là năm mưa lũ đến sớm.')).toEqual([]);
  });

  it('keeps an issuer whose titles stand in apposition between commas', () => {
    expect(
      read('Ông Mạc Văn Lợi, Phó Chủ tịch UBND huyện, yêu cầu các xã củng cố nhà văn hóa làm nơi tránh bão.')[0],
    ).toMatchObject({ issuer: 'Ông Mạc Văn Lợi, Phó Chủ tịch UBND huyện', assignees: ['các xã'] });
  });

  it('reads a second verb of the leader joined by a comma alone, as in a caption', () => {
    const found = read(
      'Phó Chủ tịch UBND huyện Khổng Minh Đức thị sát kè sông, yêu cầu đơn vị thi công hoàn thành trước mùa mưa\nĐoàn công tác đã đi thị sát 3 công trình kè.',
    );
    expect(found).toEqual([
      {
        text: 'yêu cầu đơn vị thi công hoàn thành trước mùa mưa',
        issuer: 'Phó Chủ tịch UBND huyện Khổng Minh Đức',
        assignees: ['đơn vị thi công'],
      },
    ]);
    // An item that opens with "Giao" names the addressee, not a leader who speaks.
    expect(
      read(
        'Chủ tịch UBND huyện Tạ Quang Vinh kết luận như sau:\n1. Giao Văn phòng UBND huyện theo dõi, đôn đốc các xã thực hiện.',
      )[0],
    ).toMatchObject({ issuer: 'Chủ tịch UBND huyện Tạ Quang Vinh', assignees: ['Văn phòng UBND huyện'] });
  });
});

describe('directives: round-4 rules, second batch (made-up examples)', () => {
  const HEAD =
    'Tỉnh rà soát các công trình thủy lợi\nSáng 3/6/2025, UBND tỉnh họp rà soát các công trình thủy lợi trước mùa mưa; dự họp có lãnh đạo các sở, ngành và Chủ tịch UBND các huyện.\n';
  const read = (body: string) =>
    analyzeText(HEAD + body).directives.map((d) => ({ text: d.text, issuer: d.issuer, assignees: d.assignees }));

  it('reads a cue followed by a comma and a time frame before the addressee', () => {
    expect(
      read('Phó Chủ tịch UBND tỉnh Âu Thị Lựu yêu cầu, thời gian tới, các huyện phải nạo vét xong kênh cấp một.')[0],
    ).toMatchObject({ issuer: 'Phó Chủ tịch UBND tỉnh Âu Thị Lựu' });
  });

  it('reads a department or a union instructing those below it, not one asking the province', () => {
    expect(read('Sở Nông nghiệp yêu cầu các trạm bơm vận hành thử trước ngày 15/6/2025.')[0]).toMatchObject({
      issuer: 'Sở Nông nghiệp',
      assignees: ['các trạm bơm'],
    });
    expect(read('Sở Nông nghiệp đề nghị UBND tỉnh bổ sung kinh phí nạo vét.')).toEqual([]);
    expect(read('Giao Sở Tài chính theo dõi, đôn đốc các huyện giải ngân vốn.')).toEqual([]);
  });

  it('reads subjects in a task list who are people on the ground ("Các nhà thầu …")', () => {
    const found = read(
      'Chủ tịch UBND tỉnh Doãn Văn Khôi yêu cầu:\nCác chủ đầu tư nghiệm thu ngay khối lượng hoàn thành.\nCác nhà thầu bố trí đủ máy bơm dự phòng.',
    );
    expect(found.map((d) => d.assignees)).toEqual([['Các chủ đầu tư'], ['Các nhà thầu']]);
  });

  it('opens a quoted speech that starts with an assessment without taking the assessment for an order', () => {
    const found = read(
      'Phó Chủ tịch UBND tỉnh Âu Thị Lựu nhấn mạnh: “Mùa mưa năm nay đến sớm. Các huyện phải kiểm tra từng cống. Sở Nông nghiệp cần lập danh sách cống xung yếu.”',
    );
    expect(found.map((d) => d.text)).toEqual([
      'Các huyện phải kiểm tra từng cống',
      'Sở Nông nghiệp cần lập danh sách cống xung yếu',
    ]);
    expect(found.every((d) => d.issuer === 'Phó Chủ tịch UBND tỉnh Âu Thị Lựu')).toBe(true);
  });

  it('reads a quoted order attributed with a plain "nói"', () => {
    expect(read('“Trạm bơm nào hỏng phải sửa xong trong tuần”, Phó Chủ tịch UBND tỉnh Âu Thị Lựu nói.')).toHaveLength(
      1,
    );
    expect(read('“Năm nay nước về sớm”, Phó Chủ tịch UBND tỉnh Âu Thị Lựu nói.')).toEqual([]);
  });

  it('keeps a task list through one sentence that explains the present state, not through a report', () => {
    const found = read(
      'Chủ tịch UBND tỉnh Doãn Văn Khôi yêu cầu các huyện:\nVận động người dân trồng lại rừng phòng hộ.\nHiện nay, diện tích rừng phòng hộ của tỉnh còn thấp.\nBố trí cây giống cho các hộ tham gia.',
    );
    expect(found.map((d) => d.text)).toEqual([
      'Vận động người dân trồng lại rừng phòng hộ',
      'Bố trí cây giống cho các hộ tham gia',
    ]);
    const reported = read(
      'Chủ tịch UBND tỉnh Doãn Văn Khôi yêu cầu các huyện:\nVận động người dân trồng lại rừng phòng hộ.\nHiện nay, các huyện đã trồng mới 300 ha rừng.\nBố trí cây giống cho các hộ tham gia.',
    );
    expect(reported.map((d) => d.text)).toEqual(['Vận động người dân trồng lại rừng phòng hộ']);
  });

  it('reads titles with a mark missing, issuers kept as written', () => {
    expect(read('Bí thu Huyện ủy Doãn Văn Khôi yêu cầu các xã kiểm tra bờ bao.')[0]).toMatchObject({
      issuer: 'Bí thu Huyện ủy Doãn Văn Khôi',
    });
    expect(read('Pho Chủ tịch UBND tinh Âu Thị Lựu yêu cầu các xã kiểm tra bờ bao.')[0]).toMatchObject({
      issuer: 'Pho Chủ tịch UBND tinh Âu Thị Lựu',
    });
  });
});

describe('directives: round-5 rules (web tuning misses generalised; made-up examples)', () => {
  const HEAD =
    'Huyện chuẩn bị cho mùa khô\nSáng 8/1/2025, UBND huyện họp bàn phương án chống hạn cho vụ đông xuân; dự họp có lãnh đạo các phòng, ban và Chủ tịch UBND các xã.\n';
  const read = (body: string) =>
    analyzeText(HEAD + body).directives.map((d) => ({ text: d.text, issuer: d.issuer, assignees: d.assignees }));

  it('reads the tasks a body lists in the document the article reports, "đã" dating the document', () => {
    const found = read(
      'Để chống hạn, Phòng Nông nghiệp đã gửi Văn bản số 41/PNN ngày 6/1/2025 yêu cầu Chủ tịch UBND các xã:\nKiểm tra toàn bộ trạm bơm trước ngày 20/1/2025.\nVận động bà con gieo sạ đúng lịch.',
    );
    expect(found.map((d) => d.text)).toEqual([
      'Kiểm tra toàn bộ trạm bơm trước ngày 20/1/2025',
      'Vận động bà con gieo sạ đúng lịch',
    ]);
    expect(found[0]).toMatchObject({ issuer: 'Phòng Nông nghiệp', assignees: ['Chủ tịch UBND các xã'] });
  });

  it('reads a leader referred to as a bare "ông" or "bà" mid-sentence, and the tasks that follow', () => {
    const found = read(
      'Bà Lý Thị Hoa, Phó Chủ tịch UBND huyện đề nghị Phòng Nông nghiệp thống kê diện tích thiếu nước. Đồng thời, bà yêu cầu Trạm Khuyến nông hướng dẫn bà con chuyển đổi cây trồng. Phòng Tài chính sớm tham mưu nguồn kinh phí hỗ trợ.',
    );
    expect(found.map((d) => d.assignees)).toEqual([['Phòng Nông nghiệp'], ['Trạm Khuyến nông'], ['Phòng Tài chính']]);
    expect(found[1].issuer).toBe('Bà Lý Thị Hoa, Phó Chủ tịch UBND huyện');
  });

  it('reads forces named by what they do ("lực lượng thanh tra") as addressees', () => {
    expect(
      read('Sở Giao thông vận tải chỉ đạo lực lượng thanh tra giao thông kiểm tra các bến xe khách.')[0],
    ).toMatchObject({
      issuer: 'Sở Giao thông vận tải',
      assignees: ['lực lượng thanh tra giao thông'],
    });
  });

  it('reads tasks told first and attributed by the sentence after them, a slogan inside them left out', () => {
    const found = read(
      '“Các xã phải hoàn thành nạo vét kênh trước ngày 15/1/2025; chủ động trữ nước trong các ao hồ; tinh thần là “nước đi trước; đồng ruộng theo sau””. Đó là chỉ đạo của Phó Chủ tịch UBND huyện Lý Thị Hoa tại cuộc họp.',
    );
    expect(found.map((d) => d.text)).toEqual([
      'Các xã phải hoàn thành nạo vét kênh trước ngày 15/1/2025',
      'chủ động trữ nước trong các ao hồ',
    ]);
    expect(found[1]).toMatchObject({ issuer: 'Phó Chủ tịch UBND huyện Lý Thị Hoa', assignees: ['Các xã'] });
  });

  it('takes no report or description before such a sentence for a task', () => {
    expect(
      read('Năm qua, các xã đã nạo vét 40 km kênh mương. Đây là kết luận của Phó Chủ tịch UBND huyện Lý Thị Hoa.'),
    ).toEqual([]);
  });

  it('reads the cue-led paragraphs after a leader "có ý kiến chỉ đạo về việc …" as that leader’s instructions', () => {
    const found = read(
      'Phó Chủ tịch UBND huyện Đinh Văn Tú có ý kiến chỉ đạo về việc bảo đảm nước tưới cho vụ đông xuân.\nGiao Phòng Nông nghiệp chủ trì kiểm tra các trạm bơm; báo cáo kết quả trước ngày 15/1/2025.\nYêu cầu UBND các xã vận động bà con gieo sạ đúng lịch.',
    );
    expect(found.map((d) => d.text)).toEqual([
      'Giao Phòng Nông nghiệp chủ trì kiểm tra các trạm bơm',
      'báo cáo kết quả trước ngày 15/1/2025',
      'Yêu cầu UBND các xã vận động bà con gieo sạ đúng lịch',
    ]);
    expect(new Set(found.map((d) => d.issuer))).toEqual(new Set(['Phó Chủ tịch UBND huyện Đinh Văn Tú']));
  });

  it('keeps the leader of the paragraph for a "Giao cho …" sentence after a sentence of praise', () => {
    const found = read(
      'Bà Lý Thị Hoa, Phó Chủ tịch UBND huyện yêu cầu các xã kiểm tra toàn bộ cống tưới. Bà cũng khen xã Tân Lập làm tốt việc nạo vét. Giao cho Trạm Thủy nông phối hợp với các xã kiểm tra mực nước các hồ.',
    );
    expect(found.map((d) => d.assignees)).toEqual([['các xã'], ['Trạm Thủy nông', 'các xã']]);
    expect(found[1].issuer).toBe('Bà Lý Thị Hoa, Phó Chủ tịch UBND huyện');
  });

  it('reads what the main task is, said with "là" after a speech cue, as a task', () => {
    const found = read(
      'Phó Chủ tịch UBND huyện Lý Thị Hoa nêu rõ: Nhiệm vụ trọng tâm tuần tới là hoàn thành nạo vét kênh N2.',
    );
    expect(found).toHaveLength(1);
    expect(read('Phó Chủ tịch UBND huyện Lý Thị Hoa nhấn mạnh, năm nay là năm hạn nặng.')).toEqual([]);
  });

  it('reads the document an article reports as speaking for its issuer ("Công văn nêu rõ: …")', () => {
    const found = read(
      'UBND huyện vừa ban hành văn bản về chống hạn. Công văn nêu rõ: Phòng Nông nghiệp, UBND các xã kiểm tra toàn bộ trạm bơm trước ngày 20/1/2025.',
    );
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ issuer: 'Công văn', assignees: ['Phòng Nông nghiệp', 'UBND các xã'] });
  });
});

describe('directives: round-6 rules (real tuning misses and issue 9 leftovers generalised; made-up examples)', () => {
  const read = (paragraph: string) =>
    analyzeText(asArticle('Huyện họp bàn phòng, chống hạn hán', paragraph)).directives;
  const pick = (found: Directive[]) => found.map((d) => ({ text: d.text, assignees: d.assignees, issuer: d.issuer }));

  it('reads a cue joined by "và" to what the leader first praised or agreed (directive.joined-cue)', () => {
    const found = read(
      'Sau khi nghe báo cáo, Phó Chủ tịch UBND huyện Mai Quốc Toản đồng ý chủ trương và giao Phòng Nông nghiệp lập phương án cấp nước. Phó Chủ tịch UBND huyện Mai Quốc Toản ghi nhận, biểu dương kết quả của xã Tân Lập và yêu cầu xã rà soát các trạm bơm.',
    );
    expect(pick(found)).toEqual([
      {
        text: 'và giao Phòng Nông nghiệp lập phương án cấp nước',
        assignees: ['Phòng Nông nghiệp'],
        issuer: 'Phó Chủ tịch UBND huyện Mai Quốc Toản',
      },
      {
        text: 'và yêu cầu xã rà soát các trạm bơm',
        assignees: ['xã'],
        issuer: 'Phó Chủ tịch UBND huyện Mai Quốc Toản',
      },
    ]);
    // What the leader did before, with "đã", is a report: nothing after "và" is read from it.
    expect(read('Năm qua, Chủ tịch UBND huyện đã kiểm tra các hồ chứa và yêu cầu các xã nạo vét kênh mương.')).toEqual(
      [],
    );
  });

  it('reads a body that works "căn cứ … để lãnh đạo, chỉ đạo …" in a task list as the addressee, not an issuer', () => {
    const found = read(
      'Chủ tịch UBND huyện Đinh Công Lực yêu cầu các phòng, ban:\nKhẩn trương kiểm tra các hồ chứa.\nUBND các xã, thị trấn căn cứ kế hoạch của huyện để lãnh đạo, chỉ đạo triển khai phù hợp với thực tế. Trong đó, đặc biệt lưu ý phải bảo đảm nước sinh hoạt cho người dân.',
    );
    expect(found.map((d) => d.assignees)).toEqual([
      ['các phòng, ban'],
      ['UBND các xã, thị trấn'],
      ['UBND các xã, thị trấn'],
    ]);
    expect(new Set(found.map((d) => d.issuer))).toEqual(new Set(['Chủ tịch UBND huyện Đinh Công Lực']));
  });

  it('reads the bodies a frame names ("Đối với UBND các xã, …") as the addressees of the task', () => {
    const found = read(
      'Chủ tịch UBND huyện Đinh Công Lực giao Phòng Tài chính bố trí kinh phí chống hạn.\nĐối với UBND các xã, chủ động kiểm tra, xử lý nghiêm việc lấn chiếm kênh mương.',
    );
    expect(found.map((d) => d.assignees)).toEqual([['Phòng Tài chính'], ['UBND các xã']]);
  });

  it('reads a "có + noun" task after an instruction, as a sentence or a ";"-part (directive.task-by-form)', () => {
    const found = read(
      'Chủ tịch UBND huyện Đinh Công Lực yêu cầu Phòng Nông nghiệp theo dõi sát mực nước các hồ; có kế hoạch điều tiết nước cho vụ đông xuân. Có phương án cấp nước sinh hoạt cho các thôn vùng cao.',
    );
    expect(found.map((d) => d.text)).toEqual([
      'Chủ tịch UBND huyện Đinh Công Lực yêu cầu Phòng Nông nghiệp theo dõi sát mực nước các hồ',
      'có kế hoạch điều tiết nước cho vụ đông xuân',
      'Có phương án cấp nước sinh hoạt cho các thôn vùng cao',
    ]);
    expect(found[2].rules?.[0]?.rule).toBe('directive.task-by-form');
  });

  it('gives a new item of a lead-in list the lead-in addressees, not the subject of a ";"-part before it', () => {
    const found = read(
      'Phó Chủ tịch UBND huyện Lò Thị Mai yêu cầu các phòng, ban chuyên môn:\nRà soát toàn bộ hồ sơ cấp nước; các xã lập danh sách hộ thiếu nước trước ngày 20/5.\nTăng cường kiểm tra các trạm bơm.',
    );
    expect(found.map((d) => d.assignees)).toEqual([
      ['các phòng, ban chuyên môn'],
      ['các xã'],
      ['các phòng, ban chuyên môn'],
    ]);
  });

  it('takes no description of the speaker’s own body, said without an obligation, for an order', () => {
    expect(
      read(
        'Phát biểu khai mạc, Chủ tịch HĐND huyện Lò Thị Mai nhấn mạnh: Với tinh thần đồng hành, HĐND huyện luôn kịp thời tổ chức các phiên giám sát để tháo gỡ khó khăn cho người dân.',
      ),
    ).toEqual([]);
    // An obligation of the same body is still read.
    expect(
      read('Chủ tịch HĐND huyện Lò Thị Mai nhấn mạnh, HĐND huyện phải giám sát chặt chẽ việc cấp nước.'),
    ).toHaveLength(1);
  });

  it('binds the subject of a consequence ("… thì Chủ tịch UBND cấp xã phải …"), and carries "Các …" to a ";"-part', () => {
    const found = read(
      'Chủ tịch UBND huyện Đinh Công Lực yêu cầu các xã tổ chức tốt việc cấp nước. Xã nào để người dân thiếu nước sinh hoạt thì Chủ tịch UBND cấp xã phải chịu trách nhiệm trước Chủ tịch UBND huyện.\nCác đơn vị quán triệt cán bộ chấp hành nghiêm quy định; tuyệt đối không tự ý đắp đập ngăn dòng.',
    );
    expect(found.map((d) => d.assignees)).toEqual([
      ['các xã'],
      ['Chủ tịch UBND cấp xã'],
      ['Các đơn vị'],
      ['Các đơn vị'],
    ]);
  });

  it('reads no subject after a task the clause opens with, and takes a quoted subject after the colon', () => {
    const found = read(
      'Chủ tịch UBND huyện Đinh Công Lực nhấn mạnh: Các xã phải xác định đây là nhiệm vụ trọng tâm. Cần rà soát kỹ từng thôn, từng hộ, không để hộ nào thiếu nước. Ông yêu cầu: “Các trạm bơm phải vận hành hết công suất trong tuần này”.',
    );
    expect(found.map((d) => d.assignees)).toEqual([['Các xã'], ['Các xã'], ['Các trạm bơm']]);
  });

  it('reads leaders named by their office: "lãnh đạo huyện", "Đại diện lãnh đạo Phòng …"', () => {
    const found = read(
      'Tại buổi kiểm tra, lãnh đạo huyện yêu cầu nhà thầu tăng cường nhân lực. Đại diện lãnh đạo Phòng Nông nghiệp đề nghị các hợp tác xã tăng cường kiểm tra kênh mương.',
    );
    expect(found.map((d) => d.issuer)).toEqual(['lãnh đạo huyện', 'Đại diện lãnh đạo Phòng Nông nghiệp']);
  });
});
