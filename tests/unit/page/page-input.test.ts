// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, type Mock, vi } from 'vitest';
import { PageInput, type PageInputEvents } from '../../../utils/page/page-input';
import { ARTICLE_HTML, loadPage, rangeOf, select } from './article-page';

let input: PageInput;
let events: {
  onSelection: Mock<PageInputEvents['onSelection']>;
  onHover: Mock<PageInputEvents['onHover']>;
  onClick: Mock<PageInputEvents['onClick']>;
  onEscape: Mock<PageInputEvents['onEscape']>;
};
let ownUi: HTMLElement;
let paused = false;

beforeEach(() => {
  vi.useFakeTimers();
  loadPage(ARTICLE_HTML);
  ownUi = document.createElement('own-ui');
  document.body.append(ownUi);
  events = { onSelection: vi.fn(), onHover: vi.fn(), onClick: vi.fn(), onEscape: vi.fn() };
  paused = false;
  input = new PageInput(document, events, {
    isOwnUi: (target) => target instanceof Node && ownUi.contains(target),
    selectionRoot: () => document.getElementById('body'),
    hoverPaused: () => paused,
    hoverDelayMs: 100,
    // jsdom's dispatched events stand for the reader's own here; the default is tested below.
    isTrusted: () => true,
  });
  input.start();
});

afterEach(() => {
  input.stop();
  vi.useRealTimers();
});

const mouse = (type: string, target: EventTarget = document.getElementById('body')!, x = 10, y = 20) =>
  target.dispatchEvent(new MouseEvent(type, { bubbles: true, clientX: x, clientY: y }));

describe('PageInput', () => {
  it('reports a settled selection inside the root, and none outside it or when blank', () => {
    select(rangeOf('Sở Tài chính'));
    mouse('mouseup');
    vi.runAllTimers();
    expect(events.onSelection).toHaveBeenLastCalledWith(expect.any(Range));
    expect(String(events.onSelection.mock.lastCall?.[0])).toBe('Sở Tài chính');

    select(rangeOf('Trang chủ'));
    mouse('mouseup');
    vi.runAllTimers();
    expect(events.onSelection).toHaveBeenLastCalledWith(null);
    expect(input.selectedRange()).toBeNull();
  });

  it('ignores events from its own UI', () => {
    select(rangeOf('Sở Tài chính'));
    mouse('mouseup', ownUi);
    mouse('click', ownUi);
    mouse('mousemove', ownUi);
    vi.runAllTimers();
    expect(events.onSelection).not.toHaveBeenCalled();
    expect(events.onClick).not.toHaveBeenCalled();
    expect(events.onHover).not.toHaveBeenCalled();
  });

  it('reports a click only when nothing is selected, and Escape', () => {
    document.getSelection()?.removeAllRanges();
    mouse('click', document.getElementById('body')!, 30, 40);
    expect(events.onClick).toHaveBeenCalledWith(30, 40);
    select(rangeOf('Sở Tài chính'));
    mouse('click');
    expect(events.onClick).toHaveBeenCalledTimes(1);
    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape' }));
    expect(events.onEscape).toHaveBeenCalledTimes(1);
  });

  it('reports where the pointer rests once it stops, not while the toolbar is up', () => {
    mouse('mousemove', document.body, 5, 5);
    mouse('mousemove', document.body, 50, 60);
    vi.advanceTimersByTime(99);
    expect(events.onHover).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(events.onHover).toHaveBeenCalledExactlyOnceWith(50, 60);
    paused = true;
    mouse('mousemove', document.body, 70, 80);
    vi.runAllTimers();
    expect(events.onHover).toHaveBeenCalledTimes(1);
  });

  it('ignores events a page script dispatches (not trusted)', () => {
    input.stop();
    const forged = new PageInput(document, events, {
      isOwnUi: () => false,
      selectionRoot: () => document.body,
      hoverPaused: () => false,
      hoverDelayMs: 100,
    });
    forged.start();
    select(rangeOf('Sở Tài chính'));
    mouse('mouseup');
    document.getSelection()?.removeAllRanges();
    mouse('click');
    mouse('mousemove');
    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape' }));
    vi.runAllTimers();
    forged.stop();
    expect(events.onSelection).not.toHaveBeenCalled();
    expect(events.onClick).not.toHaveBeenCalled();
    expect(events.onHover).not.toHaveBeenCalled();
    expect(events.onEscape).not.toHaveBeenCalled();
  });

  it('hears nothing once stopped', () => {
    input.stop();
    mouse('click');
    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape' }));
    expect(events.onClick).not.toHaveBeenCalled();
    expect(events.onEscape).not.toHaveBeenCalled();
    expect(input.listening).toBe(false);
  });
});
