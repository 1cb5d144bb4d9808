// Bench: analysing and painting each demo article in real Chromium. The target is
// painting in under 16 ms (one frame) after analysis for a seed-sized article.
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { findBrowser } from '../lib/find-browser';
import { startDemoServer, hostResolverRules, readManifest } from '../demo-server';
import { writeDemoSite } from '../demo-site/generate';
import type { PaintRun } from './paint-page';

const RUNS = 15;
const TARGET_PAINT_MS = 16;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

export async function benchPaint(): Promise<object> {
  const bundle = await build({
    entryPoints: [fileURLToPath(new URL('./paint-page.ts', import.meta.url))],
    bundle: true,
    format: 'iife',
    write: false,
    platform: 'browser',
    target: 'chrome120',
  });
  const script = bundle.outputFiles[0].text;
  const { notes } = writeDemoSite();
  const server = await startDemoServer({ port: 0 });
  const browser = await chromium.launch({
    executablePath: findBrowser(),
    headless: true,
    args: [
      `--host-resolver-rules=${hostResolverRules(server.port)}`,
      ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
    ],
  });
  try {
    const results = [];
    for (const entry of readManifest().filter((p) => p.expectArticle)) {
      const page = await browser.newPage();
      await page.goto(server.url(entry.host, entry.path));
      await page.addScriptTag({ content: script });
      const runs = await page.evaluate(
        (n) => (window as unknown as { govmarkPaintBench: (n: number) => PaintRun[] }).govmarkPaintBench(n),
        RUNS,
      );
      const paintMs = median(runs.map((r) => r.paintMs));
      results.push({
        page: `${entry.host}${entry.path}`,
        kind: entry.kind,
        ranges: runs[0].ranges,
        analyseMedianMs: Number(median(runs.map((r) => r.analyseMs)).toFixed(2)),
        paintMedianMs: Number(paintMs.toFixed(2)),
        paintWithinFrame: paintMs < TARGET_PAINT_MS,
      });
      await page.close();
    }
    return {
      runs: RUNS,
      targetPaintMs: TARGET_PAINT_MS,
      pages: results,
      allWithinFrame: results.every((r) => r.paintWithinFrame),
      ...(notes.length > 0 ? { skipped: notes } : {}),
    };
  } finally {
    await browser.close();
    await server.close();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  console.log(JSON.stringify(await benchPaint(), null, 2));
}
