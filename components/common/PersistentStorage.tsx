// Whether the browser keeps GovMark's data when the disk fills, and a button to ask for it. The
// request must come from an extension page: the background's service worker has no
// `navigator.storage.persist`, so asking there always failed. A small piece of its own, so the
// options and first-run pages can place it too (for now it sits in the dashboard's data section).
import { useEffect, useState } from 'preact/hooks';
import { t } from '../../utils/i18n/lang';
import {
  persistenceStatus,
  requestPersistence,
  type PersistableStorage,
  type PersistenceStatus,
} from '../../utils/storage/persistence';
import { useLang } from './lang-context';

const STATUS_TEXT = {
  granted: 'storagePersistent',
  'not-asked': 'storageNotPersistent',
  refused: 'storagePersistRefused',
  unsupported: 'storagePersistUnsupported',
} as const;

export function PersistentStorage({ storage = globalThis.navigator?.storage }: { storage?: PersistableStorage }) {
  const lang = useLang();
  const [status, setStatus] = useState<PersistenceStatus | null>(null);
  useEffect(() => {
    void persistenceStatus(storage).then(setStatus);
  }, [storage]);

  async function ask() {
    setStatus((await requestPersistence(storage)) ? 'granted' : 'refused');
  }

  if (status === null) return null;
  return (
    <p class="persistent-storage" data-persistence={status}>
      <span role="status">{t(STATUS_TEXT[status], lang)}</span>{' '}
      {(status === 'not-asked' || status === 'refused') && (
        <button type="button" onClick={() => void ask()}>
          {t('storagePersistAsk', lang)}
        </button>
      )}
    </p>
  );
}
