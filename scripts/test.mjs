// `npm test`: installs what is missing, runs vitest (unit + emulator integration), builds the app, runs the
// Playwright e2e suite in Debian's Chromium, and ends with one plain line CI reads: `N passed, N failed`.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { ensureChromium, ensureNodeModules } from './lib/setup.mjs';

const env = { ...process.env, METADATA_SERVER_DETECTION: 'none', NEXT_TELEMETRY_DISABLED: '1' };
const only = process.argv[2]; // optional: "unit" or "e2e"

function run(cmd, args, extraEnv = {}) {
  console.log(`\n$ ${cmd} ${args.join(' ')}`);
  return spawnSync(cmd, args, { stdio: 'inherit', env: { ...env, ...extraEnv } }).status ?? 1;
}

function readJson(path) {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    return null;
  }
}

ensureNodeModules();
const chromium = only === 'unit' ? null : ensureChromium();
mkdirSync('reports', { recursive: true });

let passed = 0;
let failed = 0;

if (only !== 'e2e') {
  rmSync('reports/vitest.json', { force: true });
  const status = run('npx', ['vitest', 'run', '--reporter=default', '--reporter=json', '--outputFile.json=reports/vitest.json']);
  const report = readJson('reports/vitest.json');
  if (report) {
    passed += report.numPassedTests;
    failed += report.numFailedTests;
    // A suite that failed to load has no tests but still failed.
    failed += (report.testResults ?? []).filter((f) => f.status === 'failed' && (f.assertionResults ?? []).length === 0).length;
  } else if (status !== 0) {
    failed += 1;
  }
}

if (only !== 'unit') {
  const buildStatus = run('npx', ['next', 'build']);
  if (buildStatus !== 0) {
    console.error('next build failed: the e2e suite cannot run');
    failed += 1;
  } else {
    rmSync('reports/playwright.json', { force: true });
    const status = run('npx', ['playwright', 'test'], {
      CHROMIUM_PATH: chromium,
      PLAYWRIGHT_JSON_OUTPUT_NAME: 'reports/playwright.json',
    });
    const report = readJson('reports/playwright.json');
    if (report?.stats) {
      passed += report.stats.expected + report.stats.flaky;
      failed += report.stats.unexpected;
      failed += (report.errors ?? []).length; // global setup failures
    } else if (status !== 0 || !existsSync('reports/playwright.json')) {
      failed += 1;
    }
  }
}

console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed > 0 || passed === 0 ? 1 : 0);
