// The dashboard's list as a chain of pages (keyset paging): page k starts where page k-1 ended,
// so each page is found from its start cursor through the indexes, and each is read (and read
// again after writes) on its own. Pure bookkeeping of which pages exist and what they hold, for
// the hook that subscribes one live query per page.
import type { BlockCursor, BlockPage, LibraryBlock } from '../storage/library-queries';

export interface PageChain {
  /** Where each page starts; the first starts at the top (null). */
  starts: (BlockCursor | null)[];
  /** What each page last read; undefined while it is being read. */
  pages: (BlockPage | undefined)[];
}

export const FIRST_PAGE: PageChain = { starts: [null], pages: [undefined] };

export function cursorKey(cursor: BlockCursor | null): string {
  return cursor === null ? '' : JSON.stringify([cursor.province, cursor.lastVisit, cursor.url]);
}

/**
 * The chain after page `index` (read from `startKey`) answered. An answer for a start the page no
 * longer has is stale and changes nothing. When a page now ends elsewhere (an article was visited,
 * added or removed before its end), the next page starts again from the new end; a page that ends
 * the list drops the pages after it.
 */
export function pageAnswered(chain: PageChain, index: number, startKey: string, page: BlockPage): PageChain {
  if (index >= chain.starts.length || cursorKey(chain.starts[index]) !== startKey) return chain;
  const starts = chain.starts.slice();
  const pages = chain.pages.slice();
  pages[index] = page;
  if (page.next === null) return { starts: starts.slice(0, index + 1), pages: pages.slice(0, index + 1) };
  if (index + 1 < starts.length && cursorKey(starts[index + 1]) !== cursorKey(page.next)) {
    starts[index + 1] = page.next;
    pages[index + 1] = undefined;
  }
  return { starts, pages };
}

/** One page more, when every page so far is read and the last does not end the list. */
export function withNextPage(chain: PageChain): PageChain {
  const last = chain.pages[chain.pages.length - 1];
  if (!last || last.next === null || chain.pages.includes(undefined)) return chain;
  return { starts: [...chain.starts, last.next], pages: [...chain.pages, undefined] };
}

/** The blocks of the pages read, in order, up to the first page still being read. */
export function chainBlocks(chain: PageChain): LibraryBlock[] | undefined {
  if (!chain.pages[0]) return undefined;
  const blocks: LibraryBlock[] = [];
  for (const page of chain.pages) {
    if (!page) break;
    blocks.push(...page.blocks);
  }
  return blocks;
}

/** True when every page is read and the last one ends the list. */
export function chainComplete(chain: PageChain): boolean {
  const last = chain.pages[chain.pages.length - 1];
  return last !== undefined && last.next === null && !chain.pages.includes(undefined);
}
