// The anchoring library's public surface: selectors in, ranges out, no extension APIs.
//
//   const scope = articleScope(articleRoot);        // or pageScope(document.body, { exclude })
//   const selectors = describe(scope, range);       // store these with the annotation
//   const results = await anchorAllChunked(scope, storedSelectorLists);
//   results[i].placement  // 'position' | 'exact' | 'fuzzy' (show "text changed") | 'orphan'
//
// Anchor an annotation in the same kind of scope it was described in: positions count that
// scope's text. Anchoring never searches outside the scope it is given.

export { articleScope, pageScope, type ScopeKind, type TextScope } from './scope';
export { buildTextModel, type TextModel, type TextModelOptions } from './text-model';
export { describe, CONTEXT_LENGTH } from './describe';
export { anchor, anchorAll, anchorAllChunked, type ChunkOptions } from './anchor';
export {
  ANCHORING_VERSION,
  type AnchorOptions,
  type AnchorResult,
  type Placement,
  type Selector,
  type TextPositionSelector,
  type TextQuoteSelector,
} from './types';
