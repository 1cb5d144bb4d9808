// The legend of what GovMark paints on the page, in the popup and the side panel: a swatch
// drawn exactly as the page paints it, the count on this page, and a switch per finding kind
// (the reader's choice is saved through utils/settings/painted-kinds.ts and every open page
// repaints). Below, the reader's own marks: highlight colours and tracked tasks.
import { localise, t } from '../../utils/i18n/lang';
import type { PageAnnotationSummary } from '../../utils/messaging/page-state';
import { FINDING_KINDS, HIGHLIGHT_COLORS, type FindingKind } from '../../utils/model/kinds';
import { COLOR_LABELS, FINDING_KIND_LABELS } from '../../utils/model/labels';
import { FINDING_LOOKS, findingLookCss, READER_FILLS, TASK_INK } from '../../utils/model/paint-palette';
import { withKindPainted } from '../../utils/settings/painted-kinds';
import { useLang } from '../common/lang-context';

export interface PaintLegendProps {
  /** Findings of each kind on this page (null when no page is read). */
  counts: Record<FindingKind, number> | null;
  hidden: readonly FindingKind[];
  onChange(hidden: FindingKind[]): void;
  /** The reader's annotations the page placed or missed. */
  annotations?: readonly PageAnnotationSummary[];
}

export function PaintLegend({ counts, hidden, onChange, annotations = [] }: PaintLegendProps) {
  const lang = useLang();
  const placed = annotations.filter((a) => a.anchored);
  const tasks = placed.filter((a) => a.task).length;
  return (
    <section class="legend" aria-labelledby="legend-title">
      <h2 id="legend-title">{t('legend', lang)}</h2>
      <ul class="legend-list" aria-label={t('findings', lang)}>
        {FINDING_KINDS.map((kind) => {
          const painted = !hidden.includes(kind);
          const label = localise(FINDING_KIND_LABELS[kind], lang);
          return (
            <li key={kind}>
              <label class="legend-item" data-kind={kind} data-painted={painted ? '' : undefined}>
                <input
                  type="checkbox"
                  checked={painted}
                  onChange={(event) =>
                    onChange(withKindPainted(hidden, kind, (event.currentTarget as HTMLInputElement).checked))
                  }
                />
                <span class="legend-swatch" aria-hidden="true">
                  <span class="legend-sample" style={findingLookCss(FINDING_LOOKS[kind])}>
                    Aa
                  </span>
                  {kind === 'directive' && (
                    <span class="legend-sample" style={findingLookCss(FINDING_LOOKS['directive-alt'])}>
                      Aa
                    </span>
                  )}
                </span>
                <span class="legend-label">{label}</span>
                {counts && <span class="legend-count">{counts[kind] ?? 0}</span>}
              </label>
            </li>
          );
        })}
      </ul>
      <p class="legend-mine">
        <span class="muted">{t('yourMarks', lang)}:</span>
        {HIGHLIGHT_COLORS.map((color) => (
          <span
            key={color}
            class="legend-fill"
            data-color={color}
            title={localise(COLOR_LABELS[color], lang)}
            style={{ background: READER_FILLS[color] }}
          >
            {placed.filter((a) => a.color === color && !a.task).length || ''}
          </span>
        ))}
        <span class="legend-task" data-kind="task" style={{ borderColor: TASK_INK }}>
          {t('taskMark', lang)}
          {tasks > 0 ? ` ${tasks}` : ''}
        </span>
      </p>
    </section>
  );
}
