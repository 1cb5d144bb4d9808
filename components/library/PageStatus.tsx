// The popup's "this page" section: what GovMark made of the current tab, or the ways to let it
// run there (once through activeTab, or always on the site with an optional host permission).
import type { ComponentChildren } from 'preact';
import { t } from '../../utils/i18n/lang';
import { useLang } from '../common/lang-context';
import type { ActiveTabState } from './active-tab';

export interface PageStatusProps {
  state: ActiveTabState | null;
  busy: boolean;
  error: string | null;
  onAnalyze: () => void;
  onAlwaysOn: () => void;
  /** What the page paints (PaintLegend), shown once the page is an article. */
  legend?: ComponentChildren;
}

export function PageStatus({ state, busy, error, onAnalyze, onAlwaysOn, legend }: PageStatusProps) {
  const lang = useLang();
  return (
    <section class="page-status" aria-labelledby="page-status-title">
      <h2 id="page-status-title">{t('thisPage', lang)}</h2>
      {state === null && <p>{t('loading', lang)}</p>}
      {state?.kind === 'unsupported' && <p class="muted">{t('pageNotAnalysable', lang)}</p>}
      {state?.kind === 'not-analysed' && (
        <div>
          <p class="muted">{t('pageNotAnalysed', lang)}</p>
          <div class="button-row">
            <button type="button" onClick={onAnalyze} disabled={busy}>
              {t('analyzePage', lang)}
            </button>
            <button type="button" onClick={onAlwaysOn} disabled={busy}>
              {t('alwaysOnSite', lang)}
            </button>
          </div>
        </div>
      )}
      {state?.kind === 'analysed' && state.page.isArticle && (
        <div data-page-article="true">
          <p>
            <strong>{t('pageIsArticle', lang)}</strong>
            {state.page.title && <span class="clamp-2"> {state.page.title}</span>}
          </p>
          {state.page.province && <p class="muted">{state.page.province}</p>}
          {legend}
        </div>
      )}
      {state?.kind === 'analysed' && !state.page.isArticle && (
        <p data-page-article="false">
          <strong>{t('pageNotArticle', lang)}</strong> <span class="muted">{t('pageNotArticleHint', lang)}</span>
        </p>
      )}
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}
