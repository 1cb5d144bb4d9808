// The whole library's list, a page at a time by keyset (utils/library/page-chain.ts): one live
// query per page, each reading its articles after its start cursor, so scrolling to page 40 costs
// one page's reads, and a write re-reads only the pages whose records or ranges it touched.
import { liveQuery } from 'dexie';
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import {
  chainBlocks,
  chainComplete,
  cursorKey,
  FIRST_PAGE,
  type PageChain,
  pageAnswered,
  withNextPage,
} from '../../utils/library/page-chain';
import type { GroupBy, ShownItems } from '../../utils/search/library-search';
import type { GovMarkDB } from '../../utils/storage/db';
import { type LibraryBlock, readBlockPage } from '../../utils/storage/library-queries';

export interface BlockPages {
  /** Undefined until the first page is read. */
  blocks: LibraryBlock[] | undefined;
  complete: boolean;
  /** How many pages are subscribed. */
  pageCount: number;
  loadMore(): void;
}

interface Subscription {
  startKey: string;
  unsubscribe(): void;
}

export interface PageSizes {
  /** Articles on the first page: few, so the first rows come soon (the list asks for more at once). */
  first: number;
  /** Articles on each later page. */
  rest: number;
}

/** `view` null: not wanted (a search is showing), nothing is read. */
export function useBlockPages(
  db: GovMarkDB,
  view: { groupBy: GroupBy; show: ShownItems } | null,
  sizes: PageSizes,
): BlockPages {
  const { first, rest } = sizes;
  const viewKey = view ? `${view.groupBy}/${view.show}` : '';
  const [state, setState] = useState<{ viewKey: string; chain: PageChain }>({ viewKey, chain: FIRST_PAGE });
  const chain = state.viewKey === viewKey ? state.chain : FIRST_PAGE;
  const subscriptions = useRef(new Map<number, Subscription>());
  const startsKey = chain.starts.map(cursorKey).join('\n');
  // A failed read is thrown during render, for the nearest error boundary (as useLiveQuery does).
  const [failure, setFailure] = useState<unknown>(null);

  // A layout effect: the first page is asked for in the same task as the first render.
  // `startsKey` and `viewKey` stand for `chain.starts` and `view` (new arrays on every render).
  // biome-ignore lint/correctness/useExhaustiveDependencies: see above
  useLayoutEffect(() => {
    const subs = subscriptions.current;
    if (!view) return;
    const starts = chain.starts;
    for (const [index, sub] of subs) {
      if (index >= starts.length || sub.startKey !== cursorKey(starts[index])) {
        sub.unsubscribe();
        subs.delete(index);
      }
    }
    starts.forEach((start, index) => {
      if (subs.has(index)) return;
      const startKey = cursorKey(start);
      const subscription = liveQuery(() => readBlockPage(db, view, start, index === 0 ? first : rest)).subscribe({
        next: (page) =>
          setState((current) => {
            // The state may still hold the previous view's chain: this view's starts from its top.
            const base = current.viewKey === viewKey ? current.chain : FIRST_PAGE;
            const answered = pageAnswered(base, index, startKey, page);
            return answered === current.chain ? current : { viewKey, chain: answered };
          }),
        error: setFailure,
      });
      subs.set(index, { startKey, unsubscribe: () => subscription.unsubscribe() });
    });
  }, [db, viewKey, startsKey, first, rest]);

  // A new view or database starts again from its first page; leaving ends every subscription.
  // biome-ignore lint/correctness/useExhaustiveDependencies: `viewKey` stands for `view`
  useLayoutEffect(() => {
    const subs = subscriptions.current;
    return () => {
      for (const sub of subs.values()) sub.unsubscribe();
      subs.clear();
    };
  }, [db, viewKey]);

  if (failure) throw failure;
  return {
    blocks: view ? chainBlocks(chain) : undefined,
    complete: view !== null && chainComplete(chain),
    pageCount: chain.starts.length,
    // No bound on the pages: each is found from its own start cursor, so page 500 costs what
    // page 1 does, and the reader scrolls to the library's last article.
    loadMore: () => {
      // The same state when there is no page to add: the list asks on every render near its end.
      setState((current) => {
        if (current.viewKey !== viewKey) return current;
        const next = withNextPage(current.chain);
        return next === current.chain ? current : { viewKey, chain: next };
      });
    },
  };
}
