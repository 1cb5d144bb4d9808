import { describe, expect, it } from 'vitest';
import { EMPTY_TASK_FILTER_FORM, isEmptyTaskFilter, toTaskFilter } from '../../../utils/library/task-filter-form';
import { taskMatcher } from '../../../utils/storage/task-filter';
import { task } from './records';

describe('toTaskFilter', () => {
  it('leaves out the controls set to "any" and a blank search', () => {
    expect(toTaskFilter({ ...EMPTY_TASK_FILTER_FORM, query: '   ' })).toEqual({});
    expect(isEmptyTaskFilter({ ...EMPTY_TASK_FILTER_FORM, query: '  ' })).toBe(true);
  });

  it('keeps the chosen values, which filter tasks', () => {
    const form = {
      status: 'open' as const,
      province: 'Ninh Thuận',
      site: '',
      assignee: 'so tai chinh',
      query: 'bao cao',
    };
    expect(toTaskFilter(form)).toEqual({
      status: 'open',
      province: 'Ninh Thuận',
      assignee: 'so tai chinh',
    });
    expect(isEmptyTaskFilter(form)).toBe(false);
    const tasks = [
      task({ id: 'match', assignees: ['Sở Tài chính'] }),
      task({ id: 'done', status: 'done' }),
      task({ id: 'elsewhere', province: 'Quảng Ngãi' }),
    ];
    expect(tasks.filter(taskMatcher(toTaskFilter(form))).map((t) => t.id)).toEqual(['match']);
  });
});
