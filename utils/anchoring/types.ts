// W3C Web Annotation selectors (https://www.w3.org/TR/annotation-model/#selectors),
// as plain objects with their `type` field, exactly as the model writes them.

export interface TextQuoteSelector {
  type: 'TextQuoteSelector';
  exact: string;
  prefix?: string;
  suffix?: string;
}

export interface TextPositionSelector {
  type: 'TextPositionSelector';
  start: number;
  end: number;
}

export type Selector = TextQuoteSelector | TextPositionSelector;

/** Bumped when the text model or the selector rules change, so old anchors can be re-described. */
export const ANCHORING_VERSION = 1;
