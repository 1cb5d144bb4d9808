// What the documents spreadsheet (CSV and xlsx) holds: one row per document of the register,
// with how often and where the reader met it, and the national database search for its symbol.
import type { DocumentRecord } from '../model/register-records';
import { nationalDatabaseSearch } from '../register/national-database';
import type { CsvTable } from './csv-columns';
import { isoDay } from './dates';

export const DOCUMENT_TABLE: CsvTable<DocumentRecord> = [
  { header: { vi: 'Loại văn bản', en: 'Type' }, cell: (d) => d.docType },
  { header: { vi: 'Số, ký hiệu', en: 'Number and symbol' }, cell: (d) => d.symbol },
  { header: { vi: 'Số', en: 'Number' }, cell: (d) => d.number },
  { header: { vi: 'Ngày ban hành', en: 'Issued on' }, cell: (d) => d.date, type: 'date' },
  { header: { vi: 'Năm', en: 'Year' }, cell: (d) => d.year, type: 'number' },
  { header: { vi: 'Cơ quan ban hành', en: 'Issued by' }, cell: (d) => d.issuer },
  { header: { vi: 'Phạm vi', en: 'Scope' }, cell: (d) => (d.national ? 'VN' : (d.provinces[0] ?? null)) },
  { header: { vi: 'Tỉnh, thành của bài trích', en: 'Provinces citing it' }, cell: (d) => d.provinces.join('; ') },
  { header: { vi: 'Số bài trích', en: 'Articles citing it' }, cell: (d) => d.articleCount, type: 'number' },
  { header: { vi: 'Số lần trích', en: 'Citations' }, cell: (d) => d.citationCount, type: 'number' },
  {
    header: { vi: 'Gặp lần đầu', en: 'First seen' },
    cell: (d, context) => isoDay(d.firstSeen, context.timeZone),
    type: 'date',
  },
  {
    header: { vi: 'Gặp gần nhất', en: 'Last seen' },
    cell: (d, context) => isoDay(d.lastSeen, context.timeZone),
    type: 'date',
  },
  {
    header: { vi: 'Tra trên CSDL quốc gia', en: 'National database search' },
    cell: (d) => nationalDatabaseSearch(d.symbol),
    type: 'url',
  },
  { header: { vi: 'Khóa sổ văn bản', en: 'Register key' }, cell: (d) => d.key },
];
