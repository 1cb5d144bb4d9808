// The fixture library joined into spreadsheet rows, as the dashboard would pass them.
import type { HighlightRow, TaskRow } from '../../../utils/export/csv-columns';
import {
  directiveAnnotation,
  documentAnnotation,
  figureAnnotation,
  hostileAnnotation,
  newspaperArticle,
  portalArticle,
  task,
} from './fixtures';

export const highlightRows: HighlightRow[] = [
  { annotation: figureAnnotation, article: portalArticle, task: null },
  { annotation: hostileAnnotation, article: portalArticle, task: null },
  { annotation: directiveAnnotation, article: portalArticle, task },
  { annotation: documentAnnotation, article: newspaperArticle, task: null },
];

export const taskRows: TaskRow[] = [{ task, article: portalArticle, annotation: directiveAnnotation }];
