import { readFileSync } from 'node:fs';
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import { describe, expect, it } from 'vitest';
import { apaReference, citationKeys, copyCitation, toBibtex, toCslJson, toRis } from '../../../utils/export/citations';
import type { ArticleRecord } from '../../../utils/model/records';
import { figureAnnotation, library, newspaperArticle, portalArticle, TIME_ZONE } from './fixtures';

const options = { timeZone: TIME_ZONE };

function golden(name: string): string {
  return readFileSync(new URL(`./golden/${name}`, import.meta.url), 'utf8');
}

/** A title with every TeX special character and Vietnamese letters in both normal forms. */
const awkward: ArticleRecord = {
  ...portalArticle,
  url: 'https://soxaydung.ninhthuan.gov.vn/portal/pages/print.aspx?p=1&q=50%25#tin',
  title: 'Chi 100% {vốn} & $ # _ ^ ~ \\ cho Phan Rang–Tháp Chàm'.normalize('NFD'),
  site: 'soxaydung.ninhthuan.gov.vn',
};

describe('CSL-JSON', () => {
  it('describes portal pages as web pages and newspaper articles as such', () => {
    const [portal, paper] = toCslJson(library.articles, options);
    expect(portal).toEqual({
      id: 'ninhthuan2023ubnd',
      type: 'webpage',
      title: portalArticle.title,
      'container-title': 'ninhthuan.gov.vn',
      URL: portalArticle.url,
      issued: { 'date-parts': [[2023, 1, 15]] },
      accessed: { 'date-parts': [[2024, 5, 2]] },
      'publisher-place': 'Ninh Thuận',
      language: 'vi',
    });
    expect(paper.type).toBe('article-newspaper');
    expect(paper.issued).toEqual({ 'date-parts': [[2023, 1]] });
    expect(paper).not.toHaveProperty('publisher-place');
  });

  it('leaves out unknown dates and titles instead of inventing them', () => {
    const [item] = toCslJson([{ ...portalArticle, title: null, published: null }], options);
    expect(item).not.toHaveProperty('issued');
    expect(item).not.toHaveProperty('title');
    expect(item.accessed).toEqual({ 'date-parts': [[2024, 5, 2]] });
  });
});

describe('citation keys', () => {
  it('are ASCII and unique within one export', () => {
    const keys = citationKeys([portalArticle, { ...portalArticle, url: `${portalArticle.url}?2` }, newspaperArticle]);
    expect(keys).toEqual(['ninhthuan2023ubnd', 'ninhthuan2023ubnda', 'baoninhthuan2023tang']);
  });
});

describe('BibTeX', () => {
  it('matches the golden file', () => {
    expect(toBibtex(library.articles, options)).toBe(golden('articles.bib'));
  });

  it('parses back with citation-js to the same fields, Vietnamese intact', () => {
    const [portal, paper] = new Cite(toBibtex(library.articles, options)).data;
    expect(portal).toMatchObject({
      type: 'webpage',
      title: portalArticle.title,
      publisher: 'ninhthuan.gov.vn',
      URL: portalArticle.url,
      issued: { 'date-parts': [[2023, 1, 15]] },
      accessed: { 'date-parts': [[2024, 5, 2]] },
      'publisher-place': 'Ninh Thuận',
    });
    expect(paper).toMatchObject({
      genre: 'newspaper',
      title: newspaperArticle.title,
      'container-title': 'baoninhthuan.com.vn',
      URL: newspaperArticle.url,
      issued: { 'date-parts': [[2023, 1]] },
      accessed: { 'date-parts': [[2024, 1, 3]] },
    });
  });

  it('escapes TeX specials and keeps Vietnamese letters as composed UTF-8', () => {
    const bibtex = toBibtex([awkward], options);
    expect(bibtex).toContain(
      'Chi 100\\% \\{vốn\\} \\& \\$ \\# \\_ \\textasciicircum{} \\textasciitilde{} \\textbackslash{} cho Phan Rang–Tháp Chàm',
    );
    expect(bibtex).toBe(bibtex.normalize('NFC'));
    const [entry] = new Cite(bibtex).data;
    expect(entry.title).toBe(awkward.title?.normalize('NFC'));
    expect(entry.URL).toBe(awkward.url);
  });
});

describe('RIS', () => {
  it('matches the golden file, with CRLF lines', () => {
    const ris = toRis(library.articles, options);
    expect(ris).toBe(golden('articles.ris'));
    expect(ris.match(/(?<!\r)\n/g)).toBeNull();
  });

  it('parses back with citation-js to the same fields, Vietnamese intact', () => {
    const [portal, paper] = new Cite(toRis([...library.articles, awkward], options)).data;
    expect(portal).toMatchObject({
      type: 'webpage',
      title: portalArticle.title,
      // citation-js files an ELEC record's T2 as the collection title.
      'collection-title': 'ninhthuan.gov.vn',
      URL: portalArticle.url,
      issued: { 'date-parts': [[2023, 1, 15]] },
      accessed: { 'date-parts': [[2024, 5, 2]] },
      'publisher-place': 'Ninh Thuận',
      language: 'vi',
    });
    expect(paper).toMatchObject({
      type: 'article-newspaper',
      title: newspaperArticle.title,
      'container-title': 'baoninhthuan.com.vn',
      URL: newspaperArticle.url,
      accessed: { 'date-parts': [[2024, 1, 3]] },
    });
  });

  it('keeps special characters as they are and titles on one line', () => {
    const [entry] = new Cite(toRis([{ ...awkward, title: `${awkward.title}\nDòng hai` }], options)).data;
    expect(entry.title).toBe(`${awkward.title?.normalize('NFC')} Dòng hai`);
    expect(entry.URL).toBe(awkward.url);
  });
});

describe('APA reference', () => {
  it('gives the access date in English', () => {
    expect(apaReference(portalArticle, 'en', options)).toBe(
      `${portalArticle.title}. (2023, January 15). ninhthuan.gov.vn. Retrieved May 2, 2024, from ${portalArticle.url}`,
    );
    expect(apaReference(newspaperArticle, 'en', options)).toBe(
      `${newspaperArticle.title}. (2023, January). baoninhthuan.com.vn. Retrieved January 3, 2024, from ${newspaperArticle.url}`,
    );
  });

  it('gives the access date in Vietnamese', () => {
    expect(apaReference(portalArticle, 'vi', options)).toBe(
      `${portalArticle.title}. (15/1/2023). ninhthuan.gov.vn. Truy cập ngày 2/5/2024, từ ${portalArticle.url}`,
    );
  });

  it('marks a missing date and title, and does not double a final question mark', () => {
    const untitled = { ...portalArticle, title: null, published: null };
    expect(apaReference(untitled, 'en', options)).toBe(
      `[Untitled]. (n.d.). ninhthuan.gov.vn. Retrieved May 2, 2024, from ${portalArticle.url}`,
    );
    expect(apaReference(untitled, 'vi', options).startsWith('[Không có tiêu đề]. (không rõ ngày).')).toBe(true);
    expect(apaReference({ ...portalArticle, title: 'Vì sao chậm giải ngân?' }, 'en', options)).toMatch(
      /^Vì sao chậm giải ngân\? \(2023/,
    );
  });
});

describe('copyCitation', () => {
  it('puts the quote, the reference and the passage link on three lines', () => {
    expect(copyCitation(figureAnnotation, portalArticle, 'vi', options)).toBe(
      [
        '“giảm 3,5% chi thường xuyên”',
        `${portalArticle.title}. (15/1/2023). ninhthuan.gov.vn. Truy cập ngày 2/5/2024, từ ${portalArticle.url}`,
        `${portalArticle.url}#:~:text=t%E1%BB%89nh-,gi%E1%BA%A3m%203%2C5%25%20chi%20th%C6%B0%E1%BB%9Dng%20xuy%C3%AAn`,
      ].join('\n'),
    );
  });
});
