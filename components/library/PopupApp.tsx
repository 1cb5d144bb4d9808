// The toolbar popup: the current page, every tracked task across sites, recent articles.
import { browser } from 'wxt/browser';
import { useEffect, useMemo, useState } from 'preact/hooks';
import { t } from '../../utils/i18n/lang';
import type { GovMarkDB } from '../../utils/storage/db';
import type { TaskRecord } from '../../utils/model/records';
import type { TaskStatus } from '../../utils/model/kinds';
import { todayIso } from '../../utils/model/deadline';
import { useLiveQuery } from '../common/use-live-query';
import { getSettings } from '../../utils/storage/settings-queries';
import { recentArticles } from '../../utils/storage/library-queries';
import { EMPTY_TASK_FILTER_FORM, isEmptyTaskFilter, type TaskFilterForm } from '../../utils/library/task-filter-form';
import { useLang } from '../common/lang-context';
import { useRequest } from '../common/use-request';
import { openSidePanel } from '../../utils/extension/side-panel';
import { activeTab, allowSiteAlways, analyzeAndRead, readActiveTabState, type ActiveTabState } from './active-tab';
import { openTaskPassage } from './open-passage';
import { PageStatus } from './PageStatus';
import { PaintLegend } from './PaintLegend';
import { RecentArticles } from './RecentArticles';
import { TaskFilters } from './TaskFilters';
import { TaskList } from './TaskList';
import { usePopupTasks } from './use-popup-tasks';
import { setHiddenKinds, setTaskStatus } from '../common/actions';
import { taskMatcher } from '../../utils/storage/task-filter';
import { sendRequest } from '../../utils/messaging/send-to-background';
import { toTaskFilter } from '../../utils/library/task-filter-form';

const RECENT_COUNT = 4;
const TASK_LIST_HEIGHT = 300;

export function PopupApp({ db }: { db: GovMarkDB }) {
  const lang = useLang();
  const [form, setForm] = useState<TaskFilterForm>(EMPTY_TASK_FILTER_FORM);
  const { tasks, facets, complete, loadMore } = usePopupTasks(db, form);
  const recent = useLiveQuery(() => recentArticles(db, RECENT_COUNT), [db]);
  const settings = useLiveQuery(() => getSettings(db), [db]);
  const [tabState, setTabState] = useState<ActiveTabState | null>(null);
  const [busy, setBusy] = useState(false);
  const [pageError, setPageError] = useState<string | null>(null);
  const requests = useRequest(lang);
  const today = useMemo(() => todayIso(), []);
  const ready = tasks !== undefined && recent !== undefined;

  // The reader's tab, known before the click: the side panel opens only within the click itself.
  const [tabId, setTabId] = useState<number | null>(null);
  useEffect(() => {
    void readActiveTabState().then(setTabState);
    void activeTab().then((tab) => setTabId(tab?.id ?? null));
  }, []);

  async function openPanel() {
    if (tabId === null) return;
    if (await openSidePanel(tabId, null)) window.close();
    else setPageError(t('sidePanelFailed', lang));
  }

  async function analyze() {
    if (tabState?.kind !== 'not-analysed') return;
    setBusy(true);
    try {
      setTabState(await analyzeAndRead(tabState.tabId, tabState.host));
    } catch {
      setPageError(t('analyzeFailed', lang));
    } finally {
      setBusy(false);
    }
  }

  async function alwaysOn() {
    if (tabState?.kind !== 'not-analysed') return;
    const { tabId, host } = tabState;
    if (!(await allowSiteAlways(host, settings?.alwaysOnSites ?? []))) {
      setPageError(t('siteAllowFailed', lang));
      return;
    }
    setBusy(true);
    try {
      setTabState(await analyzeAndRead(tabId, host));
    } catch {
      setPageError(t('analyzeFailed', lang));
    } finally {
      setBusy(false);
    }
  }

  // The deadlines of the tasks the filters and the words searched choose: all of them, not only
  // the rows read so far. The words are looked up in the background's index, as the list does.
  async function exportDeadlines() {
    const filter = taskMatcher(toTaskFilter(form));
    const query = form.query.trim();
    let found: ReadonlySet<string> | null = null;
    if (query !== '') {
      const response = await sendRequest('tasks/search', { query });
      if (!response.ok) {
        setPageError(t('exportSearchFailed', lang));
        return;
      }
      found = new Set(response.data);
    }
    const matches = (task: TaskRecord) => filter(task) && (found === null || found.has(task.id));
    // The calendar writer (ical-generator) loads on the click: the popup's first rows do not wait on it.
    const { downloadDeadlines } = await import('./download-deadlines');
    if (!(await downloadDeadlines(db, lang, matches))) setPageError(t('nothingToExport', lang));
  }

  function changeStatus(task: TaskRecord, status: TaskStatus) {
    void requests.run(setTaskStatus([task.id], status));
  }

  return (
    <div class="popup" data-ready={ready ? '' : undefined} data-complete={complete ? '' : undefined}>
      <header class="popup-header">
        <h1>{t('appName', lang)}</h1>
        <nav class="button-row">
          <button type="button" class="primary" disabled={tabId === null} onClick={() => void openPanel()}>
            {t('openSidePanel', lang)}
          </button>
          <a
            href={browser.runtime.getURL('/dashboard.html')}
            onClick={(event) => {
              event.preventDefault();
              void browser.tabs.create({ url: browser.runtime.getURL('/dashboard.html') });
            }}
          >
            {t('openDashboard', lang)}
          </a>
          <a
            href={browser.runtime.getURL('/options.html')}
            onClick={(event) => {
              event.preventDefault();
              void browser.runtime.openOptionsPage();
            }}
          >
            {t('optionsTitle', lang)}
          </a>
        </nav>
      </header>
      <PageStatus
        state={tabState}
        busy={busy}
        error={pageError}
        onAnalyze={() => void analyze()}
        onAlwaysOn={() => void alwaysOn()}
        legend={
          tabState?.kind === 'analysed' && (
            <PaintLegend
              counts={tabState.page.counts}
              hidden={settings?.hiddenKinds ?? []}
              onChange={(hidden) => void requests.run(setHiddenKinds(hidden))}
              annotations={tabState.page.annotations}
            />
          )
        }
      />
      <section class="tasks" aria-labelledby="tasks-title">
        <h2 id="tasks-title">
          {t('tasks', lang)}{' '}
          {tasks && (
            <span class="muted">
              ({tasks.length}
              {complete ? '' : '+'})
            </span>
          )}
        </h2>
        <TaskFilters form={form} facets={facets} onChange={setForm} />
        <div class="button-row">
          <button type="button" onClick={() => void exportDeadlines()}>
            {t('exportTasksIcs', lang)}
          </button>
        </div>
        {requests.error && (
          <p class="error" role="alert">
            {requests.error}
          </p>
        )}
        {tasks === undefined ? (
          <p>{t('loading', lang)}</p>
        ) : tasks.length === 0 ? (
          <p class="muted">
            {!complete && !isEmptyTaskFilter(form)
              ? t('loading', lang)
              : t(isEmptyTaskFilter(form) ? 'noTasksHint' : 'noResults', lang)}
          </p>
        ) : (
          <TaskList
            tasks={tasks}
            today={today}
            height={TASK_LIST_HEIGHT}
            onStatusChange={changeStatus}
            onOpenPassage={(task) => void openTaskPassage(db, task)}
            onNearEnd={loadMore}
          />
        )}
      </section>
      <RecentArticles articles={recent ?? []} onOpen={(article) => void browser.tabs.create({ url: article.url })} />
    </div>
  );
}
