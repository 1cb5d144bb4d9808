import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';
import { corpusDir, hasCorpus } from '../../../scripts/lib/shared-corpus';
import { matchQuote, type QuoteQuery } from '../../../utils/anchoring/match-quote';
import { describeWithCorpus } from '../../support/corpus-suite';

// Seed 002 is other people's text: read from ../shared, and the suite is skipped without it.
const ARTICLE = hasCorpus('seeds')
  ? readFileSync(path.join(corpusDir('seeds'), '002.txt'), 'utf8').normalize('NFC')
  : '';

/** A query for text[start, end) with 32 characters of context, as describe() stores it. */
function queryAt(text: string, start: number, end: number, hint: number | undefined = start): QuoteQuery {
  return {
    exact: text.slice(start, end),
    prefix: text.slice(Math.max(0, start - 32), start),
    suffix: text.slice(end, end + 32),
    hint,
  };
}

function editAt(text: string, at: number, removed: number, inserted: string): string {
  return text.slice(0, at) + inserted + text.slice(at + removed);
}

describeWithCorpus('seeds', 'matchQuote', () => {
  it('finds a verbatim quote', () => {
    const start = ARTICLE.indexOf('Phó Bí thư Tỉnh ủy');
    const match = matchQuote(ARTICLE, queryAt(ARTICLE, start, start + 18, undefined));
    expect(match).toEqual({ start, end: start + 18, score: 1, context: 1, editDistance: 0 });
  });

  it('tolerates a few edited words, near the expected position', () => {
    const start = ARTICLE.indexOf('Kế hoạch hành động thực hiện Nghị quyết');
    const query = queryAt(ARTICLE, start, start + 39);
    const edited = editAt(ARTICLE, start + 9, 'hành động'.length, 'triển khai');
    const match = matchQuote(edited, query)!;
    expect(match.editDistance).toBeGreaterThan(0);
    expect(edited.slice(match.start, match.end)).toBe('Kế hoạch triển khai thực hiện Nghị quyết');
    expect(match.score).toBeGreaterThan(0.85);
  });

  it('finds a long quote edited inside, without a position, from its head or tail', () => {
    const start = ARTICLE.indexOf('Tham dự Hội nghị có');
    const end = ARTICLE.indexOf('.', start) + 1;
    expect(end - start).toBeGreaterThan(200);
    const query = queryAt(ARTICLE, start, end, undefined);
    const middle = start + Math.floor((end - start) / 2);
    const edited = editAt(ARTICLE, middle, 6, 'các vị khách mời');
    const match = matchQuote(edited, query)!;
    expect(match.editDistance).toBeGreaterThan(0);
    expect(match.start).toBe(start);
    expect(match.end).toBe(end + 'các vị khách mời'.length - 6);
  });

  it('finds a long quote even when its first words were rewritten', () => {
    const start = ARTICLE.indexOf('Tham dự Hội nghị có');
    const end = ARTICLE.indexOf('.', start) + 1;
    const query = queryAt(ARTICLE, start, end, undefined);
    const edited = editAt(ARTICLE, start, 'Tham dự Hội nghị có'.length, 'Cùng dự có');
    const match = matchQuote(edited, query)!;
    expect(match).not.toBeNull();
    expect(match.end).toBe(end - 'Tham dự Hội nghị có'.length + 'Cùng dự có'.length);
  });

  it('prefers the occurrence whose context matches, then the one nearest the hint', () => {
    const text = 'Mở đầu. UBND tỉnh chỉ đạo các sở. Ở giữa có đoạn khác hẳn. UBND tỉnh chỉ đạo các huyện. Kết.';
    const second = text.lastIndexOf('UBND tỉnh chỉ đạo');
    const query = queryAt(text, second, second + 17, 0);
    expect(matchQuote(text, query)!.start).toBe(second);
    const twin = 'UBND tỉnh chỉ đạo. UBND tỉnh chỉ đạo.';
    expect(matchQuote(twin, { exact: 'UBND tỉnh chỉ đạo', prefix: '', suffix: '', hint: 19 })!.start).toBe(19);
    expect(matchQuote(twin, { exact: 'UBND tỉnh chỉ đạo', prefix: '', suffix: '', hint: 0 })!.start).toBe(0);
  });

  it('finds an edited quote even when the unedited words appear nearby in other context', () => {
    const text =
      'Sáng nay, UBND tỉnh chủ trì rà soát các trường học trên địa bàn. ' +
      'Chiều cùng ngày, đồng chí Bí thư đề nghị UBND huyện chủ trì rà soát đất đai ven sông.';
    const original = 'Chiều cùng ngày, đồng chí Bí thư đề nghị UBND tỉnh chủ trì rà soát đất đai ven sông.';
    const start = original.indexOf('UBND tỉnh chủ trì');
    const query = queryAt(original, start, start + 'UBND tỉnh chủ trì rà soát'.length, text.indexOf('Chiều'));
    const match = matchQuote(text, query)!;
    expect(match.editDistance).toBeGreaterThan(0);
    expect(text.slice(match.start, match.end)).toBe('UBND huyện chủ trì rà soát');
  });

  it('refuses a short quote found only amid unrelated text', () => {
    const start = ARTICLE.indexOf('UBND tỉnh');
    const query = queryAt(ARTICLE, start, start + 9);
    const foreign = 'Ở một nơi khác hoàn toàn, người dân phản ánh rằng UBND tỉnh đã nhận được đơn thư từ tuần trước.';
    expect(matchQuote(foreign, query)).toBeNull();
  });

  it('refuses a fuzzy match that is too far from the quote', () => {
    const start = ARTICLE.indexOf('Kế hoạch hành động thực hiện Nghị quyết');
    const query = queryAt(ARTICLE, start, start + 39);
    const rewritten = editAt(
      ARTICLE,
      start - 40,
      120,
      'một đoạn văn hoàn toàn mới về chủ đề khác, không liên quan gì tới bản kế hoạch cũ',
    );
    expect(matchQuote(rewritten, query)).toBeNull();
  });

  it('returns nothing for an empty quote', () => {
    expect(matchQuote(ARTICLE, { exact: '', prefix: 'a', suffix: 'b' })).toBeNull();
  });
});
