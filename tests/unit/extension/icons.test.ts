// The toolbar and store icons (issue 13.6: "the toolbar button is a generic tile"): every size the
// manifest names exists as a PNG of that size, in the light and the dark variant (Firefox picks
// the one that reads on the toolbar's theme).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const SIZES = [16, 32, 48, 96, 128];
const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** Width and height from a PNG's IHDR chunk. */
function pngSize(file: string): { width: number; height: number } {
  const bytes = readFileSync(file);
  expect(bytes.subarray(0, 8).equals(PNG_SIGNATURE)).toBe(true);
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

describe('icons', () => {
  it('has a light and a dark PNG of each manifest size', () => {
    for (const size of SIZES) {
      for (const name of [`${size}.png`, `${size}-dark.png`]) {
        expect(pngSize(path.resolve('public/icon', name)), name).toEqual({ width: size, height: size });
      }
    }
  });

  it('names those sizes in the manifest, for the extension and its toolbar button', () => {
    const config = readFileSync(path.resolve('wxt.config.ts'), 'utf8');
    expect(config).toContain(`const ICON_SIZES = [${SIZES.join(', ')}]`);
    expect(config).toMatch(/icons: ICONS/);
    expect(config).toMatch(/default_icon: ICONS/);
  });
});
