// The options page: the reader's language, which kinds are painted, the sites GovMark runs on,
// the keyboard shortcuts, and the data (backup, import, wipe). Each section saves through the
// background at once; there is no "Save" button to forget.
import { t } from '../../utils/i18n/lang';
import type { GovMarkDB } from '../../utils/storage/db';
import { useLang } from '../common/lang-context';
import { DataSection } from './DataSection';
import { LanguageSection } from './LanguageSection';
import { PaintedKindsSection } from './PaintedKindsSection';
import { ShortcutsSection } from './ShortcutsSection';
import { SitesSection } from './SitesSection';
import { ReminderSettings } from '../settings/ReminderSettings';

export function OptionsApp({ db }: { db: GovMarkDB }) {
  const lang = useLang();
  return (
    <main class="options" data-ready="">
      <h1>
        {t('appName', lang)} · {t('optionsTitle', lang)}
      </h1>
      <LanguageSection db={db} />
      <PaintedKindsSection db={db} />
      <SitesSection db={db} />
      <ShortcutsSection />
      <ReminderSettings db={db} />
      <DataSection db={db} />
    </main>
  );
}
