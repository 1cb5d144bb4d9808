import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { sendRequest } from '../../../utils/messaging/send-to-background';
import type { RequestMessage } from '../../../utils/messaging/background-messages';

beforeEach(() => {
  fakeBrowser.reset();
});

describe('sendRequest', () => {
  it('sends the typed envelope and returns the background’s answer', async () => {
    const received: unknown[] = [];
    fakeBrowser.runtime.onMessage.addListener((message: unknown) => {
      received.push(message);
      return Promise.resolve({ ok: true, data: { hiddenKinds: ['figure'], alwaysOnSites: [] } });
    });
    const response = await sendRequest('settings/get', {});
    expect(received).toEqual([{ type: 'settings/get', payload: {} } satisfies RequestMessage<'settings/get'>]);
    expect(response).toEqual({ ok: true, data: { hiddenKinds: ['figure'], alwaysOnSites: [] } });
  });

  it('passes a failure answer through unchanged', async () => {
    const failure = { ok: false, error: { code: 'quota', message: { vi: 'đầy', en: 'full' } } };
    fakeBrowser.runtime.onMessage.addListener(() => Promise.resolve(failure));
    expect(await sendRequest('task/delete', { ids: ['t'] })).toEqual(failure);
  });

  it('turns a missing background into an unreachable failure', async () => {
    const response = await sendRequest('settings/get', {});
    expect(response.ok).toBe(false);
    if (!response.ok) {
      expect(response.error.code).toBe('unreachable');
      expect(response.error.message.en).toContain('No listeners available');
    }
  });

  it('treats an answer that is not a response as unreachable', async () => {
    fakeBrowser.runtime.onMessage.addListener(() => Promise.resolve('pong'));
    const response = await sendRequest('settings/get', {});
    expect(response).toMatchObject({ ok: false, error: { code: 'unreachable' } });
  });

  it('treats a failure without its two-language message as unreachable', async () => {
    fakeBrowser.runtime.onMessage.addListener(() => Promise.resolve({ ok: false, error: 'quota' }));
    const response = await sendRequest('settings/get', {});
    expect(response).toMatchObject({ ok: false, error: { code: 'unreachable' } });
  });
});
