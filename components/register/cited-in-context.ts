// How the finding card's "cited in" section asks who cites a document: the page session provides
// its backend's lookup (a message to the background); without one the section shows nothing.
import { createContext } from 'preact';
import type { CitingArticle } from '../../utils/storage/register-queries';

/** The reader's articles citing this document (`articleUrl`: the page the card is on); null when unknown. */
export type CitedInLookup = (
  cited: { symbol: string; date: string | null },
  articleUrl: string,
) => Promise<CitingArticle[] | null>;

/** What the page session gives the card: the lookup, and the address of the article it is on. */
export interface CitedInSource {
  lookup: CitedInLookup;
  articleUrl: () => string;
}

export const CitedInContext = createContext<CitedInSource | null>(null);
