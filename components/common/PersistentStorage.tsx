// Whether the browser keeps GovMark's data when the disk fills, and a button to ask for it. The
// request must come from an extension page: the background's service worker has no
// `navigator.storage.persist`, so asking there always failed. It sits in the dashboard's and the
// options page's data sections (asked with the button) and on the first-run page, which asks as
// it opens: installing is when a reader expects the browser to ask about keeping data.
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

export function PersistentStorage({
  storage = globalThis.navigator?.storage,
  askOnOpen = false,
}: {
  storage?: PersistableStorage;
  /** Ask at once when the data is not persistent yet (the first-run page), not only on the button. */
  askOnOpen?: boolean;
}) {
  const lang = useLang();
  const [status, setStatus] = useState<PersistenceStatus | null>(null);
  useEffect(() => {
    let live = true;
    void (async () => {
      const known = await persistenceStatus(storage);
      const answer =
        askOnOpen && known === 'not-asked' ? ((await requestPersistence(storage)) ? 'granted' : 'refused') : known;
      if (live) setStatus(answer);
    })();
    return () => {
      live = false;
    };
  }, [storage, askOnOpen]);

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
