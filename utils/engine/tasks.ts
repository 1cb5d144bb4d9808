// Task proposals: every directive becomes one trackable task the reader may choose to follow.
//  - what:      the directive's own words (the span is the evidence; no paraphrase is invented),
//               without a leading list marker ("(2) Tập trung …" → "Tập trung …");
//  - who:       the directive's assignees as written (may be empty when none can be told);
//  - by when:   the ISO deadline of the directive ("2023-01-15", "2023-08", "2023") or null,
//               with the deadline's words ("trước ngày 15/01/2023") kept beside it;
//  - issued by: the resolved issuer ("Chủ tịch UBND tỉnh Trần Quốc Nam");
//  - where:     the article (url, headline) and the span, so the task leads back to the page.
// The id is `${start}-${end}` of the directive: stable for one article text.

import type { Directive, TaskProposal } from './types.ts';

const LIST_MARKER = /^(?:\(\s*(?:\d{1,2}|[a-zđ])\s*\)|(?:\d{1,2}|[a-zđ])\s*[.)]|[-–+•*])\s*/u;

export interface TaskSource {
  url: string | null;
  title: string | null;
}

export function proposeTask(directive: Directive, source: TaskSource): TaskProposal {
  const what = directive.text.replace(LIST_MARKER, '');
  return {
    id: `${directive.start}-${directive.end}`,
    what: what.charAt(0).toUpperCase() + what.slice(1),
    assignees: [...directive.assignees],
    deadline: directive.deadlineIso,
    deadlineText: directive.deadline,
    issuer: directive.issuer,
    source: { url: source.url, title: source.title, start: directive.start, end: directive.end, text: directive.text },
  };
}

/** One proposal per directive, in article order. */
export function proposeTasks(directives: readonly Directive[], source: TaskSource): TaskProposal[] {
  return directives.map((directive) => proposeTask(directive, source));
}
