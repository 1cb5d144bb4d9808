// The records GovMark keeps. Plain JSON-safe types (timestamps are epoch milliseconds) so the
// same shapes cross messages, fill the Dexie tables and go into exports. No Dexie import here:
// content scripts and export code may use these types without pulling in the database.
import type { Selector } from '../anchoring/types';
import type { Figure, DocumentRef, DateMention, Directive } from '../engine/types';
import type { AnnotationKind, FindingKind, HighlightColor, TaskStatus } from './kinds';
import type { ReminderSettings } from './reminders';

export interface ArticleRecord {
  /** Canonical URL (tracking parameters and fragment removed, rel=canonical honoured): the key. */
  url: string;
  title: string | null;
  /** Host name, e.g. "ninhthuan.gov.vn". */
  site: string;
  province: string | null;
  /** ISO date of publication, or null. */
  published: string | null;
  firstVisit: number;
  lastVisit: number;
  /** Article text as read (NFC), so quotes and citations survive when the portal moves the page. */
  textSnapshot: string;
  isArticle: boolean;
}

/** What the engine understood of the annotated passage, when it was a finding (one per KEPT_FINDING_KINDS). */
export type FindingDetail =
  | { kind: 'figure'; figure: Figure }
  | { kind: 'document'; document: DocumentRef }
  | { kind: 'date'; date: DateMention }
  | { kind: 'directive'; directive: Directive };

export interface AnnotationRecord {
  id: string;
  /** ArticleRecord.url */
  articleUrl: string;
  selectors: Selector[];
  anchoringVersion: number;
  quote: string;
  kind: AnnotationKind;
  color: HighlightColor;
  tags: string[];
  note: string;
  finding: FindingDetail | null;
  /**
   * The text the selectors count: the recognised article ('article', also when absent, as in
   * records made before pages that are not articles could be annotated) or the page's visible
   * text ('page': a page that is not an article, or a passage outside the article's body).
   */
  scope?: AnnotationScope;
  created: number;
  updated: number;
  /** Raised on every write (model/revision.ts); an edit from an older revision is refused. */
  revision: number;
}

export type AnnotationScope = 'article' | 'page';

export interface TaskRecord {
  id: string;
  articleUrl: string;
  /** The annotation that marks the directive's passage in the article. */
  annotationId: string;
  text: string;
  issuer: string | null;
  assignees: string[];
  /** ISO deadline ("2023-01-15", "2023-08", "2021-Q2", "2024-H1", "2023") or null (model/deadline.ts). */
  deadline: string | null;
  status: TaskStatus;
  notes: string;
  statusHistory: { status: TaskStatus; at: number }[];
  /**
   * When the task falls due (model/deadline.ts dueKey: the end of the deadline's period, '' for
   * none), kept beside the deadline so lists can page through tasks in that order by an index.
   * Always derived from `deadline` by the background, never taken from a message or a file.
   */
  due: string;
  /** Denormalised from the article for filtering without a join. */
  site: string;
  province: string | null;
  created: number;
  updated: number;
  /** Raised on every write (model/revision.ts); an edit from an older revision is refused. */
  revision: number;
}

/** The reader's preferences, stored one row per key in the settings table. */
export interface Settings {
  /** Finding kinds the reader switched off; they are not painted. */
  hiddenKinds: FindingKind[];
  /** Host names the reader asked GovMark to run on always, beyond the built-in portals. */
  alwaysOnSites: string[];
  /** The UI language: 'auto' follows the browser (settings/language.ts). */
  language: 'auto' | 'vi' | 'en';
  /** The CSV separator the reader chose last; null until then (settings/csv-dialect.ts). */
  csvDialect: 'comma' | 'semicolon' | null;
  /** Notifications before tracked tasks' deadlines (utils/reminders). */
  reminders: ReminderSettings;
}

export interface SettingRecord<K extends keyof Settings = keyof Settings> {
  key: K;
  value: Settings[K];
}
