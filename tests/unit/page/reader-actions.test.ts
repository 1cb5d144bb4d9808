// @vitest-environment jsdom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { anchor } from '../../../utils/anchoring/anchor';
import { AnnotationLayer } from '../../../utils/page/annotation-layer';
import { ArticleWatcher } from '../../../utils/page/article-watcher';
import { createPageScopes } from '../../../utils/page/page-scopes';
import { ReaderActions, type ActionFeedback } from '../../../utils/page/reader-actions';
import type { NoteFrameEvents } from '../../../utils/page/note-frame';
import { ARTICLE_HTML, DIRECTIVE_WORDS, loadPage, rangeOf } from './article-page';
import { createFakeBackend, createRecordingPainter, type FakeBackend } from './fake-backend';

const URL = 'https://tinh.gov.vn/tin-tuc/phien-hop.html';

let backend: FakeBackend;
let painter: ReturnType<typeof createRecordingPainter>;
let notices: { text: string; error: boolean }[];
let actions: ReaderActions;
let watcher: ArticleWatcher;
/** What the overlay's note editor was asked to open, and the events it was given. */
let editors: { annotationId: string; events: NoteFrameEvents }[];

/** The actions as the session wires them, on a page that is an article or (`articleRoot` null) is not. */
function setup(articleRoot?: () => Element | null) {
  backend = createFakeBackend();
  painter = createRecordingPainter();
  notices = [];
  editors = [];
  watcher = new ArticleWatcher(document, { onRead() {}, onArticleChanged() {} }, { isOwnNode: () => false });
  watcher.start();
  watcher.stop();
  const feedback: ActionFeedback = {
    hide: vi.fn(),
    notify: (text: string, error = false) => void notices.push({ text, error }),
    shadowRoot: document.createElement('div').attachShadow({ mode: 'open' }),
    openNoteEditor: (annotationId, _near, events) => void editors.push({ annotationId, events }),
  };
  actions = new ReaderActions(
    document,
    backend,
    feedback,
    new AnnotationLayer(painter, backend),
    {
      url: () => URL,
      scopeFor: (range) =>
        createPageScopes(document, articleRoot ?? (() => watcher.dom!.root), () => false).forRange(range),
      ensureVisit: async () => undefined,
      year: () => 2024,
      findings: () => watcher.findings,
      visit: () => ({
        url: URL,
        title: 'UBND tỉnh họp phiên thường kỳ tháng 3',
        site: 'tinh.gov.vn',
        province: null,
        published: '2024-03-12',
        textSnapshot: '',
        isArticle: true,
      }),
    },
    'en',
  );
}

beforeEach(() => {
  loadPage(ARTICLE_HTML);
  // jsdom lays nothing out.
  Range.prototype.getBoundingClientRect = () => ({ left: 10, top: 10, right: 90, bottom: 30 }) as DOMRect;
});

describe('ReaderActions', () => {
  it('highlights a passage: saved with selectors into the root, placed and painted at once', async () => {
    setup();
    const record = await actions.highlight(rangeOf('Sở Kế hoạch và Đầu tư'), 'blue');
    expect(record).toMatchObject({ articleUrl: URL, quote: 'Sở Kế hoạch và Đầu tư', kind: 'highlight', color: 'blue' });
    expect(anchor(watcher.dom!.root, record!.selectors)?.toString()).toBe('Sở Kế hoạch và Đầu tư');
    expect(painter.texts('user-blue')).toEqual(['Sở Kế hoạch và Đầu tư']);
    expect(notices).toEqual([{ text: 'Highlighted', error: false }]);
  });

  it('tells the reader why a write failed, in their language, and places nothing', async () => {
    setup();
    backend.failNextWrite({ vi: 'Bộ nhớ đầy', en: 'Storage is full' });
    expect(await actions.highlight(rangeOf('Sở Tài chính'), 'yellow')).toBeNull();
    expect(notices).toEqual([{ text: 'Storage is full', error: true }]);
    expect(painter.texts('user-yellow')).toEqual([]);
  });

  it('tracks a selection inside a directive with what the engine read of the directive', async () => {
    setup();
    await actions.track(rangeOf(DIRECTIVE_WORDS));
    expect(backend.tasks).toHaveLength(1);
    expect(backend.tasks[0]).toMatchObject({
      articleUrl: URL,
      text: DIRECTIVE_WORDS,
      issuer: 'Chủ tịch UBND tỉnh',
      assignees: ['Sở Tài chính'],
      deadline: '2024-04-30',
    });
    expect(backend.tasks[0].annotation).toMatchObject({ kind: 'directive', finding: { kind: 'directive' } });
    expect(notices.at(-1)).toEqual({ text: 'Task tracked', error: false });
  });

  it('tracks the whole directive from a finding’s card', async () => {
    setup();
    const directive = watcher.findings.find((f) => f.kind === 'directive')!;
    const deadline = watcher.findings.find((f) => f.kind === 'deadline')!;
    await actions.track(deadline.range, deadline);
    expect(backend.tasks[0].text).toBe(directive.finding.text);
    // Painted as a task, not as a plain yellow highlight.
    expect(painter.texts('task')).toEqual([directive.range.toString()]);
    expect(painter.texts('user-yellow')).toEqual([]);
  });

  it('highlights the passage of a note and opens the note editor on it; a save is confirmed', async () => {
    setup();
    await actions.note(rangeOf('Sở Tài chính'));
    expect(backend.annotations.map((a) => a.quote)).toEqual(['Sở Tài chính']);
    expect(painter.texts('user-yellow')).toEqual(['Sở Tài chính']);
    expect(editors.map((e) => e.annotationId)).toEqual(['a1']);
    expect(backend.sidePanelRequests).toEqual([]);
    editors[0].events.onClose(false);
    expect(notices).toEqual([]);
    editors[0].events.onClose(true);
    expect(notices).toEqual([{ text: 'Note saved', error: false }]);
  });

  it('opens nothing when the passage could not be saved, and says why', async () => {
    setup();
    backend.failNextWrite({ vi: 'Bộ nhớ đầy', en: 'Storage is full' });
    await actions.note(rangeOf('Sở Tài chính'));
    expect(editors).toEqual([]);
    expect(notices).toEqual([{ text: 'Storage is full', error: true }]);
  });

  it('opens the side panel when the note editor cannot come up, or says where to write when that fails too', async () => {
    setup();
    await actions.note(rangeOf('Sở Tài chính'));
    editors[0].events.onUnavailable();
    await vi.waitFor(() => expect(backend.sidePanelRequests).toEqual(['a1']));
    backend.sidePanelOpens = false;
    await actions.note(rangeOf('công trình giao thông'));
    editors[1].events.onUnavailable();
    await vi.waitFor(() => expect(notices.at(-1)?.text).toMatch(/Open the GovMark side panel/));
  });

  it('works on a page that is not an article, with the body as its root and no findings', async () => {
    loadPage('<html><body><p>Bảng giá vé tham quan năm nay có thêm gói dành cho học sinh.</p></body></html>');
    setup(() => null);
    await actions.track(rangeOf('gói dành cho học sinh'));
    expect(backend.tasks[0]).toMatchObject({ text: 'gói dành cho học sinh', issuer: null, assignees: [] });
    expect(backend.tasks[0].annotation.kind).toBe('highlight');
  });
});
