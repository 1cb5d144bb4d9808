// `npm test`: formatter check and linter (Biome), type check, unit tests, the Chromium end-to-end
// suite on the Chrome build, then the Firefox build, `web-ext lint` on it and the Firefox smoke
// suite. Ends with one line `N passed, N failed, N skipped` for the whole run: each check step
// counts as one test, each vitest run as its tests, and a suite skipped because ../shared is
// absent as one skipped test.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';

const REPORT_DIR = path.resolve('.tmp/test-reports');
mkdirSync(REPORT_DIR, { recursive: true });

interface VitestJson {
  numPassedTests: number;
  numFailedTests: number;
  numPendingTests: number;
  numTodoTests: number;
  numTotalTests: number;
}

interface StepResult {
  label: string;
  passed: number;
  failed: number;
  skipped: number;
}

const steps: StepResult[] = [];

function run(label: string, cmd: string, args: string[]): boolean {
  console.log(`\n== ${label}: ${cmd} ${args.join(' ')}`);
  return spawnSync(cmd, args, { stdio: ['ignore', 'inherit', 'inherit'], env: process.env }).status === 0;
}

function check(label: string, cmd: string, args: string[]): boolean {
  const ok = run(label, cmd, args);
  steps.push({ label, passed: ok ? 1 : 0, failed: ok ? 0 : 1, skipped: 0 });
  return ok;
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
  const step: StepResult = { label, passed: 0, failed: 0, skipped: 0 };
  if (existsSync(report)) {
    const json = JSON.parse(readFileSync(report, 'utf8')) as VitestJson;
    step.passed = json.numPassedTests;
    step.failed = json.numFailedTests;
    step.skipped = json.numPendingTests + json.numTodoTests;
    // A suite that crashed before its tests ran reports no failures: count it as one.
    if (!ok && json.numFailedTests === 0) step.failed += 1;
    if (json.numTotalTests === 0) step.failed += 1;
  } else {
    step.failed = 1;
  }
  steps.push(step);
}

interface LintMessage {
  code: string;
  file?: string;
}

/** `web-ext lint` on the Firefox build: errors fail the step; warnings are listed, one line each. */
function webExtLint(): void {
  const label = 'web-ext lint';
  const args = ['web-ext', 'lint', '--source-dir', '.output/firefox-mv3', '--output', 'json', '--no-input'];
  console.log(`\n== ${label}: npx ${args.join(' ')}`);
  const result = spawnSync('npx', args, { encoding: 'utf8', env: process.env });
  let report: { summary: Record<string, number>; errors: LintMessage[]; warnings: LintMessage[] } | null = null;
  try {
    report = JSON.parse(result.stdout);
  } catch {
    console.log(result.stdout, result.stderr);
  }
  if (report) {
    console.log(`errors ${report.summary.errors}, warnings ${report.summary.warnings}`);
    for (const m of [...report.errors, ...report.warnings]) console.log(`  ${m.code} ${m.file ?? ''}`);
  }
  const ok = result.status === 0 && report !== null && report.summary.errors === 0;
  steps.push({ label, passed: ok ? 1 : 0, failed: ok ? 0 : 1, skipped: 0 });
}

check('format and lint', 'npx', ['biome', 'ci', '.']);
check('typecheck', 'npx', ['tsc', '--noEmit']);
vitest('unit', []);
if (check('build (Chrome)', 'npx', ['wxt', 'build'])) vitest('e2e Chromium', ['--config', 'vitest.e2e.config.ts']);
if (check('build (Firefox)', 'npx', ['wxt', 'build', '-b', 'firefox', '--mv3'])) {
  webExtLint();
  vitest('e2e Firefox', ['--config', 'vitest.firefox.config.ts']);
}

const total = steps.reduce(
  (sum, s) => ({ passed: sum.passed + s.passed, failed: sum.failed + s.failed, skipped: sum.skipped + s.skipped }),
  {
    passed: 0,
    failed: 0,
    skipped: 0,
  },
);
console.log('\n== summary');
for (const s of steps)
  console.log(`  ${s.label.padEnd(18)} ${s.passed} passed, ${s.failed} failed, ${s.skipped} skipped`);
console.log(`\n${total.passed} passed, ${total.failed} failed, ${total.skipped} skipped`);
process.exitCode = total.failed > 0 ? 1 : 0;
