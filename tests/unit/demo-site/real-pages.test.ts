// @vitest-environment jsdom
// The real pages of ../shared/fixtures/real on the demo site: under the host their gold names,
// listings drawn as listings, and the manifest API the e2e suite enumerates them with. No
// engine figures are asserted here (see tests/results and the scoring suite for those).
import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { pageFile, readRealManifest } from '../../../scripts/demo-site/page-files';
import { readRealGold, readRealText, realIds } from '../../../scripts/demo-site/real-pages';
import { lineSegments } from '../../../scripts/demo-site/source-text';
import { describeWithCorpus } from '../../support/corpus-suite';
import { realArticlePages, realNegativePages } from '../../e2e/pages';

const parse = (html: string): Document => new DOMParser().parseFromString(html, 'text/html');

describeWithCorpus('real', 'real pages on the demo site', () => {
  const manifest = readRealManifest();

  it('serve every real page once, the articles and the negatives apart, with their gold ids', () => {
    expect(manifest.map((e) => e.goldId).sort()).toEqual(realIds());
    const articles = realArticlePages();
    const negatives = realNegativePages();
    expect([...articles, ...negatives].map((p) => p.goldId).sort()).toEqual(realIds());
    for (const page of articles) expect(readRealGold(page.goldId).article.isArticle).toBe(true);
    for (const page of negatives) expect(readRealGold(page.goldId).article.isArticle).toBe(false);
    expect(articles.every((p) => p.bodySelector && p.segments)).toBe(true);
    expect(negatives.length).toBeGreaterThanOrEqual(3);
  });

  it('put each page under the host and path of its recorded URL, and the rest on their site’s host', () => {
    for (const entry of manifest) {
      const gold = readRealGold(entry.goldId!);
      const url = /^https?:\/\/\S+$/.test(gold.source) ? new URL(gold.source) : null;
      if (url && url.host !== 'github.com') {
        expect(`${entry.host}${entry.path}`).toBe(`${url.host}${url.pathname}${url.search}`);
      } else if (url) {
        // rB: a post of the district portal's source repository, served under the portal.
        expect(entry.host).toBe('daksong.daknong.gov.vn');
      } else {
        // The URL was not recorded; the note names the site where it is known.
        const named = /(\w[\w.-]*\.(?:gov\.vn|vn))/.exec(gold.source)?.[1];
        if (named) expect(entry.host).toBe(named.replace(/^www\./, ''));
      }
    }
  });

  it('draw the tag page and the search results as listings of teasers, the farmer story as an article', () => {
    const kinds = Object.fromEntries(manifest.map((e) => [e.goldId, e.kind]));
    expect(kinds).toMatchObject({ 'rA-08': 'listing', 'rA-09': 'listing', 'rB-05': 'off-topic' });
    for (const entry of manifest.filter((e) => e.kind === 'listing')) {
      const doc = parse(readFileSync(pageFile(entry.host, entry.path)!, 'utf8'));
      const lines = lineSegments(readRealText(entry.goldId!)).filter((l, n) => n > 0 && l.text !== '');
      const items = [...doc.querySelectorAll('.news-item')];
      expect(items.length).toBeGreaterThan(0);
      // Every line of the saved listing is a teaser's headline or excerpt, in order, exactly.
      const teaserTexts = items.flatMap((item) =>
        [...item.querySelectorAll('h3, p.excerpt')].map((el) => el.textContent ?? ''),
      );
      expect(teaserTexts).toEqual(lines.map((l) => l.text));
      expect(entry.segments!.map((s) => s.text)).toEqual(lines.map((l) => l.text));
      expect(doc.querySelector('h1')!.textContent).toBe(entry.title);
      expect(doc.querySelector('article, .b-maincontent')).toBeNull();
    }
    const story = manifest.find((e) => e.goldId === 'rB-05')!;
    const doc = parse(readFileSync(pageFile(story.host, story.path)!, 'utf8'));
    expect(doc.querySelector(story.bodySelector!)!.children.length).toBeGreaterThanOrEqual(5);
  });
});
