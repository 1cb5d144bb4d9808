// Annotations: the reader's highlights and notes, and the findings they kept.
import type { GovMarkDB } from './db';
import { RecordNotFoundError, StaleRevisionError } from './errors';
import { FIRST_REVISION, nextRevision } from '../model/revision';
import type { AnnotationRecord, TaskRecord } from '../model/records';

/** An annotation before it is saved: the background gives it its id and times. */
export type NewAnnotation = Omit<AnnotationRecord, 'id' | 'created' | 'updated' | 'tags' | 'note' | 'revision'> &
  Partial<Pick<AnnotationRecord, 'tags' | 'note'>>;

/** What the reader can change on a saved annotation. */
export type AnnotationChanges = Partial<Pick<AnnotationRecord, 'note' | 'tags' | 'color'>>;

/** Records removed together, kept by the caller so that "undo" can put them back. */
export interface DeletedRecords {
  annotations: AnnotationRecord[];
  tasks: TaskRecord[];
}

export function newRecordId(): string {
  return crypto.randomUUID();
}

export async function addAnnotation(
  db: GovMarkDB,
  input: NewAnnotation,
  now: number,
  id: string = newRecordId(),
): Promise<AnnotationRecord> {
  const annotation = buildAnnotation(input, now, id);
  await db.annotations.add(annotation);
  return annotation;
}

export function buildAnnotation(input: NewAnnotation, now: number, id: string): AnnotationRecord {
  return {
    ...input,
    id,
    tags: normaliseTags(input.tags ?? []),
    note: normaliseNote(input.note ?? ''),
    created: now,
    updated: now,
    revision: FIRST_REVISION,
  };
}

/**
 * Applies the reader's changes to an annotation, made from the copy at `baseRevision`. When the
 * stored annotation has moved past it (saved meanwhile from another tab or window), nothing is
 * written and a StaleRevisionError says so: the later save must not silently erase the other.
 */
export async function updateAnnotation(
  db: GovMarkDB,
  id: string,
  changes: AnnotationChanges,
  baseRevision: number,
  now: number,
): Promise<AnnotationRecord> {
  return db.transaction('rw', db.annotations, async () => {
    const stored = await db.annotations.get(id);
    if (!stored) throw new RecordNotFoundError('annotations', id);
    if (stored.revision !== baseRevision) throw new StaleRevisionError('annotations', id);
    const updated: AnnotationRecord = {
      ...stored,
      ...(changes.note !== undefined && { note: normaliseNote(changes.note) }),
      ...(changes.color !== undefined && { color: changes.color }),
      ...(changes.tags !== undefined && { tags: normaliseTags(changes.tags) }),
      updated: now,
      revision: nextRevision(stored),
    };
    await db.annotations.put(updated);
    return updated;
  });
}

/**
 * Deletes annotations and the tasks tracked from them (a task without its passage could no
 * longer be opened at the source), returning everything removed for undo. Unknown ids are skipped.
 */
export async function deleteAnnotations(db: GovMarkDB, ids: readonly string[]): Promise<DeletedRecords> {
  return db.transaction('rw', db.annotations, db.tasks, async () => {
    const annotations = (await db.annotations.bulkGet([...ids])).filter(isDefined);
    const annotationIds = annotations.map((annotation) => annotation.id);
    const tasks = await db.tasks.where('annotationId').anyOf(annotationIds).toArray();
    await db.tasks.bulkDelete(tasks.map((task) => task.id));
    await db.annotations.bulkDelete(annotationIds);
    return { annotations, tasks };
  });
}

/** Puts deleted records back as they were (undo). */
export async function restoreRecords(db: GovMarkDB, deleted: DeletedRecords): Promise<void> {
  await db.transaction('rw', db.annotations, db.tasks, async () => {
    await db.annotations.bulkPut(deleted.annotations);
    await db.tasks.bulkPut(deleted.tasks);
  });
}

/** An article's annotations in reading order (by stored position, then by creation). */
export async function listAnnotationsForArticle(db: GovMarkDB, articleUrl: string): Promise<AnnotationRecord[]> {
  const annotations = await db.annotations.where('articleUrl').equals(articleUrl).toArray();
  return annotations.sort(
    (a, b) => storedStart(a) - storedStart(b) || a.created - b.created || a.id.localeCompare(b.id),
  );
}

/** Notes are stored in NFC, as the article text is, so searches and comparisons see one form. */
export function normaliseNote(note: string): string {
  return note.normalize('NFC');
}

/** Trimmed, inner whitespace collapsed, empty ones and duplicates dropped, order kept. */
export function normaliseTags(tags: readonly string[]): string[] {
  const cleaned = tags.map((tag) => tag.replace(/\s+/gu, ' ').trim().normalize('NFC')).filter((tag) => tag !== '');
  return [...new Set(cleaned)];
}

function storedStart(annotation: AnnotationRecord): number {
  const position = annotation.selectors.find((selector) => selector.type === 'TextPositionSelector');
  return position ? position.start : Number.MAX_SAFE_INTEGER;
}

function isDefined<T>(value: T | undefined): value is T {
  return value !== undefined;
}
