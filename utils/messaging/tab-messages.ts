// The map of messages to one tab's content script: extension pages and the background ask,
// the page answers. Requests are checked where they arrive (the content script) and replies
// where they return (the extension page), since a compromised renderer can answer anything.
import * as v from 'valibot';
import { findingKindSchema, idSchema, pageUrlSchema } from '../model/schemas';
import { overlayStateSchema, pageStateSchema } from './page-state';

const offset = v.pipe(v.number(), v.integer(), v.minValue(0));

export const TAB_MESSAGES = {
  /** What the page is and holds (popup and side panel). */
  'page/state': { request: v.object({}), reply: pageStateSchema },
  /** Scrolls to an annotation or a stretch of the article text and flashes it; false when not on the page. */
  'page/scroll-to': {
    request: v.union([v.object({ annotationId: idSchema }), v.object({ start: offset, end: offset })]),
    reply: v.boolean(),
  },
  /** Highlights the reader's selection (keyboard shortcut and context menu). */
  'page/highlight-selection': { request: v.object({}), reply: v.boolean() },
  /** The finding kinds the reader switched off, painted no more. */
  'page/set-kinds': { request: v.object({ disabled: v.array(findingKindSchema) }), reply: v.boolean() },
  /**
   * The reader's language choice (the options page): the page's toolbar, cards, confirmations
   * and note editor speak it from now on, without a reload. 'auto' follows the browser.
   */
  'page/set-language': { request: v.object({ language: v.picklist(['auto', 'vi', 'en']) }), reply: v.boolean() },
  /** What the in-page UI shows and where its controls are (for tests that drive it with real input). */
  'page/ui': { request: v.object({}), reply: overlayStateSchema },
  /**
   * Sent by the background after a write changed these articles' annotations or tasks (null: any
   * article, after a large import). A tab showing one reads its annotations again and repaints.
   */
  'page/reanchor': {
    request: v.object({ articleUrls: v.nullable(v.pipe(v.array(pageUrlSchema), v.maxLength(1_000))) }),
    reply: v.boolean(),
  },
} as const;

export type TabMessageType = keyof typeof TAB_MESSAGES;
export const TAB_MESSAGE_TYPES = Object.keys(TAB_MESSAGES) as TabMessageType[];

export type TabRequests = { [K in TabMessageType]: v.InferOutput<(typeof TAB_MESSAGES)[K]['request']> };
export type TabReplies = { [K in TabMessageType]: v.InferOutput<(typeof TAB_MESSAGES)[K]['reply']> };

/** What goes over `tabs.sendMessage`. */
export interface TabMessage<K extends TabMessageType = TabMessageType> {
  type: K;
  payload: TabRequests[K];
}
