// @vitest-environment jsdom
// How the content script and the in-page note editor meet: the editor takes only the port
// handed over with its own token, and both sides drop messages that are not theirs.
import { describe, expect, it, vi } from 'vitest';
import {
  acceptHandover,
  fromEditorSchema,
  HANDOVER_KEY,
  handoverToken,
  listenOn,
} from '../../../utils/note-editor/editor-channel';
import { NoteFrame } from '../../../utils/page/note-frame';

const TOKEN = handoverToken();

/** A window whose message listener the test calls (jsdom's MessageEvent cannot carry Node's ports). */
function fakeWindow() {
  let listener: ((event: MessageEvent) => void) | null = null;
  const win = {
    addEventListener: (_type: string, l: (event: MessageEvent) => void) => {
      listener = l;
    },
    removeEventListener: () => {
      listener = null;
    },
  } as unknown as Window;
  const post = (data: unknown, ports: unknown[]) => listener?.({ data, ports } as unknown as MessageEvent);
  return { win, post };
}

describe('the editor channel', () => {
  it('makes tokens of 32 hex digits that differ each time', () => {
    expect(TOKEN).toMatch(/^[0-9a-f]{32}$/);
    expect(handoverToken()).not.toBe(TOKEN);
  });

  it('takes the first port handed over with the token, and nothing a page posts without it', () => {
    const onPort = vi.fn();
    const { win, post } = fakeWindow();
    acceptHandover(win, TOKEN, onPort);
    const forged = { name: 'forged port' };
    post({ [HANDOVER_KEY]: handoverToken() }, [forged]);
    post({ [HANDOVER_KEY]: TOKEN }, []);
    post(`{"${HANDOVER_KEY}":"${TOKEN}"}`, [forged]);
    expect(onPort).not.toHaveBeenCalled();
    const real = { name: 'the content script’s port' };
    post({ [HANDOVER_KEY]: TOKEN }, [real]);
    post({ [HANDOVER_KEY]: TOKEN }, [forged]);
    expect(onPort).toHaveBeenCalledExactlyOnceWith(real);
  });

  it('drops port messages that are not in the schema', async () => {
    const channel = new MessageChannel();
    const heard: unknown[] = [];
    listenOn(channel.port1, fromEditorSchema, (message) => heard.push(message));
    channel.port2.postMessage({ type: 'size', height: 'tall' });
    channel.port2.postMessage({ type: 'note', text: 'a note has no business here' });
    channel.port2.postMessage({ type: 'close', saved: true });
    await vi.waitFor(() => expect(heard).toEqual([{ type: 'close', saved: true }]));
    channel.port1.close();
  });
});

describe('NoteFrame', () => {
  it('opens the editor page with its token in the address, and gives up when it does not come up', () => {
    vi.useFakeTimers();
    const root = document.createElement('div').attachShadow({ mode: 'open' });
    const events = { onClose: vi.fn(), onUnavailable: vi.fn() };
    const frame = new NoteFrame(document, root, 'a1', 'vi', new DOMRect(20, 100, 200, 20), events, {
      pageUrl: 'chrome-extension://abc/note-editor.html',
      readyTimeoutMs: 500,
    });
    const iframe = root.querySelector('iframe')!;
    expect(iframe.getAttribute('src')).toMatch(/^chrome-extension:\/\/abc\/note-editor\.html#[0-9a-f]{32}$/);
    expect(iframe.title).toBe('Ghi chú GovMark');
    vi.advanceTimersByTime(500);
    expect(events.onUnavailable).toHaveBeenCalledOnce();
    expect(root.querySelector('iframe')).toBeNull();
    expect(frame.isReady).toBe(false);
    vi.useRealTimers();
  });
});
