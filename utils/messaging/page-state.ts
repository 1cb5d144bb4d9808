// What a tab's content script tells the extension pages about its page: whether it is an article,
// what the engine found and which of the reader's annotations it could place. It comes from a
// context beside a possibly hostile page, so the pages check it against this schema on arrival.
import * as v from 'valibot';
import type { Placement } from '../anchoring/types';
import { FINDING_KINDS, HIGHLIGHT_COLORS, type FindingKind, type HighlightColor } from '../model/kinds';
import { findingKindSchema, idSchema } from '../model/schemas';

export interface PageFindingSummary {
  kind: FindingKind;
  text: string;
  /** Offsets into the article text. */
  start: number;
  end: number;
}

export interface PageAnnotationSummary {
  id: string;
  quote: string;
  /** False for an orphan: the passage is no longer found on the page. */
  anchored: boolean;
  /** How it was placed: `fuzzy` means the page's words differ from the stored quote ("text changed"). */
  placement: Placement;
  /**
   * The page's words where it was placed (NFC), null for an orphan: equal to the quote unless the
   * placement is fuzzy. Page text, not the reader's; tests check placements with it.
   */
  placedText: string | null;
  color: HighlightColor;
  /** Tracked as a task (painted as one). */
  task: boolean;
}

export interface PageState {
  url: string;
  /** True once the page has been read and its saved annotations placed (tests wait for it). */
  ready: boolean;
  isArticle: boolean;
  reason: string;
  title: string | null;
  province: string | null;
  counts: Record<FindingKind, number>;
  /** The findings in reading order, for the side panel's list. */
  findings: PageFindingSummary[];
  annotations: PageAnnotationSummary[];
}

const MAX_ITEMS = 20_000;
const text = (max: number) => v.pipe(v.string(), v.maxLength(max));
const count = v.pipe(v.number(), v.integer(), v.minValue(0));

export const pageStateSchema = v.object({
  url: text(8_192),
  ready: v.boolean(),
  isArticle: v.boolean(),
  reason: text(2_000),
  title: v.nullable(text(2_000)),
  province: v.nullable(text(200)),
  counts: v.object(Object.fromEntries(FINDING_KINDS.map((kind) => [kind, count])) as Record<FindingKind, typeof count>),
  findings: v.pipe(
    v.array(v.object({ kind: findingKindSchema, text: text(100_000), start: count, end: count })),
    v.maxLength(MAX_ITEMS),
  ),
  annotations: v.pipe(
    v.array(
      v.object({
        id: idSchema,
        quote: text(100_000),
        anchored: v.boolean(),
        placement: v.picklist(['position', 'exact', 'fuzzy', 'orphan']),
        placedText: v.nullable(text(100_000)),
        color: v.picklist(HIGHLIGHT_COLORS),
        task: v.boolean(),
      }),
    ),
    v.maxLength(MAX_ITEMS),
  ),
}) satisfies v.GenericSchema<PageState>;

/** What GovMark's in-page UI shows (the `page/ui` tab message), positions in viewport pixels. */
export interface OverlayState {
  view: 'none' | 'toolbar' | 'card';
  text: string;
  /** The in-page note editor's frame where it is open (its contents are the extension's, not the page's). */
  editor: {
    annotationId: string;
    ready: boolean;
    /** It holds text the reader has not saved (the page keeps it open). */
    dirty: boolean;
    x: number;
    y: number;
    width: number;
    height: number;
  } | null;
  controls: { label: string; pressed: boolean; x: number; y: number; width: number; height: number }[];
  status: string | null;
}

const pixels = v.pipe(v.number(), v.finite());

export const overlayStateSchema = v.object({
  view: v.picklist(['none', 'toolbar', 'card']),
  text: text(100_000),
  editor: v.nullable(
    v.object({
      annotationId: idSchema,
      ready: v.boolean(),
      dirty: v.boolean(),
      x: pixels,
      y: pixels,
      width: pixels,
      height: pixels,
    }),
  ),
  controls: v.pipe(
    v.array(v.object({ label: text(200), pressed: v.boolean(), x: pixels, y: pixels, width: pixels, height: pixels })),
    v.maxLength(100),
  ),
  status: v.nullable(text(2_000)),
}) satisfies v.GenericSchema<OverlayState>;
