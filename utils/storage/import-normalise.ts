// What the reader wrote is stored in NFC whatever form a file carries it in (a backup written on
// macOS, a Hypothesis export): searches, tag filters and comparisons then see one form.
import type { LibraryRecords } from '../model/library';
import { normaliseNote, normaliseTags } from './annotation-queries';

export function normaliseLibrary(records: LibraryRecords): LibraryRecords {
  return {
    articles: records.articles,
    annotations: records.annotations.map((annotation) => ({
      ...annotation,
      note: normaliseNote(annotation.note),
      tags: normaliseTags(annotation.tags),
    })),
    tasks: records.tasks.map((task) => ({
      ...task,
      text: task.text.normalize('NFC'),
      notes: task.notes.normalize('NFC'),
      assignees: task.assignees.map((name) => name.normalize('NFC')),
    })),
  };
}
