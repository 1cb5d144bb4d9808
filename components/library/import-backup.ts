// Reads a file the reader chose, a GovMark backup or a Hypothesis export, and hands its records
// to the background in chunks (utils/library/send-import.ts), which commits them in one
// transaction. The file is checked whole first: a malformed or foreign file changes nothing.
// Each step reports its progress: the bytes read, then the records sent to the background.
import { NOT_JSON, parseBackup } from '../../utils/export/backup';
import { isHypothesisExport, parseHypothesisExport } from '../../utils/export/hypothesis-import';
import { localise, t, type Lang } from '../../utils/i18n/lang';
import { sendImport, type ImportChannel } from '../../utils/library/send-import';
import type { LibraryRecords } from '../../utils/model/library';
import { fillTemplate } from '../../utils/library/template';
import type { ProgressProps } from '../common/ProgressBar';
import { importChannel } from '../common/actions';

export interface ImportOutcome {
  ok: boolean;
  message: string;
}

const KB = 1024;

export async function importBackupFile(
  file: Blob,
  lang: Lang,
  onProgress: (progress: ProgressProps) => void = () => undefined,
  channel: ImportChannel = importChannel,
): Promise<ImportOutcome> {
  const text = await readText(file, (read) =>
    onProgress({ label: t('progressCheckingFile', lang), done: kb(read), total: kb(file.size), unit: 'kB' }),
  );
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, message: localise(NOT_JSON, lang) };
  }
  if (isHypothesisExport(json)) {
    const parsed = parseHypothesisExport(json);
    if (!parsed.ok) return { ok: false, message: localise(parsed.error, lang) };
    const library = { articles: [], annotations: parsed.data.annotations, tasks: [] };
    return send(library, lang, channel, onProgress, { skipped: parsed.data.skipped });
  }
  const parsed = parseBackup(json);
  if (!parsed.ok) return { ok: false, message: localise(parsed.error, lang) };
  return send(parsed.data, lang, channel, onProgress, null);
}

async function send(
  library: LibraryRecords,
  lang: Lang,
  channel: ImportChannel,
  onProgress: (progress: ProgressProps) => void,
  hypothesis: { skipped: number } | null,
): Promise<ImportOutcome> {
  const total = library.articles.length + library.annotations.length + library.tasks.length;
  const response = await sendImport(library, channel, (sent) =>
    onProgress({ label: t('progressImporting', lang), done: sent, total, unit: t('progressRecords', lang) }),
  );
  if (!response.ok)
    return { ok: false, message: `${t('importFailed', lang)}: ${localise(response.error.message, lang)}` };
  const done = fillTemplate(t('importDone', lang), { ...response.data });
  if (!hypothesis) return { ok: true, message: done };
  return {
    ok: true,
    message: `${t('importedFromHypothesis', lang)} ${done} ${fillTemplate(t('hypothesisSkipped', lang), hypothesis)}`,
  };
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
