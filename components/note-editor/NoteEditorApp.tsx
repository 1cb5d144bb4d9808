// The note editor that opens beside a passage on the page (an extension page framed in
// GovMark's closed shadow root, see utils/page/note-frame.ts): the passage, the reader's note
// and tags with completion from the tags already in use, Save, and Escape to close. It reads
// and saves through the background; a save that fails keeps what was typed and says why.
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { type Bilingual, localise, t, type Lang } from '../../utils/i18n/lang';
import type { Response } from '../../utils/messaging/background-messages';
import type { AnnotationRecord } from '../../utils/model/records';
import { formatTagsInput, parseTagsInput } from '../../utils/library/tags-input';
import { acceptTag, suggestTags, tagAtCaret } from '../../utils/note-editor/tag-completion';

/** What the editor asks of the background (the entry wires the typed messages; tests pass fakes). */
export interface NoteEditorApi {
  get(id: string): Promise<Response<AnnotationRecord>>;
  save(id: string, revision: number, changes: { note: string; tags: string[] }): Promise<Response<AnnotationRecord>>;
  tags(): Promise<Response<string[]>>;
}

export interface NoteEditorProps {
  annotationId: string;
  lang: Lang;
  api: NoteEditorApi;
  /** Close the editor; `saved` after a save that succeeded. */
  onClose(saved: boolean): void;
  /** Told whenever the editor starts or stops holding text that is not saved. */
  onDirty?(dirty: boolean): void;
  /** How long the confirmation shows before the editor closes after a save. */
  closeAfterSaveMs?: number;
}

type Phase =
  | { kind: 'loading' }
  | { kind: 'missing'; message: Bilingual }
  | { kind: 'editing' }
  | { kind: 'saving' }
  | { kind: 'saved' };

const CLOSE_AFTER_SAVE_MS = 900;

export function NoteEditorApp({ annotationId, lang, api, onClose, onDirty, closeAfterSaveMs }: NoteEditorProps) {
  const [record, setRecord] = useState<AnnotationRecord | null>(null);
  const [phase, setPhase] = useState<Phase>({ kind: 'loading' });
  const [note, setNote] = useState('');
  const [tags, setTags] = useState('');
  const [error, setError] = useState<string | null>(null);
  /** The note saved elsewhere meanwhile (a save from this copy was refused as stale). */
  const [newer, setNewer] = useState<string | null>(null);
  const [knownTags, setKnownTags] = useState<string[]>([]);
  const [caret, setCaret] = useState(0);
  const [suggestionsOpen, setSuggestionsOpen] = useState(false);
  const [active, setActive] = useState(0);
  const noteRef = useRef<HTMLTextAreaElement>(null);
  const tagsRef = useRef<HTMLInputElement>(null);
  const pendingCaret = useRef<number | null>(null);

  useEffect(() => {
    let live = true;
    void api.get(annotationId).then((response) => {
      if (!live) return;
      if (!response.ok) {
        setPhase({ kind: 'missing', message: response.error.message });
        return;
      }
      setRecord(response.data);
      setNote(response.data.note);
      setTags(formatTagsInput(response.data.tags));
      setPhase({ kind: 'editing' });
    });
    // Completion is a help, not a condition: without the list the field still takes any tag.
    void api.tags().then((response) => {
      if (live && response.ok) setKnownTags(response.data);
    });
    return () => {
      live = false;
    };
  }, [annotationId, api]);

  const loaded = record !== null;
  useEffect(() => {
    if (loaded) noteRef.current?.focus();
  }, [loaded]);

  const dirty =
    record !== null && phase.kind !== 'saved' && (note !== record.note || !sameTags(parseTagsInput(tags), record.tags));
  useEffect(() => {
    onDirty?.(dirty);
  }, [dirty, onDirty]);

  const typed = tagAtCaret(tags, caret);
  const suggestions = suggestionsOpen ? suggestTags(knownTags, tags, typed) : [];

  async function save() {
    if (!record || phase.kind === 'saving' || phase.kind === 'saved') return;
    setPhase({ kind: 'saving' });
    const response = await api.save(record.id, record.revision, { note, tags: parseTagsInput(tags) });
    if (response.ok) {
      setRecord(response.data);
      setError(null);
      setNewer(null);
      setPhase({ kind: 'saved' });
      setTimeout(() => onClose(true), closeAfterSaveMs ?? CLOSE_AFTER_SAVE_MS);
      return;
    }
    // Whatever went wrong, what the reader typed stays in the fields.
    setError(`${t('noteNotSaved', lang)} ${localise(response.error.message, lang)}`);
    setPhase({ kind: 'editing' });
    if (response.error.code === 'stale') {
      // The next save is made from the newer copy, which the reader is now shown.
      const latest = await api.get(record.id);
      if (latest.ok) {
        setRecord(latest.data);
        setNewer(latest.data.note);
      }
    }
  }

  function choose(tag: string) {
    const next = acceptTag(tags, typed, tag);
    setTags(next.text);
    setCaret(next.caret);
    setSuggestionsOpen(false);
    pendingCaret.current = next.caret;
  }

  // The caret goes after the chosen tag in the same commit that writes the field, before the
  // next key is handled (a later frame would put it back mid-word while the reader types on).
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs after each write of the field, which is when a caret is pending
  useLayoutEffect(() => {
    if (pendingCaret.current === null) return;
    tagsRef.current?.setSelectionRange(pendingCaret.current, pendingCaret.current);
    pendingCaret.current = null;
  }, [tags]);

  function onKeyDown(event: KeyboardEvent) {
    if (event.key === 'Escape') {
      event.preventDefault();
      if (suggestions.length > 0) setSuggestionsOpen(false);
      else onClose(false);
    } else if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      void save();
    }
  }

  function onTagsKeyDown(event: KeyboardEvent) {
    if (suggestions.length === 0) return;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      const step = event.key === 'ArrowDown' ? 1 : suggestions.length - 1;
      setActive((current) => (current + step) % suggestions.length);
    } else if ((event.key === 'Enter' && !event.ctrlKey && !event.metaKey) || event.key === 'Tab') {
      event.preventDefault();
      choose(suggestions[Math.min(active, suggestions.length - 1)]);
    }
  }

  const heading = t('noteEditorTitle', lang);
  return (
    <form
      class="note-editor"
      aria-label={heading}
      onKeyDown={onKeyDown}
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
    >
      <header>
        <h1>{heading}</h1>
        <button type="button" class="close" aria-label={t('close', lang)} onClick={() => onClose(false)}>
          ×
        </button>
      </header>
      {phase.kind === 'loading' && <p class="muted">{t('loading', lang)}</p>}
      {phase.kind === 'missing' && (
        <p class="error" role="alert">
          {localise(phase.message, lang)}
        </p>
      )}
      {record && phase.kind !== 'missing' && (
        <>
          <blockquote title={record.quote}>{record.quote}</blockquote>
          <label for="note">{t('note', lang)}</label>
          <textarea
            id="note"
            ref={noteRef}
            rows={4}
            value={note}
            placeholder={t('noteHint', lang)}
            onInput={(event) => setNote((event.currentTarget as HTMLTextAreaElement).value)}
          />
          {newer !== null && (
            <p class="newer">
              {t('savedElsewhere', lang)} <q>{newer}</q>
            </p>
          )}
          <label for="tags">{t('tags', lang)}</label>
          <div class="tags-field">
            <input
              id="tags"
              ref={tagsRef}
              type="text"
              value={tags}
              autocomplete="off"
              role="combobox"
              aria-autocomplete="list"
              aria-expanded={suggestions.length > 0 ? 'true' : 'false'}
              aria-controls="tag-suggestions"
              aria-activedescendant={suggestions.length > 0 ? `tag-option-${active}` : undefined}
              placeholder={t('tagsHint', lang)}
              onInput={(event) => {
                const input = event.currentTarget as HTMLInputElement;
                setTags(input.value);
                setCaret(input.selectionStart ?? input.value.length);
                setActive(0);
                setSuggestionsOpen(true);
              }}
              onKeyDown={onTagsKeyDown}
              onBlur={() => setSuggestionsOpen(false)}
            />
            {suggestions.length > 0 && (
              <div id="tag-suggestions" class="suggestions" role="listbox" aria-label={t('tagSuggestions', lang)}>
                {suggestions.map((tag, index) => (
                  <div
                    key={tag}
                    id={`tag-option-${index}`}
                    role="option"
                    tabIndex={-1}
                    aria-selected={index === active ? 'true' : 'false'}
                    // Chosen on mouse-down, before the field loses focus and closes the list.
                    onMouseDown={(event) => {
                      event.preventDefault();
                      choose(tag);
                    }}
                  >
                    {tag}
                  </div>
                ))}
              </div>
            )}
          </div>
          {error && (
            <p class="error" role="alert">
              {error}
            </p>
          )}
          <div class="actions">
            <button type="submit" class="primary" disabled={phase.kind === 'saving' || phase.kind === 'saved'}>
              {t('save', lang)}
            </button>
            <button type="button" onClick={() => onClose(false)}>
              {t('cancel', lang)}
            </button>
            <span class="status" role="status">
              {phase.kind === 'saving' ? t('saving', lang) : phase.kind === 'saved' ? t('noteSaved', lang) : ''}
            </span>
          </div>
          <p class="hint">{t('noteEditorKeys', lang)}</p>
        </>
      )}
    </form>
  );
}

function sameTags(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((tag, index) => tag === b[index]);
}
