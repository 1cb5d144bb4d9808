// What the content script and the in-page note editor (an extension page in an iframe inside
// GovMark's closed shadow root) say to each other, and how they meet.
//
// They meet once: the content script opens the frame at `note-editor.html#<token>`, a random
// token, and when the frame has loaded hands it one end of a MessageChannel in a window message
// addressed to the extension's origin, with the token beside it. The editor takes the first port
// that comes with its own token and no other, and from then on they speak only over that port,
// which the page cannot reach (it lives in the content script's world and in the frame). Nothing
// the reader writes goes over it: the editor reads and saves the note through the background
// itself; the port carries which annotation to edit, the language, the frame's height, whether
// something typed is unsaved, and "close". Both sides check every message against these schemas, as they do everything that
// crosses a context.
import * as v from 'valibot';
import { idSchema } from '../model/schemas';

/** The window message that hands the port over (the only one sent with `postMessage`). */
export const HANDOVER_KEY = 'govmarkNoteEditor';

export const handoverSchema = v.object({ [HANDOVER_KEY]: v.pipe(v.string(), v.regex(/^[0-9a-f]{32}$/)) });

const langSchema = v.picklist(['vi', 'en']);

/** From the content script to the editor. */
export const toEditorSchema = v.variant('type', [
  /** Which annotation to edit, and in which language. */
  v.object({ type: v.literal('open'), annotationId: idSchema, lang: langSchema }),
  /** The reader chose another language on the options page. */
  v.object({ type: v.literal('lang'), lang: langSchema }),
]);

/** From the editor to the content script. */
export const fromEditorSchema = v.variant('type', [
  /** The editor has read the annotation and shows it. */
  v.object({ type: v.literal('ready') }),
  /** The height the editor needs, in CSS pixels. */
  v.object({ type: v.literal('size'), height: v.pipe(v.number(), v.finite(), v.minValue(0), v.maxValue(4_000)) }),
  /** Whether the editor holds text the reader has not saved (the page then keeps it open). */
  v.object({ type: v.literal('dirty'), dirty: v.boolean() }),
  /** Close the editor; `saved` when a save just succeeded (the page says so). */
  v.object({ type: v.literal('close'), saved: v.boolean() }),
]);

export type ToEditor = v.InferOutput<typeof toEditorSchema>;
export type FromEditor = v.InferOutput<typeof fromEditorSchema>;

/** A token nobody can guess: 16 random bytes in hex. */
export function handoverToken(randomBytes: (count: number) => Uint8Array = secureRandomBytes): string {
  return [...randomBytes(16)].map((byte) => byte.toString(16).padStart(2, '0')).join('');
}

function secureRandomBytes(count: number): Uint8Array {
  return crypto.getRandomValues(new Uint8Array(count));
}

/** The editor's address, with the token in its fragment (never sent to any server). */
export function editorUrl(pageUrl: string, token: string): string {
  return `${pageUrl}#${token}`;
}

/**
 * The editor's side of the meeting: calls `onPort` with the first port handed over with
 * `token`, and ignores every other window message (a page that frames the editor, or that finds
 * its window, can post to it, but does not know the token).
 */
export function acceptHandover(
  win: Pick<Window, 'addEventListener' | 'removeEventListener'>,
  token: string,
  onPort: (port: MessagePort) => void,
): () => void {
  const listener = (event: MessageEvent) => {
    const handover = v.safeParse(handoverSchema, event.data);
    if (!handover.success || handover.output[HANDOVER_KEY] !== token || event.ports.length !== 1) return;
    win.removeEventListener('message', listener);
    onPort(event.ports[0]);
  };
  win.addEventListener('message', listener);
  return () => win.removeEventListener('message', listener);
}

/** Listens on a port for messages that pass `schema`; anything else is dropped. */
export function listenOn<T>(port: MessagePort, schema: v.GenericSchema<unknown, T>, onMessage: (message: T) => void) {
  port.onmessage = (event: MessageEvent) => {
    const parsed = v.safeParse(schema, event.data);
    if (parsed.success) onMessage(parsed.output);
  };
}
