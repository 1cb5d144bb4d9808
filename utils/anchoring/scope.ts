// Where anchoring looks: the recognised article, or the page's visible text when there is none.
// The caller chooses, and anchoring never leaves the scope it is given: a quote that left the
// article becomes an orphan rather than a highlight on a comment box or a sidebar.

import { buildTextModel, type TextModel, type TextModelOptions } from './text-model';

export type ScopeKind = 'article' | 'page';

/**
 * A snapshot of one scope's text. Selectors described in a scope count offsets in its text, so
 * an annotation is anchored in the same kind of scope it was made in. Build a new scope after
 * the page's text changes.
 */
export interface TextScope {
  kind: ScopeKind;
  root: Element;
  model: TextModel;
}

/** The recognised article's text (its root element, as the engine found it). */
export function articleScope(articleRoot: Element, options: TextModelOptions = {}): TextScope {
  return { kind: 'article', root: articleRoot, model: buildTextModel(articleRoot, options) };
}

/**
 * The text a reader sees on the page: `body` without hidden elements (the `hidden` attribute,
 * `display: none`) and without what `options.exclude` names (GovMark's own UI host).
 */
export function pageScope(body: Element, options: TextModelOptions = {}): TextScope {
  const view = body.ownerDocument.defaultView;
  const callerExcludes = options.exclude ?? (() => false);
  const exclude = (element: Element) =>
    callerExcludes(element) || element.hasAttribute('hidden') || view?.getComputedStyle(element).display === 'none';
  return { kind: 'page', root: body, model: buildTextModel(body, { exclude }) };
}

/** A scope as given, or a bare root element read as the article scope over it. */
export function scopeOf(scopeOrRoot: TextScope | Element): TextScope {
  return 'model' in scopeOrRoot ? scopeOrRoot : articleScope(scopeOrRoot);
}
