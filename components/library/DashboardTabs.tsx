// The dashboard's views: the library list, the calendar of deadlines and the register of
// documents. The view is kept in the address's hash (dashboard.html#calendar, #documents), so a
// link or a reload opens the same one.
import { useEffect } from 'preact/hooks';
import { t } from '../../utils/i18n/lang';
import { useLang } from '../common/lang-context';

export const DASHBOARD_TABS = ['library', 'calendar', 'documents'] as const;
export type DashboardTab = (typeof DASHBOARD_TABS)[number];

const LABELS = { library: 'libraryView', calendar: 'calendar', documents: 'documentsTab' } as const;

export function tabFromHash(hash: string): DashboardTab {
  if (hash === '#calendar') return 'calendar';
  if (hash === '#documents') return 'documents';
  return 'library';
}

export function DashboardTabs({ tab, onChange }: { tab: DashboardTab; onChange: (tab: DashboardTab) => void }) {
  const lang = useLang();
  // A link to another view of this page (a document's "open in register") changes only the hash.
  useEffect(() => {
    const follow = () => onChange(tabFromHash(location.hash));
    addEventListener('hashchange', follow);
    return () => removeEventListener('hashchange', follow);
  }, [onChange]);
  const choose = (next: DashboardTab) => {
    history.replaceState(null, '', next === 'library' ? location.pathname + location.search : `#${next}`);
    onChange(next);
  };
  return (
    <div class="dashboard-tabs" role="tablist" aria-label={t('dashboardViews', lang)}>
      {DASHBOARD_TABS.map((name) => (
        <button
          key={name}
          type="button"
          role="tab"
          aria-selected={tab === name}
          class={tab === name ? 'selected' : undefined}
          onClick={() => choose(name)}
        >
          {t(LABELS[name], lang)}
        </button>
      ))}
    </div>
  );
}
