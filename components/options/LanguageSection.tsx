// Language of every GovMark page and of the in-page toolbar and cards.
import { t } from '../../utils/i18n/lang';
import { LANGUAGE_CHOICES, type LanguageChoice } from '../../utils/settings/language';
import { getSettings } from '../../utils/storage/settings-queries';
import type { GovMarkDB } from '../../utils/storage/db';
import { useLang } from '../common/lang-context';
import { useLiveQuery } from '../common/use-live-query';
import { useRequest } from '../common/use-request';
import { setLanguageChoice } from '../common/actions';

/** Each language is named in itself, so a reader who cannot read the current one finds theirs. */
const CHOICE_NAMES: Record<Exclude<LanguageChoice, 'auto'>, string> = { vi: 'Tiếng Việt', en: 'English' };

export function LanguageSection({ db }: { db: GovMarkDB }) {
  const lang = useLang();
  const settings = useLiveQuery(() => getSettings(db), [db]);
  const requests = useRequest(lang);
  return (
    <section aria-labelledby="language-title">
      <h2 id="language-title">{t('optionsLanguage', lang)}</h2>
      <div role="radiogroup" aria-labelledby="language-title" class="choice-list">
        {LANGUAGE_CHOICES.map((choice) => (
          <label key={choice}>
            <input
              type="radio"
              name="language"
              value={choice}
              checked={(settings?.language ?? 'auto') === choice}
              onChange={() => void requests.run(setLanguageChoice(choice))}
            />{' '}
            {choice === 'auto' ? t('languageAuto', lang) : CHOICE_NAMES[choice]}
          </label>
        ))}
      </div>
      {requests.error && (
        <p class="error" role="alert">
          {requests.error}
        </p>
      )}
    </section>
  );
}
