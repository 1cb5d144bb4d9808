// The dashboard's two views: the library list and the calendar of deadlines. The view is kept in
// the address's hash (dashboard.html#calendar), so a link or a reload opens the same one.
import { t } from '../../utils/i18n/lang';
import { useLang } from '../common/lang-context';

export type DashboardTab = 'library' | 'calendar';

export function tabFromHash(hash: string): DashboardTab {
  return hash === '#calendar' ? 'calendar' : 'library';
}

export function DashboardTabs({ tab, onChange }: { tab: DashboardTab; onChange: (tab: DashboardTab) => void }) {
  const lang = useLang();
  const choose = (next: DashboardTab) => {
    history.replaceState(null, '', next === 'calendar' ? '#calendar' : location.pathname + location.search);
    onChange(next);
  };
  return (
    <div class="dashboard-tabs" role="tablist">
      {(['library', 'calendar'] as const).map((name) => (
        <button
          key={name}
          type="button"
          role="tab"
          aria-selected={tab === name}
          class={tab === name ? 'selected' : undefined}
          onClick={() => choose(name)}
        >
          {t(name === 'library' ? 'libraryView' : 'calendar', lang)}
        </button>
      ))}
    </div>
  );
}
