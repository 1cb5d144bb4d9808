// Sentences and ";"-clauses of article paragraphs, the units directives are labeled on
// (labeling guide: "a sentence, or one ';'-clause of a long sentence, without its final
// '.' / ';' / './.'"). One left-to-right pass per paragraph, so cost stays linear.

export interface TextRange {
  start: number;
  end: number;
}

export interface Clause extends TextRange {
  /** Index of the sentence in the article (increasing), shared by its clauses. */
  sentence: number;
  /** Index of the paragraph (one content line) the clause belongs to. */
  paragraph: number;
  /** First clause of its sentence. */
  opensSentence: boolean;
}

// Abbreviations that end with "." inside a sentence ("TP. Hồ Chí Minh", "ThS. Nguyễn").
const ABBREVIATIONS = new Set([
  'tp',
  'th',
  'ths',
  'ts',
  'pgs',
  'gs',
  'bs',
  'ks',
  'ls',
  'ns',
  'st',
  'tt',
  'q',
  'p',
  'tx',
  'h',
  'x',
  'đ/c',
  'đc',
  'ctv',
  'btv',
]);
const LETTER = /\p{L}/u;
const UPPER = /\p{Lu}/u;
const OPEN_QUOTES = '“‘«';
const CLOSE_QUOTES = '”’»';
const TRIM_START = /^[\s\-–—•+*·.,;:…]+/u;
const TRIM_END = /[\s.;,…:/]+$/u;

/** Trim list dashes and closing punctuation ("./.", ";...", "…") off a span. */
export function trimSpan(text: string, range: TextRange): TextRange | null {
  const slice = text.slice(range.start, range.end);
  const lead = TRIM_START.exec(slice)?.[0].length ?? 0;
  const trail = TRIM_END.exec(slice.slice(lead))?.[0].length ?? 0;
  const start = range.start + lead;
  const end = range.end - trail;
  if (end <= start) return null;
  // A clause of only punctuation or digits carries no words.
  return LETTER.test(text.slice(start, end)) ? { start, end } : null;
}

function wordBefore(text: string, dot: number, from: number): string {
  let i = dot;
  while (i > from && /[\p{L}/]/u.test(text[i - 1])) i--;
  return text.slice(i, dot).toLowerCase();
}

/** "4. Giao …": the dot of an item number that opens the clause keeps the marker in the item. */
function isItemNumber(text: string, i: number, clauseStart: number): boolean {
  return text[i] === '.' && /^\s*\d{1,2}$/u.test(text.slice(clauseStart, i)) && /\s/u.test(text[i + 1] ?? '');
}

/** Is the "." / "!" / "?" / "…" at `i` the end of a sentence? */
function endsSentence(text: string, i: number, from: number, to: number): boolean {
  let j = i + 1;
  while (j < to && /[.!?…/]/.test(text[j])) j++;
  if (j >= to) return true;
  let k = j;
  while (k < to && /[\s"”’)]/.test(text[k])) k++;
  if (k >= to) return true;
  const next = text[k];
  const opensNext = UPPER.test(next) || /[“"(\d‘«-]/.test(next);
  if (!opensNext) return false;
  if (text[i] === '.') {
    // Thousands separators and decimals ("1.300") never reach here unless followed by a capital.
    if (k === i + 1 && /\d/.test(text[i - 1] ?? '') && /\d/.test(next)) return false;
    if (ABBREVIATIONS.has(wordBefore(text, i, from))) return false;
  }
  return true;
}

/**
 * Split one paragraph [from, to) into sentences and their ";"-clauses. A ";" inside quotes
 * or parentheses does not split (a slogan or a list in brackets stays in its clause).
 */
export function splitParagraph(
  text: string,
  from: number,
  to: number,
  paragraph: number,
  firstSentence: number,
): Clause[] {
  const clauses: Clause[] = [];
  let sentence = firstSentence;
  let clauseStart = from;
  let opensSentence = true;
  let quoteDepth = 0;
  let straightQuoteOpen = false;
  let parenDepth = 0;

  const push = (end: number): void => {
    const trimmed = trimSpan(text, { start: clauseStart, end });
    if (trimmed) {
      clauses.push({ ...trimmed, sentence, paragraph, opensSentence });
      opensSentence = false;
    }
  };

  // Only quotes, brackets and clause or sentence marks matter: jump from one to the next.
  const marks = /[“‘«”’»"();.!?…]/gu;
  marks.lastIndex = from;
  for (let found = marks.exec(text); found !== null && found.index < to; found = marks.exec(text)) {
    const i = found.index;
    const ch = text[i];
    if (OPEN_QUOTES.includes(ch)) quoteDepth++;
    else if (CLOSE_QUOTES.includes(ch)) {
      if (quoteDepth > 0) quoteDepth--;
      else if (straightQuoteOpen) straightQuoteOpen = false;
    } else if (ch === '"') {
      if (quoteDepth > 0) quoteDepth--;
      else straightQuoteOpen = !straightQuoteOpen;
    } else if (ch === '(') parenDepth++;
    else if (ch === ')') parenDepth = Math.max(0, parenDepth - 1);
    else if (ch === ';' && quoteDepth === 0 && !straightQuoteOpen && parenDepth === 0) {
      push(i);
      clauseStart = i + 1;
    } else if (
      (ch === '.' || ch === '!' || ch === '?' || ch === '…') &&
      !isItemNumber(text, i, clauseStart) &&
      endsSentence(text, i, from, to)
    ) {
      push(i);
      let j = i + 1;
      while (j < to && /[.!?…/]/.test(text[j])) j++;
      marks.lastIndex = j;
      clauseStart = j;
      // A new sentence closes any quote left open by a typo in the previous one.
      quoteDepth = 0;
      straightQuoteOpen = false;
      parenDepth = 0;
      if (!opensSentence) sentence++;
      opensSentence = true;
    }
  }
  push(to);
  return clauses;
}
