// Which separator the reader's CSV files use: a comma, or a semicolon for Excel under
// Vietnamese regional settings (where the comma is the decimal mark and a comma CSV opens as
// one column). Until the reader chooses, it follows the UI language. Pure, so views that only
// read the choice (the Documents view) need no messaging.
import type { CsvDialect } from '../export/csv';
import type { Lang } from '../i18n/lang';

export function csvDialectFor(chosen: CsvDialect | null | undefined, lang: Lang): CsvDialect {
  return chosen ?? (lang === 'vi' ? 'semicolon' : 'comma');
}
