import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../../utils/engine/analyze.ts';
import type { Directive } from '../../../utils/engine/types.ts';

// Directives of one paragraph placed under a headline (so the text reads as an article page).
function directivesOf(paragraph: string): Directive[] {
  return analyzeText(`UBND tỉnh họp phiên thường kỳ\n${paragraph}`).directives;
}

describe('directive or not (directives.md §5)', () => {
  it.each([
    ['Phát biểu chỉ đạo tại hội nghị, đồng chí Chủ tịch UBND tỉnh yêu cầu các ngành, địa phương khẩn trương, quyết liệt vào cuộc, thực hiện đồng bộ các giải pháp đẩy nhanh giải phóng mặt bằng các dự án.', 1],
    ['Về phát triển kinh tế - xã hội, đồng chí Bí thư Tỉnh ủy yêu cầu cấp ủy, chính quyền các cấp tập trung chỉ đạo thực hiện đồng bộ, có hiệu quả các mục tiêu, nhiệm vụ năm 2020.', 1],
    ['Chủ tịch UBND tỉnh vừa có văn bản yêu cầu Thủ trưởng các sở, ban ngành, Chủ tịch UBND các huyện, thành phố nghiêm túc quán triệt và tổ chức triển khai thực hiện Chỉ thị số 27/CT-TTg ngày 19/11/2019 của Thủ tướng Chính phủ.', 1],
    ['UBND tỉnh đề nghị các đơn vị định kỳ 6 tháng, hàng năm báo cáo kết quả thực hiện Chỉ thị số 20 về UBND tỉnh.', 1],
    ['Thủ tướng Chính phủ yêu cầu tỉnh hoàn thành giải phóng mặt bằng trong tháng 8/2023.', 1],
    ['Năm 2018, tốc độ tăng trưởng GRDP của tỉnh đạt 10,36%, vượt kế hoạch đề ra.', 0],
    ['UBND tỉnh đã ban hành 808 quyết định.', 0],
    ['Tại hội nghị, các đại biểu đã báo cáo tiến độ triển khai một số dự án trọng điểm và đề xuất tháo gỡ khó khăn.', 0],
    ['Tham dự phiên họp có các đồng chí Phó Chủ tịch UBND tỉnh; thành viên UBND tỉnh, lãnh đạo các Ban HĐND tỉnh.', 0],
    ['Sau gần 2 năm triển khai Nghị quyết số 01-NQ/TU, ngành công nghiệp chế biến, chế tạo đã đạt và vượt các mục tiêu đề ra.', 0],
    ['Hội nghị diễn ra với tinh thần "Đoàn kết – Dân chủ – Kỷ cương – Đổi mới".', 0],
    ['Theo đề nghị của Giám đốc Sở Kế hoạch và Đầu tư tại Công văn số 1621/SKHĐT-TH ngày 29/9/2020.', 0],
    ['Ngày 12/8/2020, Chủ tịch UBND tỉnh cùng lãnh đạo các sở ngành có buổi làm việc với Ban Thường vụ Huyện ủy về tiến độ triển khai các dự án.', 0],
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
    const directives = directivesOf('Bí thư Tỉnh ủy Lê Văn Hải đề nghị các cấp ủy: (1) rà soát đội ngũ cán bộ, (2) chuẩn bị tốt đại hội chi bộ.');
    expect(directives.map((d) => d.text)).toEqual(['Bí thư Tỉnh ủy Lê Văn Hải đề nghị các cấp ủy: (1) rà soát đội ngũ cán bộ', '(2) chuẩn bị tốt đại hội chi bộ']);
  });

  it('resolves "đồng chí" and a bare title to the latest full mention', () => {
    const text = [
      'Hội nghị sơ kết công tác quý I',
      'Sáng 2/4, Chủ tịch UBND tỉnh Trần Văn Bình chủ trì hội nghị. Phát biểu kết luận, Chủ tịch UBND tỉnh Trần Văn Bình ghi nhận kết quả đạt được.',
      'Đồng chí yêu cầu các sở, ngành tập trung tháo gỡ khó khăn cho doanh nghiệp. Chủ tịch UBND tỉnh giao Sở Tài chính tham mưu bố trí vốn.',
    ].join('\n');
    const directives = analyzeText(text).directives;
    expect(directives.map((d) => d.issuer)).toEqual(['Chủ tịch UBND tỉnh Trần Văn Bình', 'Chủ tịch UBND tỉnh Trần Văn Bình']);
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
    const [directive] = directivesOf('Đồng chí Chủ tịch UBND tỉnh đã phát biểu kết luận phiên buổi sáng, đồng thời giao các ngành chức năng kịp thời tham mưu thực hiện các kiến nghị, đề xuất hợp lý.');
    expect(directive.text).toBe('đồng thời giao các ngành chức năng kịp thời tham mưu thực hiện các kiến nghị, đề xuất hợp lý');
    expect(directive.issuer).toBe('Đồng chí Chủ tịch UBND tỉnh');
    expect(directive.assignees).toEqual(['các ngành chức năng']);
  });

  it('reads a quoted order with the speaker after it (§5 example 14)', () => {
    const [directive] = directivesOf('“Cả hệ thống chính trị phải vào cuộc, tập trung tháo gỡ khó khăn cho doanh nghiệp”, Chủ tịch UBND tỉnh Lê Văn Hải khẳng định.');
    expect(directive.issuer).toBe('Chủ tịch UBND tỉnh Lê Văn Hải');
    expect(directive.assignees).toEqual(['Cả hệ thống chính trị']);
  });

  it('resolves a bare title to a person written with titles after the name', () => {
    const text = 'Kiểm điểm tiến độ giải ngân\nChiều 28-10, đồng chí Lê Văn Tâm, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh chủ trì cuộc họp. Chủ tịch UBND tỉnh yêu cầu: Các sở, ngành chủ động rà soát các dự án chậm tiến độ. Các Ban xây dựng Đảng của Tỉnh ủy, các Tiểu ban khẩn trương chuẩn bị văn kiện.';
    const directives = analyzeText(text).directives;
    expect(directives.map((d) => d.issuer)).toEqual(['đồng chí Lê Văn Tâm, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh', 'đồng chí Lê Văn Tâm, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh']);
    expect(directives[1].assignees).toEqual(['Các Ban xây dựng Đảng của Tỉnh ủy', 'các Tiểu ban']);
  });

  it('does not take the items of a draft programme for orders', () => {
    const directives = directivesOf('Dự thảo Chương trình hành động gồm các nhóm nhiệm vụ: Tập trung lãnh đạo, chỉ đạo thực hiện các nhiệm vụ trọng tâm. Đẩy mạnh cải cách hành chính.');
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
    const nfc = 'Phó Chủ tịch UBND tỉnh Nguyễn Thanh Hoà yêu cầu các sở, ngành khẩn trương khắc phục hậu quả thiên tai.';
    const head = 'UBND tỉnh Khánh Hoà họp khẩn\n';
    const fromNfc = analyzeText(head + nfc).directives;
    const fromNfd = analyzeText((head + nfc).normalize('NFD')).directives;
    expect(fromNfd).toEqual(fromNfc);
    expect(fromNfc[0].issuer).toBe('Phó Chủ tịch UBND tỉnh Nguyễn Thanh Hoà');
    const newPlacement = analyzeText(head + nfc.replace('Hoà', 'Hòa')).directives;
    expect(newPlacement.map((d) => [d.start, d.end, d.assignees])).toEqual(fromNfc.map((d) => [d.start, d.end, d.assignees]));
  });
});
