// The sites GovMark runs on: the built-in portals and newspapers (always), and the sites the
// reader switched on, each with a way to switch it off again (the permission is given back).
import { browser } from 'wxt/browser';
import { useState } from 'preact/hooks';
import { t } from '../../utils/i18n/lang';
import { fillTemplate } from '../../utils/library/template';
import { NEWSPAPER_DOMAINS } from '../../utils/model/portal-domains';
import { sitePattern } from '../../utils/extension/site-access';
import { getSettings } from '../../utils/storage/settings-queries';
import type { GovMarkDB } from '../../utils/storage/db';
import { allowSiteAlways } from '../library/active-tab';
import { useLang } from '../common/lang-context';
import { useLiveQuery } from '../common/use-live-query';
import { useRequest } from '../common/use-request';
import { removeAlwaysOnSite } from '../common/actions';

/** A host name as typed or pasted ("https://example.org/page" is fine too), or null. */
export function hostOf(input: string): string | null {
  const text = input.trim().toLowerCase();
  if (text === '') return null;
  try {
    const host = new URL(/^[a-z]+:\/\//.test(text) ? text : `https://${text}`).hostname;
    return /^[a-z0-9.-]+\.[a-z0-9-]+$/.test(host) ? host : null;
  } catch {
    return null;
  }
}

export function SitesSection({ db }: { db: GovMarkDB }) {
  const lang = useLang();
  const settings = useLiveQuery(() => getSettings(db), [db]);
  const requests = useRequest(lang);
  const [draft, setDraft] = useState('');
  const sites = settings?.alwaysOnSites ?? [];

  async function switchOn() {
    const host = hostOf(draft);
    if (!host) return requests.showError(t('siteInvalid', lang));
    if (!(await allowSiteAlways(host, sites))) return requests.showError(t('siteAllowFailed', lang));
    requests.showError(null);
    setDraft('');
  }

  async function switchOff(host: string) {
    const saved = await requests.run(removeAlwaysOnSite(host, sites));
    // Given back after the setting is saved: the background unregisters the site's script then.
    if (saved) await browser.permissions.remove({ origins: [sitePattern(host)] }).catch(() => false);
  }

  return (
    <section aria-labelledby="sites-title">
      <h2 id="sites-title">{t('optionsSites', lang)}</h2>
      <p class="muted">{fillTemplate(t('optionsSitesBuiltIn', lang), { count: NEWSPAPER_DOMAINS.length })}</p>
      {sites.length === 0 ? (
        <p class="muted">{t('optionsNoExtraSites', lang)}</p>
      ) : (
        <ul class="plain-list site-list" aria-label={t('optionsExtraSites', lang)}>
          {sites.map((host) => (
            <li key={host}>
              <code>{host}</code>{' '}
              <button type="button" onClick={() => void switchOff(host)}>
                {t('siteSwitchOff', lang)}
              </button>
            </li>
          ))}
        </ul>
      )}
      <form
        class="button-row"
        onSubmit={(event) => {
          event.preventDefault();
          void switchOn();
        }}
      >
        <input
          type="text"
          aria-label={t('siteToAdd', lang)}
          placeholder="example.org"
          value={draft}
          onInput={(event) => setDraft((event.currentTarget as HTMLInputElement).value)}
        />
        <button type="submit">{t('siteSwitchOn', lang)}</button>
      </form>
      {requests.error && (
        <p class="error" role="alert">
          {requests.error}
        </p>
      )}
    </section>
  );
}
