// "Copy citation" on the page: the same text the library's export writes (quote, APA reference
// with the access date, passage link), built from what the page knows before anything is saved.
import { copyCitation } from '../export/citations';
import type { Lang } from '../i18n/lang';
import type { AnnotationRecord, ArticleRecord } from '../model/records';
import { ANCHORING_VERSION } from '../anchoring/types';
import { FIRST_REVISION } from '../model/revision';
import type { NewAnnotation, VisitInput } from './page-backend';

export function citationForSelection(
  selection: NewAnnotation,
  article: VisitInput,
  lang: Lang,
  now: number = Date.now(),
): string {
  const annotation: AnnotationRecord = {
    ...selection,
    id: 'unsaved',
    anchoringVersion: ANCHORING_VERSION,
    tags: [],
    note: '',
    created: now,
    updated: now,
    revision: FIRST_REVISION,
  };
  const record: ArticleRecord = { ...article, firstVisit: now, lastVisit: now };
  return copyCitation(annotation, record, lang);
}
