// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { fireEvent, render, screen } from '@testing-library/preact';
import { VirtualList, visibleRange } from '../../../components/common/VirtualList';

const ITEMS = Array.from({ length: 50_000 }, (_, i) => `row ${i}`);

function renderList(scrollToIndex: number | null = null) {
  return render(
    <VirtualList
      items={ITEMS}
      rowHeight={40}
      height={200}
      overscan={2}
      label="Rows"
      getKey={(item) => item}
      renderRow={(item) => <span>{item}</span>}
      scrollToIndex={scrollToIndex}
    />,
  );
}

describe('visibleRange', () => {
  it('covers the viewport plus the overscan, clamped to the list', () => {
    expect(visibleRange(0, 200, 40, 1000, 2)).toEqual([0, 7]);
    expect(visibleRange(400, 200, 40, 1000, 2)).toEqual([8, 17]);
    expect(visibleRange(39_900, 200, 40, 1000, 2)).toEqual([995, 1000]);
  });
});

describe('VirtualList', () => {
  it('puts only the visible rows in the DOM, in a list as tall as all rows', () => {
    renderList();
    const list = screen.getByRole('list', { name: 'Rows' });
    expect(list.style.height).toBe(`${50_000 * 40}px`);
    const rows = screen.getAllByRole('listitem');
    expect(rows.length).toBe(7);
    expect(rows[0].textContent).toBe('row 0');
    expect(rows[0].getAttribute('aria-setsize')).toBe('50000');
  });

  it('renders the rows in view after a scroll', async () => {
    const { container } = renderList();
    const viewport = container.querySelector('.vlist') as HTMLElement;
    viewport.scrollTop = 40_000;
    fireEvent.scroll(viewport);
    await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
    const texts = screen.getAllByRole('listitem').map((row) => row.textContent);
    expect(texts[0]).toBe('row 998');
    expect(texts).toContain('row 1000');
    expect(texts).not.toContain('row 0');
  });

  it('brings a requested row into view', () => {
    renderList(2_000);
    expect(screen.getAllByRole('listitem').map((row) => row.textContent)).toContain('row 2000');
  });
});
