// The reader's language choice as last read from the settings, remembered in the extension
// origin's localStorage (synchronous, shared by every extension page). A page renders its shell
// at once in that language and reads its first rows in parallel with the settings, instead of
// waiting for the database to open and the settings to be read before rendering anything. The
// settings stay the truth: when they say otherwise the page follows them and the memory too.
import { LANGUAGE_CHOICES, type LanguageChoice } from '../../utils/settings/language';

const KEY = 'govmark.language-choice';

type KeyValueStore = Pick<Storage, 'getItem' | 'setItem'>;

function pageStorage(): KeyValueStore | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    // A browser that blocks storage for the origin throws on access.
    return null;
  }
}

/** The remembered choice, or null before any page has read the settings. */
export function rememberedLanguage(storage: KeyValueStore | null = pageStorage()): LanguageChoice | null {
  const stored = storage?.getItem(KEY);
  return LANGUAGE_CHOICES.find((choice) => choice === stored) ?? null;
}

export function rememberLanguage(choice: LanguageChoice, storage: KeyValueStore | null = pageStorage()): void {
  if (storage?.getItem(KEY) !== choice) storage?.setItem(KEY, choice);
}
