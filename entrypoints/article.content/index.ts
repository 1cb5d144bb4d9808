import './highlights.css';
import { defineContentScript } from '#imports';
import { browser } from 'wxt/browser';
import { PORTAL_MATCHES } from '../../utils/model/portal-domains';
import { PageSession } from '../../utils/page/page-session';
import { createMessageBackend } from '../../utils/page/message-backend';
import { parseTabMessage } from '../../utils/extension/tab-messages';
import { pickLang } from '../../utils/i18n/lang';

// Runs by itself on portals and provincial newspapers; elsewhere the popup injects the same
// file through activeTab or a content script registered for a site the reader allowed.
export default defineContentScript({
  matches: PORTAL_MATCHES,
  runAt: 'document_idle',
  async main(ctx) {
    const flag = '__govmarkSession';
    const scope = globalThis as typeof globalThis & { [flag]?: PageSession };
    if (scope[flag]) return;
    const session = new PageSession(document, createMessageBackend(), pickLang());
    scope[flag] = session;

    browser.runtime.onMessage.addListener((raw, sender, sendResponse) => {
      if (sender.id !== browser.runtime.id) return false;
      const message = parseTabMessage(raw);
      if (!message) return false;
      switch (message.type) {
        case 'page/state':
          sendResponse(session.state());
          return false;
        case 'page/scroll-to':
          sendResponse(
            session.scrollTo(
              message.annotationId !== undefined
                ? { annotationId: message.annotationId }
                : { start: message.start ?? 0, end: message.end ?? 0 },
            ),
          );
          return false;
        case 'page/highlight-selection':
          void session.highlightCurrentSelection().then(() => sendResponse(true));
          return true;
        case 'page/set-kinds':
          session.setDisabledKinds(message.disabled);
          sendResponse(true);
          return false;
        case 'page/reanchor':
          void session.reanchor().then(() => sendResponse(true));
          return true;
      }
    });
    ctx.onInvalidated(() => {
      session.destroy();
      delete scope[flag];
    });
    await session.start();
  },
});
