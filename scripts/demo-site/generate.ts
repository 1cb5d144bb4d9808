// Writes the demo site into its git-ignored folder: the tests, `npm start` and `npm run
// fixtures` call this before serving. Deterministic (the same texts give the same bytes) and
// idempotent: unchanged files are left alone, stale ones removed, each write is atomic, so
// runs that overlap see either the old or the new file, never half of one.
import {
  type Dirent,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmdirSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';
import { MANIFEST_FILE, PAGES_DIR, REAL_MANIFEST_FILE, pageFile } from './page-files';
import { type DemoSite, buildDemoSite } from './page-list';

export interface GeneratedSite {
  pages: number;
  realPages: number;
  written: number;
  removed: number;
  notes: string[];
}

function manifestJson(pages: DemoSite['pages']): string {
  return `${JSON.stringify(
    pages.map((p) => p.entry),
    null,
    2,
  )}\n`;
}

/** Every file the site consists of, by absolute path. */
export function siteFiles(site: DemoSite, root = PAGES_DIR): Map<string, string> {
  const files = new Map<string, string>();
  for (const { entry, html } of [...site.pages, ...site.realPages]) {
    const file = pageFile(entry.host, entry.path, root);
    if (!file) throw new Error(`No file for ${entry.host}${entry.path}`);
    if (files.has(file)) throw new Error(`Two demo pages map to ${file}`);
    files.set(file, html);
  }
  files.set(path.join(root, path.relative(PAGES_DIR, MANIFEST_FILE)), manifestJson(site.pages));
  files.set(path.join(root, path.relative(PAGES_DIR, REAL_MANIFEST_FILE)), manifestJson(site.realPages));
  return files;
}

function readOrNull(file: string): string | null {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return null;
  }
}

function listFiles(dir: string): string[] {
  let entries: Dirent[];
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return [];
  }
  return entries.flatMap((e) => {
    const full = path.join(dir, e.name);
    return e.isDirectory() ? listFiles(full) : [full];
  });
}

function removeEmptyDirs(dir: string, root: string): void {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    if (e.isDirectory()) removeEmptyDirs(path.join(dir, e.name), root);
  }
  if (dir !== root && readdirSync(dir).length === 0) rmdirSync(dir);
}

export function writeDemoSite(site: DemoSite = buildDemoSite(), root = PAGES_DIR): GeneratedSite {
  const files = siteFiles(site, root);
  let written = 0;
  for (const [file, content] of files) {
    if (readOrNull(file) === content) continue;
    mkdirSync(path.dirname(file), { recursive: true });
    const temporary = `${file}.${process.pid}.tmp`;
    writeFileSync(temporary, content, 'utf8');
    renameSync(temporary, file);
    written += 1;
  }
  let removed = 0;
  for (const file of listFiles(root)) {
    if (files.has(file) || file.endsWith('.tmp')) continue;
    rmSync(file, { force: true });
    removed += 1;
  }
  removeEmptyDirs(root, root);
  return { pages: site.pages.length, realPages: site.realPages.length, written, removed, notes: site.notes };
}
