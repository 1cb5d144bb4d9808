// @vitest-environment jsdom
// The private layer's contract with the page: one element with no attributes and a closed
// shadow root, gone again when nothing is drawn; line boxes merged so fills do not double up.
import { describe, expect, it } from 'vitest';
import { createPrivateMarks, lineBoxes } from '../../../utils/page/private-marks';

function rangeOver(text: string): Range {
  document.body.innerHTML = `<p>${text}</p>`;
  const range = document.createRange();
  range.selectNodeContents(document.querySelector('p')!);
  return range;
}

describe('private marks', () => {
  it('draws in one attribute-less element whose shadow root the page cannot open', () => {
    const marks = createPrivateMarks(document);
    const range = rangeOver('Sở Tài chính chủ trì');
    const before = new Set(document.documentElement.children);
    marks.paint('user-yellow', [range]);
    const added = [...document.documentElement.children].filter((el) => !before.has(el));
    expect(added).toHaveLength(1);
    const [host] = added;
    expect(host.getAttributeNames()).toEqual([]);
    expect(host.shadowRoot).toBeNull();
    expect(host.localName).toMatch(/^gm-[a-z0-9]+-layer$/);
    expect(marks.owns(host)).toBe(true);
    expect(document.documentElement.outerHTML).not.toContain('yellow');

    marks.paint('task', [range]);
    marks.clear('user-yellow');
    expect(host.isConnected).toBe(true);
    marks.clear('task');
    expect(host.isConnected).toBe(false);
  });

  it('takes a new element name each time, so a page cannot define it first', () => {
    const range = rangeOver('Sở Tài chính');
    const names = new Set<string>();
    for (let i = 0; i < 3; i++) {
      const marks = createPrivateMarks(document);
      marks.paint('flash', [range]);
      names.add(document.documentElement.lastElementChild!.localName);
      marks.destroy();
    }
    expect(names.size).toBe(3);
  });

  it('merges the boxes of nested inline pieces into one per line', () => {
    const range = rangeOver('x');
    const rect = (left: number, top: number, right: number, bottom: number) =>
      ({ left, top, right, bottom, width: right - left, height: bottom - top }) as DOMRect;
    range.getClientRects = () =>
      [rect(10, 100, 80, 120), rect(40, 101, 60, 119), rect(80, 100, 120, 120), rect(10, 124, 50, 144)] as never;
    expect(lineBoxes(range)).toEqual([
      { left: 10, top: 100, right: 120, bottom: 120 },
      { left: 10, top: 124, right: 50, bottom: 144 },
    ]);
  });
});
