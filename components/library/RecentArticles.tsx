// The last few articles visited, each opening in a new tab.
import { t } from '../../utils/i18n/lang';
import type { ArticleRecord } from '../../utils/model/records';
import { useLang } from '../common/lang-context';

export function RecentArticles({
  articles,
  onOpen,
}: {
  articles: readonly ArticleRecord[];
  onOpen: (article: ArticleRecord) => void;
}) {
  const lang = useLang();
  return (
    <section class="recent" aria-labelledby="recent-title">
      <h2 id="recent-title">{t('recentArticles', lang)}</h2>
      {articles.length === 0 ? (
        <p class="muted">{t('noArticles', lang)}</p>
      ) : (
        <ul class="plain-list">
          {articles.map((article) => (
            <li key={article.url}>
              <a
                href={article.url}
                class="clamp-1"
                onClick={(event) => {
                  event.preventDefault();
                  onOpen(article);
                }}
              >
                {article.title ?? t('untitled', lang)}
              </a>
              <span class="muted"> · {article.province ?? article.site}</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
