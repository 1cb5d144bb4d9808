// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { AnnotationEditor } from '../../../components/library/AnnotationEditor';
import { annotation } from '../library/records';

describe('AnnotationEditor', () => {
  it('saves the note and the parsed tags', async () => {
    const onSave = vi.fn().mockResolvedValue(true);
    const record = annotation({ tags: ['cũ'] });
    const { rerender } = render(
      <AnnotationEditor annotation={record} focused={false} orphan={false} onSave={onSave} />,
    );
    fireEvent.input(screen.getByLabelText('Note'), { target: { value: 'Hỏi lại Sở' } });
    fireEvent.input(screen.getByLabelText('Tags'), { target: { value: 'cũ, đầu tư công' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(onSave).toHaveBeenCalledWith(record, { note: 'Hỏi lại Sở', tags: ['cũ', 'đầu tư công'] });
    // The saved record comes back through the live query.
    const saved = { ...record, note: 'Hỏi lại Sở', tags: ['cũ', 'đầu tư công'], updated: record.updated + 1 };
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
