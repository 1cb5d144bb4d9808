// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen } from '@testing-library/preact';
import { PaintLegend } from '../../../components/library/PaintLegend';
import { LangContext } from '../../../components/common/lang-context';
import type { PageAnnotationSummary } from '../../../utils/messaging/page-state';

// The legend only reports the reader's choice; saving it is the caller's (and wxt/browser's) part.
vi.mock('../../../utils/messaging/send-to-background', () => ({ sendRequest: vi.fn() }));

const counts = { figure: 7, document: 1, date: 12, deadline: 3, directive: 10 };
const mark = (id: string, overrides: Partial<PageAnnotationSummary>): PageAnnotationSummary => ({
  id,
  quote: id,
  anchored: true,
  placement: 'position',
  placedText: id,
  color: 'yellow',
  task: false,
  ...overrides,
});

describe('PaintLegend', () => {
  it('lists each kind with its swatch, count and switch, and says which kinds are painted', () => {
    const onChange = vi.fn();
    render(
      <LangContext.Provider value="vi">
        <PaintLegend counts={counts} hidden={['date']} onChange={onChange} />
      </LangContext.Provider>,
    );
    expect(screen.getByRole('heading', { name: 'Chú giải' })).toBeTruthy();
    const dates = screen.getByRole('checkbox', { name: /Ngày tháng/ }) as HTMLInputElement;
    expect(dates.checked).toBe(false);
    expect((screen.getByRole('checkbox', { name: /Số liệu/ }) as HTMLInputElement).checked).toBe(true);
    expect(dates.closest('label')!.textContent).toContain('12');
    // The swatch is drawn as the page draws the kind.
    const figureSample = screen
      .getByRole('checkbox', { name: /Số liệu/ })
      .closest('label')!
      .querySelector('.legend-sample')!;
    expect((figureSample as HTMLElement).style.textDecorationStyle).toBe('solid');
    fireEvent.click(dates);
    expect(onChange).toHaveBeenCalledWith([]);
    fireEvent.click(screen.getByRole('checkbox', { name: /Chỉ đạo/ }));
    expect(onChange).toHaveBeenLastCalledWith(['date', 'directive']);
  });

  it('counts the reader’s placed highlights by colour and the tracked tasks apart', () => {
    const { container } = render(
      <LangContext.Provider value="en">
        <PaintLegend
          counts={counts}
          hidden={[]}
          onChange={() => undefined}
          annotations={[
            mark('a', {}),
            mark('b', { color: 'green' }),
            mark('c', { task: true }),
            mark('d', { anchored: false, placement: 'orphan' }),
          ]}
        />
      </LangContext.Provider>,
    );
    const fill = (color: string) => container.querySelector(`.legend-fill[data-color="${color}"]`)!.textContent;
    expect(fill('yellow')).toBe('1');
    expect(fill('green')).toBe('1');
    expect(fill('blue')).toBe('');
    expect(container.querySelector('.legend-task')!.textContent).toBe('Task 1');
  });
});
