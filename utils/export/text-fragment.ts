// Links to the exact passage with a text fragment (WICG Scroll to Text Fragment,
// https://wicg.github.io/scroll-to-text-fragment/): `#:~:text=[prefix-,]start[,end][,-suffix]`.
import type { AnnotationRecord } from '../model/records';

/** Longest quote written out whole; longer ones use the start,end form to keep links short. */
const EXACT_MAX_WORDS = 10;
/** Words kept at each end of a long quote. */
const RANGE_WORDS = 5;
/** Words of context kept before and after the quote. */
const CONTEXT_WORDS = 3;

/** Percent-encodes one directive value. '-', '&' and ',' are the directive's own syntax. */
function encodeTerm(text: string): string {
  return encodeURIComponent(text).replace(/-/g, '%2D');
}

const LINE_BREAK = /[\n\r\u2028\u2029]/;

function words(text: string): string[] {
  return text.split(/\s+/).filter(Boolean);
}

/**
 * Context must start (prefix) or end (suffix) on a word boundary, and the stored context is a
 * fixed-length slice that may cut a word: drop the outermost word unless a space or line break
 * shows it is whole. Browsers match each term inside one block, so context stops at a line break.
 */
function prefixTerm(prefix = ''): string {
  const segments = prefix.normalize('NFC').split(LINE_BREAK);
  const line = segments[segments.length - 1];
  const whole = segments.length > 1 || /^\s/.test(line) ? words(line) : words(line).slice(1);
  return whole.slice(-CONTEXT_WORDS).join(' ');
}

function suffixTerm(suffix = ''): string {
  const segments = suffix.normalize('NFC').split(LINE_BREAK);
  const line = segments[0];
  const whole = segments.length > 1 || /\s$/.test(line) ? words(line) : words(line).slice(0, -1);
  return whole.slice(0, CONTEXT_WORDS).join(' ');
}

/** The quote as textStart, or textStart,textEnd when it is long or spans paragraphs. */
function quoteTerms(quote: string): string[] {
  const quoteLines = quote
    .normalize('NFC')
    .split(LINE_BREAK)
    .map((line) => line.trim())
    .filter(Boolean);
  if (quoteLines.length === 0) return [];
  const first = words(quoteLines[0]);
  const last = words(quoteLines[quoteLines.length - 1]);
  if (quoteLines.length === 1 && first.length <= EXACT_MAX_WORDS) return [first.join(' ')];
  return [first.slice(0, RANGE_WORDS).join(' '), last.slice(-RANGE_WORDS).join(' ')];
}

/** The article URL with a text fragment that scrolls to and marks `quote`. */
export function passageLink(url: string, quote: string, prefix?: string, suffix?: string): string {
  const terms = quoteTerms(quote);
  if (terms.length === 0) return url;
  const before = prefixTerm(prefix);
  const after = suffixTerm(suffix);
  const directive = [
    ...(before ? [`${encodeTerm(before)}-`] : []),
    ...terms.map(encodeTerm),
    ...(after ? [`-${encodeTerm(after)}`] : []),
  ].join(',');
  // A fragment already in the URL keeps working: the directive follows it after ':~:'.
  return `${url}${url.includes('#') ? '' : '#'}:~:text=${directive}`;
}

/** The passage link of a stored annotation, with its quote selector's context. */
export function annotationPassageLink(annotation: AnnotationRecord, url: string = annotation.articleUrl): string {
  const quoteSelector = annotation.selectors.find((selector) => selector.type === 'TextQuoteSelector');
  return passageLink(url, quoteSelector?.exact ?? annotation.quote, quoteSelector?.prefix, quoteSelector?.suffix);
}
