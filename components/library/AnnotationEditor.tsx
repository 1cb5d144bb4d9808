// One annotation in the side panel: its quote, and the reader's note and tags, written here in
// an extension page rather than in the portal's page where its scripts could read them.
import { useEffect, useRef, useState } from 'preact/hooks';
import { localise, t } from '../../utils/i18n/lang';
import { HIGHLIGHT_COLORS, type HighlightColor } from '../../utils/model/kinds';
import { COLOR_LABELS } from '../../utils/model/labels';
import type { AnnotationRecord } from '../../utils/model/records';
import { formatTagsInput, parseTagsInput } from '../../utils/library/tags-input';
import { useLang } from '../common/lang-context';

/** What a save came to: 'stale' when the annotation was saved elsewhere after this copy was read. */
export type SaveOutcome = 'saved' | 'stale' | 'failed';

export interface AnnotationChangesInput {
  note?: string;
  tags?: string[];
  color?: HighlightColor;
}

export interface AnnotationEditorProps {
  annotation: AnnotationRecord;
  focused: boolean;
  orphan: boolean;
  /** `baseRevision`: the revision the reader's text was made from (the background refuses a stale one). */
  onSave: (annotation: AnnotationRecord, changes: AnnotationChangesInput, baseRevision: number) => Promise<SaveOutcome>;
  onShow?: (annotation: AnnotationRecord) => void;
}

export function AnnotationEditor({ annotation, focused, orphan, onSave, onShow }: AnnotationEditorProps) {
  const lang = useLang();
  const [note, setNote] = useState(annotation.note);
  const [tags, setTags] = useState(formatTagsInput(annotation.tags));
  const [saved, setSaved] = useState(false);
  const cardRef = useRef<HTMLElement>(null);
  const noteRef = useRef<HTMLTextAreaElement>(null);
  const noteId = `note-${annotation.id}`;
  const tagsId = `tags-${annotation.id}`;

  // A change saved elsewhere (another window, an import) shows here, but never over what the
  // reader has typed and not saved yet.
  const storedTags = formatTagsInput(annotation.tags);
  const synced = useRef({ note: annotation.note, tags: storedTags });
  // The revision the reader's text was made from: it moves on with the stored annotation only
  // while the reader has nothing unsaved, so a save over a newer version is refused, not lost.
  const baseRevision = useRef(annotation.revision);
  const [staleNote, setStaleNote] = useState<string | null>(null);
  const typed = useRef({ note, tags });
  typed.current = { note, tags };
  useEffect(() => {
    const next = { note: annotation.note, tags: storedTags };
    const untouched = typed.current.note === synced.current.note && typed.current.tags === synced.current.tags;
    setNote((current) => (current === synced.current.note ? next.note : current));
    setTags((current) => (current === synced.current.tags ? next.tags : current));
    synced.current = next;
    if (untouched) baseRevision.current = annotation.revision;
  }, [annotation.note, storedTags, annotation.revision]);

  useEffect(() => {
    if (!focused) return;
    cardRef.current?.scrollIntoView?.({ block: 'center' });
    noteRef.current?.focus();
  }, [focused]);

  const dirty = note !== annotation.note || !sameTags(parseTagsInput(tags), annotation.tags);
  async function save() {
    if (!dirty) return;
    const outcome = await onSave(annotation, { note, tags: parseTagsInput(tags) }, baseRevision.current);
    setSaved(outcome === 'saved');
    if (outcome === 'saved') {
      setStaleNote(null);
      return;
    }
    if (outcome === 'stale') {
      // The reader has now been shown the newer version: the next save is made from it.
      setStaleNote(annotation.note);
      baseRevision.current = annotation.revision;
    }
  }

  async function recolour(color: HighlightColor) {
    if (color === annotation.color) return;
    await onSave(annotation, { color }, annotation.revision);
  }

  return (
    <article
      ref={cardRef}
      class={`annotation-card swatch-${annotation.color}${focused ? ' focused' : ''}${orphan ? ' orphan' : ''}`}
      data-annotation-id={annotation.id}
    >
      <blockquote class="clamp-2" title={annotation.quote}>
        {annotation.quote}
      </blockquote>
      {onShow && (
        <button type="button" class="link-button" onClick={() => onShow(annotation)}>
          {t('scrollToPassage', lang)}
        </button>
      )}
      <span class="swatches" role="group" aria-label={t('chooseColor', lang)}>
        {HIGHLIGHT_COLORS.map((color) => (
          <button
            key={color}
            type="button"
            class={`swatch swatch-${color}`}
            aria-label={localise(COLOR_LABELS[color], lang)}
            aria-pressed={color === annotation.color ? 'true' : 'false'}
            onClick={() => void recolour(color)}
          />
        ))}
      </span>
      <label for={noteId}>{t('note', lang)}</label>
      <textarea
        id={noteId}
        ref={noteRef}
        value={note}
        onInput={(event) => {
          setSaved(false);
          setNote((event.currentTarget as HTMLTextAreaElement).value);
        }}
        onBlur={() => void (staleNote === null && save())}
      />
      {staleNote !== null && (
        <p class="stale-note" data-stale-note="">
          {t('savedElsewhere', lang)} <q>{staleNote}</q>
        </p>
      )}
      <label for={tagsId}>{t('tags', lang)}</label>
      <input
        id={tagsId}
        type="text"
        value={tags}
        placeholder={t('tagsHint', lang)}
        onInput={(event) => {
          setSaved(false);
          setTags((event.currentTarget as HTMLInputElement).value);
        }}
        onBlur={() => void (staleNote === null && save())}
      />
      <div class="button-row">
        <button type="button" onClick={() => void save()} disabled={!dirty}>
          {t('save', lang)}
        </button>
        {saved && !dirty && (
          <span class="muted" role="status">
            {t('saved', lang)}
          </span>
        )}
      </div>
    </article>
  );
}

function sameTags(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((tag, index) => tag === b[index]);
}
