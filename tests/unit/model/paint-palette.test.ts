// The page's highlight CSS and the palette the legend draws from say the same thing, and the two
// families (findings as lines, the reader's as fills) stay apart.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { HIGHLIGHT_COLORS } from '../../../utils/model/kinds';
import { FINDING_LOOKS, findingLookCss, READER_FILLS } from '../../../utils/model/paint-palette';

const css = readFileSync(path.resolve('entrypoints/article.content/highlights.css'), 'utf8');

function declarations(selector: string): string {
  const start = css.indexOf(`${selector} {`);
  if (start < 0) throw new Error(`no rule for ${selector}`);
  const body = css.slice(start + selector.length + 2, css.indexOf('}', start));
  return body
    .split(';')
    .map((d) => d.trim())
    .filter(Boolean)
    .join('; ');
}

describe('paint palette', () => {
  it('is what highlights.css paints, kind by kind', () => {
    for (const [kind, look] of Object.entries(FINDING_LOOKS)) {
      expect(declarations(`::highlight(govmark-${kind})`), kind).toBe(findingLookCss(look));
    }
  });

  it('paints no reader colour in the page registry', () => {
    expect(css).not.toMatch(/govmark-user-|govmark-flash|govmark-task/);
  });

  it('draws findings as lines and only directives as a shade, in two different shades', () => {
    for (const [kind, look] of Object.entries(FINDING_LOOKS)) {
      if (kind.startsWith('directive')) expect(look.line, kind).toBeNull();
      else expect(look, kind).toMatchObject({ shade: null, line: expect.any(Object) });
    }
    expect(FINDING_LOOKS.directive.shade).not.toBe(FINDING_LOOKS['directive-alt'].shade);
    const styles = Object.values(FINDING_LOOKS).flatMap((l) => (l.line ? [l.line.style] : []));
    expect(new Set(styles).size).toBe(styles.length);
  });

  it('gives every highlight colour a fill', () => {
    expect(Object.keys(READER_FILLS)).toEqual([...HIGHLIGHT_COLORS]);
  });
});
