import './highlights.css';
import { defineContentScript } from '#imports';
import { browser } from 'wxt/browser';
import { PORTAL_MATCHES } from '../../utils/model/portal-domains';
import { PageSession } from '../../utils/page/page-session';
import { createMessageBackend } from '../../utils/page/message-backend';
import { createTabListener } from '../../utils/messaging/tab-listener';
import { sendRequest } from '../../utils/messaging/send-to-background';
import { resolveLang } from '../../utils/settings/language';

// Runs by itself on portals and provincial newspapers; elsewhere the popup injects the same
// file through activeTab or a content script registered for a site the reader allowed.
export default defineContentScript({
  matches: PORTAL_MATCHES,
  runAt: 'document_idle',
  async main(ctx) {
    const flag = '__govmarkSession';
    const scope = globalThis as typeof globalThis & { [flag]?: PageSession };
    if (scope[flag]) return;
    // The language chosen on the options page, else the browser's.
    const settings = await sendRequest('settings/get', {});
    if (scope[flag]) return;
    const session = new PageSession(
      document,
      createMessageBackend(),
      resolveLang(settings.ok ? settings.data.language : undefined),
      undefined,
      { noteEditorUrl: browser.runtime.getURL('/note-editor.html') },
    );
    scope[flag] = session;

    const listener = createTabListener(
      {
        'page/state': () => session.state(),
        'page/ui': () => session.ui(),
        'page/scroll-to': (target) => session.scrollTo(target),
        'page/highlight-selection': async () => {
          await session.highlightCurrentSelection();
          return true;
        },
        'page/set-kinds': ({ disabled }) => {
          session.setDisabledKinds(disabled);
          return true;
        },
        'page/set-language': ({ language }) => {
          session.setLang(resolveLang(language));
          return true;
        },
        'page/reanchor': async ({ articleUrls }) => {
          if (articleUrls !== null && !articleUrls.includes(session.articleUrl)) return false;
          await session.reanchor();
          return true;
        },
      },
      browser.runtime.id,
    );
    browser.runtime.onMessage.addListener((message, sender, sendResponse) => {
      const reply = listener(message, sender);
      if (!reply) return false;
      void reply.then(sendResponse, () => sendResponse(undefined));
      return true;
    });
    ctx.onInvalidated(() => {
      session.destroy();
      delete scope[flag];
    });
    await session.start();
  },
});
