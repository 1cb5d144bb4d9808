// The UI's terms in both languages: one word per concept, used by every page, card, menu and
// exported header. Messages are written with these words; tests/unit/i18n/words.test.ts holds
// every message to them (and to British English), so "Trích dẫn" cannot name two things again.
import type { Bilingual } from './lang';

export interface GlossaryTerm extends Bilingual {
  /** What the term names, so a translator picks the same word. */
  means: string;
}

export const GLOSSARY = {
  highlight: { vi: 'tô sáng', en: 'highlight', means: 'a passage the reader coloured' },
  note: { vi: 'ghi chú', en: 'note', means: 'the reader’s own text on a passage' },
  annotation: {
    vi: 'chú thích',
    en: 'annotation',
    means: 'anything the reader kept on a page: a highlight, a note or a kept finding',
  },
  tag: { vi: 'thẻ', en: 'tag', means: 'a word the reader files annotations under' },
  task: { vi: 'nhiệm vụ', en: 'task', means: 'a directive the reader tracks, with who and by when' },
  directive: { vi: 'chỉ đạo', en: 'directive', means: 'a passage that tells someone to do something' },
  finding: { vi: 'phát hiện', en: 'finding', means: 'what GovMark found by itself: figures, documents, dates' },
  deadline: { vi: 'thời hạn', en: 'deadline', means: 'the day or period a task falls due' },
  assignee: { vi: 'đơn vị thực hiện', en: 'assigned to', means: 'who must carry out a task' },
  library: { vi: 'thư viện', en: 'library', means: 'the page listing everything kept (dashboard.html)' },
  sidePanel: { vi: 'bảng bên', en: 'side panel', means: 'the panel beside the article' },
  citation: {
    vi: 'trích dẫn',
    en: 'citation',
    means: 'a reference to an article (the in-page copy button, BibTeX, RIS, CSL)',
  },
  quote: { vi: 'đoạn trích', en: 'quote', means: 'the passage’s own words, as in the spreadsheet column' },
  passage: { vi: 'đoạn', en: 'passage', means: 'a stretch of the article’s text' },
  colour: { vi: 'màu', en: 'colour', means: 'a highlight colour' },
  analyse: { vi: 'phân tích', en: 'analyse', means: 'run GovMark on a page' },
} as const satisfies Record<string, GlossaryTerm>;

/**
 * Words that name a glossary concept another way, or spell it the American way: none of them
 * may appear in a message. English is British throughout (colour, analyse, recognise).
 */
export const AVOIDED_WORDS: Record<'vi' | 'en', readonly { word: RegExp; use: string }[]> = {
  en: [
    { word: /\bcolor/i, use: 'colour' },
    { word: /\banalyz/i, use: 'analyse' },
    { word: /\brecogniz/i, use: 'recognise' },
    { word: /\borganiz/i, use: 'organise' },
    { word: /\bdashboard\b/i, use: 'library' },
    { word: /\bsidebar\b/i, use: 'side panel' },
  ],
  vi: [
    { word: /bảng điều khiển/i, use: 'thư viện' },
    { word: /thanh bên/i, use: 'bảng bên' },
    { word: /chú giải nhiệm vụ/i, use: 'nhiệm vụ' },
  ],
};
