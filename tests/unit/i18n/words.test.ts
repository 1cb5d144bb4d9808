// Every word the UI shows, in both languages, held to the glossary: no English left in a
// Vietnamese message ("Không phải bài viết (listing page)"), no Vietnamese in an English one
// beyond the currency's name, British spelling, one word per concept, no ISO dates.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { HIGHLIGHT_TABLE, TASK_TABLE } from '../../../utils/export/csv-columns';
import { COUNTED } from '../../../utils/i18n/counts';
import { AVOIDED_WORDS, GLOSSARY } from '../../../utils/i18n/glossary';
import { MESSAGES } from '../../../utils/i18n/messages';
import {
  ANNOTATION_KIND_LABELS,
  COLOR_LABELS,
  DEADLINE_STATE_LABELS,
  FINDING_KIND_LABELS,
  STATUS_LABELS,
} from '../../../utils/model/labels';

type Pair = { where: string; vi: string; en: string };

function storeLocale(lang: 'vi' | 'en'): Record<string, { message: string }> {
  return JSON.parse(readFileSync(path.resolve('public/_locales', lang, 'messages.json'), 'utf8'));
}

const vi = storeLocale('vi');
const en = storeLocale('en');

const ALL: Pair[] = [
  ...Object.entries(MESSAGES).map(([key, m]) => ({ where: `messages.${key}`, ...m })),
  ...Object.entries({ FINDING_KIND_LABELS, ANNOTATION_KIND_LABELS, COLOR_LABELS, STATUS_LABELS }).flatMap(
    ([table, labels]) => Object.entries(labels).map(([key, m]) => ({ where: `${table}.${key}`, ...m })),
  ),
  ...Object.entries(DEADLINE_STATE_LABELS).flatMap(([key, m]) => (m ? [{ where: `deadline.${key}`, ...m }] : [])),
  ...Object.entries(COUNTED).map(([key, m]) => ({
    where: `counted.${key}`,
    vi: m.vi.other,
    en: Object.values(m.en).join(' '),
  })),
  ...[...HIGHLIGHT_TABLE, ...TASK_TABLE].map((column) => ({ where: `column ${column.header.en}`, ...column.header })),
  ...Object.keys(en).map((key) => ({ where: `_locales.${key}`, vi: vi[key]?.message ?? '', en: en[key].message })),
];

/** English words that have no business in a Vietnamese message. */
const ENGLISH_WORDS =
  /\b(the|of|and|page|pages|listing|all|shown|article|articles|task|tasks|note|notes|highlights?|file|not|found|open|select|selected|save|delete|search|loading|status|results?|analy[sz]e|export|import|backup|copy|citation|options|none)\b/i;
/** Letters only Vietnamese uses (breve, circumflex, horn, đ, tone marks on vowels). */
const VIETNAMESE_LETTERS = /[ăâđêôơưàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ]/i;
/** Vietnamese that English keeps: the currency, and the language's own name. */
const KEPT_IN_ENGLISH = /đồng|Tiếng Việt/g;
const ISO_DATE = /\b\d{4}-\d{2}(-\d{2})?\b/;

describe('UI words', () => {
  it('every message exists in both languages', () => {
    for (const pair of ALL) {
      expect(pair.vi, pair.where).not.toBe('');
      expect(pair.en, pair.where).not.toBe('');
    }
  });

  it('no English left in a Vietnamese message', () => {
    const slips = ALL.filter((pair) => ENGLISH_WORDS.test(pair.vi) || /\([a-z]+ [a-z ]+\)/i.test(pair.vi));
    expect(slips.map((pair) => `${pair.where}: ${pair.vi}`)).toEqual([]);
  });

  it('no Vietnamese in an English message, beyond the currency and the language’s name', () => {
    const slips = ALL.filter((pair) => VIETNAMESE_LETTERS.test(pair.en.replace(KEPT_IN_ENGLISH, '')));
    expect(slips.map((pair) => `${pair.where}: ${pair.en}`)).toEqual([]);
  });

  it('uses one word per concept and British spelling', () => {
    const slips = ALL.flatMap((pair) =>
      (['vi', 'en'] as const).flatMap((lang) =>
        AVOIDED_WORDS[lang]
          .filter(({ word }) => word.test(pair[lang]))
          .map(({ use }) => `${pair.where}: “${pair[lang]}” (use “${use}”)`),
      ),
    );
    expect(slips).toEqual([]);
  });

  it('shows no ISO dates', () => {
    expect(ALL.filter((pair) => ISO_DATE.test(pair.vi) || ISO_DATE.test(pair.en)).map((p) => p.where)).toEqual([]);
  });

  it('names the citation button and the spreadsheet’s quote column differently, each by its glossary word', () => {
    const quoteColumn = HIGHLIGHT_TABLE[0].header;
    expect(quoteColumn.vi.toLowerCase()).toBe(GLOSSARY.quote.vi);
    expect(quoteColumn.en.toLowerCase()).toBe(GLOSSARY.quote.en);
    expect(MESSAGES.copyCitation.vi.toLowerCase()).toContain(GLOSSARY.citation.vi);
    expect(MESSAGES.copyCitation.en.toLowerCase()).toContain(GLOSSARY.citation.en);
    expect(MESSAGES.copyCitation.vi).not.toBe(quoteColumn.vi);
    // "Trích dẫn" alone names nothing: it is always "copy" or "of articles".
    expect(ALL.filter((pair) => pair.vi === 'Trích dẫn').map((pair) => pair.where)).toEqual([]);
  });

  it('speaks of annotations, not highlights, wherever the Vietnamese says chú thích', () => {
    const slips = ALL.filter((pair) => /chú thích/i.test(pair.vi) && /\bhighlights?\b/i.test(pair.en));
    expect(slips.map((pair) => `${pair.where}: ${pair.vi} / ${pair.en}`)).toEqual([]);
  });
});
