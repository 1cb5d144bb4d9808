import { describe, expect, it } from 'vitest';
import { sortTasks, taskMatcher } from '../../../utils/storage/task-filter';
import { task } from '../library/records';

const tasks = [
  task({ id: 'a', assignees: ['Sở Kế hoạch và Đầu tư'], deadline: '2023-08', status: 'open' }),
  task({ id: 'b', assignees: ['Sở Tài chính'], site: 'quangngai.gov.vn', province: 'Quảng Ngãi', status: 'done' }),
  task({ id: 'c', status: 'in-progress', deadline: '2023-08-15' }),
  task({ id: 'd', deadline: null, created: 5 }),
  task({ id: 'e', deadline: '2023', created: 1 }),
];

const matching = (filter: Parameters<typeof taskMatcher>[0]) => tasks.filter(taskMatcher(filter)).map((t) => t.id);

describe('taskMatcher', () => {
  it('keeps everything without a filter, and narrows by status, province, site and assignee', () => {
    expect(matching({})).toEqual(['a', 'b', 'c', 'd', 'e']);
    expect(matching({ status: 'done' })).toEqual(['b']);
    expect(matching({ province: 'Quảng Ngãi' })).toEqual(['b']);
    expect(matching({ site: 'ninhthuan.gov.vn', status: 'open' })).toEqual(['a', 'd', 'e']);
    expect(matching({ assignee: 'sở kế hoạch và đầu tư'.normalize('NFD') })).toEqual(['a']);
  });
});

describe('sortTasks', () => {
  it('sorts by the end of the deadline period, tasks without a deadline last', () => {
    expect(sortTasks(tasks).map((t) => t.id)).toEqual(['b', 'c', 'a', 'e', 'd']);
  });
});
