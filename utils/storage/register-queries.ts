// The register of documents: what a visited article cites, kept per document and per passage.
// Written by the background after each visit (from the findings the content script sent) and
// by the rebuild from stored snapshots; read by the card ("cited in N") and the Documents view.
import type { DocumentRef, Directive } from '../engine/types';
import type { ArticleRecord } from '../model/records';
import type { CitationRecord, DocumentRecord } from '../model/register-records';
import { type DocumentIdentity, documentIdentity, symbolOccursIn } from '../register/document-key';
import { resolveDocument } from '../register/document-resolution';
import { passageSelectors, sentenceAround } from '../register/passage';
import { passageLink } from '../export/text-fragment';
import { foldForSearch } from '../search/fold';
import type { GovMarkDB } from './db';
import { suggestFollowUps } from './follow-up-queries';
import { indexTasksOfArticle } from './task-match-queries';

/** The findings of one article that the register keeps (offsets index its text snapshot). */
export interface ArticleFindings {
  documents: DocumentRef[];
  directives: Directive[];
}

/** Longest word-search text kept per document (its type, symbol, issuer and first passages). */
const MAX_SEARCH_TEXT = 4_000;

/** The tables one registration writes, for callers that open the transaction themselves. */
export function registerTables(db: GovMarkDB) {
  return [
    db.documents,
    db.citations,
    db.registered,
    db.taskMatch,
    db.matterDigests,
    db.articleFollowUps,
    db.tasks,
    db.annotations,
  ];
}

export interface RegisterOptions {
  /** Suggest follow-ups of tracked tasks (a visit does; the rebuild of old articles does not). */
  suggestFollowUps: boolean;
}

/**
 * Records the documents an article cites, replacing what an earlier visit recorded for it, then
 * refreshes the tasks tracked from it and (on a visit) suggests follow-ups of other tasks. The
 * follow-up check needs only where the citations are and which documents they name, so it runs
 * beside the citations' writes rather than after them.
 */
export async function registerArticle(
  db: GovMarkDB,
  article: ArticleRecord,
  findings: ArticleFindings,
  now: number,
  options: RegisterOptions = { suggestFollowUps: true },
): Promise<void> {
  // A document whose symbol its own text does not spell is left out (its passage would be filed
  // under another document); the rest of the article is registered. Visits, the rebuild and
  // imports all come through here.
  const cited = findings.documents
    .filter((ref) => symbolOccursIn(ref.symbol, ref.text))
    .map((ref) => ({
      ref,
      start: ref.start,
      end: ref.end,
      identity: documentIdentity({ symbol: ref.symbol, date: ref.date }, article.province),
    }))
    .sort((a, b) => a.start - b.start);
  await db.transaction('rw', registerTables(db), async () => {
    // The tasks tracked from this article: refreshed after its citations, and not followed up by it.
    const tracked = db.tasks.where('articleUrl').equals(article.url).toArray();
    await Promise.all([
      Promise.all([recordCitations(db, article, cited, now), tracked]).then(([, tasks]) =>
        indexTasksOfArticle(db, article.url, tasks),
      ),
      db.registered.put({ url: article.url, at: now }),
      options.suggestFollowUps
        ? tracked.then((tasks) =>
            suggestFollowUps(
              db,
              article,
              cited,
              findings.directives,
              tasks.map((task) => task.id),
              now,
            ),
          )
        : null,
    ]);
  });
}

/** A citation as the follow-up check sees it: where it is and which document it names. */
export interface CitedHere {
  start: number;
  end: number;
  identity: DocumentIdentity;
}

type Located = CitedHere & { ref: DocumentRef };

/** What one article's citations change in the documents table, worked out in memory. */
interface DocumentChanges {
  /** Documents to write, by key (new ones, and stored ones with details filled in). */
  documents: Map<string, DocumentRecord>;
  /** Undated documents dated by this article: their citations move to the dated one. */
  moves: { from: string; to: string }[];
}

/**
 * Replaces the article's citations and keeps each cited document's counts. One batch of reads
 * (the article's old citations, the stored documents of each cited symbol), the resolution in
 * memory, one batch of writes. Counts change by what this article adds or removes; a document
 * is recounted from all its citations only when this article takes something from it (a page
 * that changed) or dates an undated one, so a document cited in hundreds of articles costs a
 * visit no more than one cited once.
 */
async function recordCitations(
  db: GovMarkDB,
  article: ArticleRecord,
  cited: readonly Located[],
  now: number,
): Promise<void> {
  // Citations of one symbol are resolved one after another, dated ones first, so an undated one
  // in the same article joins the dated document; different symbols are resolved together.
  const bySymbol = new Map<string, Located[]>();
  for (const here of cited)
    bySymbol.set(here.identity.symbolKey, [...(bySymbol.get(here.identity.symbolKey) ?? []), here]);
  const symbols = [...bySymbol.keys()];
  const [old, stored] = await Promise.all([
    db.citations.where('articleUrl').equals(article.url).toArray(),
    Promise.all(symbols.map((key) => db.documents.where('symbolKey').equals(key).toArray())),
  ]);
  const changes: DocumentChanges = { documents: new Map(), moves: [] };
  const citations: CitationRecord[] = [];
  symbols.forEach((symbolKey, index) => {
    const candidates = stored[index];
    const group = [...(bySymbol.get(symbolKey) ?? [])].sort(
      (a, b) => Number(a.identity.year === null) - Number(b.identity.year === null),
    );
    for (const { ref, identity } of group) {
      citations.push(citationOf(article, ref, resolveCitation(candidates, identity, ref, now, changes)));
    }
  });

  const moved = new Set(changes.moves.map((move) => move.to));
  const recount = new Set<string>();
  const written: DocumentRecord[] = [];
  for (const key of new Set([...old, ...citations].map((citation) => citation.documentKey))) {
    const document = changes.documents.get(key);
    const before = old.filter((citation) => citation.documentKey === key);
    const after = citations.filter((citation) => citation.documentKey === key);
    if (document) written.push(document);
    if (!document || moved.has(key) || takesAway(before, after)) {
      recount.add(key);
      continue;
    }
    countIn(document, article, before, after);
  }
  const kept = new Set(citations.map((citation) => citation.id));
  await Promise.all([
    db.citations.bulkDelete(old.filter((citation) => !kept.has(citation.id)).map((citation) => citation.id)),
    db.citations.bulkPut(citations),
    db.documents.bulkPut(written),
  ]);
  for (const { from, to } of changes.moves) {
    await db.citations.where('documentKey').equals(from).modify({ documentKey: to });
    await db.documents.delete(from);
  }
  await Promise.all([...recount].map((key) => refreshDocument(db, key)));
}

/** Whether the article's new citations of a document drop a passage or a province the old ones had. */
function takesAway(before: readonly CitationRecord[], after: readonly CitationRecord[]): boolean {
  if (before.length === 0) return false;
  if (after.length === 0) return true;
  const passages = new Set(after.map((citation) => citation.passage));
  const provinces = new Set(after.map((citation) => citation.province));
  return before.some((citation) => !passages.has(citation.passage) || !provinces.has(citation.province));
}

/** The document's counts, provinces, last sighting and search text, moved by this article's citations. */
function countIn(
  document: DocumentRecord,
  article: ArticleRecord,
  before: readonly CitationRecord[],
  after: readonly CitationRecord[],
): void {
  document.citationCount += after.length - before.length;
  if (before.length === 0) document.articleCount += 1;
  if (article.province && !document.provinces.includes(article.province)) {
    document.provinces = [...document.provinces, article.province];
  }
  document.lastSeen = Math.max(document.lastSeen, article.lastVisit);
  // An issuer this citation gave a document that had none is searched too.
  const issuer = document.issuer === null ? '' : foldForSearch(document.issuer);
  if (issuer !== '' && !document.searchText.includes(issuer)) {
    document.searchText = `${issuer} ${document.searchText}`.slice(0, MAX_SEARCH_TEXT);
  }
  const known = new Set(before.map((citation) => citation.passage));
  for (const passage of new Set(after.map((citation) => citation.passage))) {
    if (known.has(passage) || document.searchText.length >= MAX_SEARCH_TEXT) continue;
    const folded = foldForSearch(passage);
    if (!document.searchText.includes(folded)) {
      document.searchText = `${document.searchText} ${folded}`.trim().slice(0, MAX_SEARCH_TEXT);
    }
  }
}

function citationOf(article: ArticleRecord, ref: DocumentRef, documentKey: string): CitationRecord {
  const text = article.textSnapshot;
  return {
    id: `${article.url}#${ref.start}-${ref.end}`,
    documentKey,
    articleUrl: article.url,
    title: article.title,
    site: article.site,
    province: article.province,
    published: article.published,
    seen: article.lastVisit,
    quote: text.slice(ref.start, ref.end),
    passage: sentenceAround(text, ref.start, ref.end),
    selectors: passageSelectors(text, ref.start, ref.end),
  };
}

/**
 * The key of the document this citation names, among `candidates` (the stored and so far created
 * documents of its symbol, kept up to date here): an existing one given the details it lacked, a
 * new one, or a new dated one that takes over an undated one.
 */
function resolveCitation(
  candidates: DocumentRecord[],
  identity: DocumentIdentity,
  ref: DocumentRef,
  now: number,
  changes: DocumentChanges,
): string {
  const resolution = resolveDocument(identity, candidates);
  const index = candidates.findIndex((candidate) => candidate.key === resolution.key);
  if (resolution.type === 'existing' && index >= 0) {
    const stored = candidates[index];
    const filled: DocumentRecord = {
      ...stored,
      number: stored.number ?? ref.number,
      date: stored.date ?? ref.date,
      issuer: stored.issuer ?? ref.issuer,
    };
    candidates[index] = filled;
    changes.documents.set(filled.key, filled);
    return filled.key;
  }
  const undatedAt =
    resolution.type === 'date' ? candidates.findIndex((candidate) => candidate.key === resolution.from) : -1;
  const undated = undatedAt >= 0 ? candidates[undatedAt] : null;
  const fresh: DocumentRecord = {
    key: resolution.key,
    symbolKey: identity.symbolKey,
    year: identity.year,
    national: identity.national,
    docType: undated?.docType ?? ref.docType,
    symbol: undated?.symbol ?? ref.symbol.normalize('NFC'),
    number: undated?.number ?? ref.number,
    date: ref.date ?? undated?.date ?? null,
    issuer: undated?.issuer ?? ref.issuer,
    provinces: [],
    articleCount: 0,
    citationCount: 0,
    firstSeen: undated?.firstSeen ?? now,
    // Set from its citations (when the citing article was visited) by countIn or the recount.
    lastSeen: 0,
    searchText: foldForSearch([ref.docType, ref.symbol, ref.issuer ?? ''].join(' ')),
  };
  candidates.push(fresh);
  changes.documents.set(fresh.key, fresh);
  if (undated) {
    candidates.splice(undatedAt, 1);
    changes.documents.delete(undated.key);
    changes.moves.push({ from: undated.key, to: fresh.key });
  }
  return fresh.key;
}

/** Counts, provinces, last seen and search text from the document's citations; gone when none is left. */
async function refreshDocument(db: GovMarkDB, key: string): Promise<void> {
  const document = await db.documents.get(key);
  if (!document) return;
  const citations = await db.citations.where('documentKey').equals(key).toArray();
  if (citations.length === 0) {
    await db.documents.delete(key);
    return;
  }
  await db.documents.put(recounted(document, citations));
}

/** A document as all its citations describe it (what the counts kept visit by visit must equal). */
export function recounted(document: DocumentRecord, citations: readonly CitationRecord[]): DocumentRecord {
  const provinces = [...new Set(citations.flatMap((citation) => (citation.province ? [citation.province] : [])))];
  const passages = [...new Set(citations.map((citation) => citation.passage))];
  return {
    ...document,
    provinces,
    articleCount: new Set(citations.map((citation) => citation.articleUrl)).size,
    citationCount: citations.length,
    lastSeen: Math.max(...citations.map((citation) => citation.seen)),
    searchText: foldForSearch([document.docType, document.symbol, document.issuer ?? '', ...passages].join(' ')).slice(
      0,
      MAX_SEARCH_TEXT,
    ),
  };
}

/** The stored document a citation on a page names, or null when the register holds none. */
export async function findDocument(
  db: GovMarkDB,
  cited: { symbol: string; date: string | null },
  province: string | null,
): Promise<DocumentRecord | null> {
  const identity = documentIdentity(cited, province);
  const candidates = await db.documents.where('symbolKey').equals(identity.symbolKey).toArray();
  const resolution = resolveDocument(identity, candidates);
  if (resolution.type === 'existing') return candidates.find((candidate) => candidate.key === resolution.key) ?? null;
  if (resolution.type === 'date') return candidates.find((candidate) => candidate.key === resolution.from) ?? null;
  return null;
}

/** The document's citations, one per citing article (its first passage there), latest seen first. */
export async function citingArticles(db: GovMarkDB, documentKey: string): Promise<CitationRecord[]> {
  const citations = await db.citations.where('documentKey').equals(documentKey).toArray();
  const byArticle = new Map<string, CitationRecord>();
  for (const citation of citations.sort((a, b) => passageStart(a) - passageStart(b))) {
    if (!byArticle.has(citation.articleUrl)) byArticle.set(citation.articleUrl, citation);
  }
  return [...byArticle.values()].sort((a, b) => b.seen - a.seen);
}

function passageStart(citation: CitationRecord): number {
  const position = citation.selectors.find((selector) => selector.type === 'TextPositionSelector');
  return position?.type === 'TextPositionSelector' ? position.start : 0;
}

/**
 * A citing article as the finding card lists it (title, site, date) with the link that opens
 * the passage: all the card needs, and all a content script is told (it runs beside a page that
 * may read what it holds, so no passages, no register keys, nothing of the reader's own).
 */
export interface CitingArticle {
  url: string;
  title: string | null;
  site: string;
  published: string | null;
  link: string;
}

export interface CitedIn {
  articles: CitingArticle[];
}

/** What the card of a document finding shows: the reader's articles that cite it. */
export async function citedIn(
  db: GovMarkDB,
  cited: { symbol: string; date: string | null },
  province: string | null,
): Promise<CitedIn> {
  const document = await findDocument(db, cited, province);
  if (!document) return { articles: [] };
  const citations = await citingArticles(db, document.key);
  return { articles: citations.map(citingArticle) };
}

export function citingArticle(citation: CitationRecord): CitingArticle {
  const quote = citation.selectors.find((selector) => selector.type === 'TextQuoteSelector');
  return {
    url: citation.articleUrl,
    title: citation.title,
    site: citation.site,
    published: citation.published,
    link:
      quote?.type === 'TextQuoteSelector'
        ? passageLink(citation.articleUrl, quote.exact, quote.prefix, quote.suffix)
        : citation.articleUrl,
  };
}
