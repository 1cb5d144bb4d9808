// One entry point to the four article layouts, so a page list can name a layout by its platform
// family and pass what that platform prints around the article.
import type { ArticleContent } from './article-content';
import { NEWSPAPER_BODY_SELECTOR, newspaperArticle } from './layout-newspaper';
import { SHAREPOINT_BODY_SELECTOR, sharePointArticle } from './layout-sharepoint';
import { THANHHOA_BODY_SELECTOR, thanhHoaArticle } from './layout-thanhhoa';
import { WEBSPHERE_BODY_SELECTOR, webSphereArticle } from './layout-websphere';
import type { Site } from './sites';

export type ArticleLayout = 'sharepoint' | 'thanhhoa-portal' | 'websphere' | 'newspaper';

export const BODY_SELECTORS: Record<ArticleLayout, string> = {
  sharepoint: SHAREPOINT_BODY_SELECTOR,
  'thanhhoa-portal': THANHHOA_BODY_SELECTOR,
  websphere: WEBSPHERE_BODY_SELECTOR,
  newspaper: NEWSPAPER_BODY_SELECTOR,
};

export interface LayoutOptions {
  /** SharePoint: the breadcrumb trail. */
  breadcrumb?: string[];
  /** Newspaper and Thanh Hóa-style portals: the date in the top bar. */
  headerDate?: string;
  /** Newspaper: the "Từ khóa" row. */
  tags?: string[];
  /** WebSphere: the portal's site name in its URLs. */
  portletSite?: string;
}

export function renderArticle(
  layout: ArticleLayout,
  site: Site,
  content: ArticleContent,
  path: string,
  options: LayoutOptions = {},
): string {
  switch (layout) {
    case 'sharepoint':
      return sharePointArticle({
        site,
        content,
        path,
        breadcrumb: options.breadcrumb ?? ['Trang chủ', 'Tin tức – Sự kiện'],
      });
    case 'thanhhoa-portal':
      return thanhHoaArticle(site, content, path, options.headerDate ?? '');
    case 'websphere':
      return webSphereArticle(site, content, path, options.portletSite ?? 'portal');
    case 'newspaper':
      return newspaperArticle(site, content, path, options.headerDate ?? '', options.tags ?? []);
  }
}
