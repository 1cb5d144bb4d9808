// Which finding kinds are painted on pages, through the painted-kinds setting (the same one the
// side panel's legend changes); every open page repaints when it changes.
import { localise, t } from '../../utils/i18n/lang';
import { FINDING_KINDS } from '../../utils/model/kinds';
import { FINDING_KIND_LABELS } from '../../utils/model/labels';
import { paintedKinds, readHiddenKinds, withKindPainted } from '../../utils/settings/painted-kinds';
import type { GovMarkDB } from '../../utils/storage/db';
import { useLang } from '../common/lang-context';
import { useLiveQuery } from '../common/use-live-query';
import { useRequest } from '../common/use-request';
import { setHiddenKinds } from '../common/actions';

export function PaintedKindsSection({ db }: { db: GovMarkDB }) {
  const lang = useLang();
  const hidden = useLiveQuery(() => readHiddenKinds(db), [db]);
  const requests = useRequest(lang);
  const painted = hidden ? paintedKinds(hidden) : [];
  return (
    <section aria-labelledby="kinds-title">
      <h2 id="kinds-title">{t('optionsPaintedKinds', lang)}</h2>
      <p class="muted">{t('optionsPaintedKindsHint', lang)}</p>
      <div class="choice-list">
        {FINDING_KINDS.map((kind) => (
          <label key={kind} class={`kind-choice kind-${kind}`}>
            <input
              type="checkbox"
              disabled={!hidden}
              checked={painted.includes(kind)}
              onChange={(event) =>
                hidden &&
                void requests.run(
                  setHiddenKinds(withKindPainted(hidden, kind, (event.currentTarget as HTMLInputElement).checked)),
                )
              }
            />{' '}
            <span class={`kind-swatch swatch-kind-${kind}`} aria-hidden="true" />
            {localise(FINDING_KIND_LABELS[kind], lang)}
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
