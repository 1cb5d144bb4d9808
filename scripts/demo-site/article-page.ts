// A demo page made from an article text: its manifest entry (body container, headline and block
// offsets in the text) and its HTML in the layout of its kind of site.
import { contentFromArticle } from './article-content';
import { type ArticleLayout, BODY_SELECTORS, type LayoutOptions, renderArticle } from './article-layouts';
import type { ManifestEntry, PageCorpus, PageKind } from './page-files';
import { relatedLinks } from './site-factory';
import type { Site } from './sites';
import type { SourceArticle } from './source-text';

export interface BuiltPage {
  entry: ManifestEntry;
  html: string;
}

export interface ArticlePageSpec {
  site: Site;
  path: string;
  layout: ArticleLayout;
  options?: LayoutOptions;
}

export function articleEntry(
  article: SourceArticle,
  spec: { host: string; path: string; layout: ArticleLayout },
  corpus: PageCorpus,
  kind: PageKind = 'article',
  expectArticle = true,
): ManifestEntry {
  return {
    host: spec.host,
    path: spec.path,
    kind,
    corpus,
    goldId: article.id,
    ...(corpus === 'seeds' ? { seed: article.id } : {}),
    title: article.headline.text.trim(),
    expectArticle,
    layout: spec.layout,
    bodySelector: BODY_SELECTORS[spec.layout],
    segments: [{ role: 'headline', ...article.headline }, ...article.blocks],
    ...(article.publishedIso ? { published: article.publishedIso } : {}),
  };
}

export function articlePage(
  article: SourceArticle,
  spec: ArticlePageSpec,
  corpus: PageCorpus,
  kind: PageKind = 'article',
  expectArticle = true,
): BuiltPage {
  // A saved page's own related-news box becomes the site's other-news list on this page.
  const related = article.furniture.relatedItems;
  const site = related ? { ...spec.site, other: relatedLinks(related, spec.path.replace(/\/[^/]*$/, '')) } : spec.site;
  return {
    entry: articleEntry(
      article,
      { host: site.host, path: spec.path, layout: spec.layout },
      corpus,
      kind,
      expectArticle,
    ),
    html: renderArticle(spec.layout, site, contentFromArticle(article), spec.path, {
      // A saved top-bar clock goes back into the top bar.
      headerDate: article.furniture.headerClock?.[0],
      ...spec.options,
    }),
  };
}
