// Which page a content script speaks for. The browser tells the background the sending frame's
// URL; a compromised or scripted page cannot change it, while anything in the payload is the
// page's word. Messages that name a page (a visit, an annotation, a read of annotations) are
// checked against it by the dispatch (background-handlers.ts).
import type { MessageType, Requests } from './background-messages';

/** The fields of `runtime.MessageSender` that tell the sending page. */
export interface SenderPage {
  url?: string;
  tab?: { url?: string };
}

/** The sending frame's URL (its tab's when the browser gave no frame URL), or null. */
export function pageOfSender(sender: SenderPage): string | null {
  return sender.url ?? sender.tab?.url ?? null;
}

/**
 * The page a content script's message names: null when it names none, 'refused' when it names
 * a record instead (a content script tracks a passage it sends, not a saved annotation by id).
 */
export function claimedPage<K extends MessageType>(type: K, payload: Requests[K]): string | null | 'refused' {
  const request = { type, payload } as { [T in MessageType]: { type: T; payload: Requests[T] } }[MessageType];
  switch (request.type) {
    case 'page/visit':
    case 'annotations/for-page':
      return request.payload.url;
    case 'register/cited-in':
      return request.payload.articleUrl;
    case 'annotation/create':
      return request.payload.articleUrl;
    case 'task/track':
      return 'annotation' in request.payload.source ? request.payload.source.annotation.articleUrl : 'refused';
    default:
      return null;
  }
}
