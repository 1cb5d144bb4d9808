// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { AnnotationEditor } from '../../../components/library/AnnotationEditor';
import { annotation } from '../library/records';

describe('AnnotationEditor', () => {
  it('saves the note and the parsed tags', async () => {
    const record = annotation({ tags: ['cũ'] });
    const onSave = vi.fn(async (_a: unknown, changes: object) => ({
      status: 'saved' as const,
      record: { ...record, ...changes, revision: 2 },
    }));
    const { rerender } = render(
      <AnnotationEditor annotation={record} focused={false} orphan={false} onSave={onSave} />,
    );
    fireEvent.input(screen.getByLabelText('Note'), { target: { value: 'Hỏi lại Sở' } });
    fireEvent.input(screen.getByLabelText('Tags'), { target: { value: 'cũ, đầu tư công' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() =>
      expect(onSave).toHaveBeenCalledWith(record, { note: 'Hỏi lại Sở', tags: ['cũ', 'đầu tư công'] }, record.revision),
    );
    // The saved record comes back through the live query.
    const saved = {
      ...record,
      note: 'Hỏi lại Sở',
      tags: ['cũ', 'đầu tư công'],
      updated: record.updated + 1,
      revision: record.revision + 1,
    };
    rerender(<AnnotationEditor annotation={saved} focused={false} orphan={false} onSave={onSave} />);
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Saved'));
  });

  it('focuses the note of the focused annotation', () => {
    render(<AnnotationEditor annotation={annotation()} focused={true} orphan={false} onSave={vi.fn()} />);
    expect(document.activeElement).toBe(screen.getByLabelText('Note'));
  });

  it('has nothing to save until something changed', () => {
    render(<AnnotationEditor annotation={annotation({ note: 'x' })} focused={false} orphan={false} onSave={vi.fn()} />);
    expect((screen.getByRole('button', { name: 'Save' }) as HTMLButtonElement).disabled).toBe(true);
  });
});

describe('AnnotationEditor with changes saved elsewhere', () => {
  it('shows them in untouched fields and keeps what the reader is typing', () => {
    const record = annotation({ note: 'cũ', tags: [] });
    const { rerender } = render(
      <AnnotationEditor annotation={record} focused={false} orphan={false} onSave={vi.fn()} />,
    );
    fireEvent.input(screen.getByLabelText('Tags'), { target: { value: 'đang gõ' } });
    rerender(
      <AnnotationEditor
        annotation={{ ...record, note: 'mới', tags: ['khác'], updated: record.updated + 1 }}
        focused={false}
        orphan={false}
        onSave={vi.fn()}
      />,
    );
    expect((screen.getByLabelText('Note') as HTMLTextAreaElement).value).toBe('mới');
    expect((screen.getByLabelText('Tags') as HTMLInputElement).value).toBe('đang gõ');
  });
});

describe('AnnotationEditor when the note was saved in another tab meanwhile', () => {
  it('saves from the revision the reader began with, then shows the newer note and keeps the typed text', async () => {
    const record = annotation({ note: 'gốc', revision: 3 });
    const onSave = vi
      .fn()
      .mockResolvedValueOnce({ status: 'stale' })
      .mockResolvedValueOnce({ status: 'saved', record: { ...record, note: 'bản của tôi', revision: 5 } });
    const { rerender } = render(
      <AnnotationEditor annotation={record} focused={false} orphan={false} onSave={onSave} />,
    );
    fireEvent.input(screen.getByLabelText('Note'), { target: { value: 'bản của tôi' } });
    // Another tab saves: the live query brings revision 4 while the reader has unsaved text.
    const newer = { ...record, note: 'bản thẻ kia', revision: 4, updated: record.updated + 1 };
    rerender(<AnnotationEditor annotation={newer} focused={false} orphan={false} onSave={onSave} />);
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(onSave).toHaveBeenLastCalledWith(newer, { note: 'bản của tôi', tags: [] }, 3));
    await waitFor(() => expect(document.querySelector('[data-stale-note]')?.textContent).toContain('bản thẻ kia'));
    expect((screen.getByLabelText('Note') as HTMLTextAreaElement).value).toBe('bản của tôi');
    // Having seen the newer note, the reader saves again: now from revision 4.
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(onSave).toHaveBeenLastCalledWith(newer, { note: 'bản của tôi', tags: [] }, 4));
  });

  it('saves twice in a row (leaving the note, then pressing Save) from the revision the first save left', async () => {
    const record = annotation({ note: '', tags: [], revision: 1 });
    let revision = 1;
    let release: () => void = () => undefined;
    const firstAnswered = new Promise<void>((resolve) => {
      release = resolve;
    });
    const onSave = vi.fn(async (_a: unknown, changes: object, base: number) => {
      if (revision === 1) await firstAnswered;
      if (base !== revision) return { status: 'stale' as const };
      revision += 1;
      return { status: 'saved' as const, record: { ...record, ...changes, revision } };
    });
    render(<AnnotationEditor annotation={record} focused={false} orphan={false} onSave={onSave} />);
    fireEvent.input(screen.getByLabelText('Note'), { target: { value: 'Hỏi lại Sở' } });
    fireEvent.blur(screen.getByLabelText('Note'));
    await waitFor(() => expect(onSave).toHaveBeenCalledTimes(1));
    // The second save is asked for while the first is still on its way.
    fireEvent.input(screen.getByLabelText('Tags'), { target: { value: 'khẩn' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    release();
    await waitFor(() => expect(onSave).toHaveBeenCalledTimes(2));
    expect(onSave.mock.calls.map((call) => call[2])).toEqual([1, 2]);
    expect(await onSave.mock.results[1].value).toMatchObject({ status: 'saved' });
  });

  it('recolours from the copy it shows', async () => {
    const record = annotation({ color: 'yellow', revision: 2 });
    const onSave = vi.fn().mockResolvedValue({ status: 'saved', record: { ...record, color: 'green', revision: 3 } });
    render(<AnnotationEditor annotation={record} focused={false} orphan={false} onSave={onSave} />);
    fireEvent.click(screen.getByRole('button', { name: /green|xanh lá/i }));
    await waitFor(() => expect(onSave).toHaveBeenCalledWith(record, { color: 'green' }, 2));
  });

  it('drops a save asked for before a refusal, so a blur then a click cannot overwrite the newer note', async () => {
    const record = annotation({ note: 'gốc', revision: 3 });
    const onSave = vi.fn().mockResolvedValueOnce({ status: 'stale' });
    const { rerender } = render(
      <AnnotationEditor annotation={record} focused={false} orphan={false} onSave={onSave} />,
    );
    fireEvent.input(screen.getByLabelText('Note'), { target: { value: 'bản của tôi' } });
    rerender(
      <AnnotationEditor
        annotation={{ ...record, note: 'bản thẻ kia', revision: 4 }}
        focused={false}
        orphan={false}
        onSave={onSave}
      />,
    );
    fireEvent.blur(screen.getByLabelText('Note'));
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(document.querySelector('[data-stale-note]')).not.toBeNull());
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(onSave).toHaveBeenCalledTimes(1);
  });
});
