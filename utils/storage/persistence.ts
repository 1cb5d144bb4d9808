// Asks the browser not to evict GovMark's data under storage pressure. Without the grant the
// library is "best effort" storage, which a browser may clear when the disk fills. Only an
// extension page can ask: `navigator.storage.persist` does not exist in a service worker.

/** The part of `navigator.storage` this needs; a parameter so tests can pass a fake. */
export type PersistableStorage = Pick<StorageManager, 'persist' | 'persisted'>;

/** True when the data is (now) persistent, false when refused or unsupported. */
export async function requestPersistence(
  storage: PersistableStorage | undefined = globalThis.navigator?.storage,
): Promise<boolean> {
  if (typeof storage?.persist !== 'function') return false;
  try {
    if (typeof storage.persisted === 'function' && (await storage.persisted())) return true;
    return await storage.persist();
  } catch {
    return false;
  }
}

/** 'granted'; 'not-asked' (best effort so far); 'refused' once asked and denied; 'unsupported' without the API. */
export type PersistenceStatus = 'granted' | 'not-asked' | 'refused' | 'unsupported';

/** Whether the data is persistent already, without asking. */
export async function persistenceStatus(
  storage: PersistableStorage | undefined = globalThis.navigator?.storage,
): Promise<PersistenceStatus> {
  if (typeof storage?.persist !== 'function' || typeof storage.persisted !== 'function') return 'unsupported';
  try {
    return (await storage.persisted()) ? 'granted' : 'not-asked';
  } catch {
    return 'unsupported';
  }
}
