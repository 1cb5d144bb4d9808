// Renders scripts/icons/govmark-icon.svg into the toolbar and store icons (public/icon/), in a
// light-toolbar and a dark-toolbar variant, with the Chromium the tests use. Run by hand after
// changing the drawing (`npx tsx scripts/build-icons.ts`); the PNGs are committed.
import { readFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { findBrowser } from './lib/find-browser';

const SIZES = [16, 32, 48, 96, 128];
const OUT = path.resolve(import.meta.dirname, '../public/icon');
const svg = readFileSync(path.resolve(import.meta.dirname, 'icons/govmark-icon.svg'), 'utf8');
/** Dark toolbars get a light tile so the icon keeps its edge. */
const VARIANTS = {
  '': ':root { --tile: #0f3d63; --page: #ffffff; --ink: #9fb3c8; }',
  '-dark': ':root { --tile: #e8f0f8; --page: #ffffff; --ink: #7d93aa; }',
} as const;

const browser = await chromium.launch({ executablePath: findBrowser(), args: ['--no-sandbox'] });
mkdirSync(OUT, { recursive: true });
for (const [suffix, css] of Object.entries(VARIANTS)) {
  for (const size of SIZES) {
    const page = await browser.newPage({ viewport: { width: size, height: size }, deviceScaleFactor: 1 });
    await page.setContent(
      `<style>${css} html,body{margin:0;background:transparent} svg{display:block;width:${size}px;height:${size}px}</style>${svg}`,
    );
    await page.screenshot({ path: path.join(OUT, `${size}${suffix}.png`), omitBackground: true });
    await page.close();
  }
}
await browser.close();
console.log(`icons written to ${OUT}`);
