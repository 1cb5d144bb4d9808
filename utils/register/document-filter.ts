// The Documents view's search, filters and order over the register. A query that reads as a
// symbol ("105/NQ", "số 45/KH–UBND") matches documents whose symbol starts with its tokens,
// however the citation spelt it; any query also matches documents whose type, issuer or citing
// passages hold all its words (folded, so tone marks and NFD do not matter). Pure.
import type { DocumentRecord } from '../model/register-records';
import { foldForSearch } from '../search/fold';
import { symbolTokens } from './document-key';
import { escapeRegExp } from '../engine/regex-text';

export type DocumentSort = 'cited' | 'last-seen';

export interface DocumentQuery {
  text: string;
  province: string | null;
  docType: string | null;
  sort: DocumentSort;
}

export const DEFAULT_DOCUMENT_QUERY: DocumentQuery = { text: '', province: null, docType: null, sort: 'cited' };

/** A symbol has a number and a separator or letters beside it: "105/NQ", "45/KH-UBND", "105". */
const LOOKS_LIKE_SYMBOL = /\d/u;

function symbolOf(document: Pick<DocumentRecord, 'symbolKey'>): string[] {
  return document.symbolKey.slice(document.symbolKey.indexOf('|') + 1).split('/');
}

export function documentMatcher(text: string): (document: DocumentRecord) => boolean {
  const words = foldForSearch(text).split(' ').filter(Boolean);
  if (words.length === 0) return () => true;
  const tokens = LOOKS_LIKE_SYMBOL.test(text) ? symbolTokens(text) : [];
  // A number is a whole number in the text: "105" is not found inside "1050/QĐ-UBND".
  const tests = words.map((word) => {
    if (!LOOKS_LIKE_SYMBOL.test(word)) return (searchText: string) => searchText.includes(word);
    const whole = new RegExp(`(?<![\\p{N}])${escapeRegExp(word)}(?![\\p{N}])`, 'u');
    return (searchText: string) => whole.test(searchText);
  });
  return (document) => {
    if (tokens.length > 0) {
      const symbol = symbolOf(document);
      if (tokens.every((token, index) => symbol[index] === token)) return true;
    }
    return tests.every((test) => test(document.searchText));
  };
}

export function filterDocuments(documents: readonly DocumentRecord[], query: DocumentQuery): DocumentRecord[] {
  const matches = documentMatcher(query.text);
  const shown = documents.filter(
    (document) =>
      (query.province === null || document.provinces.includes(query.province)) &&
      (query.docType === null || document.docType === query.docType) &&
      matches(document),
  );
  const order =
    query.sort === 'cited'
      ? (a: DocumentRecord, b: DocumentRecord) =>
          b.articleCount - a.articleCount || b.citationCount - a.citationCount || b.lastSeen - a.lastSeen
      : (a: DocumentRecord, b: DocumentRecord) => b.lastSeen - a.lastSeen || b.articleCount - a.articleCount;
  return shown.sort(order);
}

/** The provinces and document types present, for the filters, in the reader's collation order. */
export function documentFacets(documents: readonly DocumentRecord[]): { provinces: string[]; docTypes: string[] } {
  const provinces = new Set<string>();
  const docTypes = new Set<string>();
  for (const document of documents) {
    for (const province of document.provinces) provinces.add(province);
    docTypes.add(document.docType);
  }
  const collate = new Intl.Collator('vi').compare;
  return { provinces: [...provinces].sort(collate), docTypes: [...docTypes].sort(collate) };
}
