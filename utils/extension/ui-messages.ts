// Requests for browser UI that only the background can open (the side panel), kept apart from
// the storage message map. Validated where they arrive like every message.
import * as v from 'valibot';

export const UiMessageSchema = v.variant('type', [
  v.object({ type: v.literal('ui/open-side-panel'), focusAnnotationId: v.nullable(v.string()) }),
]);

export type UiMessage = v.InferOutput<typeof UiMessageSchema>;

export function isUiMessageType(message: unknown): boolean {
  return (
    typeof message === 'object' && message !== null && String((message as { type?: unknown }).type).startsWith('ui/')
  );
}

export function parseUiMessage(message: unknown): UiMessage | null {
  const result = v.safeParse(UiMessageSchema, message);
  return result.success ? result.output : null;
}
