// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen } from '@testing-library/preact';
import { TaskItem } from '../../../components/library/TaskItem';
import { TaskFilters } from '../../../components/library/TaskFilters';
import { LangContext } from '../../../components/common/lang-context';
import { EMPTY_TASK_FILTER_FORM } from '../../../utils/library/task-filter-form';
import { task } from '../library/records';

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
