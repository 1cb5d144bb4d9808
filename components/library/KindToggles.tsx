// Switches for the finding kinds painted on pages; the reader's choice is remembered.
import { localise, t } from '../../utils/i18n/lang';
import { FINDING_KINDS, type FindingKind } from '../../utils/model/kinds';
import { FINDING_KIND_LABELS } from '../../utils/model/labels';
import { useLang } from '../common/lang-context';

export function KindToggles({
  hidden,
  onChange,
}: {
  hidden: readonly FindingKind[];
  onChange: (hidden: FindingKind[]) => void;
}) {
  const lang = useLang();
  return (
    <fieldset class="kind-toggles">
      <legend>{t('showKinds', lang)}</legend>
      {FINDING_KINDS.map((kind) => (
        <label key={kind}>
          <input
            type="checkbox"
            checked={!hidden.includes(kind)}
            onChange={(event) => {
              const shown = (event.currentTarget as HTMLInputElement).checked;
              onChange(shown ? hidden.filter((k) => k !== kind) : [...hidden, kind]);
            }}
          />{' '}
          {localise(FINDING_KIND_LABELS[kind], lang)}
        </label>
      ))}
    </fieldset>
  );
}
