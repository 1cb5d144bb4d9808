// `npm run fixtures`: writes the demo portal site (tests/fixtures/pages/<host>/<path>.html, git-
// ignored) and its manifests from the project's articles and, when ../shared is there, the seed
// and real pages. The tests and `npm start` do the same before they serve it.
import path from 'node:path';
import { writeDemoSite } from './demo-site/generate';
import { MANIFEST_FILE, PAGES_DIR, readManifest, readRealManifest } from './demo-site/page-files';

const result = writeDemoSite();
for (const entry of [...readManifest(), ...readRealManifest()])
  console.log(`${entry.kind.padEnd(15)} http://${entry.host}${entry.path}`);
for (const note of result.notes) console.log(note);
console.log(
  `${result.pages} demo pages and ${result.realPages} real pages in ${path.relative(process.cwd(), PAGES_DIR)} ` +
    `(${result.written} written, ${result.removed} removed; manifest ${path.basename(MANIFEST_FILE)}).`,
);
