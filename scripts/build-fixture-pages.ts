// `npm run fixtures`: writes the demo portal site (tests/fixtures/pages/<host>/<path>.html) and
// its manifest from the seed articles. Deterministic: the same seeds give byte-identical files,
// and the output folder is rebuilt from scratch so no stale page survives.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { buildPages } from './demo-site/page-list';
import { MANIFEST_FILE, PAGES_DIR, pageFile } from './demo-site/page-files';

function main(): void {
  const pages = buildPages();
  rmSync(PAGES_DIR, { recursive: true, force: true });
  for (const { entry, html } of pages) {
    const file = pageFile(entry.host, entry.path);
    if (!file) throw new Error(`No file for ${entry.host}${entry.path}`);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, html, 'utf8');
  }
  writeFileSync(
    MANIFEST_FILE,
    `${JSON.stringify(
      pages.map((p) => p.entry),
      null,
      2,
    )}\n`,
    'utf8',
  );
  for (const { entry } of pages) console.log(`${entry.kind.padEnd(15)} http://${entry.host}${entry.path}`);
  console.log(`Wrote ${pages.length} pages and ${path.relative(process.cwd(), MANIFEST_FILE)}`);
}

main();
