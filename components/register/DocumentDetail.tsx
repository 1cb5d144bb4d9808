// One document of the register: what it is, every passage of the reader's articles that cites it
// (each opening the passage), and a search for its symbol on the national database.
import type { DocumentRecord } from '../../utils/model/register-records';
import { fillTemplate } from '../../utils/library/template';
import { formatIsoDate } from '../../utils/page/format-finding';
import { nationalDatabaseSearch } from '../../utils/register/national-database';
import { t } from '../../utils/i18n/lang';
import type { GovMarkDB } from '../../utils/storage/db';
import { citingArticle } from '../../utils/storage/register-queries';
import { useLang } from '../common/lang-context';
import { useLiveQuery } from '../common/use-live-query';

export function DocumentDetail({ db, document }: { db: GovMarkDB; document: DocumentRecord }) {
  const lang = useLang();
  const citations = useLiveQuery(
    async () =>
      (await db.citations.where('documentKey').equals(document.key).toArray()).sort((a, b) => b.seen - a.seen),
    [db, document.key],
  );
  return (
    <section class="doc-detail" aria-label={document.symbol} data-document-key={document.key}>
      <h2>
        {document.docType} {document.symbol}
      </h2>
      <p class="sub">
        {[document.issuer, document.date && formatIsoDate(document.date, lang)].filter(Boolean).join(' · ')}
      </p>
      <p>
        <a href={nationalDatabaseSearch(document.symbol)} target="_blank" rel="noopener noreferrer" class="vbpl-link">
          {t('searchNationalDatabase', lang)}
        </a>
      </p>
      <h3>
        {t('citingPassages', lang)} ({fillTemplate(t('citedArticles', lang), { count: document.articleCount })})
      </h3>
      <ol>
        {(citations ?? []).map((citation) => {
          const article = citingArticle(citation);
          return (
            <li key={citation.id} data-citation-id={citation.id}>
              <a href={article.link} target="_blank" rel="noopener noreferrer">
                {citation.title ?? citation.articleUrl}
              </a>
              <div class="sub">
                {[citation.site, citation.province, citation.published && formatIsoDate(citation.published, lang)]
                  .filter(Boolean)
                  .join(' · ')}
              </div>
              <blockquote>{citation.passage}</blockquote>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
