// The senders' side of the tab message map, for extension pages and the background.
import * as v from 'valibot';
import { browser } from 'wxt/browser';
import { TAB_MESSAGES, type TabMessage, type TabMessageType, type TabReplies, type TabRequests } from './tab-messages';

/**
 * Sends one message to a tab's content script. Null when no content script answers (the page was
 * never analysed, or cannot be) or when its reply does not match the map.
 */
export async function sendToTab<K extends TabMessageType>(
  tabId: number,
  type: K,
  payload: TabRequests[K],
): Promise<TabReplies[K] | null> {
  const message: TabMessage<K> = { type, payload };
  try {
    const reply: unknown = await browser.tabs.sendMessage(tabId, message);
    const checked = v.safeParse(TAB_MESSAGES[type].reply, reply);
    return checked.success ? (checked.output as TabReplies[K]) : null;
  } catch {
    return null;
  }
}
