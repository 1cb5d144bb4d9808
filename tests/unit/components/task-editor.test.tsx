// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { parseAssignees, TaskEditor } from '../../../components/library/TaskEditor';
import { task } from '../library/records';

// Under jsdom, loading the real 'wxt/browser' (the task editor's save message) pulls in esbuild,
// which refuses jsdom's TextEncoder; the fake browser is what the WXT plugin would provide anyway.
vi.mock('wxt/browser', async () => ({ browser: (await import('wxt/testing/fake-browser')).fakeBrowser }));

// jsdom has <dialog> without showModal/close.
HTMLDialogElement.prototype.showModal ??= function (this: HTMLDialogElement) {
  this.open = true;
};
HTMLDialogElement.prototype.close ??= function (this: HTMLDialogElement) {
  this.open = false;
};

describe('TaskEditor', () => {
  it('saves the edited text, assignees and deadline from the task’s revision', async () => {
    const record = task({ revision: 4 });
    const save = vi.fn(async () => ({ ok: true as const, data: record }));
    render(<TaskEditor task={record} save={save} />);
    fireEvent.click(screen.getByRole('button', { name: 'Edit task' }));
    fireEvent.input(screen.getByLabelText('Task'), { target: { value: 'Báo cáo thiệt hại' } });
    fireEvent.input(screen.getByLabelText('Assigned to'), { target: { value: 'Sở Tài chính; UBND huyện Lâm Bình' } });
    fireEvent.input(screen.getByLabelText('Deadline'), { target: { value: '2025-10' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() =>
      expect(save).toHaveBeenCalledWith(record.id, 4, {
        text: 'Báo cáo thiệt hại',
        assignees: ['Sở Tài chính', 'UBND huyện Lâm Bình'],
        deadline: '2025-10',
      }),
    );
  });

  it('refuses a deadline it cannot read, in the reader’s language, without saving', async () => {
    const save = vi.fn();
    render(<TaskEditor task={task()} save={save} />);
    fireEvent.click(screen.getByRole('button', { name: 'Edit task' }));
    fireEvent.input(screen.getByLabelText('Deadline'), { target: { value: 'cuối tháng' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(screen.getByRole('alert').textContent).toMatch(/deadline is not valid/));
    expect(save).not.toHaveBeenCalled();
  });

  it('says when the task was saved elsewhere, keeping what was typed', async () => {
    const save = vi.fn(async () => ({
      ok: false as const,
      error: { code: 'stale' as const, message: { vi: 'đã sửa ở nơi khác', en: 'changed elsewhere' } },
    }));
    render(<TaskEditor task={task()} save={save} />);
    fireEvent.click(screen.getByRole('button', { name: 'Edit task' }));
    fireEvent.input(screen.getByLabelText('Task'), { target: { value: 'Bản của tôi' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(screen.getByRole('alert').textContent).toBe('changed elsewhere'));
    expect((screen.getByLabelText('Task') as HTMLTextAreaElement).value).toBe('Bản của tôi');
  });

  it('reads assignees one per line or between semicolons', () => {
    expect(parseAssignees('Sở Tài chính;\n UBND tỉnh, Sở Xây dựng ;;')).toEqual([
      'Sở Tài chính',
      'UBND tỉnh, Sở Xây dựng',
    ]);
  });
});
