// The note editor page's start: take the port the content script hands over with this frame's
// token (utils/note-editor/editor-channel.ts), then show the annotation it names and report the
// height the editor needs. Reads and saves go to the background as typed messages; the port
// carries no note text.
import { render } from 'preact';
import { sendRequest } from '../../utils/messaging/send-to-background';
import { saveAnnotation } from '../common/actions';
import { acceptHandover, type FromEditor, listenOn, toEditorSchema } from '../../utils/note-editor/editor-channel';
import type { Lang } from '../../utils/i18n/lang';
import { type NoteEditorApi, NoteEditorApp } from './NoteEditorApp';

const api: NoteEditorApi = {
  get: (id) => sendRequest('annotation/get', { id }),
  save: saveAnnotation,
  tags: () => sendRequest('tags/list', {}),
};

export function startNoteEditor(mount: HTMLElement, win: Window = window): void {
  const token = win.location.hash.slice(1);
  // The token has done its work once read: it leaves the frame's address.
  win.history.replaceState(null, '', win.location.pathname);
  acceptHandover(win, token, (port) => {
    const tell = (message: FromEditor) => port.postMessage(message);
    let annotationId: string | null = null;
    const onDirty = (dirty: boolean) => tell({ type: 'dirty', dirty });
    const show = (lang: Lang) => {
      if (annotationId === null) return;
      win.document.documentElement.lang = lang;
      render(
        <NoteEditorApp
          annotationId={annotationId}
          lang={lang}
          api={api}
          onClose={(saved) => tell({ type: 'close', saved })}
          onDirty={onDirty}
        />,
        mount,
      );
    };
    listenOn(port, toEditorSchema, (message) => {
      if (message.type === 'open') {
        // One frame edits one annotation: a second "open" is not the content script's.
        if (annotationId !== null) return;
        annotationId = message.annotationId;
        tell({ type: 'ready' });
      }
      show(message.lang);
    });
    // The editor's own height (the document's would never be less than the frame it fills).
    new ResizeObserver(() => tell({ type: 'size', height: mount.getBoundingClientRect().height })).observe(mount);
  });
}
