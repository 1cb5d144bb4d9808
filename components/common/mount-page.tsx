// Mounts an extension page's app with the extension-origin database, in the reader's language:
// the one chosen on the options page, else the browser's. The page follows a change of that
// choice at once (liveQuery), so an open side panel switches language with the options page.
import { render, type ComponentType } from 'preact';
import { useEffect, useLayoutEffect } from 'preact/hooks';
import { LangContext } from './lang-context';
import { useLiveQuery } from './use-live-query';
import { rememberedLanguage, rememberLanguage } from './remembered-language';
import { resolveLang, type LanguageChoice } from '../../utils/settings/language';
import { getSettings } from '../../utils/storage/settings-queries';
import { GovMarkDB } from '../../utils/storage/db';

function LangRoot({
  db,
  App,
  remembered,
}: {
  db: GovMarkDB;
  App: ComponentType<{ db: GovMarkDB }>;
  remembered: LanguageChoice | null;
}) {
  const settings = useLiveQuery(() => getSettings(db), [db]);
  const choice = settings?.language ?? remembered;
  const lang = choice === null ? null : resolveLang(choice);
  // Before the browser paints the text in the new language, so that the page never shows words
  // of one language under the other's `lang` (assistive tools read it; the e2e read it at once).
  useLayoutEffect(() => {
    if (lang) document.documentElement.lang = lang;
  }, [lang]);
  useEffect(() => {
    if (settings) rememberLanguage(settings.language);
  }, [settings]);
  // Without a remembered choice, nothing until the settings are read (a few milliseconds): no
  // flash of the other language.
  if (!lang) return null;
  return (
    <LangContext.Provider value={lang}>
      <App db={db} />
    </LangContext.Provider>
  );
}

export function mountPage(
  App: ComponentType<{ db: GovMarkDB }>,
  db: GovMarkDB = new GovMarkDB(),
  root: HTMLElement = document.getElementById('app')!,
): void {
  // The database opens while the page renders; the first queries find it open or opening.
  db.open().catch(() => {
    // The page's queries report a database that cannot open (useLiveQuery throws it).
  });
  render(<LangRoot db={db} App={App} remembered={rememberedLanguage()} />, root);
}
