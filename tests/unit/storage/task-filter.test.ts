import { describe, expect, it } from 'vitest';
import { dueKey } from '../../../utils/model/deadline';
import type { TaskRecord } from '../../../utils/model/records';
import { filterTasks, sortTasks, taskFacets } from '../../../utils/storage/task-filter';

function task(id: string, fields: Partial<TaskRecord> = {}): TaskRecord {
  const record: Omit<TaskRecord, 'due'> & { due?: string } = {
    id,
    articleUrl: `https://ninhthuan.gov.vn/${id}`,
    annotationId: `a-${id}`,
    text: 'Hoàn thành báo cáo',
    issuer: null,
    assignees: [],
    deadline: null,
    status: 'open',
    notes: '',
    statusHistory: [{ status: 'open', at: 1 }],
    site: 'ninhthuan.gov.vn',
    province: 'Ninh Thuận',
    created: 1,
    updated: 1,
    ...fields,
  };
  return { ...record, due: fields.due ?? dueKey(record.deadline) };
}

const tasks = [
  task('a', { assignees: ['Sở Kế hoạch và Đầu tư'], deadline: '2023-08', status: 'open' }),
  task('b', { assignees: ['Sở Tài chính'], site: 'quangngai.gov.vn', province: 'Quảng Ngãi', status: 'done' }),
  task('c', {
    text: 'Rà soát dự án'.normalize('NFD'),
    issuer: 'Chủ tịch UBND tỉnh',
    status: 'in-progress',
    deadline: '2023-08-15',
  }),
  task('d', { notes: 'gọi điện cho sở kế hoạch', deadline: '2023', created: 5 }),
];

describe('filterTasks', () => {
  it('keeps everything without a filter', () => {
    expect(filterTasks(tasks, {}).map((t) => t.id)).toEqual(['a', 'b', 'c', 'd']);
  });

  it('filters by one status or several', () => {
    expect(filterTasks(tasks, { status: 'done' }).map((t) => t.id)).toEqual(['b']);
    expect(filterTasks(tasks, { status: ['open', 'in-progress'] }).map((t) => t.id)).toEqual(['a', 'c', 'd']);
  });

  it('filters by province and site', () => {
    expect(filterTasks(tasks, { province: 'Quảng Ngãi' }).map((t) => t.id)).toEqual(['b']);
    expect(filterTasks(tasks, { site: 'ninhthuan.gov.vn' }).map((t) => t.id)).toEqual(['a', 'c', 'd']);
  });

  it('filters by assignee ignoring case and diacritics', () => {
    expect(filterTasks(tasks, { assignee: 'sở kế hoạch và đầu tư' }).map((t) => t.id)).toEqual(['a']);
  });

  it('searches without diacritics across assignees, notes, text and issuer', () => {
    expect(filterTasks(tasks, { query: 'so ke hoach' }).map((t) => t.id)).toEqual(['a', 'd']);
    expect(filterTasks(tasks, { query: 'ra soat' }).map((t) => t.id)).toEqual(['c']);
    expect(filterTasks(tasks, { query: 'chu tich' }).map((t) => t.id)).toEqual(['c']);
    expect(filterTasks(tasks, { query: 'quang ngai' }).map((t) => t.id)).toEqual(['b']);
  });

  it('combines filters', () => {
    expect(
      filterTasks(tasks, { status: 'open', query: 'ke hoach', site: 'ninhthuan.gov.vn' }).map((t) => t.id),
    ).toEqual(['a', 'd']);
    expect(filterTasks(tasks, { status: 'done', query: 'ke hoach' })).toEqual([]);
  });
});

describe('sortTasks', () => {
  it('sorts by the end of each deadline period, tasks without one last', () => {
    expect(sortTasks(tasks).map((t) => t.id)).toEqual(['c', 'a', 'd', 'b']);
  });

  it('sorts newest first by created', () => {
    expect(sortTasks(tasks, 'created').map((t) => t.id)[0]).toBe('d');
  });

  it('does not change its input', () => {
    const before = tasks.map((t) => t.id);
    sortTasks(tasks);
    expect(tasks.map((t) => t.id)).toEqual(before);
  });
});

describe('taskFacets', () => {
  it('lists distinct provinces, sites and assignees', () => {
    const facets = taskFacets([...tasks, task('e', { assignees: ['sở tài chính'] })]);
    expect(facets.provinces).toEqual(['Ninh Thuận', 'Quảng Ngãi']);
    expect(facets.sites).toEqual(['ninhthuan.gov.vn', 'quangngai.gov.vn']);
    expect(facets.assignees).toEqual(['Sở Kế hoạch và Đầu tư', 'Sở Tài chính']);
  });
});
