// Reads a backup file the reader chose and hands its records to the background to merge. The
// file is checked whole first: a malformed or foreign file changes nothing.
import { parseBackup } from '../../utils/export/backup';
import { localise, t, type Lang } from '../../utils/i18n/lang';
import { importLibrary } from './library-actions';
import { fillTemplate } from '../../utils/library/template';

export interface ImportOutcome {
  ok: boolean;
  message: string;
}

export async function importBackupFile(file: Blob, lang: Lang): Promise<ImportOutcome> {
  const parsed = parseBackup(await file.text());
  if (!parsed.ok) return { ok: false, message: localise(parsed.error, lang) };
  const response = await importLibrary(parsed.data);
  if (!response.ok)
    return { ok: false, message: `${t('importFailed', lang)}: ${localise(response.error.message, lang)}` };
  return { ok: true, message: fillTemplate(t('importDone', lang), { ...response.data }) };
}
