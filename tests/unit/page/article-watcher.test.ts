// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ArticleWatcher } from '../../../utils/page/article-watcher';
import { ARTICLE_HTML, loadPage } from './article-page';

let watcher: ArticleWatcher | undefined;
afterEach(() => watcher?.stop());

function watch(options: { nonArticleWatchMs?: number } = {}) {
  const events = { onRead: vi.fn(), onArticleChanged: vi.fn() };
  watcher = new ArticleWatcher(document, events, {
    isOwnNode: (node) => !!(node as Element).closest?.('govmark-ui'),
    debounceMs: 5,
    ...options,
  });
  watcher.start();
  return { watcher, events };
}

const settle = (ms = 30) => new Promise((resolve) => setTimeout(resolve, ms));

describe('ArticleWatcher', () => {
  it('reads an article with its findings mapped to live ranges', () => {
    loadPage(ARTICLE_HTML);
    const { watcher, events } = watch();
    expect(watcher.isArticle).toBe(true);
    expect(events.onRead).toHaveBeenCalledTimes(1);
    const figures = watcher.findings.filter((f) => f.kind === 'figure').map((f) => f.range.toString());
    expect(figures).toEqual(['1.250 tỷ đồng', '12,5%']);
    expect(watcher.dom?.root.contains(watcher.findings[0].range.startContainer)).toBe(true);
  });

  it('follows a page that fills its article in after load', async () => {
    loadPage(ARTICLE_HTML);
    const body = document.getElementById('body')!;
    const paragraphs = body.innerHTML;
    body.innerHTML = '';
    const { watcher, events } = watch();
    expect(watcher.isArticle).toBe(false);
    body.innerHTML = paragraphs;
    // Wait for the reading, not for a fixed time: a loaded machine runs the debounce late.
    await vi.waitFor(() => expect(watcher.isArticle).toBe(true));
    expect(events.onArticleChanged).toHaveBeenCalledExactlyOnceWith(false);
  });

  it('reads the article again when its text changes, not for changes beside it or in its own UI', async () => {
    loadPage(ARTICLE_HTML);
    const ownUi = document.createElement('govmark-ui');
    document.querySelector('main')!.append(ownUi);
    const { watcher, events } = watch();
    expect(watcher.dom?.root.localName).toBe('main');
    document.getElementById('ticker')!.append(document.createElement('li'));
    ownUi.append(document.createElement('div'));
    await settle();
    expect(events.onRead).toHaveBeenCalledTimes(1);
    document.querySelector('#body p')!.append(' Thêm một câu mới về tiến độ giải ngân của tỉnh.');
    await vi.waitFor(() => expect(events.onArticleChanged).toHaveBeenCalledExactlyOnceWith(true));
  });

  it('stops watching a page that has not become an article after a while', async () => {
    loadPage('<html><body><ul><li>Tin 1</li><li>Tin 2</li></ul></body></html>');
    const { events } = watch({ nonArticleWatchMs: 10 });
    await settle();
    document.body.append(document.createElement('li'));
    await settle();
    expect(events.onRead).toHaveBeenCalledTimes(1);
  });
});
