import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { articleYear, readArticle } from '../../../utils/engine/article.ts';
import { isoFromMetaDate, readStampLine } from '../../../utils/engine/publication-stamp.ts';
import { readLayout } from '../../../utils/engine/text-zones.ts';
import { describeWithCorpus } from '../../support/corpus-suite.ts';
import { SEEDS_DIR } from './gold-score.ts';

const seed = (name: string) => readFileSync(path.join(SEEDS_DIR(), `${name}.txt`), 'utf8');
const body = (paragraphs: string[]) => paragraphs.join('\n\n');
const GOVERNMENT_ARTICLE = body([
  'UBND tỉnh Nghệ An họp phiên thường kỳ tháng 5',
  '15:20 | 30/05/2024',
  'Sáng 30/5, UBND tỉnh Nghệ An tổ chức phiên họp thường kỳ tháng 5 để đánh giá tình hình kinh tế - xã hội, quốc phòng - an ninh. Chủ tịch UBND tỉnh chủ trì phiên họp; dự họp có các Phó Chủ tịch UBND tỉnh, lãnh đạo các sở, ngành.',
  'Kết luận phiên họp, Chủ tịch UBND tỉnh yêu cầu các sở, ngành, địa phương tập trung giải ngân vốn đầu tư công, hoàn thành kế hoạch thu ngân sách và đẩy mạnh cải cách hành chính trong những tháng còn lại của năm.',
]);

describe('readStampLine', () => {
  it('reads a stamp with a dash before its view counter, also below a lead that opens "Ngày 04/8"', () => {
    expect(readStampLine('Ngày đăng: 21/01/2021 - Lượt xem: 87')).toEqual({ iso: '2021-01-21' });
    const page =
      'UBND huyện họp triển khai phòng chống lụt bão\nNgày 04/8, UBND huyện tổ chức hội nghị triển khai công tác phòng chống lụt bão năm nay cho các xã.\nNgày đăng: 05/08/2023 - Lượt xem: 120';
    expect(readLayout(page).published).toBe('2023-08-05');
  });

  it.each([
    ['Đăng ngày 22 - 12 - 2022', '2022-12-22'],
    ['06/01/2023 - 15:10', '2023-01-06'],
    ['Thứ Sáu, 09/04/2021, 07:04 [GMT+7]', '2021-04-09'],
    ['Thứ Năm, 30-01-2020, 00:24 (GMT+7)', '2020-01-30'],
    ['Đăng ngày: 02-12-2019; 253 lần đọc', '2019-12-02'],
    ['08:37 - 10/10/2024', '2024-10-10'],
    ['16:19 | 13/08/2020', '2020-08-13'],
    ['Thứ sáu: 15:00 ngày 09/02/2024', '2024-02-09'],
    ['VĂN HÀO - TRẦN HỮU 30/04/2016 11:39', '2016-04-30'],
    ['Ngày đăng: 05/06/2024 | Lượt xem: 1.208', '2024-06-05'],
    // English labels of a portal's template, and the time written before the day.
    ['Publish date 14/02/2022 | 09:05 | View count: 310', '2022-02-14'],
    ['Cập nhật lúc: 08:40, 02/11/2019 [GMT+7]', '2019-11-02'],
  ])('%s → %s', (line, iso) => {
    expect(readStampLine(line)).toEqual({ iso });
  });

  it('is no stamp inside a sentence or with an impossible date', () => {
    expect(readStampLine('Ngày 04/8, Ủy ban nhân dân tỉnh tổ chức phiên họp')).toBeNull();
    expect(readStampLine('32/13/2023 - 10:00')).toBeNull();
  });

  it('reads meta dates', () => {
    expect(isoFromMetaDate('2023-01-06T15:10:00+07:00')).toBe('2023-01-06');
    expect(isoFromMetaDate('06/01/2023')).toBe('2023-01-06');
    expect(isoFromMetaDate('soon')).toBeNull();
  });
});

describeWithCorpus('seeds', 'readLayout: article zones of the seeds', () => {
  it('drops the language switch, stamp and font control and finds the headline (001, 002)', () => {
    const layout = readLayout(seed('001'));
    expect(layout.title?.text).toBe(
      'Long An: Tập trung triển khai, thực hiện nhiệm vụ phát triển kinh tế - xã hội ngay từ đầu năm',
    );
    expect(layout.published).toBe('2023-01-06');
    const texts = layout.paragraphs.map((p) => p.text);
    expect(texts).not.toContain('Tiếng Việt | English');
    expect(texts).not.toContain('Chia sẻ bài viết');
    expect(texts).not.toContain('Châu Sơn - Hoàng Tuân');
    expect(readLayout(seed('002')).paragraphs.map((p) => p.text)).not.toContain('100%');
  });

  it('ends the body at the "Tin mới nhất" list and drops polls and counters (002)', () => {
    const zones = readLayout(seed('002'))
      .paragraphs.map((p) => p.text)
      .join('\n');
    expect(zones).toContain('theo yêu cầu./.');
    expect(zones).not.toMatch(/Tin mới nhất|người đã bình chọn|người đang online|25\/02\/2024/);
  });

  it('drops the view counter and keeps captions (003)', () => {
    const zones = readLayout(seed('003')).paragraphs.map((p) => p.text);
    expect(zones.join('\n')).not.toContain('Lượt xem');
    expect(zones).toContain('Ban Thường vụ Tỉnh ủy sơ kết công tác tháng 7 năm 2023');
  });
});

describe('readLayout: article zones of whole-page text', () => {
  it('takes the headline next to the stamp, not a banner or breadcrumb above it', () => {
    const page =
      'CỔNG THÔNG TIN ĐIỆN TỬ TỈNH HÀ TĨNH\nTrang chủ > Tin tức > Chỉ đạo điều hành\nHà Tĩnh đẩy nhanh giải ngân vốn đầu tư công\n22/09/2022 15:15\n' +
      'x'.repeat(10);
    expect(readLayout(page).title?.text).toBe('Hà Tĩnh đẩy nhanh giải ngân vốn đầu tư công');
  });
});

describeWithCorpus('seeds', 'readArticle on the seeds', () => {
  it('reads province, stamp and title of each seed', () => {
    const expected: Record<string, [string, string | null]> = {
      '000': ['Ninh Thuận', null],
      '001': ['Long An', '2023-01-06'],
      '002': ['Thanh Hóa', '2022-12-22'],
      '003': ['Trà Vinh', null],
      '004': ['Quảng Ninh', '2021-04-09'],
    };
    for (const [name, [province, published]] of Object.entries(expected)) {
      const { info } = readArticle(seed(name));
      expect(info.isArticle, name).toBe(true);
      expect(info.province, name).toBe(province);
      expect(info.published, name).toBe(published);
      expect(info.confidence).toBeGreaterThanOrEqual(0.5);
    }
  });
});

describe('readArticle', () => {
  it('takes the province from the host before the text, and metadata before the text', () => {
    const { info } = readArticle(GOVERNMENT_ARTICLE, {
      url: 'https://hatinh.gov.vn/tin/a-123.html',
      title: 'Tiêu đề từ og:title',
      published: '2024-05-31T08:00:00+07:00',
    });
    expect(info.province).toBe('Hà Tĩnh');
    expect(info.title).toBe('Tiêu đề từ og:title');
    expect(info.published).toBe('2024-05-31');
    expect(readArticle(GOVERNMENT_ARTICLE).info.province).toBe('Nghệ An');
  });

  it('classifies a government article as an article', () => {
    const { info } = readArticle(GOVERNMENT_ARTICLE, {
      url: 'https://nghean.gov.vn/tin-tuc/ubnd-tinh-hop-phien-thuong-ky-12345.html',
    });
    expect(info).toMatchObject({ isArticle: true, reason: 'government news article' });
  });

  it.each([
    ['home page', 'https://nghean.gov.vn/', GOVERNMENT_ARTICLE],
    ['listing page', 'https://thanhhoa.gov.vn/portal/Pages/tin-tuc-su-kien.aspx', GOVERNMENT_ARTICLE],
    ['listing page', 'https://baoquangninh.vn/tag/kinh-te', GOVERNMENT_ARTICLE],
    ['English page', 'https://longan.gov.vn/en/Pages/news.aspx', GOVERNMENT_ARTICLE],
    ['not a government or provincial news site', 'https://dulich.example.com/bai-viet.html', GOVERNMENT_ARTICLE],
  ])('is not an article: %s (%s)', (reason, url, text) => {
    expect(readArticle(text, { url }).info).toMatchObject({ isArticle: false, reason });
  });

  it('is not an article: search results, document pages, English text, teaser lists, other subjects', () => {
    const search = body(['Kết quả tìm kiếm', 'Tìm thấy 25 kết quả cho từ khóa "đầu tư công"', GOVERNMENT_ARTICLE]);
    expect(readArticle(search).info.reason).toBe('search results');
    const decision = body([
      'ỦY BAN NHÂN DÂN TỈNH NGHỆ AN',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      'QUYẾT ĐỊNH:',
      'Căn cứ Luật Tổ chức chính quyền địa phương;',
      GOVERNMENT_ARTICLE,
      'Nơi nhận:',
    ]);
    expect(readArticle(decision).info.reason).toBe('document page');
    const english = body([
      'Long An sets targets for 2023',
      'On January 6, the provincial People’s Committee held a conference with departments and localities to deploy the socio-economic development tasks for 2023. The chairman asked all units to act early and decisively in the new year.',
    ]);
    expect(readArticle(english).info).toMatchObject({ isArticle: false, reason: 'not a Vietnamese article' });
    const teasers = Array.from(
      { length: 8 },
      (_, i) => `Tin thứ ${i + 1} về hoạt động của tỉnh trong tuần (0${i + 1}/02/2024 3:09 CH)`,
    ).join('\n');
    expect(readArticle(`Tin tức - Sự kiện\n${teasers}`).info.isArticle).toBe(false);
    const travel = body([
      'Mùa nho chín trên đất nắng gió',
      'Những vườn nho trĩu quả dưới nắng vàng là điểm đến quen thuộc của du khách mỗi dịp hè. Du khách có thể tự tay cắt những chùm nho chín mọng, thưởng thức rượu nho và mật nho ngay tại vườn, rồi ghé làng gốm để xem nghệ nhân nặn gốm bằng tay theo lối truyền thống.',
      'Buổi chiều, du khách men theo con đường ven biển ngắm đồi cát, ghé quán nhỏ ăn bánh căn, bánh xèo và thưởng thức đặc sản dê, cừu nướng. Khi hoàng hôn buông xuống, những cánh đồng điện gió và bãi biển vắng tạo nên khung cảnh lãng mạn cho những bức ảnh kỷ niệm.',
    ]);
    expect(readArticle(travel).info).toMatchObject({ isArticle: false, reason: 'not about government work' });
  });
});

describe('articleYear', () => {
  it('is the stamp year, else the commonest year written in dates', () => {
    expect(articleYear('tháng 7', [{ start: 0, end: 7 }], '2021-04-09')).toBe(2021);
    const text = 'tháng 8/2023, ngày 15/7/2023, so với năm 2022';
    expect(articleYear(text, [{ start: 0, end: text.length }], null)).toBe(2023);
    expect(articleYear('không có năm', [{ start: 0, end: 12 }], null)).toBeNull();
  });
});

describe('pages by structure (issue 9)', () => {
  it('reads a short notice as an article: no length floor', () => {
    const notice =
      'Thông báo lịch tiếp công dân của Chủ tịch UBND xã\nChủ tịch UBND xã thông báo lịch tiếp công dân như sau:\n1. Thời gian: sáng thứ Năm hằng tuần.\n2. Giao Văn phòng UBND xã niêm yết thông báo này tại trụ sở và nhà văn hóa các thôn.';
    expect(readArticle(notice).info).toMatchObject({ isArticle: true });
  });

  it('reads repeated datelined teasers as a listing, not an article', () => {
    const teasers = [
      'Sáng 14/5, Ban Thường vụ Huyện ủy họp cho ý kiến về công tác cán bộ và triển khai nhiệm vụ quý II của huyện.',
      'Chiều 13/5, UBND huyện tổ chức hội nghị sơ kết công tác phòng chống thiên tai và kế hoạch ứng phó mùa mưa bão.',
      'Sáng 12/5, HĐND huyện họp chuyên đề thông qua các nghị quyết về đầu tư công trung hạn của huyện.',
    ].join('\n');
    expect(readArticle(teasers).info).toMatchObject({ isArticle: false, reason: 'listing page' });
  });

  it('reads teasers that each print a date line of their own as a listing', () => {
    const item = (i: number) =>
      `Huyện triển khai nhiệm vụ trọng tâm số ${i}\n1${i}/03/2024\nUBND huyện yêu cầu các xã hoàn thành kế hoạch số ${i} của huyện trong quý II.\nXem tiếp »`;
    expect(readArticle([1, 2, 3, 4].map(item).join('\n')).info).toMatchObject({
      isArticle: false,
      reason: 'listing page',
    });
  });

  it('keeps the project’s own article own-002 an article (one stamp, one dateline)', () => {
    const own = readFileSync(path.join(import.meta.dirname, '../../fixtures/articles/own-002.txt'), 'utf8');
    expect(readArticle(own).info).toMatchObject({ isArticle: true, province: 'Bình Định' });
  });
});
