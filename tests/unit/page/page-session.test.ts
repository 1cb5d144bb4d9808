// @vitest-environment jsdom
// The session as the content script runs it, against the fake backend: it reads the page, paints
// the findings, records the visit, places saved annotations, and turns a selection into a saved
// highlight through the toolbar in its shadow root.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { describe as describeRange } from '../../../utils/anchoring/describe';
import type { AnnotationRecord } from '../../../utils/model/records';
import { PageSession } from '../../../utils/page/page-session';
import { ARTICLE_HTML, loadPage, rangeOf, select } from './article-page';
import { createFakeBackend, createRecordingPainter, type FakeBackend } from './fake-backend';

const PAGE_URL = 'http://localhost:3000/tin-tuc/phien-hop-thang-3.html';
/** jsdom dispatches no trusted events and a closed shadow root cannot be reached: these tests play the reader. */
const READER = { isTrusted: () => true, shadowMode: 'open' as const };

let session: PageSession;
let backend: FakeBackend;
let painter: ReturnType<typeof createRecordingPainter>;

function savedHighlight(quote: string): AnnotationRecord {
  const root = document.querySelector('main')!;
  return {
    id: 'saved-1',
    articleUrl: PAGE_URL,
    selectors: describeRange(root, rangeOf(quote, root)),
    anchoringVersion: 1,
    quote,
    kind: 'highlight',
    color: 'purple',
    tags: [],
    note: '',
    finding: null,
    created: 1,
    updated: 1,
    revision: 1,
  };
}

beforeEach(async () => {
  loadPage(ARTICLE_HTML);
  // jsdom lays nothing out.
  Element.prototype.scrollIntoView = vi.fn();
  Range.prototype.getBoundingClientRect = () => ({ left: 10, top: 10, right: 90, bottom: 30 }) as DOMRect;
  backend = createFakeBackend([savedHighlight('công trình giao thông')]);
  backend.hiddenKinds = ['date'];
  painter = createRecordingPainter();
  session = new PageSession(document, backend, 'en', painter, READER);
  await session.start();
});

afterEach(() => session.destroy());

describe('PageSession', () => {
  it('reads the article, records the visit and places the saved annotations', () => {
    expect(backend.visits).toEqual([
      expect.objectContaining({ url: PAGE_URL, isArticle: true, title: 'UBND tỉnh họp phiên thường kỳ tháng 3' }),
    ]);
    expect(painter.texts('figure')).toEqual(['1.250 tỷ đồng', '12,5%']);
    // The reader switched dates off.
    expect(painter.texts('date')).toEqual([]);
    expect(painter.texts('user-purple')).toEqual(['công trình giao thông']);
    const state = session.state();
    expect(state).toMatchObject({ url: PAGE_URL, isArticle: true, counts: { figure: 2, directive: 2 } });
    expect(state.annotations).toEqual([
      {
        id: 'saved-1',
        quote: 'công trình giao thông',
        anchored: true,
        placement: 'position',
        placedText: 'công trình giao thông',
        color: 'purple',
        task: false,
      },
    ]);
    expect(state.findings.map((f) => f.start)).toEqual([...state.findings.map((f) => f.start)].sort((a, b) => a - b));
  });

  it('paints consecutive directives in alternating shades', () => {
    const directives = session.state().findings.filter((f) => f.kind === 'directive');
    expect(directives).toHaveLength(2);
    expect(painter.texts('directive')).toEqual([directives[0].text]);
    expect(painter.texts('directive-alt')).toEqual([directives[1].text]);
    session.setDisabledKinds(['directive']);
    expect([...painter.texts('directive'), ...painter.texts('directive-alt')]).toEqual([]);
  });

  it('repaints when the reader switches finding kinds', () => {
    session.setDisabledKinds(['figure']);
    expect(painter.texts('figure')).toEqual([]);
    expect(painter.texts('date').length).toBeGreaterThan(0);
  });

  it('scrolls to an annotation and flashes it', () => {
    expect(session.scrollTo({ annotationId: 'saved-1' })).toBe(true);
    expect(painter.texts('flash')).toEqual(['công trình giao thông']);
    expect(session.scrollTo({ annotationId: 'unknown' })).toBe(false);
  });

  it('saves a selection highlighted from the toolbar in its shadow root', async () => {
    select(rangeOf('Sở Kế hoạch và Đầu tư'));
    document.getElementById('body')!.dispatchEvent(new MouseEvent('mouseup', { bubbles: true }));
    await vi.waitFor(() => expect(toolbarButton('Highlight')).not.toBeNull());
    toolbarButton('Highlight')!.click();
    await vi.waitFor(() => expect(backend.annotations).toHaveLength(2));
    expect(backend.annotations[1]).toMatchObject({ quote: 'Sở Kế hoạch và Đầu tư', color: 'yellow' });
    expect(painter.texts('user-yellow')).toEqual(['Sở Kế hoạch và Đầu tư']);
    expect(document.getSelection()?.rangeCount).toBe(0);
  });

  it('describes what its UI shows to the extension, and leaves no GovMark state on the page', async () => {
    select(rangeOf('Sở Kế hoạch và Đầu tư'));
    document.getElementById('body')!.dispatchEvent(new MouseEvent('mouseup', { bubbles: true }));
    await vi.waitFor(() => expect(session.ui().view).toBe('toolbar'));
    expect(session.ui().controls.map((c) => c.label)).toEqual(
      expect.arrayContaining(['Highlight', 'Yellow', 'Add note', 'Track as task', 'Copy citation']),
    );
    const attributes = [...document.querySelectorAll('*')].flatMap((el) => el.getAttributeNames());
    expect(attributes.filter((name) => name.includes('govmark'))).toEqual([]);
  });

  it('speaks the language the reader chose, from the next look at its UI, without a reload', async () => {
    select(rangeOf('Sở Kế hoạch và Đầu tư'));
    document.getElementById('body')!.dispatchEvent(new MouseEvent('mouseup', { bubbles: true }));
    await vi.waitFor(() => expect(session.ui().view).toBe('toolbar'));
    expect(session.ui().controls.map((c) => c.label)).toContain('Add note');
    session.setLang('vi');
    expect(session.ui().controls.map((c) => c.label)).toEqual(
      expect.arrayContaining(['Tô sáng', 'Vàng', 'Ghi chú', 'Theo dõi nhiệm vụ', 'Sao chép trích dẫn']),
    );
    toolbarButton('Tô sáng')!.click();
    await vi.waitFor(() => expect(session.ui().status).toBe('Đã tô sáng'));
  });

  it('highlights the current selection on the keyboard shortcut', async () => {
    select(rangeOf('Sở Tài chính'));
    await session.highlightCurrentSelection('green');
    expect(backend.annotations.at(-1)).toMatchObject({ quote: 'Sở Tài chính', color: 'green' });
  });

  it('reads the saved annotations again when asked to re-anchor', async () => {
    backend.annotations.push({ ...savedHighlight('Sở Tài chính'), id: 'saved-2', color: 'blue' });
    await session.reanchor();
    expect(painter.texts('user-blue')).toEqual(['Sở Tài chính']);
  });
});

function toolbarButton(name: string): HTMLButtonElement | null {
  const host = [...document.documentElement.children].find((element) => element.shadowRoot);
  const buttons = [...(host?.shadowRoot?.querySelectorAll<HTMLButtonElement>('.gm-toolbar button') ?? [])];
  return buttons.find((button) => button.getAttribute('aria-label') === name) ?? null;
}

// A short notice on a portal: too short and too plain for the engine to call an article.
const NOTICE_HTML = `<!doctype html><html><head><title>Thông báo lịch cắt nước</title></head><body>
<nav><a href="/">Trang chủ</a></nav>
<section id="notice"><h2>Thông báo</h2>
<p>Để thay đường ống chính, nước sạch sẽ tạm ngừng cung cấp tại phường Đông Hải.</p>
<p>Đề nghị các hộ dân chủ động dự trữ nước trước ngày 20/12/2025.</p>
<noscript>Trình duyệt của bạn đã tắt JavaScript.</noscript><p hidden>Bản nháp chưa đăng</p></section>
</body></html>`;

describe('PageSession on a page that is not an article', () => {
  let notice: PageSession;
  beforeEach(async () => {
    session.destroy();
    loadPage(NOTICE_HTML, '/thong-bao/lich-cat-nuoc.html');
    backend = createFakeBackend();
    painter = createRecordingPainter();
    notice = new PageSession(document, backend, 'en', painter, READER);
    await notice.start();
  });
  afterEach(() => notice.destroy());

  it('offers the toolbar and saves a highlight described in the page’s visible text', async () => {
    expect(notice.isArticle).toBe(false);
    select(rangeOf('phường Đông Hải'));
    document.getElementById('notice')!.dispatchEvent(new MouseEvent('mouseup', { bubbles: true }));
    await vi.waitFor(() => expect(toolbarButton('Highlight')).not.toBeNull());
    toolbarButton('Highlight')!.click();
    await vi.waitFor(() => expect(backend.annotations).toHaveLength(1));
    const saved = backend.annotations[0];
    expect(saved).toMatchObject({ quote: 'phường Đông Hải', scope: 'page' });
    const quote = saved.selectors.find((s) => s.type === 'TextQuoteSelector');
    // noscript, hidden text and GovMark's own UI are not part of the page's text.
    expect(quote?.type === 'TextQuoteSelector' && quote.suffix).not.toMatch(/JavaScript|nháp/);
    expect(painter.texts('user-yellow')).toEqual(['phường Đông Hải']);
    // No finding is painted where there is no article.
    expect(painter.texts('figure')).toEqual([]);
  });

  it('places the saved annotation again on the next visit', async () => {
    select(rangeOf('phường Đông Hải'));
    await notice.highlightCurrentSelection('pink');
    notice.destroy();
    painter = createRecordingPainter();
    notice = new PageSession(document, backend, 'en', painter, READER);
    await notice.start();
    expect(painter.texts('user-pink')).toEqual(['phường Đông Hải']);
    expect(notice.state().annotations).toEqual([expect.objectContaining({ quote: 'phường Đông Hải', anchored: true })]);
  });

  it('tracks a selection as a task with the assignees and deadline of its sentence', async () => {
    select(rangeOf('chủ động dự trữ nước'));
    document.getElementById('notice')!.dispatchEvent(new MouseEvent('mouseup', { bubbles: true }));
    await vi.waitFor(() => expect(toolbarButton('Track as task')).not.toBeNull());
    toolbarButton('Track as task')!.click();
    await vi.waitFor(() => expect(backend.tasks).toHaveLength(1));
    expect(backend.tasks[0]).toMatchObject({
      text: 'chủ động dự trữ nước',
      assignees: ['các hộ dân'],
      deadline: '2025-12-20',
    });
    expect(backend.tasks[0].annotation).toMatchObject({ scope: 'page', kind: 'highlight' });
    // The page's visit is recorded so that the library can show where the task came from.
    expect(backend.visits).toEqual([expect.objectContaining({ isArticle: false, title: 'Thông báo lịch cắt nước' })]);
  });
});

describe('PageSession against a page script', () => {
  let hostile: PageSession;
  beforeEach(async () => {
    session.destroy();
    loadPage(ARTICLE_HTML);
    backend = createFakeBackend();
    // The product as shipped: only trusted events count, the shadow root is closed.
    hostile = new PageSession(document, backend, 'en', createRecordingPainter());
    await hostile.start();
  });
  afterEach(() => hostile.destroy());

  it('shows nothing for a selection and mouse-up a script dispatched', async () => {
    select(rangeOf('Sở Kế hoạch và Đầu tư'));
    document.getElementById('body')!.dispatchEvent(new MouseEvent('mouseup', { bubbles: true }));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(hostile.ui().view).toBe('none');
    expect(backend.annotations).toEqual([]);
  });

  it('keeps its UI in a closed shadow root the page cannot reach', async () => {
    await hostile.highlightCurrentSelection();
    select(rangeOf('Sở Tài chính'));
    await hostile.highlightCurrentSelection();
    const hosts = [...document.documentElement.children].filter((el) => el.localName.includes('-'));
    expect(hosts).toHaveLength(1);
    expect(hosts[0].shadowRoot).toBeNull();
    expect(hosts[0].localName).not.toBe('govmark-ui');
  });
});
