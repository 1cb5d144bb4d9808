// The reader's UI language: follow the browser, or Vietnamese or English whatever the browser
// says. Every extension page and the in-page UI resolve it the same way, so the options page's
// choice reaches them all (pages follow the setting live; a content script reads it on load).
import { pickLang, type Lang } from '../i18n/lang';

export type LanguageChoice = 'auto' | Lang;
export const LANGUAGE_CHOICES: readonly LanguageChoice[] = ['auto', 'vi', 'en'];

/** The language to show for a stored choice; 'auto' follows the browser's first language. */
export function resolveLang(
  choice: LanguageChoice | undefined,
  languages: readonly string[] = globalThis.navigator?.languages ?? [],
): Lang {
  return choice === 'vi' || choice === 'en' ? choice : pickLang(languages);
}
