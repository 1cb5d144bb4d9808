// Citations of articles as one downloadable file per format.
import { apaReference, toBibtex, toCslJson, toRis } from '../export/citations';
import type { Lang } from '../i18n/lang';
import type { ArticleRecord } from '../model/records';

export type CitationFormat = 'csl-json' | 'bibtex' | 'ris' | 'apa';

export const CITATION_FORMATS: readonly { format: CitationFormat; label: string }[] = [
  { format: 'csl-json', label: 'CSL-JSON' },
  { format: 'bibtex', label: 'BibTeX' },
  { format: 'ris', label: 'RIS' },
  { format: 'apa', label: 'APA' },
];

export interface CitationFile {
  text: string;
  type: string;
  extension: string;
}

export function citationFile(articles: readonly ArticleRecord[], format: CitationFormat, lang: Lang): CitationFile {
  switch (format) {
    case 'csl-json':
      return {
        text: JSON.stringify(toCslJson(articles), null, 2),
        type: 'application/vnd.citationstyles.csl+json',
        extension: 'json',
      };
    case 'bibtex':
      return { text: toBibtex(articles), type: 'application/x-bibtex;charset=utf-8', extension: 'bib' };
    case 'ris':
      return { text: toRis(articles), type: 'application/x-research-info-systems;charset=utf-8', extension: 'ris' };
    case 'apa':
      return {
        text: `${articles.map((article) => apaReference(article, lang)).join('\n\n')}\n`,
        type: 'text/plain;charset=utf-8',
        extension: 'txt',
      };
  }
}
