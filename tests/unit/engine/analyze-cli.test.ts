import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { describeWithCorpus } from '../../support/corpus-suite.ts';
import { SEEDS_DIR } from './gold-score.ts';

const repoRoot = path.resolve(import.meta.dirname, '../../..');
const PAGE = path.join(
  repoRoot,
  'tests/fixtures/pages/baoquangninh.com.vn/ubnd-tinh-quyet-liet-trong-chi-dao-dieu-hanh-cac-nhiem-vu-phat-trien-kt-xh-2530123.html',
);

function analyze(args: string[], input?: string) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', path.join(repoRoot, 'scripts/analyze.ts'), ...args], {
    cwd: repoRoot,
    input,
    encoding: 'utf8',
  });
  return {
    code: result.status,
    lines: result.stdout
      .split('\n')
      .filter(Boolean)
      .map((l) => JSON.parse(l)),
    stderr: result.stderr,
  };
}

describeWithCorpus('seeds', 'analyze command on a seed', () => {
  it('prints one JSON line per file with the guide’s fields, offsets on the NFC text', () => {
    const file = path.join(SEEDS_DIR(), '000.txt');
    const { code, lines } = analyze([file]);
    expect(code).toBe(0);
    expect(lines).toHaveLength(1);
    const [line] = lines;
    expect(Object.keys(line)).toEqual(['file', 'article', 'figures', 'documents', 'dates', 'directives', 'tasks']);
    expect(line.article).toEqual({
      isArticle: true,
      confidence: expect.any(Number),
      province: 'Ninh Thuận',
      published: null,
      title: expect.stringContaining('Ủy ban nhân tỉnh họp trực tuyến'),
    });
    expect(line.figures[0]).toMatchObject({ text: '3 tiêu chí', start: 1430, end: 1440, kind: 'quantity', value: 3 });
    expect(line.directives[0]).toMatchObject({ start: 2098, end: 2379, issuer: 'Chủ tịch UBND tỉnh Trần Quốc Nam' });
    expect(line.tasks).toHaveLength(line.directives.length);
  }, 60_000);

  it('reads HTML pages through Readability and uses --url for the province', () => {
    const { code, lines } = analyze(['--url', 'https://baoquangninh.com.vn/ubnd-tinh-2530123.html', PAGE]);
    expect(code).toBe(0);
    expect(lines[0].article).toMatchObject({ isArticle: true, province: 'Quảng Ninh', published: '2021-04-09' });
    expect(lines[0].directives.length).toBeGreaterThan(0);
  }, 60_000);
});

describe('analyze command', () => {
  it('classifies a folder of saved pages without --url (their canonical links name the site)', () => {
    const pagesDir = path.join(repoRoot, 'tests/fixtures/pages');
    const manifest: { host: string; path: string; expectArticle: boolean }[] = JSON.parse(
      readFileSync(path.join(pagesDir, 'manifest.json'), 'utf8'),
    );
    const files = manifest.map((e) =>
      path.join(
        pagesDir,
        e.path === '/' ? `${e.host}/index.html` : `${e.host}${e.path}.html`.replace(/\.html\.html$/, '.html'),
      ),
    );
    const { code, lines } = analyze(files);
    expect(code).toBe(0);
    expect(lines.map((l) => l.article.isArticle)).toEqual(manifest.map((e) => e.expectArticle));
  }, 60_000);

  it('prints each finding with the rules that made it under --explain', () => {
    const notice =
      'UBND huyện triển khai phòng chống hạn\nChiều 12/3, UBND huyện họp triển khai phòng chống hạn cho vụ lúa đông xuân; dự họp có lãnh đạo các phòng, ban và Chủ tịch UBND các xã.\nPhó Chủ tịch UBND huyện Đào Minh Sơn yêu cầu các phòng, ban:\nSố hóa toàn bộ hồ sơ đất đai trước quý III.\nCó phương án bố trí giáo viên cho các điểm trường lẻ.\n';
    const result = spawnSync(
      process.execPath,
      ['--import', 'tsx', path.join(repoRoot, 'scripts/analyze.ts'), '--explain', '-'],
      { cwd: repoRoot, input: notice, encoding: 'utf8' },
    );
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('directive');
    expect(result.stdout).toContain('← directive.task-by-form');
    expect(result.stdout).toContain('theo hình thức câu');
    // Each finding carries its confidence, as a number and a level.
    expect(result.stdout).toMatch(
      /directive \d+-\d+ «Có phương án[^»]*» · confidence 0\.\d\d \((?:high|medium|low)\)/u,
    );
  }, 60_000);

  it('takes plain text as article content under --as-article', () => {
    const excerpt = 'Giám đốc Sở Y tế yêu cầu các phòng chuyên môn nộp báo cáo trước ngày 20/5/2025.\n';
    expect(analyze(['-'], excerpt).lines[0].article.isArticle).toBe(false);
    const { code, lines } = analyze(['--as-article', '-'], excerpt);
    expect(code).toBe(0);
    expect(lines[0].article.isArticle).toBe(true);
    expect(lines[0].directives).toHaveLength(1);
  }, 60_000);

  it('reads standard input for "-"', () => {
    const report =
      'Tại phiên họp, lãnh đạo các sở, ngành đã báo cáo tình hình thực hiện nhiệm vụ phát triển kinh tế - xã hội của tỉnh trong thời gian qua. Theo báo cáo, thu ngân sách nhà nước trên địa bàn ước đạt kế hoạch, công tác cải cách hành chính có nhiều chuyển biến. Các đại biểu cũng thảo luận về những khó khăn, vướng mắc trong giải phóng mặt bằng và giải ngân vốn đầu tư công, đề xuất các giải pháp tháo gỡ cho các dự án trọng điểm.';
    const { code, lines } = analyze(
      ['-'],
      `Thanh Hóa triển khai nhiệm vụ\n${report}\nChủ tịch UBND tỉnh yêu cầu các sở hoàn thành trước ngày 15/01/2023.\n`,
    );
    expect(code).toBe(0);
    expect(lines[0].file).toBe('-');
    expect(lines[0].dates[0]).toMatchObject({ text: 'trước ngày 15/01/2023', deadline: true });
  }, 60_000);

  it('prints no findings for a page that is not an article, only its article info', () => {
    const teasers = Array.from(
      { length: 8 },
      (_, i) =>
        `Chủ tịch UBND tỉnh yêu cầu hoàn thành ${i + 3} dự án trước ngày 2${i}/3/2024 (0${i + 1}/02/2024 3:09 CH)`,
    ).join('\n');
    const { code, lines } = analyze(['-'], `Tin tức - Sự kiện\n${teasers}\n`);
    expect(code).toBe(0);
    expect(lines[0].article.isArticle).toBe(false);
    expect([lines[0].figures, lines[0].documents, lines[0].dates, lines[0].directives, lines[0].tasks]).toEqual([
      [],
      [],
      [],
      [],
      [],
    ]);
  }, 60_000);

  it('reports unreadable, empty and binary files on stderr, exits non-zero, analyses the rest', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'govmark-analyze-'));
    const empty = path.join(dir, 'empty.txt');
    const binary = path.join(dir, 'image.html');
    writeFileSync(empty, '');
    writeFileSync(binary, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x1a, 0x0a]));
    const missing = path.join(dir, 'missing.txt');
    const readable = path.join(dir, 'notice.txt');
    writeFileSync(readable, 'UBND huyện yêu cầu các xã hoàn thành việc rà soát hộ nghèo trước ngày 15/01/2024.\n');
    const { code, lines, stderr } = analyze([empty, binary, missing, readable]);
    expect(code).not.toBe(0);
    expect(lines.map((l) => l.file)).toEqual([readable]);
    const errors = stderr.trim().split('\n');
    expect(errors).toHaveLength(3);
    expect(errors[0]).toContain(empty);
    expect(errors[1]).toContain(binary);
    expect(errors[2]).toContain(missing);
  }, 60_000);
});
