// @vitest-environment jsdom
// The in-page note editor's own page: it shows the passage and its note, saves through the
// background and confirms, keeps what was typed when a save fails and says why in the reader's
// language, completes tags from the reader's own, and closes on Escape.
import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { type NoteEditorApi, NoteEditorApp } from '../../../components/note-editor/NoteEditorApp';
import type { Response } from '../../../utils/messaging/background-messages';
import type { AnnotationRecord } from '../../../utils/model/records';
import { storageFailure } from '../../../utils/storage/errors';

const RECORD: AnnotationRecord = {
  id: 'a1',
  articleUrl: 'https://tinh.gov.vn/tin-tuc/phien-hop.html',
  selectors: [],
  anchoringVersion: 1,
  quote: 'Sở Tài chính hoàn thành báo cáo quyết toán vốn',
  kind: 'highlight',
  color: 'yellow',
  tags: ['quyết toán'],
  note: 'Ghi chú cũ',
  finding: null,
  created: 1,
  updated: 1,
  revision: 3,
};

function fakeApi(overrides: Partial<NoteEditorApi> = {}) {
  const saves: { id: string; revision: number; changes: { note: string; tags: string[] } }[] = [];
  const api: NoteEditorApi = {
    get: async () => ({ ok: true, data: RECORD }),
    save: async (id, revision, changes) => {
      saves.push({ id, revision, changes });
      return { ok: true, data: { ...RECORD, ...changes, revision: revision + 1 } };
    },
    tags: async () => ({ ok: true, data: ['Ngân sách tỉnh', 'quyết toán', 'đầu tư công'] }),
    ...overrides,
  };
  return { api, saves };
}

async function openEditor(api: NoteEditorApi, lang: 'vi' | 'en' = 'en') {
  const onClose = vi.fn();
  render(<NoteEditorApp annotationId="a1" lang={lang} api={api} onClose={onClose} closeAfterSaveMs={0} />);
  const note = (await screen.findByLabelText(lang === 'vi' ? 'Ghi chú' : 'Note')) as HTMLTextAreaElement;
  return { onClose, note };
}

describe('NoteEditorApp', () => {
  it('shows the passage and its note, saves the note and tags from the revision it read, and confirms', async () => {
    const { api, saves } = fakeApi();
    const { onClose, note } = await openEditor(api, 'vi');
    expect(screen.getByText(RECORD.quote)).toBeTruthy();
    expect(note.value).toBe('Ghi chú cũ');
    expect((screen.getByLabelText('Thẻ') as HTMLInputElement).value).toBe('quyết toán');
    fireEvent.input(note, { target: { value: 'Hỏi lại số liệu quý I' } });
    fireEvent.input(screen.getByLabelText('Thẻ'), { target: { value: 'quyết toán, khẩn' } });
    fireEvent.click(screen.getByRole('button', { name: 'Lưu' }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Đã lưu ghi chú'));
    expect(saves).toEqual([
      { id: 'a1', revision: 3, changes: { note: 'Hỏi lại số liệu quý I', tags: ['quyết toán', 'khẩn'] } },
    ]);
    await waitFor(() => expect(onClose).toHaveBeenCalledExactlyOnceWith(true));
  });

  it('keeps what was typed when the save fails, and says why, in Vietnamese and in English', async () => {
    for (const lang of ['vi', 'en'] as const) {
      const failing: Response<AnnotationRecord> = { ok: false, error: storageFailure('quota') };
      const { api } = fakeApi({ save: async () => failing });
      const { onClose, note } = await openEditor(api, lang);
      fireEvent.input(note, { target: { value: 'Nội dung quan trọng' } });
      fireEvent.keyDown(note, { key: 'Enter', ctrlKey: true });
      const alert = await screen.findByRole('alert');
      expect(alert.textContent).toBe(
        lang === 'vi'
          ? `Chưa lưu được ghi chú, nội dung bạn gõ vẫn còn đây. ${storageFailure('quota').message.vi}`
          : `The note was not saved; what you typed is still here. ${storageFailure('quota').message.en}`,
      );
      expect(note.value).toBe('Nội dung quan trọng');
      expect(onClose).not.toHaveBeenCalled();
      document.body.innerHTML = '';
    }
  });

  it('after a save refused as stale, shows the newer note and saves over it next time', async () => {
    let revision = 3;
    const saves: number[] = [];
    const { api } = fakeApi({
      get: async () => ({
        ok: true,
        data: { ...RECORD, revision, note: revision > 3 ? 'Bản ở thẻ khác' : RECORD.note },
      }),
      save: async (_id, base, changes) => {
        saves.push(base);
        if (base !== revision) return { ok: false, error: storageFailure('stale') };
        return { ok: true, data: { ...RECORD, ...changes, revision: base + 1 } };
      },
    });
    const { note } = await openEditor(api);
    revision = 4;
    fireEvent.input(note, { target: { value: 'Bản của tôi' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await screen.findByText('Bản ở thẻ khác');
    expect(note.value).toBe('Bản của tôi');
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Note saved'));
    expect(saves).toEqual([3, 4]);
  });

  it('says so when the annotation is gone', async () => {
    const { api } = fakeApi({ get: async () => ({ ok: false, error: storageFailure('not-found') }) });
    render(<NoteEditorApp annotationId="a1" lang="vi" api={api} onClose={vi.fn()} />);
    expect((await screen.findByRole('alert')).textContent).toBe(storageFailure('not-found').message.vi);
    expect(screen.queryByLabelText('Ghi chú')).toBeNull();
  });

  it('completes a tag from the reader’s own with the keyboard', async () => {
    const { api } = fakeApi();
    await openEditor(api);
    const tags = screen.getByLabelText('Tags') as HTMLInputElement;
    tags.value = 'quyết toán, ngan';
    tags.setSelectionRange(tags.value.length, tags.value.length);
    fireEvent.input(tags);
    const options = await screen.findAllByRole('option');
    expect(options.map((o) => o.textContent)).toEqual(['Ngân sách tỉnh']);
    expect(tags.getAttribute('aria-expanded')).toBe('true');
    fireEvent.keyDown(tags, { key: 'Enter' });
    expect(tags.value).toBe('quyết toán, Ngân sách tỉnh, ');
    expect(screen.queryAllByRole('option')).toEqual([]);
    // Chosen in the middle of the field: the caret lands after the chosen tag at once.
    tags.value = 'ngan, quyết toán';
    tags.setSelectionRange(4, 4);
    fireEvent.input(tags);
    await screen.findAllByRole('option');
    fireEvent.keyDown(tags, { key: 'Tab' });
    expect(tags.value).toBe('Ngân sách tỉnh, quyết toán');
    expect(tags.selectionStart).toBe('Ngân sách tỉnh, '.length);
  });

  it('says when it holds text that is not saved, and when that is over', async () => {
    const { api } = fakeApi();
    const onDirty = vi.fn();
    render(
      <NoteEditorApp annotationId="a1" lang="en" api={api} onClose={vi.fn()} onDirty={onDirty} closeAfterSaveMs={0} />,
    );
    const note = (await screen.findByLabelText('Note')) as HTMLTextAreaElement;
    expect(onDirty).toHaveBeenLastCalledWith(false);
    fireEvent.input(note, { target: { value: 'Ghi chú cũ, thêm ý' } });
    expect(onDirty).toHaveBeenLastCalledWith(true);
    fireEvent.input(note, { target: { value: 'Ghi chú cũ' } });
    expect(onDirty).toHaveBeenLastCalledWith(false);
    fireEvent.input(screen.getByLabelText('Tags'), { target: { value: 'quyết toán, mới' } });
    expect(onDirty).toHaveBeenLastCalledWith(true);
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(onDirty).toHaveBeenLastCalledWith(false));
  });

  it('closes on Escape without saving; Escape in an open suggestion list closes the list first', async () => {
    const { api, saves } = fakeApi();
    const { onClose, note } = await openEditor(api);
    const tags = screen.getByLabelText('Tags') as HTMLInputElement;
    tags.value = 'đầu';
    fireEvent.input(tags);
    await screen.findAllByRole('option');
    fireEvent.keyDown(tags, { key: 'Escape' });
    expect(screen.queryAllByRole('option')).toEqual([]);
    expect(onClose).not.toHaveBeenCalled();
    fireEvent.keyDown(note, { key: 'Escape' });
    expect(onClose).toHaveBeenCalledExactlyOnceWith(false);
    expect(saves).toEqual([]);
  });
});
