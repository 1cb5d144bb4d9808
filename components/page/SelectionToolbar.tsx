// The toolbar shown over a selection (and reused as the action row of the finding card).
// Buttons only: the reader's notes are written in the side panel, out of the page's reach.
import { useState } from 'preact/hooks';
import { HIGHLIGHT_COLORS, type HighlightColor } from '../../utils/model/kinds';
import { COLOR_LABELS } from '../../utils/model/labels';
import { localise, t, type Lang } from '../../utils/i18n/lang';

export interface SelectionActions {
  onHighlight(color: HighlightColor): void;
  onNote(): void;
  onTrack(): void;
  onCite(): void;
}

const SWATCH_RGB: Record<HighlightColor, string> = {
  yellow: '#ffe14d',
  green: '#5fd37a',
  blue: '#62a8ff',
  pink: '#ff78b8',
  purple: '#ac7bff',
};

export function ActionButtons(props: SelectionActions & { lang: Lang; initialColor?: HighlightColor }) {
  const { lang } = props;
  const [color, setColor] = useState<HighlightColor>(props.initialColor ?? 'yellow');
  return (
    <>
      <button type="button" aria-label={t('highlight', lang)} onClick={() => props.onHighlight(color)}>
        {t('highlight', lang)}
      </button>
      <span class="gm-swatches" role="group" aria-label={t('chooseColor', lang)}>
        {HIGHLIGHT_COLORS.map((c) => (
          <button
            type="button"
            class="gm-swatch"
            style={{ background: SWATCH_RGB[c] }}
            aria-label={localise(COLOR_LABELS[c], lang)}
            aria-pressed={c === color ? 'true' : 'false'}
            onClick={() => setColor(c)}
          />
        ))}
      </span>
      <span class="gm-sep" />
      <button type="button" aria-label={t('addNote', lang)} onClick={props.onNote}>
        {t('addNote', lang)}
      </button>
      <button type="button" aria-label={t('trackTask', lang)} onClick={props.onTrack}>
        {t('trackTask', lang)}
      </button>
      <button type="button" aria-label={t('copyCitation', lang)} onClick={props.onCite}>
        {t('copyCitation', lang)}
      </button>
    </>
  );
}

export function SelectionToolbar(props: SelectionActions & { lang: Lang; x: number; y: number }) {
  return (
    <div
      class="gm-toolbar"
      role="toolbar"
      aria-label={t('toolbarLabel', props.lang)}
      style={{ left: `${props.x}px`, top: `${props.y}px` }}
      // Keep the page selection alive while the reader clicks our buttons.
      onMouseDown={(e) => e.preventDefault()}
    >
      <ActionButtons {...props} />
    </div>
  );
}
