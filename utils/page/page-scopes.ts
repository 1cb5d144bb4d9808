// Which text a passage is described in and anchored in: the recognised article, or the page's
// visible text (a page that is not an article, or a passage outside the article's body). A
// passage is described in the article whenever it lies inside it, so that the article's own
// annotations never leave the article when they are placed again.
import { articleScope, pageScope, type TextScope } from '../anchoring/scope';
import type { AnnotationScope } from '../model/records';

export interface PageScopes {
  /** The article's text, or null when the page is not (or no longer) an article. */
  article(): TextScope | null;
  /** The page's visible text, without GovMark's own UI. */
  page(): TextScope;
  /** Where a passage the reader selected is described. */
  forRange(range: Range): TextScope;
  /** Where a saved annotation is placed: its own scope, or the page when the article is not recognised. */
  forAnnotation(scope: AnnotationScope | undefined): TextScope;
}

export function createPageScopes(
  doc: Document,
  articleRoot: () => Element | null,
  isOwnElement: (element: Element) => boolean,
): PageScopes {
  const article = () => {
    const root = articleRoot();
    return root?.isConnected ? articleScope(root) : null;
  };
  const page = () => pageScope(doc.body, { exclude: isOwnElement });
  return {
    article,
    page,
    forRange(range) {
      const root = articleRoot();
      const inside = root?.contains(range.startContainer) && root.contains(range.endContainer);
      return (inside && article()) || page();
    },
    forAnnotation(scope) {
      return (scope !== 'page' && article()) || page();
    },
  };
}
