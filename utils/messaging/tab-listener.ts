// The content script's side of the tab message map: only this extension's own contexts may ask,
// every request is checked against its schema, and each type has one typed handler.
import * as v from 'valibot';
import {
  TAB_MESSAGE_TYPES,
  TAB_MESSAGES,
  type TabMessageType,
  type TabReplies,
  type TabRequests,
} from './tab-messages';

export type TabHandlers = {
  [K in TabMessageType]: (payload: TabRequests[K]) => TabReplies[K] | Promise<TabReplies[K]>;
};

const envelopeSchema = v.object({ type: v.picklist(TAB_MESSAGE_TYPES), payload: v.unknown() });

/**
 * A `runtime.onMessage` listener: the reply's promise for a valid request from `extensionId`,
 * undefined for anything else (which leaves the message to other listeners, and unanswered).
 */
export function createTabListener(
  handlers: TabHandlers,
  extensionId: string,
): (message: unknown, sender: { id?: string }) => Promise<unknown> | undefined {
  return (message, sender) => {
    if (sender.id !== extensionId) return undefined;
    const envelope = v.safeParse(envelopeSchema, message);
    if (!envelope.success) return undefined;
    return answer(handlers, envelope.output.type, envelope.output.payload);
  };
}

function answer<K extends TabMessageType>(handlers: TabHandlers, type: K, raw: unknown): Promise<unknown> | undefined {
  const payload = v.safeParse(TAB_MESSAGES[type].request, raw);
  if (!payload.success) return undefined;
  return Promise.resolve(handlers[type](payload.output as TabRequests[K]));
}
