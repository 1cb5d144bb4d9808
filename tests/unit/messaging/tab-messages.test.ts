import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { PageState } from '../../../utils/messaging/page-state';
import { sendToTab } from '../../../utils/messaging/send-to-tab';
import { createTabListener, type TabHandlers } from '../../../utils/messaging/tab-listener';

const EXTENSION_ID = 'govmark-test';

const STATE: PageState = {
  url: 'https://ninhthuan.gov.vn/tin-tuc/hop.html',
  ready: true,
  isArticle: true,
  reason: 'article',
  title: 'UBND tỉnh họp',
  province: 'Ninh Thuận',
  counts: { figure: 1, document: 0, date: 0, deadline: 0, directive: 1 },
  findings: [{ kind: 'figure', text: '14,74%', start: 3, end: 9 }],
  annotations: [
    {
      id: 'a1',
      quote: 'Sở Tài chính',
      anchored: false,
      placement: 'orphan',
      placedText: null,
      color: 'yellow',
      task: false,
    },
  ],
};

function handlers(overrides: Partial<TabHandlers> = {}): TabHandlers {
  return {
    'page/state': () => STATE,
    'page/ui': () => ({ view: 'none', text: '', editor: null, controls: [], status: null }),
    'page/scroll-to': (target) => 'annotationId' in target,
    'page/highlight-selection': () => true,
    'page/set-kinds': () => true,
    'page/set-language': () => true,
    'page/reanchor': () => true,
    ...overrides,
  };
}

describe('the content script’s listener', () => {
  it('answers the known messages with their typed handlers', async () => {
    const setKinds = vi.fn(() => true);
    const listen = createTabListener(handlers({ 'page/set-kinds': setKinds }), EXTENSION_ID);
    const own = { id: EXTENSION_ID };
    expect(await listen({ type: 'page/state', payload: {} }, own)).toEqual(STATE);
    expect(await listen({ type: 'page/scroll-to', payload: { annotationId: 'a1' } }, own)).toBe(true);
    expect(await listen({ type: 'page/scroll-to', payload: { start: 3, end: 9 } }, own)).toBe(false);
    expect(await listen({ type: 'page/set-kinds', payload: { disabled: ['figure', 'date'] } }, own)).toBe(true);
    expect(setKinds).toHaveBeenCalledWith({ disabled: ['figure', 'date'] });
  });

  it('leaves malformed, unknown and foreign messages unanswered', () => {
    const listen = createTabListener(handlers(), EXTENSION_ID);
    const own = { id: EXTENSION_ID };
    expect(listen({ type: 'page/set-kinds', payload: { disabled: ['<script>'] } }, own)).toBeUndefined();
    expect(listen({ type: 'page/scroll-to', payload: { annotationId: 42 } }, own)).toBeUndefined();
    expect(listen('page/state', own)).toBeUndefined();
    expect(listen({ type: 'annotation/delete', payload: { ids: ['x'] } }, own)).toBeUndefined();
    expect(listen({ type: 'page/state', payload: {} }, { id: 'another-extension' })).toBeUndefined();
    expect(listen({ type: 'page/state', payload: {} }, {})).toBeUndefined();
  });
});

describe('sendToTab', () => {
  beforeEach(() => fakeBrowser.reset());

  it('sends the typed envelope and returns a reply that matches the map', async () => {
    const sent: unknown[] = [];
    fakeBrowser.tabs.sendMessage = vi.fn(async (_tabId: number, message: unknown) => {
      sent.push(message);
      return STATE;
    }) as never;
    expect(await sendToTab(4, 'page/state', {})).toEqual(STATE);
    expect(sent).toEqual([{ type: 'page/state', payload: {} }]);
  });

  it('turns a reply that does not match the map, or no content script, into null', async () => {
    fakeBrowser.tabs.sendMessage = vi.fn(async () => ({ ...STATE, counts: { figure: -1 } })) as never;
    expect(await sendToTab(4, 'page/state', {})).toBeNull();
    fakeBrowser.tabs.sendMessage = vi.fn(async () => 'yes') as never;
    expect(await sendToTab(4, 'page/reanchor', { articleUrls: null })).toBeNull();
    fakeBrowser.tabs.sendMessage = vi.fn(async () => {
      throw new Error('Could not establish connection. Receiving end does not exist.');
    }) as never;
    expect(await sendToTab(4, 'page/scroll-to', { annotationId: 'a1' })).toBeNull();
  });
});
