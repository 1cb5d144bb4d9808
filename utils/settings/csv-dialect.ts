// Which separator the reader's CSV files use: a comma, or a semicolon for Excel under
// Vietnamese regional settings (where the comma is the decimal mark and a comma CSV opens as
// one column). Until the reader chooses, it follows the UI language; the choice is remembered.
import type { CsvDialect } from '../export/csv';
import type { Lang } from '../i18n/lang';
import type { Response } from '../messaging/background-messages';
import { sendRequest } from '../messaging/send-to-background';
import type { Settings } from '../model/records';

export function csvDialectFor(chosen: CsvDialect | null | undefined, lang: Lang): CsvDialect {
  return chosen ?? (lang === 'vi' ? 'semicolon' : 'comma');
}

export function writeCsvDialect(csvDialect: CsvDialect): Promise<Response<Settings>> {
  return sendRequest('settings/set', { csvDialect });
}
