// The senders' side of the background message map, for content scripts and extension pages. The
// only module that sends to the background, so everything else stays testable without it.
import * as v from 'valibot';
import { browser } from 'wxt/browser';
import { unreachable } from './failures';
import type { MessageType, RequestMessage, Requests, ResponseOf } from './background-messages';

/**
 * The answer's envelope is checked; its data is what the background's own handler returned (the
 * background is this extension's trusted side, unlike a tab's content script).
 */
const responseSchema = v.variant('ok', [
  v.object({ ok: v.literal(true), data: v.unknown() }),
  v.object({
    ok: v.literal(false),
    error: v.object({ code: v.string(), message: v.object({ vi: v.string(), en: v.string() }) }),
  }),
]);

/** Sends one request to the background; a lost or malformed answer becomes an `{ ok: false }` response. */
export async function sendRequest<K extends MessageType>(type: K, payload: Requests[K]): Promise<ResponseOf<K>> {
  const message: RequestMessage<K> = { type, payload };
  try {
    const response = v.safeParse(responseSchema, await browser.runtime.sendMessage(message));
    if (response.success) return response.output as ResponseOf<K>;
    return { ok: false, error: unreachable('no answer') };
  } catch (error) {
    return { ok: false, error: unreachable(error instanceof Error ? error.message : String(error)) };
  }
}
