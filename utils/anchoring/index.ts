// The anchoring library's public surface: selectors in, ranges out, no extension APIs.

export { buildTextModel, type TextModel } from './text-model';
export { describe, CONTEXT_LENGTH } from './describe';
export { anchor, anchorAll, anchorAllChunked, type ChunkOptions } from './anchor';
export {
  ANCHORING_VERSION,
  type AnchorOptions,
  type AnchorResult,
  type Selector,
  type TextPositionSelector,
  type TextQuoteSelector,
} from './types';
