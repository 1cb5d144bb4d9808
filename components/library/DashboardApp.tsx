// The library page: articles with their annotations and tasks, grouped by article or province,
// a page at a time; search and tag filter through the background's index; bulk status changes
// and deletion with undo; export and import.
import { browser } from 'wxt/browser';
import { useMemo, useState } from 'preact/hooks';
import { localise, t } from '../../utils/i18n/lang';
import { articlesOfRows, DEFAULT_VIEW, type LibraryRow } from '../../utils/library/library-rows';
import { selectedRecords } from '../../utils/library/selection';
import type { LibraryView } from '../../utils/library/library-rows';
import { todayIso } from '../../utils/model/deadline';
import type { TaskStatus } from '../../utils/model/kinds';
import type { TaskRecord } from '../../utils/model/records';
import type { DeletedRecords } from '../../utils/storage/annotation-queries';
import type { GovMarkDB } from '../../utils/storage/db';
import { libraryTags } from '../../utils/storage/library-queries';
import { useLang } from '../common/lang-context';
import { Notice } from '../common/Notice';
import { ProgressBar } from '../common/ProgressBar';
import { useAfterFirstPaint } from '../common/use-after-first-paint';
import { useLiveQuery } from '../common/use-live-query';
import { useRequest } from '../common/use-request';
import { useWindowHeight } from '../common/use-window-height';
import { VirtualList } from '../common/VirtualList';
import { BulkBar } from './BulkBar';
import { DashboardToolbar } from './DashboardToolbar';
import { deleteRecords, restoreRecords, setTaskStatus } from '../common/actions';
import { LibraryRowView, LIBRARY_ROW_HEIGHT } from './LibraryRowView';
import { openAnnotationPassage, openTaskPassage } from './open-passage';
import { useLibraryRows } from './use-library-rows';
import { LazyExportPanel } from './LazyExportPanel';
import { DeadlineCalendar } from './DeadlineCalendar';
import { DashboardTabs, type DashboardTab, tabFromHash } from './DashboardTabs';
import { DocumentsView } from '../register/DocumentsView';
import { RegisterDbContext } from '../register/register-db';

/** Room taken above the list by the title, toolbar and bulk bar. */
const LIST_TOP = 150;
const NO_ROWS: LibraryRow[] = [];

export function DashboardApp({ db }: { db: GovMarkDB }) {
  const lang = useLang();
  const [view, setView] = useState<LibraryView>(DEFAULT_VIEW);
  const library = useLibraryRows(db, view);
  // Listing the tags walks every key of their index (seconds at 200,000 annotations in
  // Chromium): only when the reader opens the tag filter.
  const [tagsWanted, setTagsWanted] = useState(false);
  const tags = useLiveQuery(async () => (tagsWanted ? libraryTags(db) : []), [db, tagsWanted], []);
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [deleted, setDeleted] = useState<DeletedRecords | null>(null);
  const requests = useRequest(lang);
  const height = useWindowHeight(LIST_TOP);
  const today = useMemo(() => todayIso(), []);
  const [tab, setTab] = useState<DashboardTab>(() => tabFromHash(location.hash));

  const rows = library.rows ?? NO_ROWS;
  const searching = view.query.trim() !== '' || view.tag !== null;
  const exportNow = useAfterFirstPaint(library.rows !== undefined);
  // How far the list has read into the library (articles are few beside their annotations).
  // Counting reads every key of the table in Chromium: not before the first rows.
  const articleTotal = useLiveQuery(async () => (exportNow ? db.articles.count() : undefined), [db, exportNow]);
  const selection = useMemo(() => selectedRecords(rows, selected), [rows, selected]);
  const shownArticles = useMemo(() => articlesOfRows(rows), [rows]);
  const citationArticles = useMemo(() => {
    if (selection.articleUrls.length === 0) return shownArticles;
    const urls = new Set(selection.articleUrls);
    return shownArticles.filter((article) => urls.has(article.url));
  }, [shownArticles, selection]);
  const itemKeys = useMemo(
    () => rows.flatMap((row) => (row.type === 'annotation' || row.type === 'task' ? [row.key] : [])),
    [rows],
  );

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
    void requests.run(setTaskStatus([task.id], status));
  }

  async function deleteSelection() {
    const removed = await requests.run(deleteRecords(selection));
    if (!removed) return;
    setSelected(new Set());
    if (removed.annotations.length + removed.tasks.length > 0) setDeleted(removed);
  }

  async function undoDelete() {
    if (!deleted) return;
    const response = await restoreRecords(deleted);
    if (response.ok) setDeleted(null);
    else requests.showError(localise(response.error.message, lang));
  }

  return (
    // The register's parts inside the library's rows (a task's timeline) read the same database.
    <RegisterDbContext.Provider value={db}>
      <div
        class="dashboard"
        data-ready={library.rows ? '' : undefined}
        data-complete={library.complete ? '' : undefined}
      >
        <main>
          <DashboardTabs tab={tab} onChange={setTab} />
          {tab === 'calendar' ? (
            <DeadlineCalendar db={db} today={today} onOpen={(task) => void openTaskPassage(db, task)} />
          ) : tab === 'documents' ? (
            <DocumentsView db={db} />
          ) : (
            <>
              <DashboardToolbar
                view={view}
                tags={tags}
                resultCount={library.totalItems}
                countComplete={library.totalExact}
                onChange={setViewField}
                onOpenTags={() => setTagsWanted(true)}
              />
              <BulkBar
                shownCount={itemKeys.length}
                selectedCount={selected.size}
                taskCount={selection.taskIds.length}
                deletableCount={selection.rowCount}
                error={requests.error ?? (library.error && localise(library.error, lang))}
                onSelectShown={() => setSelected(new Set(itemKeys))}
                onSetStatus={(status) => void requests.run(setTaskStatus(selection.taskIds, status))}
                onDelete={() => void deleteSelection()}
                onClear={() => setSelected(new Set())}
              />
              {!searching && !library.complete && (
                <ProgressBar
                  label={t('progressLoading', lang)}
                  done={shownArticles.length}
                  total={articleTotal ?? null}
                  unit={t('unitArticles', lang)}
                />
              )}
              {!library.rows ? null : rows.length === 0 ? (
                <p class="muted">
                  {view.query.trim() === '' && view.tag === null ? t('noArticlesHint', lang) : t('noResults', lang)}
                </p>
              ) : (
                <VirtualList
                  items={rows}
                  rowHeight={LIBRARY_ROW_HEIGHT}
                  height={height}
                  label={t('libraryList', lang)}
                  getKey={(row) => row.key}
                  onNearEnd={library.loadMore}
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
            </>
          )}
        </main>
        <LazyExportPanel
          load={exportNow}
          db={db}
          view={view}
          citationArticles={citationArticles}
          citationScopeIsSelection={selection.articleUrls.length > 0}
        />
        {deleted && (
          <Notice
            actionLabel={t('undo', lang)}
            onAction={() => void undoDelete()}
            onClose={() => setDeleted(null)}
            closeLabel={t('close', lang)}
          >
            {t('deletedItems', lang)}: {deletedRowCount(deleted)}
          </Notice>
        )}
      </div>
    </RegisterDbContext.Provider>
  );
}

/** What the reader deleted, counted as rows: a tracked passage and its task are one. */
function deletedRowCount(deleted: DeletedRecords): number {
  const tracked = new Set(deleted.tasks.map((task) => task.annotationId));
  return deleted.tasks.length + deleted.annotations.filter((annotation) => !tracked.has(annotation.id)).length;
}
