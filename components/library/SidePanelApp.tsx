// The side panel beside an article: what GovMark found on it, the reader's annotations with
// their notes and tags, the ones the page could not place, and the page's tasks. Clicking an
// item scrolls the page to it and flashes it.
import { useEffect, useMemo, useState } from 'preact/hooks';
import { localise, t } from '../../utils/i18n/lang';
import type { GovMarkDB } from '../../utils/storage/db';
import type { AnnotationRecord, TaskRecord } from '../../utils/model/records';
import type { TaskStatus } from '../../utils/model/kinds';
import { todayIso } from '../../utils/model/deadline';
import { useLiveQuery } from '../common/use-live-query';
import { getSettings } from '../../utils/storage/settings-queries';
import { listAnnotationsForArticle } from '../../utils/storage/annotation-queries';
import { listTasksForArticle } from '../../utils/storage/task-queries';
import { sortTasks } from '../../utils/storage/task-filter';
import { sendToTab } from '../../utils/messaging/send-to-tab';
import { foldForSearch } from '../../utils/search/fold';
import { useLang } from '../common/lang-context';
import { useRequest } from '../common/use-request';
import { allowSiteAlways, analyzeAndRead } from './active-tab';
import { AnnotationEditor, type AnnotationChangesInput, type SaveOutcome } from './AnnotationEditor';
import { PageStatus } from './PageStatus';
import { PaintLegend } from './PaintLegend';
import { FindingList } from './FindingList';
import { TaskItem } from './TaskItem';
import { downloadTable } from './download-table';
import { csvDialectFor } from '../../utils/settings/csv-dialect-default';
import { saveAnnotation, setHiddenKinds, setTaskStatus } from '../common/actions';
import { openTaskPassage } from './open-passage';
import { useActivePage } from './use-active-page';
import { useSidePanelFocus } from './use-side-panel-focus';

export function SidePanelApp({ db }: { db: GovMarkDB }) {
  const lang = useLang();
  const { state, refresh, setState } = useActivePage();
  const focus = useSidePanelFocus();
  const requests = useRequest(lang);
  const [busy, setBusy] = useState(false);
  const today = useMemo(() => todayIso(), []);
  const page = state?.kind === 'analysed' ? state.page : null;
  const tabId = state?.kind === 'analysed' ? state.tabId : null;
  const url = page?.isArticle ? page.url : null;

  const annotations = useLiveQuery(() => (url ? listAnnotationsForArticle(db, url) : []), [db, url]);
  const tasks = useLiveQuery(async () => (url ? sortTasks(await listTasksForArticle(db, url)) : []), [db, url]);
  const settings = useLiveQuery(() => getSettings(db), [db]);
  const article = useLiveQuery(() => (url ? db.articles.get(url) : undefined), [db, url]);

  // The page re-anchors after every change; ask again which annotations it placed.
  const annotationIds = (annotations ?? []).map((annotation) => annotation.id).join(',');
  useEffect(() => {
    if (annotationIds !== '') refresh();
  }, [annotationIds, refresh]);

  // Placed, but on words that differ from the stored quote: the reader should look again.
  const changedIds = useMemo(
    () => new Set(page?.annotations.filter((a) => a.placement === 'fuzzy').map((a) => a.id) ?? []),
    [page],
  );
  const orphanIds = useMemo(() => new Set(page?.annotations.filter((a) => !a.anchored).map((a) => a.id) ?? []), [page]);
  const [query, setQuery] = useState('');
  const matches = useMemo(() => textMatcher(query), [query]);
  const shown = (annotations ?? []).filter((a) => matches(a.quote, a.note, ...a.tags));
  const placed = shown.filter((annotation) => !orphanIds.has(annotation.id));
  const orphans = shown.filter((annotation) => orphanIds.has(annotation.id));
  const shownTasks = (tasks ?? []).filter((task) => matches(task.text, task.notes, task.issuer, ...task.assignees));
  const searching = query.trim() !== '';

  function scrollTo(annotationId: string) {
    if (tabId !== null) void sendToTab(tabId, 'page/scroll-to', { annotationId });
  }

  function showFinding(start: number, end: number) {
    if (tabId !== null) void sendToTab(tabId, 'page/scroll-to', { start, end });
  }

  async function save(
    annotation: AnnotationRecord,
    changes: AnnotationChangesInput,
    baseRevision: number,
  ): Promise<SaveOutcome> {
    const response = await saveAnnotation(annotation.id, baseRevision, changes);
    if (response.ok) {
      requests.showError(null);
      return { status: 'saved', record: response.data };
    }
    requests.showError(localise(response.error.message, lang));
    return { status: response.error.code === 'stale' ? 'stale' : 'failed' };
  }

  async function analyze(always: boolean) {
    if (state?.kind !== 'not-analysed') return;
    const { tabId, host } = state;
    if (always && !(await allowSiteAlways(host, settings?.alwaysOnSites ?? []))) {
      requests.showError(t('siteAllowFailed', lang));
      return;
    }
    setBusy(true);
    try {
      setState(await analyzeAndRead(tabId, host));
    } catch {
      requests.showError(t('analyzeFailed', lang));
    } finally {
      setBusy(false);
    }
  }

  async function exportHighlights() {
    if (!annotations || annotations.length === 0) return;
    await downloadTable(
      'highlights',
      annotations,
      { articles: article ? [article] : [], annotations, tasks: tasks ?? [] },
      { format: csvDialectFor(settings?.csvDialect, lang), lang, name: 'article-highlights' },
    );
  }

  const editor = (annotation: AnnotationRecord, orphan: boolean) => (
    <AnnotationEditor
      key={annotation.id}
      annotation={annotation}
      orphan={orphan}
      textChanged={changedIds.has(annotation.id)}
      focused={focus?.annotationId === annotation.id}
      onSave={save}
      onShow={orphan ? undefined : (a) => scrollTo(a.id)}
    />
  );

  return (
    <div class="sidepanel" data-ready={annotations !== undefined && state !== null ? '' : undefined}>
      {page?.isArticle ? (
        <section aria-labelledby="page-title">
          <h1 id="page-title" class="clamp-2">
            {page.title ?? t('untitled', lang)}
          </h1>
          {page.province && <p class="muted">{page.province}</p>}
          <h2>{t('findings', lang)}</h2>
          <FindingList findings={page.findings ?? []} onShow={showFinding} />
        </section>
      ) : (
        <PageStatus
          state={state}
          busy={busy}
          error={null}
          onAnalyze={() => void analyze(false)}
          onAlwaysOn={() => void analyze(true)}
        />
      )}
      <PaintLegend
        counts={page?.isArticle ? page.counts : null}
        hidden={settings?.hiddenKinds ?? []}
        onChange={(hidden) => void requests.run(setHiddenKinds(hidden))}
        annotations={page?.annotations}
      />
      {requests.error && (
        <p class="error" role="alert">
          {requests.error}
        </p>
      )}
      {url && (
        <>
          <input
            type="search"
            class="search-input"
            aria-label={t('searchThisPage', lang)}
            placeholder={t('search', lang)}
            value={query}
            onInput={(event) => setQuery((event.currentTarget as HTMLInputElement).value)}
          />
          <section aria-labelledby="annotations-title">
            <h2 id="annotations-title">{t('annotations', lang)}</h2>
            {placed.length === 0 && orphans.length === 0 && (
              <p class="muted">{t(searching ? 'noResults' : 'noAnnotationsHint', lang)}</p>
            )}
            {placed.map((annotation) => editor(annotation, false))}
            {(annotations ?? []).length > 0 && (
              <button type="button" onClick={() => void exportHighlights()}>
                {t('exportArticleHighlights', lang)}
              </button>
            )}
          </section>
          {orphans.length > 0 && (
            <section aria-labelledby="orphans-title">
              <h2 id="orphans-title">{t('orphans', lang)}</h2>
              {orphans.map((annotation) => editor(annotation, true))}
            </section>
          )}
          <section aria-labelledby="page-tasks-title">
            <h2 id="page-tasks-title">{t('pageTasks', lang)}</h2>
            {shownTasks.length === 0 && <p class="muted">{t(searching ? 'noResults' : 'noTasksHint', lang)}</p>}
            <ul class="plain-list">
              {shownTasks.map((task: TaskRecord) => (
                // biome-ignore lint/a11y/useKeyWithClickEvents: a mouse shortcut; the row's own controls are the keyboard path
                <li
                  key={task.id}
                  class="vlist-row"
                  onClick={(event) => isPlainClick(event) && scrollTo(task.annotationId)}
                >
                  <TaskItem
                    task={task}
                    today={today}
                    onStatusChange={(changed, status: TaskStatus) =>
                      void requests.run(setTaskStatus([changed.id], status))
                    }
                    onOpenPassage={(changed) =>
                      tabId !== null ? scrollTo(changed.annotationId) : void openTaskPassage(db, changed)
                    }
                  />
                </li>
              ))}
            </ul>
          </section>
        </>
      )}
    </div>
  );
}

/** Whether any of the fields holds every word of the query, ignoring case and diacritics. */
function textMatcher(query: string): (...fields: (string | null)[]) => boolean {
  const words = foldForSearch(query).split(' ').filter(Boolean);
  if (words.length === 0) return () => true;
  return (...fields) => {
    const text = foldForSearch(fields.filter((field) => field !== null).join(' '));
    return words.every((word) => text.includes(word));
  };
}

/** A click on the row itself, not on one of its controls. */
function isPlainClick(event: MouseEvent): boolean {
  const target = event.target as Element | null;
  return !target?.closest('select, button, a, input, textarea');
}
