// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen } from '@testing-library/preact';
import { TaskItem } from '../../../components/library/TaskItem';
import { TaskFilters } from '../../../components/library/TaskFilters';
import { LangContext } from '../../../components/common/lang-context';
import { EMPTY_TASK_FILTER_FORM } from '../../../utils/library/task-filter-form';
import { task } from '../library/records';

// Under jsdom, loading the real 'wxt/browser' (the task editor's save message) pulls in esbuild,
// which refuses jsdom's TextEncoder; the fake browser is what the WXT plugin would provide anyway.
vi.mock('wxt/browser', async () => ({ browser: (await import('wxt/testing/fake-browser')).fakeBrowser }));

describe('TaskItem', () => {
  it('marks an overdue deadline and changes the status in place', () => {
    const onStatusChange = vi.fn();
    const onOpenPassage = vi.fn();
    const overdue = task({ deadline: '2023-08-15' });
    render(
      <TaskItem task={overdue} today="2023-09-01" onStatusChange={onStatusChange} onOpenPassage={onOpenPassage} />,
    );
    expect(
      screen
        .getByText(/Overdue/)
        .closest('[data-deadline-state]')
        ?.getAttribute('data-deadline-state'),
    ).toBe('overdue');
    fireEvent.change(screen.getByRole('combobox', { name: 'Status' }), { target: { value: 'done' } });
    expect(onStatusChange).toHaveBeenCalledWith(overdue, 'done');
    fireEvent.click(screen.getByRole('button', { name: 'Open passage' }));
    expect(onOpenPassage).toHaveBeenCalledWith(overdue);
  });

  it('marks a deadline due within a week, in Vietnamese when the reader is', () => {
    render(
      <LangContext.Provider value="vi">
        <TaskItem
          task={task({ deadline: '2023-09-05' })}
          today="2023-09-01"
          onStatusChange={vi.fn()}
          onOpenPassage={vi.fn()}
        />
      </LangContext.Provider>,
    );
    expect(screen.getByText(/Sắp đến hạn/)).toBeTruthy();
    expect(screen.getByRole('combobox', { name: 'Trạng thái' })).toBeTruthy();
  });
});

describe('TaskItem with a period deadline', () => {
  it('shows "cuối năm 2023" as the year, due at its end: not overdue on 2 Jan 2023', () => {
    render(
      <LangContext.Provider value="vi">
        <TaskItem
          task={task({ deadline: '2023' })}
          today="2023-01-02"
          onStatusChange={vi.fn()}
          onOpenPassage={vi.fn()}
        />
      </LangContext.Provider>,
    );
    const label = screen.getByText(/năm 2023/).closest('[data-deadline-state]');
    expect(label?.getAttribute('data-deadline-state')).toBe('later');
    expect(label?.textContent).toBe('năm 2023 (đến hết 31/12/2023)');
    expect(screen.queryByText(/Quá hạn/)).toBeNull();
  });

  it('shows "trong tháng 9" as September, due soon in its last week, overdue from 1 October', () => {
    const { rerender } = render(
      <TaskItem
        task={task({ deadline: '2023-09' })}
        today="2023-09-25"
        onStatusChange={vi.fn()}
        onOpenPassage={vi.fn()}
      />,
    );
    expect(screen.getByText(/Sep 2023 \(by 30 Sep 2023\)/)).toBeTruthy();
    expect(screen.getByText(/Due soon/)).toBeTruthy();
    rerender(
      <TaskItem
        task={task({ deadline: '2023-09' })}
        today="2023-10-01"
        onStatusChange={vi.fn()}
        onOpenPassage={vi.fn()}
      />,
    );
    expect(screen.getByText(/Overdue/)).toBeTruthy();
  });

  it("writes a day deadline in the reader's form, not ISO", () => {
    render(
      <TaskItem
        task={task({ deadline: '2023-08-15' })}
        today="2023-01-02"
        onStatusChange={vi.fn()}
        onOpenPassage={vi.fn()}
      />,
    );
    expect(screen.getByText('15 Aug 2023')).toBeTruthy();
    expect(screen.queryByText(/2023-08-15/)).toBeNull();
  });
});

describe('TaskFilters', () => {
  it('reports each control change in the form', () => {
    const onChange = vi.fn();
    render(
      <TaskFilters
        form={EMPTY_TASK_FILTER_FORM}
        facets={{ provinces: ['Ninh Thuận'], sites: ['ninhthuan.gov.vn'], assignees: ['Sở Tài chính'] }}
        onChange={onChange}
      />,
    );
    fireEvent.input(screen.getByRole('searchbox', { name: 'Search' }), { target: { value: 'so ke hoach' } });
    expect(onChange).toHaveBeenLastCalledWith({ ...EMPTY_TASK_FILTER_FORM, query: 'so ke hoach' });
    fireEvent.change(screen.getByRole('combobox', { name: 'Assignee' }), { target: { value: 'Sở Tài chính' } });
    expect(onChange).toHaveBeenLastCalledWith({ ...EMPTY_TASK_FILTER_FORM, assignee: 'Sở Tài chính' });
  });
});
