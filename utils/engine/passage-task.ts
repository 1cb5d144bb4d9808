// A task from a passage the reader chose to track when the engine did not read it as a
// directive (a short notice, a page it misread): the passage's own words are the task; who
// and by when come from the sentence the passage lies in, read by the same rules the engine
// uses for directives (a directive in the sentence, else the addressees after a cue or the
// subject before a task verb; the first deadline date).

import { addresseesAt, subjectAssignees } from './assignees.ts';
import { findDates } from './dates.ts';
import { findDirectives } from './directives.ts';
import { normaliseText } from './normalise.ts';

export interface PassageTask {
  what: string;
  assignees: string[];
  /** ISO deadline ("2023-01-15", "2023-08", "2023") or null. */
  deadline: string | null;
  issuer: string | null;
}

// A cue that names the addressees after it ("Đề nghị các hộ dân …", "yêu cầu UBND các xã …").
const CUE = /(?<!\p{L})(?:đề nghị|yêu cầu|giao|kính đề nghị|chỉ đạo)(?!\p{L})/giu;

/**
 * `passage` is what the reader selected, `sentence` the sentence (or sentences) around it;
 * `year` completes dates written without one (the article's or the page's year).
 */
export function proposePassageTask(passage: string, sentence: string, year: number | null): PassageTask {
  // The reader's words as selected: the selection is the evidence, nothing is reworded.
  const what = passage.normalize('NFC').replace(/\s+/gu, ' ').trim();
  const written = sentence.normalize('NFC');
  const { text } = normaliseText(written);
  const dates = findDates(text, { year });
  const directive = findDirectives(text, [{ start: 0, end: text.length }], dates, written)[0];
  const deadline = directive?.deadlineIso ?? dates.find((d) => d.deadline)?.iso ?? null;
  return {
    what,
    assignees: directive?.assignees.length ? [...directive.assignees] : assigneesOf(written),
    deadline,
    issuer: directive?.issuer ?? null,
  };
}

function assigneesOf(sentence: string): string[] {
  for (const cue of sentence.matchAll(CUE)) {
    const named = addresseesAt(sentence, cue.index + cue[0].length);
    if (named.length) return named;
  }
  return subjectAssignees(sentence, 0);
}
