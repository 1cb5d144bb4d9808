// Two demo articles on one portal that cite the same national resolution and follow up one
// instruction (tests/fixtures/articles/register-*.txt, written for the register of documents).
// Not in the demo site's page list, whose articles all have gold labels: the register's
// end-to-end test and screenshots serve these pages themselves.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { type BuiltPage, articlePage } from './article-page';
import { OWN_ARTICLES_DIR } from './own-pages';
import { NINHTHUAN } from './sites';
import { type LineMap, splitArticle } from './source-text';

export type RegisterPageId = 'register-001' | 'register-002';

const LINE_MAPS: Record<RegisterPageId, LineMap> = {
  'register-001': {
    headline: 4,
    furniture: { masthead: [1, 2], stamp: [6], byline: [20] },
    publishedIso: '2024-03-12T09:15:00+07:00',
  },
  'register-002': {
    headline: 4,
    furniture: { masthead: [1, 2], stamp: [6], byline: [18] },
    publishedIso: '2024-07-05T16:40:00+07:00',
  },
};

export const REGISTER_PAGE_PATHS: Record<RegisterPageId, string> = {
  'register-001': '/chinhquyen/ubnd/Pages/UBND-tinh-trien-khai-giai-phap-ho-tro-doanh-nghiep.aspx',
  'register-002': '/chinhquyen/ubnd/Pages/Kiem-tra-tien-do-du-an-duong-ven-bien.aspx',
};

export function buildRegisterPage(id: RegisterPageId): BuiltPage {
  const text = readFileSync(path.join(OWN_ARTICLES_DIR, `${id}.txt`), 'utf8');
  return articlePage(
    splitArticle(id, text, LINE_MAPS[id]),
    {
      site: NINHTHUAN,
      layout: 'sharepoint',
      path: REGISTER_PAGE_PATHS[id],
      options: { breadcrumb: ['Trang chủ', 'Chính quyền', 'UBND tỉnh', 'Tin hoạt động'] },
    },
    'own',
  );
}
