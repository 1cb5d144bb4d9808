// The toolbar shown over a selection (and reused as the action row of the finding card).
// Buttons only, and they answer the reader's own clicks only (`isTrusted`): a page script that
// dispatches a click does not act for the reader.
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

export interface TrustProps {
  /** Whether an event came from the reader (the browser's `isTrusted`; component tests pass their own). */
  isTrusted?: (event: Event) => boolean;
}

const fromReader = (event: Event) => event.isTrusted;

export function ActionButtons(props: SelectionActions & TrustProps & { lang: Lang; initialColor?: HighlightColor }) {
  const { lang } = props;
  const [color, setColor] = useState<HighlightColor>(props.initialColor ?? 'yellow');
  const trusted = props.isTrusted ?? fromReader;
  const onReader = (action: () => void) => (event: Event) => {
    if (trusted(event)) action();
  };
  return (
    <>
      <button type="button" aria-label={t('highlight', lang)} onClick={onReader(() => props.onHighlight(color))}>
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
            // One click on a dot highlights in its colour; the Highlight button keeps it for the next passage.
            onClick={onReader(() => {
              setColor(c);
              props.onHighlight(c);
            })}
          />
        ))}
      </span>
      <span class="gm-sep" />
      <button type="button" aria-label={t('addNote', lang)} onClick={onReader(props.onNote)}>
        {t('addNote', lang)}
      </button>
      <button type="button" aria-label={t('trackTask', lang)} onClick={onReader(props.onTrack)}>
        {t('trackTask', lang)}
      </button>
      <button type="button" aria-label={t('copyCitation', lang)} onClick={onReader(props.onCite)}>
        {t('copyCitation', lang)}
      </button>
    </>
  );
}

export function SelectionToolbar(props: SelectionActions & TrustProps & { lang: Lang; x: number; y: number }) {
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
