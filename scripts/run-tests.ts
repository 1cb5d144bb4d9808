// `npm test`: formatter check and linter (Biome), type check, unit tests, then the end-to-end suite in real Chromium against the
// freshly built extension. Ends with one line `N passed, N failed` for the whole run.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, existsSync, rmSync } from 'node:fs';
import path from 'node:path';

const REPORT_DIR = path.resolve('.tmp/test-reports');
mkdirSync(REPORT_DIR, { recursive: true });

interface VitestJson {
  numPassedTests: number;
  numFailedTests: number;
  numTotalTests: number;
}

let passed = 0;
let failed = 0;

function run(label: string, cmd: string, args: string[]): boolean {
  console.log(`\n== ${label}: ${cmd} ${args.join(' ')}`);
  const result = spawnSync(cmd, args, { stdio: 'inherit', env: process.env });
  return result.status === 0;
}

function vitest(label: string, args: string[]): void {
  const report = path.join(REPORT_DIR, `${label}.json`);
  rmSync(report, { force: true });
  const ok = run(label, 'npx', [
    'vitest',
    'run',
    ...args,
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${report}`,
  ]);
  if (existsSync(report)) {
    const json = JSON.parse(readFileSync(report, 'utf8')) as VitestJson;
    passed += json.numPassedTests;
    failed += json.numFailedTests;
    // A suite that crashed before its tests ran reports no failures: count it as one.
    if (!ok && json.numFailedTests === 0) failed += 1;
    if (json.numTotalTests === 0) failed += 1;
  } else {
    failed += 1;
  }
}

if (run('format and lint', 'npx', ['biome', 'ci', '.'])) passed += 1;
else failed += 1;
if (run('typecheck', 'npx', ['tsc', '--noEmit'])) passed += 1;
else failed += 1;
vitest('unit', []);
if (run('build', 'npx', ['wxt', 'build'])) {
  vitest('e2e', ['--config', 'vitest.e2e.config.ts']);
} else {
  failed += 1;
}
console.log(`\n${passed} passed, ${failed} failed`);
process.exitCode = failed > 0 ? 1 : 0;
