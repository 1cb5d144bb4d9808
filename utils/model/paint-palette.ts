// What each painted thing looks like, stated once: the page's highlight CSS
// (entrypoints/article.content/highlights.css, checked against this table by a unit test), the
// private layer's fills and the legend's swatches all follow it.
//
// Two families that cannot be confused: the engine's findings are *lines* in dark ink colours
// (underlines of different styles, and a grey shade for directives, alternating so that
// consecutive directives read as separate stretches); the reader's own highlights are pale
// *fills*, blended like a highlighter pen, so a figure's underline stays visible through them.
// Tracked passages are outlined boxes with a bar in the margin: a task, not a highlight.
import type { HighlightColor } from './kinds';

export type FindingLookKind = 'figure' | 'document' | 'date' | 'deadline' | 'directive' | 'directive-alt';

export interface FindingLook {
  /** text-decoration-line: underline, in this style, colour and thickness (px); none when null. */
  line: { style: 'solid' | 'double' | 'dotted' | 'wavy'; colour: string; thickness: number } | null;
  /** A background shade, only for the long stretches (directives). */
  shade: string | null;
}

export const FINDING_LOOKS: Record<FindingLookKind, FindingLook> = {
  figure: { line: { style: 'solid', colour: 'rgb(194, 65, 12)', thickness: 2 }, shade: null },
  document: { line: { style: 'double', colour: 'rgb(15, 118, 110)', thickness: 1 }, shade: null },
  date: { line: { style: 'dotted', colour: 'rgb(109, 40, 217)', thickness: 2 }, shade: null },
  deadline: { line: { style: 'wavy', colour: 'rgb(220, 38, 38)', thickness: 1 }, shade: null },
  directive: { line: null, shade: 'rgba(71, 85, 105, 0.1)' },
  'directive-alt': { line: null, shade: 'rgba(71, 85, 105, 0.22)' },
};

/** The reader's highlight fills (opaque: the private layer blends them with `multiply`). */
export const READER_FILLS: Record<HighlightColor, string> = {
  yellow: 'rgb(255, 240, 120)',
  green: 'rgb(190, 240, 170)',
  blue: 'rgb(185, 220, 255)',
  pink: 'rgb(255, 200, 225)',
  purple: 'rgb(225, 205, 255)',
};

/** Tracked passages: outline and margin bar. */
export const TASK_INK = 'rgb(13, 116, 144)';
/** The passage flashed after a jump from the side panel or the popup. */
export const FLASH_FILL = 'rgb(255, 190, 110)';
/** The outline of the stretch an open card describes. */
export const FOCUS_INK = 'rgb(30, 36, 48)';

/** The CSS declarations of a finding's look, for `::highlight()` rules and legend swatches alike. */
export function findingLookCss(look: FindingLook): string {
  const parts: string[] = [];
  if (look.shade) parts.push(`background-color: ${look.shade}`);
  if (look.line) {
    parts.push(`text-decoration-line: underline`);
    parts.push(`text-decoration-style: ${look.line.style}`);
    parts.push(`text-decoration-color: ${look.line.colour}`);
    parts.push(`text-decoration-thickness: ${look.line.thickness}px`);
  }
  return parts.join('; ');
}
