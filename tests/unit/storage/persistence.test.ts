import { describe, expect, it, vi } from 'vitest';
import { requestPersistence } from '../../../utils/storage/persistence';

describe('requestPersistence', () => {
  it('asks for persistence when not yet granted', async () => {
    const storage = { persisted: vi.fn(async () => false), persist: vi.fn(async () => true) };
    expect(await requestPersistence(storage)).toBe(true);
    expect(storage.persist).toHaveBeenCalledOnce();
  });

  it('does not ask again when already persistent', async () => {
    const storage = { persisted: vi.fn(async () => true), persist: vi.fn(async () => true) };
    expect(await requestPersistence(storage)).toBe(true);
    expect(storage.persist).not.toHaveBeenCalled();
  });

  it('reports a refusal, a failure or a missing API as false', async () => {
    expect(await requestPersistence({ persisted: async () => false, persist: async () => false })).toBe(false);
    expect(
      await requestPersistence({
        persisted: async () => false,
        persist: async () => {
          throw new Error('denied');
        },
      }),
    ).toBe(false);
    expect(await requestPersistence(undefined)).toBe(false);
  });
});
