// Messages from extension pages and the background to the content script of a tab. Validated
// where they arrive, like every message; only this extension's own contexts may send them.
import * as v from 'valibot';
import { FINDING_KINDS } from '../model/kinds';

export const TabMessageSchema = v.variant('type', [
  v.object({ type: v.literal('page/state') }),
  v.object({
    type: v.literal('page/scroll-to'),
    annotationId: v.optional(v.string()),
    start: v.optional(v.number()),
    end: v.optional(v.number()),
  }),
  v.object({ type: v.literal('page/highlight-selection') }),
  v.object({ type: v.literal('page/set-kinds'), disabled: v.array(v.picklist(FINDING_KINDS)) }),
  v.object({ type: v.literal('page/reanchor') }),
]);

export type TabMessage = v.InferOutput<typeof TabMessageSchema>;

export function parseTabMessage(message: unknown): TabMessage | null {
  const result = v.safeParse(TabMessageSchema, message);
  return result.success ? result.output : null;
}
