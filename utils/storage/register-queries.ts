// The register of documents: what a visited article cites, kept per document and per passage.
// Written by the background after each visit (from the findings the content script sent) and
// by the rebuild from stored snapshots; read by the card ("cited in N") and the Documents view.
import type { DocumentRef, Directive } from '../engine/types';
import type { ArticleRecord } from '../model/records';
import type { CitationRecord, DocumentRecord } from '../model/register-records';
import { type DocumentIdentity, documentIdentity } from '../register/document-key';
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
  return [db.documents, db.citations, db.registered, db.taskMatch, db.followUps, db.tasks, db.annotations];
}

export interface RegisterOptions {
  /** Suggest follow-ups of tracked tasks (a visit does; the rebuild of old articles does not). */
  suggestFollowUps: boolean;
}

/**
 * Records the documents an article cites, replacing what an earlier visit recorded for it, then
 * refreshes the tasks tracked from it and (on a visit) suggests follow-ups of other tasks.
 */
export async function registerArticle(
  db: GovMarkDB,
  article: ArticleRecord,
  findings: ArticleFindings,
  now: number,
  options: RegisterOptions = { suggestFollowUps: true },
): Promise<void> {
  await db.transaction('rw', registerTables(db), async () => {
    const cited = await recordCitations(db, article, findings.documents, now);
    await db.registered.put({ url: article.url, at: now });
    await indexTasksOfArticle(db, article.url);
    if (options.suggestFollowUps) await suggestFollowUps(db, article, cited, findings.directives, now);
  });
}

/** A citation as the follow-up check sees it: where it is and which document it names. */
export interface CitedHere {
  start: number;
  end: number;
  identity: DocumentIdentity;
  citation: CitationRecord;
}

async function recordCitations(
  db: GovMarkDB,
  article: ArticleRecord,
  documents: readonly DocumentRef[],
  now: number,
): Promise<CitedHere[]> {
  const old = await db.citations.where('articleUrl').equals(article.url).toArray();
  const touched = new Set(old.map((citation) => citation.documentKey));
  await db.citations.bulkDelete(old.map((citation) => citation.id));
  const withIdentity = documents.map((ref) => ({
    ref,
    identity: documentIdentity({ symbol: ref.symbol, date: ref.date }, article.province),
  }));
  // Citations of one symbol are resolved one after another, dated ones first, so an undated one
  // in the same article joins the dated document; different symbols are resolved together.
  const bySymbol = new Map<string, typeof withIdentity>();
  for (const entry of withIdentity) {
    bySymbol.set(entry.identity.symbolKey, [...(bySymbol.get(entry.identity.symbolKey) ?? []), entry]);
  }
  const cited: CitedHere[] = [];
  await Promise.all(
    [...bySymbol.values()].map(async (group) => {
      group.sort((a, b) => Number(a.identity.year === null) - Number(b.identity.year === null));
      for (const { ref, identity } of group) {
        const key = await documentFor(db, identity, ref, now);
        touched.add(key);
        cited.push({ start: ref.start, end: ref.end, identity, citation: citationOf(article, ref, key) });
      }
    }),
  );
  await db.citations.bulkPut(cited.map((here) => here.citation));
  await Promise.all([...touched].map((key) => refreshDocument(db, key)));
  return cited.sort((a, b) => a.start - b.start);
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

/** The key of the stored document this citation names, created or dated when needed. */
async function documentFor(db: GovMarkDB, identity: DocumentIdentity, ref: DocumentRef, now: number): Promise<string> {
  const candidates = await db.documents.where('symbolKey').equals(identity.symbolKey).toArray();
  const resolution = resolveDocument(identity, candidates);
  const stored = candidates.find((candidate) => candidate.key === resolution.key);
  if (resolution.type === 'existing' && stored) {
    await db.documents.put({
      ...stored,
      number: stored.number ?? ref.number,
      date: stored.date ?? ref.date,
      issuer: stored.issuer ?? ref.issuer,
    });
    return stored.key;
  }
  const undated = resolution.type === 'date' ? candidates.find((candidate) => candidate.key === resolution.from) : null;
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
    lastSeen: now,
    searchText: '',
  };
  await db.documents.put(fresh);
  if (undated) {
    await db.citations.where('documentKey').equals(undated.key).modify({ documentKey: fresh.key });
    await db.documents.delete(undated.key);
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
  const provinces = [...new Set(citations.flatMap((citation) => (citation.province ? [citation.province] : [])))];
  const passages = [...new Set(citations.map((citation) => citation.passage))];
  await db.documents.put({
    ...document,
    provinces,
    articleCount: new Set(citations.map((citation) => citation.articleUrl)).size,
    citationCount: citations.length,
    lastSeen: Math.max(...citations.map((citation) => citation.seen)),
    searchText: foldForSearch([document.docType, document.symbol, document.issuer ?? '', ...passages].join(' ')).slice(
      0,
      MAX_SEARCH_TEXT,
    ),
  });
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
