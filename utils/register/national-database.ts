// A search for a document's symbol on the national database of legal documents (Cơ sở dữ liệu
// quốc gia về văn bản pháp luật, vbpl.vn). Only a link: the reader opens it, GovMark sends nothing.
const VBPL_SEARCH = 'https://vbpl.vn/pages/vbpq-timkiem.aspx';

export function nationalDatabaseSearch(symbol: string): string {
  const keyword = symbol
    .normalize('NFC')
    .replace(/\s+/gu, '')
    .replace(/[‐‑‒–—−]/gu, '-');
  const params = new URLSearchParams({ type: '0', s: '1', SearchIn: 'Title,Title1', Keyword: keyword });
  return `${VBPL_SEARCH}?${params.toString()}`;
}
