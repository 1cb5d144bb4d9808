// Where other people's text lives: the `shared/` folder beside the clone (or GOVMARK_SHARED).
// The repository never copies it; tests, the demo site and benches read it from here, and a
// clone without it still works, saying what it left out.
import { existsSync } from 'node:fs';
import path from 'node:path';

const REPO_ROOT = path.resolve(import.meta.dirname, '../..');

/** The shared folder: GOVMARK_SHARED when set, else `../shared` beside the repository. */
export function sharedDir(): string {
  return process.env.GOVMARK_SHARED ? path.resolve(process.env.GOVMARK_SHARED) : path.resolve(REPO_ROOT, '../shared');
}

/** A path inside the shared folder, e.g. sharedPath('fixtures', 'seeds'). */
export function sharedPath(...parts: string[]): string {
  return path.join(sharedDir(), ...parts);
}

export type CorpusName = 'seeds' | 'real' | 'domain';

const CORPUS_DIRS: Record<CorpusName, string[]> = {
  seeds: ['fixtures', 'seeds'],
  real: ['fixtures', 'real'],
  domain: ['domain'],
};

export function corpusDir(name: CorpusName): string {
  return sharedPath(...CORPUS_DIRS[name]);
}

export function hasCorpus(name: CorpusName): boolean {
  return existsSync(corpusDir(name));
}

/** One line for a reader whose clone has no shared folder. */
export function corpusAbsentMessage(name: CorpusName, what: string): string {
  return `${what}: skipped, the shared ${name} corpus is absent (${corpusDir(name)}); set GOVMARK_SHARED to the shared folder to run it.`;
}

// The web corpus (issue 9's second evidence set): real reporting excerpts gathered on this
// machine only, outside the repository, named by GOVMARK_WEB_CORPUS. Unlike ../shared it is
// optional everywhere: a clone, or CI, without it skips its rows and suites with one line.
export function webCorpusDir(): string | null {
  return process.env.GOVMARK_WEB_CORPUS ? path.resolve(process.env.GOVMARK_WEB_CORPUS) : null;
}

export function hasWebCorpus(): boolean {
  const dir = webCorpusDir();
  return dir !== null && existsSync(dir);
}

/** One line for a run without the web corpus (never a failure, not even under CI). */
export function webCorpusAbsentMessage(what: string): string {
  const dir = webCorpusDir();
  return dir === null
    ? `${what}: skipped, GOVMARK_WEB_CORPUS is not set (the web excerpts exist only where they were gathered).`
    : `${what}: skipped, the web corpus is absent (${dir}).`;
}
