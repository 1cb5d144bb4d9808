// The "cited in N of your articles" part of a document finding's card: the reader's articles
// that cite the same document (the register, asked of the background), each a link that opens
// the citing passage. The current article is counted and marked.
import { useContext, useEffect, useState } from 'preact/hooks';
import { fillTemplate } from '../../utils/library/template';
import type { PageFinding } from '../../utils/page/finding-index';
import { formatIsoDate } from '../../utils/page/format-finding';
import { t, type Lang } from '../../utils/i18n/lang';
import type { CitingArticle } from '../../utils/storage/register-queries';
import { CitedInContext } from './cited-in-context';

/** Styles of this section, inside the card's shadow root (the card's own sheet is the painter's). */
const CSS = `
.gm-cited { border-top: 1px solid #3a4254; padding: 6px 0; margin-bottom: 4px; }
.gm-cited p { margin: 0 0 4px; color: #9fb0d0; }
.gm-cited ul { margin: 0; padding: 0; list-style: none; max-height: 140px; overflow: auto; }
.gm-cited li { margin: 0 0 4px; }
.gm-cited a { color: #9cc3ff; text-decoration: none; }
.gm-cited a:hover, .gm-cited a:focus-visible { text-decoration: underline; }
.gm-cited small { display: block; color: #9fb0d0; }
`;

export function CitedInSection({ finding, lang }: { finding: PageFinding; lang: Lang }) {
  const source = useContext(CitedInContext);
  const [articles, setArticles] = useState<CitingArticle[] | null>(null);
  const cited = finding.kind === 'document' ? finding.finding : null;
  const articleUrl = source?.articleUrl() ?? '';
  useEffect(() => {
    if (!cited || !source) return;
    let current = true;
    void source.lookup({ symbol: cited.symbol, date: cited.date }, articleUrl).then((found) => {
      if (current) setArticles(found);
    });
    return () => {
      current = false;
    };
  }, [cited, source, articleUrl]);
  if (!cited || articles === null) return null;
  return (
    <section class="gm-cited" data-cited-count={articles.length}>
      <style>{CSS}</style>
      <p>
        {articles.length === 0
          ? t('citedInNone', lang)
          : fillTemplate(t('citedInCount', lang), { count: articles.length })}
      </p>
      <ul>
        {articles.map((article) => (
          <li key={article.url}>
            <a href={article.link} target="_blank" rel="noopener noreferrer">
              {article.title ?? article.url}
            </a>
            <small>
              {[article.site, article.published && formatIsoDate(article.published, lang)].filter(Boolean).join(' · ')}
              {article.url === articleUrl && ` · ${t('thisArticle', lang)}`}
            </small>
          </li>
        ))}
      </ul>
    </section>
  );
}
