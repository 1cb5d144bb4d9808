// The dashboard's rows: a page of article blocks at first, more as the reader scrolls. Without a
// search or tag the blocks come straight from the indexes, page after page by keyset
// (use-block-pages.ts); with one, the background's search index names the records and the page
// reads only those. Either way the rows follow writes made anywhere (liveQuery), and nothing
// beyond the blocks read so far is held in the page.
import { useEffect, useMemo, useState } from 'preact/hooks';
import type { Bilingual } from '../../utils/i18n/lang';
import { sendRequest } from '../../utils/messaging/send-to-background';
import type { LibraryRow, LibraryView } from '../../utils/library/library-rows';
import { blocksToRows } from '../../utils/library/library-rows';
import type { LibraryResults } from '../../utils/search/library-search';
import type { GovMarkDB } from '../../utils/storage/db';
import { provinceCounts, readSearchBlocks } from '../../utils/storage/library-queries';
import { useLiveQuery } from '../common/use-live-query';
import { useTablesChanged } from '../common/use-tables-changed';
import { useBlockPages } from './use-block-pages';

/** Articles read per page: more rows than a tall window shows. */
export const BLOCKS_PER_PAGE = 12;
/**
 * Articles on the library's first page: a screenful when articles hold a few annotations each;
 * the list asks for the next page as soon as it shows its end, so a sparse library fills too.
 */
export const FIRST_PAGE_BLOCKS = 4;
/** The most article blocks one search answer carries (the message's own bound). */
const MAX_SEARCH_BLOCKS = 1_000;
const LIBRARY_TABLES = ['articles', 'annotations', 'tasks'];

export interface LibraryRows {
  /** Undefined until the first page is read. */
  rows: LibraryRow[] | undefined;
  /**
   * Annotations and tasks found: all of them for a search (the background knows), those read so
   * far otherwise (counting a table reads all its keys in Chromium); `complete` tells which.
   */
  totalItems: number | undefined;
  /** Whether totalItems counts every result. */
  totalExact: boolean;
  complete: boolean;
  /** The reader scrolled near the end: read the next page. */
  loadMore(): void;
  error: Bilingual | null;
}

export function useLibraryRows(db: GovMarkDB, view: LibraryView): LibraryRows {
  const searching = view.query.trim() !== '' || view.tag !== null;
  // A new view starts again from its first page.
  const viewKey = JSON.stringify(view);
  const [paging, setPaging] = useState({ viewKey, count: BLOCKS_PER_PAGE });
  const blockCount = paging.viewKey === viewKey ? paging.count : BLOCKS_PER_PAGE;

  const whole = useBlockPages(db, searching ? null : { groupBy: view.groupBy, show: view.show }, {
    first: FIRST_PAGE_BLOCKS,
    rest: BLOCKS_PER_PAGE,
  });
  // Counting each province's articles walks their keys: only when grouping by province.
  const wholeProvinceCounts = useLiveQuery(
    async () => (!searching && view.groupBy === 'province' ? provinceCounts(db) : {}),
    [db, searching, view.groupBy],
  );

  const found = useSearchResults(db, view, searching, blockCount);
  const foundBlocks = useLiveQuery(
    async () => (found.results ? readSearchBlocks(db, found.results.blocks) : null),
    [db, found.results],
  );

  const rows = useMemo(() => {
    if (searching) {
      return foundBlocks && found.results
        ? blocksToRows(foundBlocks, view.groupBy, found.results.provinceCounts)
        : undefined;
    }
    return whole.blocks && wholeProvinceCounts
      ? blocksToRows(whole.blocks, view.groupBy, wholeProvinceCounts)
      : undefined;
  }, [searching, foundBlocks, found.results, whole.blocks, wholeProvinceCounts, view.groupBy]);

  const complete = searching
    ? found.results !== null && found.results.blocks.length >= found.results.totalBlocks
    : whole.complete;
  return {
    rows,
    totalItems: searching ? found.results?.totalItems : rows && itemCount(rows),
    totalExact: searching || complete,
    complete,
    loadMore: () => {
      if (!searching) whole.loadMore();
      else if (!complete && blockCount < MAX_SEARCH_BLOCKS) setPaging({ viewKey, count: blockCount + BLOCKS_PER_PAGE });
    },
    error: found.error,
  };
}

/** The background's answer for the view, asked again when the library's tables change. */
function useSearchResults(
  db: GovMarkDB,
  view: LibraryView,
  searching: boolean,
  blockCount: number,
): { results: LibraryResults | null; error: Bilingual | null } {
  // `answered` is the generation of the tables the results were asked at.
  const [state, setState] = useState<{ results: LibraryResults | null; error: Bilingual | null; answered: number }>({
    results: null,
    error: null,
    answered: -1,
  });
  // Any write to the tables may change what matches.
  const generation = useTablesChanged(db.name, LIBRARY_TABLES);
  const { query, tag, show, groupBy } = view;
  useEffect(() => {
    if (!searching) return;
    let current = true;
    void sendRequest('library/search', { query, tag, show, groupBy, offset: 0, limit: blockCount }).then((response) => {
      if (!current) return;
      setState(
        response.ok
          ? { results: response.data, error: null, answered: generation }
          : { results: null, error: response.error.message, answered: generation },
      );
    });
    return () => {
      current = false;
    };
  }, [searching, query, tag, show, groupBy, blockCount, generation]);
  return searching ? { results: state.results, error: state.error } : { results: null, error: null };
}

function itemCount(rows: readonly LibraryRow[]): number {
  return rows.filter((row) => row.type === 'annotation' || row.type === 'task').length;
}
