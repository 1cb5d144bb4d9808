import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../../utils/engine/analyze.ts';
import type { Analysis, Span } from '../../../utils/engine/types.ts';
import { describeWithCorpus } from '../../support/corpus-suite.ts';
import { SEEDS_DIR } from './gold-score.ts';

const seed = (name: string) => readFileSync(path.join(SEEDS_DIR(), `${name}.txt`), 'utf8');
const spans = (a: Analysis): Span[] => [...a.figures, ...a.documents, ...a.dates, ...a.directives];
const positions = (a: Analysis) => ({
  figures: a.figures.map((f) => [f.start, f.end, f.value]),
  documents: a.documents.map((d) => [d.start, d.end, d.symbol]),
  dates: a.dates.map((d) => [d.start, d.end, d.iso, d.deadline]),
  directives: a.directives.map((d) => [d.start, d.end, d.assignees.length, d.deadlineIso]),
});

describeWithCorpus('seeds', 'analyzeText on the seeds', () => {
  it('reports every finding on the NFC text: text === nfc.slice(start, end)', () => {
    for (const name of ['000', '001', '002', '003', '004']) {
      const analysis = analyzeText(seed(name));
      expect(analysis.text).toBe(seed(name).normalize('NFC'));
      for (const span of spans(analysis)) expect(analysis.text.slice(span.start, span.end)).toBe(span.text);
    }
  });

  it('finds the same things at the same NFC offsets in NFD input', () => {
    const text = seed('002');
    const nfd = analyzeText(text.normalize('NFD'));
    const nfc = analyzeText(text);
    expect(positions(nfd)).toEqual(positions(nfc));
    expect(nfd.article).toEqual(nfc.article);
    for (const span of spans(nfd)) expect(nfd.text.slice(span.start, span.end)).toBe(span.text);
  });

  it('finds the same things with the old tone placement ("hoà", "thuỷ")', () => {
    const text = seed('001');
    const old = text.replace(/hòa/g, 'hoà').replace(/Hòa/g, 'Hoà').replace(/thủy/g, 'thuỷ');
    expect(old).not.toBe(text);
    expect(positions(analyzeText(old))).toEqual(positions(analyzeText(text)));
  });

  it('leaves page furniture unlabeled: counters, font control, stamps, news lists', () => {
    const page = analyzeText(seed('002'));
    const furnitureStart = page.text.indexOf('Tin mới nhất');
    expect(spans(page).every((s) => s.end <= furnitureStart)).toBe(true);
    expect(page.figures.some((f) => f.text.includes('100%') && f.start < page.text.indexOf('Ngày 21/12/2022'))).toBe(
      false,
    );
    const views = analyzeText(seed('003'));
    expect(views.figures.some((f) => f.text.includes('2198'))).toBe(false);
    const stamped = analyzeText(seed('004'));
    expect(stamped.dates.some((d) => d.text.includes('09/04/2021'))).toBe(false);
  });

  it('labels headlines and captions, which are article content', () => {
    const headline = analyzeText(seed('000'));
    expect(headline.dates.filter((d) => d.end <= 147).map((d) => d.text)).toEqual(['tháng 7', 'tháng 8/2023']);
    const captions = analyzeText(seed('001'));
    expect(
      captions.directives[0].text.startsWith('Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh – Nguyễn Văn Được nhấn mạnh'),
    ).toBe(true);
  });

  it('dates a day without a year in the article’s year and proposes a task per directive', () => {
    const analysis = analyzeText(seed('000'));
    expect(analysis.dates.find((d) => d.text === 'Ngày 04/8')?.iso).toBe('2023-08-04');
    expect(analysis.tasks).toHaveLength(analysis.directives.length);
    const dated = analysis.tasks.find((t) => t.deadline !== null);
    expect(dated).toMatchObject({
      deadline: '2023',
      deadlineText: 'trong cuối năm 2023',
      issuer: 'Chủ tịch UBND tỉnh Trần Quốc Nam',
    });
  });
});

describe('analyzeText', () => {
  it('keeps every line when the text is already the article', () => {
    const report =
      'Tại phiên họp, lãnh đạo các sở, ngành đã báo cáo tình hình thực hiện nhiệm vụ phát triển kinh tế - xã hội của tỉnh trong thời gian qua. Theo báo cáo, thu ngân sách nhà nước trên địa bàn ước đạt kế hoạch, công tác cải cách hành chính có nhiều chuyển biến. Các đại biểu cũng thảo luận về những khó khăn, vướng mắc trong giải phóng mặt bằng và giải ngân vốn đầu tư công, đề xuất các giải pháp tháo gỡ để đẩy nhanh tiến độ các dự án trọng điểm của tỉnh.';
    const article = `Hồng Nhung\n${report}\nUBND tỉnh yêu cầu các sở hoàn thành trước ngày 15/01/2023 việc rà soát 120 dự án.`;
    const analysis = analyzeText(article, { articleOnly: true, title: 'Tiêu đề', url: 'https://quangninh.gov.vn/a' });
    expect(analysis.article.title).toBe('Tiêu đề');
    expect(analysis.article.province).toBe('Quảng Ninh');
    expect(analysis.dates.map((d) => d.text)).toEqual(['trước ngày 15/01/2023']);
    expect(analysis.tasks[0].source.url).toBe('https://quangninh.gov.vn/a');
  });

  it('returns no findings and no tasks for a page that is not an article, but keeps its article info', () => {
    const teasers = Array.from(
      { length: 8 },
      (_, i) =>
        `UBND tỉnh yêu cầu các sở hoàn thành ${i + 20} dự án trước ngày 1${i}/03/2024 theo Kế hoạch số ${i + 4}/KH-UBND (0${i + 1}/02/2024 3:09 CH)`,
    ).join('\n');
    const listing = analyzeText(`Tin tức - Sự kiện\n${teasers}`, { url: 'https://quangtri.gov.vn/tin-tuc' });
    expect(listing.article.isArticle).toBe(false);
    expect(listing.article.province).toBe('Quảng Trị');
    expect([listing.figures, listing.documents, listing.dates, listing.directives, listing.tasks]).toEqual([
      [],
      [],
      [],
      [],
      [],
    ]);
  });

  it('extracts from text the caller takes as an article even when the classifier would refuse it', () => {
    // One sentence lifted from a report: too little for the page classifier on its own.
    const excerpt = 'Giám đốc Sở Y tế yêu cầu các phòng chuyên môn nộp báo cáo trước ngày 20/5/2025.';
    expect(analyzeText(excerpt).article.isArticle).toBe(false);
    const taken = analyzeText(excerpt, { asArticle: true });
    expect(taken.article).toMatchObject({ isArticle: true, reason: 'taken as an article by the caller' });
    expect(taken.dates.map((d) => d.iso)).toEqual(['2025-05-20']);
    expect(taken.directives).toHaveLength(1);
  });
});
