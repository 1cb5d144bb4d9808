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
  session = new PageSession(document, backend, 'en', painter);
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
  const host = document.querySelector('govmark-ui');
  const buttons = [...(host?.shadowRoot?.querySelectorAll<HTMLButtonElement>('.gm-toolbar button') ?? [])];
  return buttons.find((button) => button.getAttribute('aria-label') === name) ?? null;
}
