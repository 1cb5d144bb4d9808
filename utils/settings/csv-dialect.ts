// The reader's CSV separator: read with csvDialectFor (./csv-dialect-default.ts), remembered in
// the settings when the reader chooses.
import type { CsvDialect } from '../export/csv';
import type { Response } from '../messaging/background-messages';
import { sendRequest } from '../messaging/send-to-background';
import type { Settings } from '../model/records';

export { csvDialectFor } from './csv-dialect-default';

export function writeCsvDialect(csvDialect: CsvDialect): Promise<Response<Settings>> {
  return sendRequest('settings/set', { csvDialect });
}
