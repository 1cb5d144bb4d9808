// The reader's language for every component of a page, chosen once by the page's entry.
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { Lang } from '../../utils/i18n/lang';

export const LangContext = createContext<Lang>('en');

export function useLang(): Lang {
  return useContext(LangContext);
}
