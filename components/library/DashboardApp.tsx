// The library page: every article, annotation and task, grouped by article or province, with
// search, tag filter, bulk status changes and deletion with undo, and export and import.
import { browser } from 'wxt/browser';
import { useEffect, useMemo, useState } from 'preact/hooks';
import { localise, t } from '../../utils/i18n/lang';
import type { GovMarkDB } from '../../utils/storage/db';
import type { DeletedRecords } from '../../utils/storage/annotation-queries';
import { listTags } from '../../utils/storage/annotation-queries';
import type { TaskRecord } from '../../utils/model/records';
import type { TaskStatus } from '../../utils/model/kinds';
import { todayIso } from '../../utils/model/deadline';
import { useLiveQuery } from '../../utils/storage/live-query';
import { sendRequest } from '../../utils/messaging/send-to-background';
import {
  annotationsOfRows,
  articlesOfRows,
  buildLibraryRows,
  DEFAULT_VIEW,
  type GroupBy,
  type LibraryRow,
  type LibraryView,
  type ShownItems,
} from '../../utils/library/library-rows';
import { warmSearchTexts } from '../../utils/library/library-search';
import { recentArticlesLibrary } from '../../utils/library/dashboard-preview';
import { selectedRecords, tasksToDeleteSeparately } from '../../utils/library/selection';
import { TASK_STATUSES } from '../../utils/model/kinds';
import { STATUS_LABELS } from '../../utils/model/labels';
import { useLang } from '../common/lang-context';
import { Notice } from '../common/Notice';
import { useRequest } from '../common/use-request';
import { useWindowHeight } from '../common/use-window-height';
import { useAfterFirstPaint } from '../common/use-after-first-paint';
import { VirtualList } from '../common/VirtualList';
import { ExportPanel } from './ExportPanel';
import { LibraryRowView, LIBRARY_ROW_HEIGHT } from './LibraryRowView';
import { openAnnotationPassage, openTaskPassage } from './open-passage';

/** Room taken above the list by the title, toolbar and bulk bar. */
const LIST_TOP = 150;
/** Articles read for the first screen; more rows than a tall window shows. */
const PREVIEW_ARTICLES = 20;

export function DashboardApp({ db }: { db: GovMarkDB }) {
  const lang = useLang();
  const preview = useLiveQuery(() => recentArticlesLibrary(db, PREVIEW_ARTICLES), [db]);
  const readAll = useAfterFirstPaint(preview !== undefined);
  const articles = useLiveQuery(async () => (readAll ? db.articles.toArray() : undefined), [db, readAll]);
  const annotations = useLiveQuery(async () => (readAll ? db.annotations.toArray() : undefined), [db, readAll]);
  const tasks = useLiveQuery(async () => (readAll ? db.tasks.toArray() : undefined), [db, readAll]);
  const tags = useLiveQuery(() => listTags(db), [db], []);
  const [view, setView] = useState<LibraryView>(DEFAULT_VIEW);
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [bulkStatus, setBulkStatus] = useState<TaskStatus>('done');
  const [deleted, setDeleted] = useState<DeletedRecords | null>(null);
  const requests = useRequest(lang);
  const height = useWindowHeight(LIST_TOP);
  const today = useMemo(() => todayIso(), []);

  const library = useMemo(
    () => (articles && annotations && tasks ? { articles, annotations, tasks } : null),
    [articles, annotations, tasks],
  );
  // Until the whole library is read, the preview's rows stand in (the same first rows).
  const shown = library ?? preview;
  const rows = useMemo(() => (shown ? buildLibraryRows(shown, view) : []), [shown, view]);
  const selection = useMemo(() => selectedRecords(rows, selected), [rows, selected]);
  const filteredAnnotations = useMemo(() => annotationsOfRows(rows), [rows]);
  const filteredTasks = useMemo(() => rows.flatMap((row) => (row.type === 'task' ? [row.task] : [])), [rows]);
  const shownArticles = useMemo(() => articlesOfRows(rows), [rows]);
  const citationArticles = useMemo(() => {
    if (selection.articleUrls.length === 0) return shownArticles;
    const urls = new Set(selection.articleUrls);
    return shownArticles.filter((article) => urls.has(article.url));
  }, [shownArticles, selection]);

  useEffect(() => {
    if (!annotations) return;
    const controller = new AbortController();
    void warmSearchTexts(annotations, controller.signal);
    return () => controller.abort();
  }, [annotations]);

  const setViewField = <K extends keyof LibraryView>(key: K, value: LibraryView[K]) =>
    setView((current) => ({ ...current, [key]: value }));

  function toggle(key: string) {
    setSelected((current) => {
      const next = new Set(current);
      if (next.has(key)) next.delete(key);
      else next.add(key);
      return next;
    });
  }

  function open(row: LibraryRow) {
    if (row.type === 'annotation') void openAnnotationPassage(row.annotation);
    else if (row.type === 'task') void openTaskPassage(db, row.task);
    else if (row.type === 'article') void browser.tabs.create({ url: row.url });
  }

  function changeStatus(task: TaskRecord, status: TaskStatus) {
    void requests.run(sendRequest('task/set-status', { ids: [task.id], status }));
  }

  async function applyBulkStatus() {
    if (selection.taskIds.length === 0) return;
    await requests.run(sendRequest('task/set-status', { ids: selection.taskIds, status: bulkStatus }));
  }

  async function deleteSelection() {
    const removed: DeletedRecords = { annotations: [], tasks: [] };
    if (selection.annotationIds.length > 0) {
      const result = await requests.run(sendRequest('annotation/delete', { ids: selection.annotationIds }));
      if (!result) return;
      removed.annotations.push(...result.annotations);
      removed.tasks.push(...result.tasks);
    }
    const taskIds = tasksToDeleteSeparately(
      selection.taskIds,
      removed.tasks.map((task) => task.id),
    );
    if (taskIds.length > 0) {
      const result = await requests.run(sendRequest('task/delete', { ids: taskIds }));
      if (result) removed.tasks.push(...result);
    }
    setSelected(new Set());
    if (removed.annotations.length + removed.tasks.length > 0) setDeleted(removed);
  }

  async function undoDelete() {
    if (!deleted) return;
    const response = await sendRequest('annotation/restore', deleted);
    if (response.ok) setDeleted(null);
    else requests.showError(localise(response.error.message, lang));
  }

  const itemCount = rows.filter((row) => row.type === 'annotation' || row.type === 'task').length;
  const deletable = selection.annotationIds.length + selection.taskIds.length;
  return (
    <div class="dashboard" data-ready={library ? '' : undefined}>
      <main>
        <header class="dashboard-toolbar">
          <h1>
            {t('appName', lang)} · {t('libraryList', lang)}
          </h1>
          <input
            type="search"
            aria-label={t('search', lang)}
            placeholder={t('search', lang)}
            value={view.query}
            onInput={(event) => setViewField('query', (event.currentTarget as HTMLInputElement).value)}
          />
          <select
            aria-label={t('groupBy', lang)}
            value={view.groupBy}
            onChange={(event) => setViewField('groupBy', (event.currentTarget as HTMLSelectElement).value as GroupBy)}
          >
            <option value="article">{`${t('groupBy', lang)}: ${t('groupByArticle', lang)}`}</option>
            <option value="province">{`${t('groupBy', lang)}: ${t('groupByProvince', lang)}`}</option>
          </select>
          <select
            aria-label={t('showItems', lang)}
            value={view.show}
            onChange={(event) => setViewField('show', (event.currentTarget as HTMLSelectElement).value as ShownItems)}
          >
            <option value="all">{t('showEverything', lang)}</option>
            <option value="annotations">{t('annotations', lang)}</option>
            <option value="tasks">{t('tasks', lang)}</option>
          </select>
          <select
            aria-label={t('tagFilter', lang)}
            value={view.tag ?? ''}
            onChange={(event) => setViewField('tag', (event.currentTarget as HTMLSelectElement).value || null)}
          >
            <option value="">{t('allTags', lang)}</option>
            {tags.map((tag) => (
              <option key={tag} value={tag}>
                #{tag}
              </option>
            ))}
          </select>
          <span class="muted" data-result-count={itemCount}>
            {itemCount} {t('results', lang)}
          </span>
        </header>
        <div class="bulk-bar">
          <button
            type="button"
            disabled={itemCount === 0}
            onClick={() =>
              setSelected(
                new Set(rows.flatMap((row) => (row.type === 'annotation' || row.type === 'task' ? [row.key] : []))),
              )
            }
          >
            {t('selectAllShown', lang)}
          </button>
          {selected.size > 0 && (
            <>
              <span>
                {selected.size} {t('selectedCount', lang)}
              </span>
              <select
                aria-label={t('setStatusOfSelected', lang)}
                value={bulkStatus}
                onChange={(event) => setBulkStatus((event.currentTarget as HTMLSelectElement).value as TaskStatus)}
              >
                {TASK_STATUSES.map((status) => (
                  <option key={status} value={status}>
                    {localise(STATUS_LABELS[status], lang)}
                  </option>
                ))}
              </select>
              <button type="button" disabled={selection.taskIds.length === 0} onClick={() => void applyBulkStatus()}>
                {t('apply', lang)} ({selection.taskIds.length})
              </button>
              <button type="button" disabled={deletable === 0} onClick={() => void deleteSelection()}>
                {t('deleteSelected', lang)} ({deletable})
              </button>
              <button type="button" onClick={() => setSelected(new Set())}>
                {t('clearSelection', lang)}
              </button>
            </>
          )}
          {requests.error && (
            <span class="error" role="alert">
              {requests.error}
            </span>
          )}
        </div>
        {!shown ? (
          <p>{t('loading', lang)}</p>
        ) : rows.length === 0 ? (
          <p class="muted">
            {view.query.trim() === '' && view.tag === null ? t('noArticles', lang) : t('noResults', lang)}
          </p>
        ) : (
          <VirtualList
            items={rows}
            rowHeight={LIBRARY_ROW_HEIGHT}
            height={height}
            label={t('libraryList', lang)}
            getKey={(row) => row.key}
            renderRow={(row) => (
              <LibraryRowView
                row={row}
                selected={selected.has(row.key)}
                today={today}
                onToggle={toggle}
                onOpen={open}
                onStatusChange={changeStatus}
              />
            )}
          />
        )}
      </main>
      {library && (
        <ExportPanel
          library={library}
          filteredAnnotations={filteredAnnotations}
          filteredTasks={filteredTasks}
          citationArticles={citationArticles}
          citationScopeIsSelection={selection.articleUrls.length > 0}
        />
      )}
      {deleted && (
        <Notice
          actionLabel={t('undo', lang)}
          onAction={() => void undoDelete()}
          onClose={() => setDeleted(null)}
          closeLabel={t('close', lang)}
        >
          {t('deletedItems', lang)}: {deleted.annotations.length + deleted.tasks.length}
        </Notice>
      )}
    </div>
  );
}
