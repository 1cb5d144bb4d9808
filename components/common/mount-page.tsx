// Mounts an extension page's app with the extension-origin database, in the reader's language:
// the one chosen on the options page, else the browser's. The page follows a change of that
// choice at once (liveQuery), so an open side panel switches language with the options page.
import { render, type ComponentType } from 'preact';
import { useEffect } from 'preact/hooks';
import { LangContext } from './lang-context';
import { useLiveQuery } from './use-live-query';
import { resolveLang } from '../../utils/settings/language';
import { getSettings } from '../../utils/storage/settings-queries';
import { GovMarkDB } from '../../utils/storage/db';

function LangRoot({ db, App }: { db: GovMarkDB; App: ComponentType<{ db: GovMarkDB }> }) {
  const settings = useLiveQuery(() => getSettings(db), [db]);
  const lang = settings ? resolveLang(settings.language) : null;
  useEffect(() => {
    if (lang) document.documentElement.lang = lang;
  }, [lang]);
  // Nothing until the choice is read (a few milliseconds): no flash of the other language.
  if (!lang) return null;
  return (
    <LangContext.Provider value={lang}>
      <App db={db} />
    </LangContext.Provider>
  );
}

export function mountPage(App: ComponentType<{ db: GovMarkDB }>): void {
  render(<LangRoot db={new GovMarkDB()} App={App} />, document.getElementById('app')!);
}
