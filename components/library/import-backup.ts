// Reads a backup file the reader chose and hands its records to the background to merge. The
// file is checked whole first: a malformed or foreign file changes nothing. Each step reports
// its progress: the bytes read, then the records being checked and merged.
import { parseBackup } from '../../utils/export/backup';
import { localise, t, type Lang } from '../../utils/i18n/lang';
import { importLibrary } from './library-actions';
import { fillTemplate } from '../../utils/library/template';
import type { ProgressProps } from '../common/ProgressBar';

export interface ImportOutcome {
  ok: boolean;
  message: string;
}

const KB = 1024;

export async function importBackupFile(
  file: Blob,
  lang: Lang,
  onProgress: (progress: ProgressProps) => void = () => undefined,
): Promise<ImportOutcome> {
  const text = await readText(file, (read) =>
    onProgress({ label: t('progressCheckingFile', lang), done: kb(read), total: kb(file.size), unit: 'kB' }),
  );
  const parsed = parseBackup(text);
  if (!parsed.ok) return { ok: false, message: localise(parsed.error, lang) };
  const { articles, annotations, tasks } = parsed.data;
  // The background merges the file in one transaction: the count is known, the step is one.
  onProgress({
    label: t('progressImporting', lang),
    done: articles.length + annotations.length + tasks.length,
    total: null,
    unit: t('progressRecords', lang),
  });
  const response = await importLibrary(parsed.data);
  if (!response.ok)
    return { ok: false, message: `${t('importFailed', lang)}: ${localise(response.error.message, lang)}` };
  return { ok: true, message: fillTemplate(t('importDone', lang), { ...response.data }) };
}

function kb(bytes: number): number {
  return Math.ceil(bytes / KB);
}

/** The file as text, read as a stream so that a large backup reports how far the reading is. */
async function readText(file: Blob, onRead: (bytesRead: number) => void): Promise<string> {
  if (typeof file.stream !== 'function') return file.text();
  const reader = file.stream().getReader();
  const decoder = new TextDecoder();
  let text = '';
  let read = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    read += value.byteLength;
    text += decoder.decode(value, { stream: true });
    onRead(read);
  }
  return text + decoder.decode();
}
