import { render } from 'preact';
import '../../components/common/pages.css';
import { LangContext } from '../../components/common/lang-context';
import { SidePanelApp } from '../../components/library/SidePanelApp';
import { pickLang } from '../../utils/i18n/lang';
import { GovMarkDB } from '../../utils/storage/db';

const lang = pickLang();
document.documentElement.lang = lang;
render(
  <LangContext.Provider value={lang}>
    <SidePanelApp db={new GovMarkDB()} />
  </LangContext.Provider>,
  document.getElementById('app')!,
);
