// Splits an article text as saved from its site (one paragraph a line, page furniture included)
// into the parts a demo page is built from. The split follows an explicit line map per text,
// written once by reading it and checked by tests, rather than guessing from the text: the body
// keeps the text's exact characters, so gold offsets can be related to the page.

/** Where a line goes on the page, apart from the headline and the body blocks. */
export type FurnitureSlot =
  | 'langSwitch'
  | 'stamp'
  | 'fontSize'
  | 'views'
  | 'byline'
  | 'share'
  | 'otherNewsHeading'
  | 'relatedHeading'
  | 'latestHeading'
  | 'latestItems'
  | 'boxHeadings'
  | 'pollQuestion'
  | 'pollVotes'
  | 'online'
  | 'decor'
  /** The saved page's own masthead, menu and breadcrumb lines: the layout draws its own. */
  | 'masthead'
  /** "Title (dd/mm/yyyy)" rows of a related-news box: they become the site's other-news list. */
  | 'relatedItems'
  /** The clock some portals print in their top bar (the time of the visit, not of the article). */
  | 'headerClock';

export type BlockRole = 'sapo' | 'paragraph' | 'subheading' | 'caption' | 'spacer';

export interface LineMap {
  /** 1-based line numbers throughout. */
  headline: number;
  sapo?: number[];
  /** Every body line not listed under another role; absent means "all the rest". */
  paragraphs?: number[];
  subheadings?: number[];
  captions?: number[];
  /** Lines holding only a no-break space: the empty `<p>&nbsp;</p>` that portal editors leave. */
  spacers?: number[];
  furniture?: Partial<Record<FurnitureSlot, number[]>>;
  /** ISO publication time read from the page's own stamp; absent when the text shows none. */
  publishedIso?: string;
}

/** A piece of the text with its UTF-16 offsets (end exclusive), as the gold uses. */
export interface TextSegment {
  start: number;
  end: number;
  text: string;
}

export interface TextBlock extends TextSegment {
  role: BlockRole;
}

export interface SourceArticle {
  /** Gold id: '002', 'own-001', 'rA-03'. */
  id: string;
  text: string;
  headline: TextSegment;
  /** Body blocks in text order: these become the article container's children. */
  blocks: TextBlock[];
  furniture: Partial<Record<FurnitureSlot, string[]>>;
  publishedIso?: string;
}

/** Offsets of each line (1-based index) in the text; lines end at '\n'. */
export function lineSegments(text: string): TextSegment[] {
  const segments: TextSegment[] = [{ start: 0, end: 0, text: '' }];
  let start = 0;
  for (const line of text.split('\n')) {
    segments.push({ start, end: start + line.length, text: line });
    start += line.length + 1;
  }
  return segments;
}

/** Line numbers placed by a role or slot other than "paragraph". */
function placedElsewhere(map: LineMap): number[] {
  return [
    map.headline,
    ...(map.sapo ?? []),
    ...(map.subheadings ?? []),
    ...(map.captions ?? []),
    ...(map.spacers ?? []),
    ...Object.values(map.furniture ?? {}).flat(),
  ];
}

/** The paragraph lines: those the map lists, or every other non-empty line. */
function paragraphLines(map: LineMap, lines: TextSegment[]): number[] {
  if (map.paragraphs) return map.paragraphs;
  const elsewhere = new Set(placedElsewhere(map));
  return lines.flatMap((line, n) => (n > 0 && line.text !== '' && !elsewhere.has(n) ? [n] : []));
}

export function splitArticle(id: string, text: string, map: LineMap): SourceArticle {
  const lines = lineSegments(text);
  const line = (n: number): TextSegment => {
    const found = lines[n];
    if (!found) throw new Error(`Article ${id} has no line ${n}`);
    return found;
  };
  const withRole = (numbers: number[] | undefined, role: BlockRole): Array<[number, BlockRole]> =>
    (numbers ?? []).map((n) => [n, role]);
  const roles = [
    ...withRole(map.sapo, 'sapo'),
    ...withRole(paragraphLines(map, lines), 'paragraph'),
    ...withRole(map.subheadings, 'subheading'),
    ...withRole(map.captions, 'caption'),
    ...withRole(map.spacers, 'spacer'),
  ].sort((a, b) => a[0] - b[0]);
  const furniture: Partial<Record<FurnitureSlot, string[]>> = {};
  for (const [slot, numbers] of Object.entries(map.furniture ?? {}) as Array<[FurnitureSlot, number[]]>) {
    furniture[slot] = numbers.map((n) => line(n).text);
  }
  return {
    id,
    text,
    headline: line(map.headline),
    blocks: roles.map(([n, role]) => ({ ...line(n), role })),
    furniture,
    publishedIso: map.publishedIso,
  };
}

/** Every line number the map places somewhere (repeats kept), so tests can check that no text is dropped or doubled. */
export function mappedLines(map: LineMap, text: string): number[] {
  const lines = lineSegments(text);
  return [...placedElsewhere(map), ...paragraphLines(map, lines)].sort((a, b) => a - b);
}
