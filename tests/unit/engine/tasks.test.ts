import { describe, expect, it } from 'vitest';
import { proposeTask, proposeTasks } from '../../../utils/engine/tasks.ts';
import type { Directive } from '../../../utils/engine/types.ts';

const directive: Directive = {
  text: '(1) hoàn thiện hồ sơ các dự án trước ngày 15/01/2023',
  start: 120,
  end: 171,
  issuer: 'Chủ tịch UBND tỉnh Nguyễn Văn Út',
  assignees: ['các sở, ngành'],
  deadline: 'trước ngày 15/01/2023',
  deadlineIso: '2023-01-15',
};

describe('proposeTask', () => {
  it('turns a directive into what, who, by when, by whom and where', () => {
    const task = proposeTask(directive, { url: 'https://longan.gov.vn/a', title: 'Long An: …' });
    expect(task).toEqual({
      id: '120-171',
      what: 'Hoàn thiện hồ sơ các dự án trước ngày 15/01/2023',
      assignees: ['các sở, ngành'],
      deadline: '2023-01-15',
      deadlineText: 'trước ngày 15/01/2023',
      issuer: 'Chủ tịch UBND tỉnh Nguyễn Văn Út',
      source: { url: 'https://longan.gov.vn/a', title: 'Long An: …', start: 120, end: 171, text: directive.text },
    });
  });

  it('does not share the assignee list with the directive', () => {
    const task = proposeTask(directive, { url: null, title: null });
    task.assignees.push('Sở Tài chính');
    expect(directive.assignees).toEqual(['các sở, ngành']);
  });

  it('keeps open deadlines open and proposes one task per directive in order', () => {
    const open = { ...directive, start: 200, end: 230, deadline: null, deadlineIso: null };
    const tasks = proposeTasks([directive, open], { url: null, title: null });
    expect(tasks.map((t) => t.id)).toEqual(['120-171', '200-230']);
    expect(tasks[1].deadline).toBeNull();
    expect(tasks[1].deadlineText).toBeNull();
  });
});
