// One annotation in the side panel: its quote, and the reader's note and tags, written here in
// an extension page rather than in the portal's page where its scripts could read them.
import { useEffect, useRef, useState } from 'preact/hooks';
import { localise, t } from '../../utils/i18n/lang';
import { HIGHLIGHT_COLORS, type HighlightColor } from '../../utils/model/kinds';
import { COLOR_LABELS } from '../../utils/model/labels';
import type { AnnotationRecord } from '../../utils/model/records';
import { formatTagsInput, parseTagsInput } from '../../utils/library/tags-input';
import { useLang } from '../common/lang-context';

/** What a save came to: the saved record, or 'stale' when it was saved elsewhere after this copy was read. */
export type SaveOutcome = { status: 'saved'; record: AnnotationRecord } | { status: 'stale' } | { status: 'failed' };

export interface AnnotationChangesInput {
  note?: string;
  tags?: string[];
  color?: HighlightColor;
}

export interface AnnotationEditorProps {
  annotation: AnnotationRecord;
  focused: boolean;
  orphan: boolean;
  /** Placed on words that differ from the stored quote (a fuzzy placement). */
  textChanged?: boolean;
  /** `baseRevision`: the revision the reader's text was made from (the background refuses a stale one). */
  onSave: (annotation: AnnotationRecord, changes: AnnotationChangesInput, baseRevision: number) => Promise<SaveOutcome>;
  onShow?: (annotation: AnnotationRecord) => void;
}

interface KnownCopy {
  note: string;
  tags: string[];
  revision: number;
}

export function AnnotationEditor({
  annotation,
  focused,
  orphan,
  textChanged = false,
  onSave,
  onShow,
}: AnnotationEditorProps) {
  const lang = useLang();
  const [note, setNote] = useState(annotation.note);
  const [tags, setTags] = useState(formatTagsInput(annotation.tags));
  const [saved, setSaved] = useState(false);
  const [staleNote, setStaleNote] = useState<string | null>(null);
  const cardRef = useRef<HTMLElement>(null);
  const noteRef = useRef<HTMLTextAreaElement>(null);
  const noteId = `note-${annotation.id}`;
  const tagsId = `tags-${annotation.id}`;

  // What the reader has typed, the newest stored copy this editor knows (from the live query or
  // from its own save's answer), and the revision the typed text was made from. The base moves
  // on with the stored copy only while nothing typed is unsaved, so a save over a version saved
  // meanwhile in another tab is refused instead of silently replacing it.
  const typed = useRef({ note, tags });
  typed.current = { note, tags };
  const latest = useRef(annotation);
  latest.current = annotation;
  const known = useRef<KnownCopy>({ note: annotation.note, tags: annotation.tags, revision: annotation.revision });
  const baseRevision = useRef(annotation.revision);
  // Saves run one after another, each from the revision the one before it left. A refusal as
  // stale drops the saves asked for before it (leaving the box, then the click on Save): the
  // reader must see the newer note before a save can replace it.
  const saving = useRef<Promise<void>>(Promise.resolve());
  const refusals = useRef(0);

  // A change saved elsewhere (another window, an import) shows here, but never over what the
  // reader has typed and not saved yet.
  const storedTags = formatTagsInput(annotation.tags);
  useEffect(() => {
    if (annotation.revision < known.current.revision) return;
    const shown = { note: known.current.note, tags: formatTagsInput(known.current.tags) };
    const untouched = typed.current.note === shown.note && typed.current.tags === shown.tags;
    setNote((current) => (current === shown.note ? annotation.note : current));
    setTags((current) => (current === shown.tags ? storedTags : current));
    known.current = { note: annotation.note, tags: annotation.tags, revision: annotation.revision };
    if (untouched) baseRevision.current = annotation.revision;
  }, [annotation.note, annotation.tags, storedTags, annotation.revision]);

  useEffect(() => {
    if (!focused) return;
    cardRef.current?.scrollIntoView?.({ block: 'center' });
    noteRef.current?.focus();
  }, [focused]);

  const dirty = note !== annotation.note || !sameTags(parseTagsInput(tags), annotation.tags);

  function queue(step: () => Promise<void>): Promise<void> {
    saving.current = saving.current.then(step, step);
    return saving.current;
  }

  function adopt(record: AnnotationRecord, moveBase: boolean) {
    known.current = { note: record.note, tags: record.tags, revision: record.revision };
    if (moveBase) baseRevision.current = record.revision;
  }

  const save = () => {
    const askedAfter = refusals.current;
    return queue(async () => {
      if (askedAfter !== refusals.current) return;
      const changes = { note: typed.current.note, tags: parseTagsInput(typed.current.tags) };
      if (changes.note === known.current.note && sameTags(changes.tags, known.current.tags)) return;
      const outcome = await onSave(latest.current, changes, baseRevision.current);
      setSaved(outcome.status === 'saved');
      if (outcome.status === 'saved') {
        adopt(outcome.record, true);
        setStaleNote(null);
      } else if (outcome.status === 'stale') {
        // The reader is now shown the newer version: the next save is made from it.
        refusals.current += 1;
        setStaleNote(latest.current.note);
        baseRevision.current = latest.current.revision;
      }
    });
  };

  const recolour = (color: HighlightColor) =>
    queue(async () => {
      if (color === latest.current.color) return;
      const outcome = await onSave(latest.current, { color }, known.current.revision);
      // Typed text made from the copy just recoloured stays based on it.
      if (outcome.status === 'saved') adopt(outcome.record, baseRevision.current === known.current.revision);
    });

  return (
    <article
      ref={cardRef}
      class={`annotation-card swatch-${annotation.color}${focused ? ' focused' : ''}${orphan ? ' orphan' : ''}`}
      data-annotation-id={annotation.id}
    >
      <blockquote class="clamp-2" title={annotation.quote}>
        {annotation.quote}
      </blockquote>
      {textChanged && <p class="text-changed">{t('textChanged', lang)}</p>}
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
