import { describe, expect, it } from 'vitest';
import { rememberedLanguage, rememberLanguage } from '../../../components/common/remembered-language';

function memoryStorage(initial: Record<string, string> = {}) {
  const values = new Map(Object.entries(initial));
  let writes = 0;
  return {
    getItem: (key: string) => values.get(key) ?? null,
    setItem: (key: string, value: string) => {
      writes += 1;
      values.set(key, value);
    },
    writes: () => writes,
  };
}

describe('remembered language', () => {
  it('is unknown until a page has read the settings', () => {
    expect(rememberedLanguage(memoryStorage())).toBeNull();
    expect(rememberedLanguage(null)).toBeNull();
  });

  it('gives back each choice the settings hold, and writes only a change', () => {
    const storage = memoryStorage();
    for (const choice of ['vi', 'en', 'auto'] as const) {
      rememberLanguage(choice, storage);
      expect(rememberedLanguage(storage)).toBe(choice);
    }
    rememberLanguage('auto', storage);
    expect(storage.writes()).toBe(3);
  });

  it('ignores a value it did not write', () => {
    expect(rememberedLanguage(memoryStorage({ 'govmark.language-choice': 'fr' }))).toBeNull();
  });
});
