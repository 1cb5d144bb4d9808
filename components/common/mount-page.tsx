// Mounts an extension page's app in the browser's language with the extension-origin database.
import { render, type ComponentType } from 'preact';
import { LangContext } from './lang-context';
import { pickLang } from '../../utils/i18n/lang';
import { GovMarkDB } from '../../utils/storage/db';

export function mountPage(App: ComponentType<{ db: GovMarkDB }>): void {
  const lang = pickLang();
  document.documentElement.lang = lang;
  render(
    <LangContext.Provider value={lang}>
      <App db={new GovMarkDB()} />
    </LangContext.Provider>,
    document.getElementById('app')!,
  );
}
