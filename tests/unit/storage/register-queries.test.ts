import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { GovMarkDB } from '../../../utils/storage/db';
import { citedIn, recounted, registerArticle } from '../../../utils/storage/register-queries';
import { REGISTER_ARTICLES, visit } from '../register/register-articles';
import { openTestDb } from './test-db';

const FIRST = REGISTER_ARTICLES.first.url;
const SECOND = REGISTER_ARTICLES.second.url;
const RESOLUTION = { symbol: '105/NQ-CP', date: null };

let db: GovMarkDB;
beforeEach(() => {
  db = openTestDb().db;
});
afterEach(() => db.close());

describe('the register of documents', () => {
  it('records every document an article cites, each citation with its passage', async () => {
    await visit(db, 'first', 1_000);
    const documents = await db.documents.orderBy('key').toArray();
    expect(documents.map((d) => [d.key, d.articleCount, d.citationCount])).toEqual([
      ['VN|105/NQ/CP@2023', 1, 2],
      ['ninh thuan|45/KH/UBND@2024', 1, 1],
    ]);
    expect(documents[0]).toMatchObject({
      docType: 'Nghị quyết',
      symbol: '105/NQ-CP',
      date: '2023-07-15',
      issuer: 'Chính phủ',
      national: true,
      provinces: ['Ninh Thuận'],
      firstSeen: 1_000,
      lastSeen: 1_000,
    });
    expect(documents[0].searchText).toContain('ho tro doanh nghiep');
    const citations = await db.citations.where('documentKey').equals('VN|105/NQ/CP@2023').toArray();
    expect(citations.map((c) => c.quote).sort()).toEqual([
      'Nghị quyết số 105/NQ-CP',
      'Nghị quyết số 105/NQ-CP ngày 15/7/2023',
    ]);
    for (const citation of citations) {
      expect(citation.passage).toContain(citation.quote);
      expect(citation.passage.length).toBeLessThanOrEqual(400);
    }
    expect(await db.registered.get(FIRST)).toEqual({ url: FIRST, at: 1_000 });
  });

  it('joins a later article’s undated citation to the dated document and counts articles, not citations', async () => {
    await visit(db, 'first', 1_000);
    await visit(db, 'second', 2_000);
    const national = await db.documents.get('VN|105/NQ/CP@2023');
    expect(national).toMatchObject({ articleCount: 2, citationCount: 3, lastSeen: 2_000 });
    const cited = await citedIn(db, RESOLUTION, 'Ninh Thuận');
    // Only what the card shows crosses to the page: no register key, no passage text.
    expect(Object.keys(cited.articles[0]).sort()).toEqual(['link', 'published', 'site', 'title', 'url']);
    expect(cited.articles.map((a) => a.url)).toEqual([SECOND, FIRST]);
    expect(cited.articles[1]).toMatchObject({
      title: 'UBND tỉnh triển khai các giải pháp hỗ trợ doanh nghiệp và đẩy nhanh dự án đường ven biển',
      site: 'ninhthuan.gov.vn',
      published: '2024-03-12',
    });
    // The first passage of the article, opened with a text fragment.
    expect(cited.articles[1].link).toMatch(/^https:\/\/ninhthuan\.gov\.vn\/.*#:~:text=/);
    expect(decodeURIComponent(cited.articles[1].link)).toContain('Nghị quyết số 105/NQ-CP ngày 15/7/2023');
  });

  it('keys a local document within its province', async () => {
    await visit(db, 'first', 1_000);
    expect((await citedIn(db, { symbol: '45/KH-UBND', date: null }, 'Ninh Thuận')).articles).toHaveLength(1);
    expect(await citedIn(db, { symbol: '45/KH-UBND', date: null }, 'Long An')).toEqual({ articles: [] });
  });

  it('follows an article that changed: a citation it dropped leaves the register', async () => {
    await visit(db, 'first', 1_000);
    await visit(db, 'first', 2_000, (text) =>
      text.replace('Thực hiện Kế hoạch số 45/KH-UBND ngày 2/3/2024 của UBND tỉnh, c', 'C'),
    );
    expect(await db.documents.get('ninh thuan|45/KH/UBND@2024')).toBeUndefined();
    expect(await db.citations.where('documentKey').equals('ninh thuan|45/KH/UBND@2024').count()).toBe(0);
    expect(await db.documents.get('VN|105/NQ/CP@2023')).toMatchObject({ articleCount: 1, citationCount: 2 });
  });

  it('dates an undated document when a dated citation arrives, keeping its citations', async () => {
    await visit(db, 'second', 1_000);
    expect(await db.documents.toCollection().primaryKeys()).toEqual(['VN|105/NQ/CP@']);
    await visit(db, 'first', 2_000);
    expect(await db.documents.toCollection().primaryKeys()).toEqual([
      'VN|105/NQ/CP@2023',
      'ninh thuan|45/KH/UBND@2024',
    ]);
    expect(await db.documents.get('VN|105/NQ/CP@2023')).toMatchObject({
      articleCount: 2,
      citationCount: 3,
      firstSeen: 1_000,
      date: '2023-07-15',
    });
  });

  it('keeps two documents with one symbol issued in different years apart', async () => {
    await visit(db, 'first', 1_000);
    await visit(db, 'second', 2_000, (text) =>
      text.replace('Nghị quyết số 105/NQ-CP của Chính phủ', 'Nghị quyết số 105/NQ-CP ngày 20/5/2024 của Chính phủ'),
    );
    expect((await db.documents.get('VN|105/NQ/CP@2023'))?.articleCount).toBe(1);
    expect((await db.documents.get('VN|105/NQ/CP@2024'))?.articleCount).toBe(1);
  });

  it('registers an article that cites nothing, so the rebuild does not read it again', async () => {
    const { article } = await visit(db, 'first', 1_000, (text) =>
      text.replace(/Nghị quyết số 105\/NQ-CP|Kế hoạch số 45\/KH-UBND/g, 'văn bản'),
    );
    expect(await db.documents.count()).toBe(0);
    await registerArticle(db, article, { documents: [], directives: [] }, 2_000);
    expect(await db.registered.get(FIRST)).toEqual({ url: FIRST, at: 2_000 });
  });

  it('keeps every document’s counts, visit by visit, equal to a recount of all its citations', async () => {
    /** What is stored beside what the document's citations say, words of the search text as sets. */
    const compare = async () => {
      for (const document of await db.documents.toArray()) {
        const citations = await db.citations.where('documentKey').equals(document.key).toArray();
        const full = recounted(document, citations);
        const view = (d: typeof document) => ({
          articleCount: d.articleCount,
          citationCount: d.citationCount,
          provinces: [...d.provinces].sort(),
          lastSeen: d.lastSeen,
          words: [...new Set(d.searchText.split(' '))].sort(),
        });
        expect(view(document), document.key).toEqual(view(full));
      }
    };
    await visit(db, 'second', 1_000);
    await compare();
    await visit(db, 'first', 2_000);
    await compare();
    // Visited again unchanged: counted once, seen later.
    await visit(db, 'first', 3_000);
    await compare();
    expect(await db.documents.get('VN|105/NQ/CP@2023')).toMatchObject({
      articleCount: 2,
      citationCount: 3,
      lastSeen: 3_000,
    });
    // The page changed: one citation of the resolution is gone, the plan's passage reads differently.
    await visit(db, 'first', 4_000, (text) =>
      text
        .replace('theo Nghị quyết số 105/NQ-CP, báo cáo', 'báo cáo')
        .replace('các sở đã rà soát 37 kiến nghị', 'các sở đã rà soát 38 kiến nghị'),
    );
    await compare();
    expect(await db.documents.get('VN|105/NQ/CP@2023')).toMatchObject({ articleCount: 2, citationCount: 2 });
    // Read from another province's portal: the local plan is another province's document.
    await visit(db, 'second', 5_000, (text) => text.replace(/Ninh Thuận/g, 'Bình Thuận'));
    await compare();
  });
});
