// Downloads the whole library as the lossless JSON backup (dashboard and options page).
import { readRegister } from '../../utils/storage/register-backup';
import { buildBackup } from '../../utils/export/backup';
import { isoDay } from '../../utils/export/dates';
import type { GovMarkDB } from '../../utils/storage/db';
import { downloadBlob } from '../common/download';
import { readWholeLibrary, type ReadProgress } from './export-scope';

export async function downloadBackup(db: GovMarkDB, onProgress?: ReadProgress): Promise<void> {
  const library = { ...(await readWholeLibrary(db, onProgress)), register: await readRegister(db) };
  downloadBlob(
    [JSON.stringify(buildBackup(library))],
    'application/ld+json',
    `govmark-backup-${isoDay(Date.now())}.json`,
  );
}
