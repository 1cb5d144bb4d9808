// The register's made-up articles (tests/fixtures/articles/register-*.txt), read by the engine as
// the content script would, and helpers that visit them and track their directives.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { analyzeText } from '../../../utils/engine/analyze';
import type { Directive } from '../../../utils/engine/types';
import type { ArticleRecord } from '../../../utils/model/records';
import { recordVisit } from '../../../utils/storage/article-queries';
import type { GovMarkDB } from '../../../utils/storage/db';
import { registerArticle } from '../../../utils/storage/register-queries';
import { trackTask } from '../../../utils/storage/task-queries';
import { indexTasks } from '../../../utils/storage/task-match-queries';
import type { VisitWithFindings } from '../../../utils/messaging/background-messages';
import * as v from 'valibot';
import { directiveSchema } from '../../../utils/model/schemas';

const DIR = path.resolve(import.meta.dirname, '../../fixtures/articles');

export const REGISTER_ARTICLES = {
  first: { file: 'register-001.txt', url: 'https://ninhthuan.gov.vn/chinh-quyen/tin-tuc/ho-tro-doanh-nghiep.html' },
  second: {
    file: 'register-002.txt',
    url: 'https://ninhthuan.gov.vn/chinh-quyen/tin-tuc/kiem-tra-duong-ven-bien.html',
  },
} as const;

export type ArticleName = keyof typeof REGISTER_ARTICLES;

/** The visit message the content script sends for one of the articles (text edited by `edit`). */
export function visitOf(name: ArticleName, edit: (text: string) => string = (text) => text): VisitWithFindings {
  const { file, url } = REGISTER_ARTICLES[name];
  const raw = edit(readFileSync(path.join(DIR, file), 'utf8'));
  const analysis = analyzeText(raw, { url });
  return {
    url,
    title: analysis.article.title,
    site: new URL(url).hostname,
    province: analysis.article.province,
    published: analysis.article.published,
    textSnapshot: analysis.text,
    isArticle: analysis.article.isArticle,
    documents: analysis.documents,
    directives: analysis.directives,
  };
}

/** Visits an article the way the background handles `page/visit`. */
export async function visit(
  db: GovMarkDB,
  name: ArticleName,
  now: number,
  edit?: (text: string) => string,
): Promise<{ article: ArticleRecord; directives: Directive[] }> {
  const { documents = [], directives = [], ...page } = visitOf(name, edit);
  const article = await recordVisit(db, page, now);
  await registerArticle(db, article, { documents, directives }, now);
  return { article, directives };
}

/** Tracks a directive as a task, and indexes it for follow-ups as the background does after the message. */
export async function trackDirective(db: GovMarkDB, articleUrl: string, directive: Directive, now: number) {
  const tracked = await trackTask(
    db,
    {
      source: {
        annotation: {
          articleUrl,
          selectors: [
            { type: 'TextQuoteSelector', exact: directive.text },
            { type: 'TextPositionSelector', start: directive.start, end: directive.end },
          ],
          anchoringVersion: 1,
          quote: directive.text,
          kind: 'directive',
          color: 'purple',
          // As the message's schema delivers it: the engine's rule traces are not stored.
          finding: { kind: 'directive', directive: v.parse(directiveSchema, directive) },
        },
      },
      text: directive.text,
      issuer: directive.issuer,
      assignees: directive.assignees,
      deadline: directive.deadlineIso,
    },
    now,
  );
  await indexTasks(db, [tracked.task.id]);
  return tracked.task;
}

export function directiveWith(directives: readonly Directive[], words: string): Directive {
  const found = directives.find((directive) => directive.text.includes(words));
  if (!found) throw new Error(`no directive with "${words}"`);
  return found;
}
