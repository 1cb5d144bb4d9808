// One annotation in the side panel: its quote, and the reader's note and tags, written here in
// an extension page rather than in the portal's page where its scripts could read them.
import { useEffect, useRef, useState } from 'preact/hooks';
import { t } from '../../utils/i18n/lang';
import type { AnnotationRecord } from '../../utils/model/records';
import { formatTagsInput, parseTagsInput } from '../../utils/library/tags-input';
import { useLang } from '../common/lang-context';

export interface AnnotationEditorProps {
  annotation: AnnotationRecord;
  focused: boolean;
  orphan: boolean;
  onSave: (annotation: AnnotationRecord, changes: { note: string; tags: string[] }) => Promise<boolean>;
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
  useEffect(() => {
    const next = { note: annotation.note, tags: storedTags };
    setNote((current) => (current === synced.current.note ? next.note : current));
    setTags((current) => (current === synced.current.tags ? next.tags : current));
    synced.current = next;
  }, [annotation.note, storedTags]);

  useEffect(() => {
    if (!focused) return;
    cardRef.current?.scrollIntoView?.({ block: 'center' });
    noteRef.current?.focus();
  }, [focused]);

  const dirty = note !== annotation.note || !sameTags(parseTagsInput(tags), annotation.tags);
  async function save() {
    if (!dirty) return;
    setSaved(await onSave(annotation, { note, tags: parseTagsInput(tags) }));
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
      <label for={noteId}>{t('note', lang)}</label>
      <textarea
        id={noteId}
        ref={noteRef}
        value={note}
        onInput={(event) => {
          setSaved(false);
          setNote((event.currentTarget as HTMLTextAreaElement).value);
        }}
        onBlur={() => void save()}
      />
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
        onBlur={() => void save()}
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
