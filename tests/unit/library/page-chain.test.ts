import { describe, expect, it } from 'vitest';
import {
  chainBlocks,
  chainComplete,
  cursorKey,
  FIRST_PAGE,
  pageAnswered,
  withNextPage,
} from '../../../utils/library/page-chain';
import type { BlockCursor, BlockPage } from '../../../utils/storage/library-queries';

const cursor = (url: string, lastVisit = 1): BlockCursor => ({ province: null, lastVisit, url });
const block = (url: string) => ({ url, article: undefined, province: null, annotations: [], tasks: [] });
const page = (urls: string[], next: BlockCursor | null): BlockPage => ({ blocks: urls.map(block), next });
const urls = (blocks: ReturnType<typeof chainBlocks>) => blocks?.map((b) => b.url);

describe('the chain of pages', () => {
  it('shows nothing until the first page answers, then grows a page at a time from the last cursor', () => {
    expect(chainBlocks(FIRST_PAGE)).toBeUndefined();
    let chain = pageAnswered(FIRST_PAGE, 0, '', page(['a', 'b'], cursor('b')));
    expect(urls(chainBlocks(chain))).toEqual(['a', 'b']);
    expect(chainComplete(chain)).toBe(false);
    chain = withNextPage(chain);
    expect(chain.starts).toEqual([null, cursor('b')]);
    // Not another page while one is being read.
    expect(withNextPage(chain)).toBe(chain);
    chain = pageAnswered(chain, 1, cursorKey(cursor('b')), page(['c'], null));
    expect(urls(chainBlocks(chain))).toEqual(['a', 'b', 'c']);
    expect(chainComplete(chain)).toBe(true);
    expect(withNextPage(chain)).toBe(chain);
  });

  it('restarts the next page when a page now ends elsewhere, and ignores answers for an old start', () => {
    let chain = pageAnswered(FIRST_PAGE, 0, '', page(['a', 'b'], cursor('b')));
    chain = pageAnswered(withNextPage(chain), 1, cursorKey(cursor('b')), page(['c', 'd'], cursor('d')));
    // A new article was visited: the first page now ends at 'a', the second must start there.
    chain = pageAnswered(chain, 0, '', page(['new', 'a'], cursor('a')));
    expect(chain.starts).toEqual([null, cursor('a')]);
    expect(urls(chainBlocks(chain))).toEqual(['new', 'a']);
    // The second page's answer for its old start arrives late: it changes nothing.
    expect(pageAnswered(chain, 1, cursorKey(cursor('b')), page(['c', 'd'], cursor('d')))).toBe(chain);
    chain = pageAnswered(chain, 1, cursorKey(cursor('a')), page(['b', 'c'], cursor('c')));
    expect(urls(chainBlocks(chain))).toEqual(['new', 'a', 'b', 'c']);
  });

  it('drops the pages after one that now ends the list', () => {
    let chain = pageAnswered(FIRST_PAGE, 0, '', page(['a'], cursor('a')));
    chain = pageAnswered(withNextPage(chain), 1, cursorKey(cursor('a')), page(['b'], null));
    chain = pageAnswered(chain, 0, '', page(['a', 'b'], null));
    expect(chain.starts).toEqual([null]);
    expect(chainComplete(chain)).toBe(true);
  });
});
