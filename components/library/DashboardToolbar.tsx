// The dashboard's toolbar: search, grouping, what is shown, the tag filter and the result count.
import { countOf } from '../../utils/i18n/counts';
import { t } from '../../utils/i18n/lang';
import type { LibraryView } from '../../utils/library/library-rows';
import type { GroupBy, ShownItems } from '../../utils/search/library-search';
import { useLang } from '../common/lang-context';

export interface DashboardToolbarProps {
  view: LibraryView;
  tags: readonly string[];
  /** Annotations and tasks found; undefined while they are read. */
  resultCount: number | undefined;
  /** False while more results may follow the ones counted. */
  countComplete: boolean;
  onChange: <K extends keyof LibraryView>(key: K, value: LibraryView[K]) => void;
  /** The reader is about to choose a tag: time to list them. */
  onOpenTags: () => void;
}

export function DashboardToolbar({
  view,
  tags,
  resultCount,
  countComplete,
  onChange,
  onOpenTags,
}: DashboardToolbarProps) {
  const lang = useLang();
  return (
    <header class="dashboard-toolbar">
      <h1>
        {t('appName', lang)} · {t('libraryList', lang)}
      </h1>
      <input
        type="search"
        aria-label={t('search', lang)}
        placeholder={t('search', lang)}
        value={view.query}
        onInput={(event) => onChange('query', (event.currentTarget as HTMLInputElement).value)}
      />
      <select
        aria-label={t('groupBy', lang)}
        value={view.groupBy}
        onChange={(event) => onChange('groupBy', (event.currentTarget as HTMLSelectElement).value as GroupBy)}
      >
        <option value="article">{`${t('groupBy', lang)}: ${t('groupByArticle', lang)}`}</option>
        <option value="province">{`${t('groupBy', lang)}: ${t('groupByProvince', lang)}`}</option>
      </select>
      <select
        aria-label={t('showItems', lang)}
        value={view.show}
        onChange={(event) => onChange('show', (event.currentTarget as HTMLSelectElement).value as ShownItems)}
      >
        <option value="all">{t('showEverything', lang)}</option>
        <option value="annotations">{t('annotations', lang)}</option>
        <option value="tasks">{t('tasks', lang)}</option>
      </select>
      <select
        aria-label={t('tagFilter', lang)}
        value={view.tag ?? ''}
        onFocus={onOpenTags}
        onPointerDown={onOpenTags}
        onChange={(event) => onChange('tag', (event.currentTarget as HTMLSelectElement).value || null)}
      >
        <option value="">{t('allTags', lang)}</option>
        {tags.map((tag) => (
          <option key={tag} value={tag}>
            #{tag}
          </option>
        ))}
      </select>
      {resultCount !== undefined && (
        <span class="muted" data-result-count={resultCount}>
          {countOf('results', resultCount, lang, `${resultCount}${countComplete ? '' : '+'}`)}
        </span>
      )}
    </header>
  );
}
