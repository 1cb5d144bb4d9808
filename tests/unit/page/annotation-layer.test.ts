// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import { describe as describeRange } from '../../../utils/anchoring/describe';
import type { AnnotationRecord } from '../../../utils/model/records';
import { AnnotationLayer } from '../../../utils/page/annotation-layer';
import { createPageScopes } from '../../../utils/page/page-scopes';
import { ARTICLE_HTML, loadPage, rangeOf } from './article-page';
import { createFakeBackend, createRecordingPainter } from './fake-backend';

const URL = 'https://tinh.gov.vn/tin-tuc/phien-hop.html';

function saved(id: string, quote: string, overrides: Partial<AnnotationRecord> = {}): AnnotationRecord {
  const root = document.querySelector('main')!;
  return {
    id,
    articleUrl: URL,
    selectors: describeRange(root, rangeOf(quote, root)),
    anchoringVersion: 1,
    quote,
    kind: 'highlight',
    color: 'yellow',
    tags: [],
    note: '',
    finding: null,
    created: 1,
    updated: 1,
    revision: 1,
    ...overrides,
  };
}

beforeEach(() => {
  loadPage(ARTICLE_HTML);
});

/** The article is `main`, as the engine reads this page. */
const scopes = () =>
  createPageScopes(
    document,
    () => document.querySelector('main'),
    () => false,
  );

describe('AnnotationLayer', () => {
  it('anchors the saved annotations in the root and paints each in its colour', async () => {
    const backend = createFakeBackend([
      saved('a1', 'Sở Kế hoạch và Đầu tư'),
      saved('a2', 'tăng 12,5%', { color: 'green' }),
      saved('elsewhere', 'Sở Tài chính', { articleUrl: 'https://tinh.gov.vn/khac.html' }),
    ]);
    const painter = createRecordingPainter();
    const layer = new AnnotationLayer(painter, backend);
    await layer.load(URL, scopes());
    expect(painter.texts('user-yellow')).toEqual(['Sở Kế hoạch và Đầu tư']);
    expect(painter.texts('user-green')).toEqual(['tăng 12,5%']);
    expect(layer.summaries()).toEqual([
      {
        id: 'a1',
        quote: 'Sở Kế hoạch và Đầu tư',
        anchored: true,
        placement: 'position',
        placedText: 'Sở Kế hoạch và Đầu tư',
        color: 'yellow',
        task: false,
      },
      {
        id: 'a2',
        quote: 'tăng 12,5%',
        anchored: true,
        placement: 'position',
        placedText: 'tăng 12,5%',
        color: 'green',
        task: false,
      },
    ]);
    expect(layer.rangeOf('a2')?.toString()).toBe('tăng 12,5%');
    expect(layer.loaded).toBe(true);
  });

  it('keeps an annotation whose passage is gone as an orphan, painted nowhere', async () => {
    const gone = saved('gone', 'Sở Kế hoạch và Đầu tư');
    document.querySelector('#body p:nth-of-type(2)')!.remove();
    const painter = createRecordingPainter();
    const layer = new AnnotationLayer(painter, createFakeBackend([gone]));
    await layer.load(URL, scopes());
    expect(layer.summaries()).toEqual([
      {
        id: 'gone',
        quote: 'Sở Kế hoạch và Đầu tư',
        anchored: false,
        placement: 'orphan',
        placedText: null,
        color: 'yellow',
        task: false,
      },
    ]);
    expect(layer.rangeOf('gone')).toBeNull();
    expect(painter.texts('user-yellow')).toEqual([]);
  });

  it('keeps a passage that left the article as an orphan, never on the same words elsewhere on the page', async () => {
    const moved = saved('moved', 'Sở Kế hoạch và Đầu tư');
    // The paragraph now sits in a comment box beside the article.
    const paragraph = document.querySelector('#body p:nth-of-type(2)')!;
    document.getElementById('ticker')!.append(paragraph);
    const layer = new AnnotationLayer(createRecordingPainter(), createFakeBackend([moved]));
    await layer.load(URL, scopes());
    expect(layer.rangeOf('moved')).toBeNull();
    expect(layer.summaries()).toEqual([
      {
        id: 'moved',
        quote: 'Sở Kế hoạch và Đầu tư',
        anchored: false,
        placement: 'orphan',
        placedText: null,
        color: 'yellow',
        task: false,
      },
    ]);
  });

  it('places a passage described outside the article in the page’s text', async () => {
    const pageRoot = createPageScopes(
      document,
      () => null,
      () => false,
    ).page();
    const ticker: AnnotationRecord = {
      ...saved('ticker', 'Sở Tài chính'),
      quote: 'Tin khác',
      scope: 'page',
      selectors: describeRange(pageRoot, rangeOf('Tin khác')),
    };
    const painter = createRecordingPainter();
    const layer = new AnnotationLayer(painter, createFakeBackend([ticker, saved('a1', 'Sở Tài chính')]));
    await layer.load(URL, scopes());
    expect(painter.texts('user-yellow').sort()).toEqual(['Sở Tài chính', 'Tin khác']);
  });

  it('places a passage the reader just acted on without reading the page again', async () => {
    const painter = createRecordingPainter();
    const layer = new AnnotationLayer(painter, createFakeBackend());
    layer.place(saved('new', 'Sở Tài chính', { color: 'pink' }), rangeOf('Sở Tài chính'));
    expect(painter.texts('user-pink')).toEqual(['Sở Tài chính']);
    expect(layer.summaries()).toEqual([
      {
        id: 'new',
        quote: 'Sở Tài chính',
        anchored: true,
        placement: 'position',
        placedText: 'Sở Tài chính',
        color: 'pink',
        task: false,
      },
    ]);
  });

  it('paints a passage tracked as a task as a task, not in its highlight colour', async () => {
    const backend = createFakeBackend([saved('t1', 'Sở Kế hoạch và Đầu tư'), saved('h1', 'tăng 12,5%')]);
    backend.trackedIds = ['t1'];
    const painter = createRecordingPainter();
    const layer = new AnnotationLayer(painter, backend);
    await layer.load(URL, scopes());
    expect(painter.texts('task')).toEqual(['Sở Kế hoạch và Đầu tư']);
    expect(painter.texts('user-yellow')).toEqual(['tăng 12,5%']);
    expect(layer.summaries().map((s) => [s.id, s.task])).toEqual([
      ['t1', true],
      ['h1', false],
    ]);
    // Tracked just now: a task straight away.
    layer.place(saved('t2', 'Sở Tài chính'), rangeOf('Sở Tài chính'), true);
    expect(painter.texts('task')).toEqual(['Sở Kế hoạch và Đầu tư', 'Sở Tài chính']);
  });

  it('says which passages it placed on changed words (fuzzy), for the side panel’s "text changed"', async () => {
    const paragraph = document.querySelector('#body p:nth-of-type(2)')!;
    const quote = paragraph
      .textContent!.trim()
      .slice(0, 60)
      .replace(/\s+\S*$/, '');
    const record = saved('edited', quote);
    const words = quote.split(' ');
    const word = words.find((w, i) => i > 1 && /^\p{L}{3,}$/u.test(w))!;
    paragraph.innerHTML = paragraph.innerHTML.replace(` ${word} `, ` ${word}x `);
    const layer = new AnnotationLayer(createRecordingPainter(), createFakeBackend([record]));
    await layer.load(URL, scopes());
    expect(layer.summaries()[0]).toMatchObject({
      id: 'edited',
      anchored: true,
      placement: 'fuzzy',
      placedText: quote.replace(` ${word} `, ` ${word}x `),
    });
  });
});
