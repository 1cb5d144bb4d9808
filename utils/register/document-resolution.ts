// Which stored document a new citation joins. The register keys a document by its symbol and its
// year of issue; a citation without a year (and without a dated issue) joins the document of that
// symbol the reader meets most, and the first dated citation of an undated document dates it.
import type { DocumentRecord } from '../model/register-records';
import type { DocumentIdentity } from './document-key';

export function documentKeyOf(identity: Pick<DocumentIdentity, 'symbolKey' | 'year'>): string {
  return `${identity.symbolKey}@${identity.year ?? ''}`;
}

export type Resolution =
  | { type: 'existing'; key: string }
  | { type: 'new'; key: string }
  /** The undated document `from` is this year's: its citations move to `key`. */
  | { type: 'date'; from: string; key: string };

/** `candidates`: the stored documents with the identity's symbol key. */
export function resolveDocument(
  identity: DocumentIdentity,
  candidates: readonly Pick<DocumentRecord, 'key' | 'year' | 'articleCount' | 'lastSeen'>[],
): Resolution {
  const key = documentKeyOf(identity);
  if (identity.year !== null) {
    if (candidates.some((candidate) => candidate.key === key)) return { type: 'existing', key };
    const undated = candidates.find((candidate) => candidate.year === null);
    return undated ? { type: 'date', from: undated.key, key } : { type: 'new', key };
  }
  const likeliest = [...candidates].sort((a, b) => b.articleCount - a.articleCount || b.lastSeen - a.lastSeen)[0];
  return likeliest ? { type: 'existing', key: likeliest.key } : { type: 'new', key };
}
