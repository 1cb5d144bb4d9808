// The senders' side of the message map, for content scripts and extension pages. The only module
// that touches the extension messaging API, so everything else stays testable without it.
import { browser } from 'wxt/browser';
import { unreachable } from './failures';
import type { MessageType, RequestMessage, Requests, ResponseOf } from './protocol';

/** Sends one request to the background; a lost or missing answer becomes an `{ ok: false }` response. */
export async function sendRequest<K extends MessageType>(type: K, payload: Requests[K]): Promise<ResponseOf<K>> {
  const message: RequestMessage<K> = { type, payload };
  try {
    const response: unknown = await browser.runtime.sendMessage(message);
    if (isResponse(response)) return response as ResponseOf<K>;
    return { ok: false, error: unreachable('no answer') };
  } catch (error) {
    return { ok: false, error: unreachable(error instanceof Error ? error.message : String(error)) };
  }
}

function isResponse(value: unknown): boolean {
  return typeof value === 'object' && value !== null && typeof (value as { ok?: unknown }).ok === 'boolean';
}
