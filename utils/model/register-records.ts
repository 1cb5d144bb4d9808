// The register of documents across articles and the follow-ups of tracked tasks (issue 14).
// Plain JSON-safe records like ./records.ts: they fill Dexie tables, cross messages and go into
// exports. Built by the background from the findings of the articles the reader visits.
import type { Selector } from '../anchoring/types';
import type { DocumentIdentity } from '../register/document-key';

/** One document cited in the reader's articles, however its citations were written. */
export interface DocumentRecord {
  /** `${symbolKey}@${year}` (year empty when no citation gave it): the table's key. */
  key: string;
  /** utils/register/document-key.ts: scope and symbol tokens, "VN|105/NQ/CP". */
  symbolKey: string;
  year: number | null;
  national: boolean;
  /** As first cited ("Nghị quyết", "105/NQ-CP"), NFC. */
  docType: string;
  symbol: string;
  number: string | null;
  /** ISO date of issue when some citation gave it. */
  date: string | null;
  issuer: string | null;
  /** Provinces of the articles that cite it (a national document is cited in many). */
  provinces: string[];
  /** Distinct citing articles, and citations in all (an article may cite it twice). */
  articleCount: number;
  citationCount: number;
  firstSeen: number;
  lastSeen: number;
  /** Folded type, symbol, issuer and citing passages, for the Documents view's word search. */
  searchText: string;
}

/** One passage of one article that cites a document. */
export interface CitationRecord {
  /** `${articleUrl}#${start}-${end}` in the article's text snapshot. */
  id: string;
  documentKey: string;
  articleUrl: string;
  title: string | null;
  site: string;
  province: string | null;
  published: string | null;
  /** When the citing article was last visited. */
  seen: number;
  /** The reference as written ("Nghị quyết số 105/NQ-CP ngày 15/7/2023"). */
  quote: string;
  /** The sentence around it, at most a few hundred characters. */
  passage: string;
  selectors: Selector[];
}

/** What the follow-up check needs of a tracked task, kept indexed so a visit reads only candidates. */
export interface TaskMatchRecord {
  taskId: string;
  articleUrl: string;
  /** Documents cited inside the task's own passage. */
  documents: DocumentIdentity[];
  /** Their symbol keys, indexed (years are compared after the lookup). */
  symbolKeys: string[];
  /** The assignees as comparable names (follow-up.ts bodyName), indexed. */
  bodies: string[];
  /** The task's matter as weighted syllable pairs (follow-up.ts matterWeights), worked out once. */
  matter: [string, number][];
}

export const FOLLOW_UP_STATES = ['suggested', 'confirmed', 'dismissed'] as const;
export type FollowUpState = (typeof FOLLOW_UP_STATES)[number];

/** A later article that may follow up a tracked task; the reader confirms or dismisses it. */
export interface FollowUpRecord {
  /** `${taskId}|${articleUrl}`: one suggestion per task and article, never suggested twice. */
  id: string;
  taskId: string;
  articleUrl: string;
  title: string | null;
  site: string;
  published: string | null;
  reason: 'same-document' | 'same-matter';
  /** 0..1, the action similarity (1 for a shared document). */
  score: number;
  /** The directive or the citing sentence of the later article. */
  text: string;
  selectors: Selector[];
  state: FollowUpState;
  created: number;
  /** When the reader confirmed or dismissed it. */
  decided: number | null;
}

/**
 * The follow-ups one article was suggested as, in one record: a visit that suggests 26 of them
 * writes one record, where a record each cost a visit 26 IndexedDB requests (tests/results/register-bench.md).
 */
export interface ArticleFollowUps {
  articleUrl: string;
  /** The tasks it follows up, indexed (multi-entry) for a task's timeline; one per entry of `followUps`. */
  taskIds: string[];
  followUps: FollowUpRecord[];
}

/** An article whose findings are in the register (the rebuild skips it). */
export interface RegisteredArticle {
  url: string;
  at: number;
}
