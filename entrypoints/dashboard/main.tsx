import { render } from 'preact';
import '../../components/common/pages.css';
import { LangContext } from '../../components/common/lang-context';
import { DashboardApp } from '../../components/library/DashboardApp';
import { pickLang } from '../../utils/i18n/lang';
import { GovMarkDB } from '../../utils/storage/db';

const lang = pickLang();
document.documentElement.lang = lang;
render(
  <LangContext.Provider value={lang}>
    <DashboardApp db={new GovMarkDB()} />
  </LangContext.Provider>,
  document.getElementById('app')!,
);
