// Feedback on long work (loading, exporting, importing): a bar and the counts behind it, so a
// reader with 20,000 highlights sees how far it is instead of a bare "Loading…".
import { formatNumber } from '../../utils/page/format-finding';
import { useLang } from './lang-context';

export interface ProgressProps {
  /** What is being done, e.g. "Đang xuất chú thích". */
  label: string;
  done: number;
  /** Null when the work is one step of `done` items: the bar is then indeterminate. */
  total: number | null;
  /** The counted noun after the numbers, already in the reader's language ("chú thích"). */
  unit: string;
}

export function ProgressBar({ label, done, total, unit }: ProgressProps) {
  const lang = useLang();
  const counts =
    total === null
      ? `${formatNumber(done, lang)} ${unit}`
      : `${formatNumber(Math.min(done, total), lang)} / ${formatNumber(total, lang)} ${unit}`;
  return (
    <div class="progress" role="status" data-progress={total === null ? 'counting' : `${done}/${total}`}>
      <span class="progress-label">{label}</span>
      <progress
        aria-label={label}
        value={total === null ? undefined : Math.min(done, total)}
        max={total === null ? undefined : Math.max(total, 1)}
      />
      <span class="progress-counts">{counts}</span>
    </div>
  );
}
