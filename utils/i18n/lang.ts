// Picks the UI language from the browser: Vietnamese when the browser prefers it, else English.
import { MESSAGES, type MessageKey } from './messages';

export type Lang = 'vi' | 'en';

/** A text in both languages GovMark speaks. */
export type Bilingual = { vi: string; en: string };

export function pickLang(languages: readonly string[] = globalThis.navigator?.languages ?? []): Lang {
  const first = languages[0]?.toLowerCase() ?? '';
  return first.startsWith('vi') ? 'vi' : 'en';
}

export function t(key: MessageKey, lang: Lang = pickLang()): string {
  return MESSAGES[key][lang];
}

/** Two-language messages produced by storage and import (`{ vi, en }`) shown in the reader's language. */
export function localise(message: Bilingual, lang: Lang = pickLang()): string {
  return message[lang];
}
