// What `npm run demo` and `npm test` need on a fresh machine, installed only when missing.
import { execSync, spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';

function run(cmd, opts = {}) {
  console.log(`$ ${cmd}`);
  execSync(cmd, { stdio: 'inherit', ...opts });
}

/** npm ci when node_modules is missing or older than the lock file. */
export function ensureNodeModules() {
  const lock = 'package-lock.json';
  const marker = 'node_modules/.package-lock.json';
  const stale = !existsSync(marker) || (existsSync(lock) && statSync(lock).mtimeMs > statSync(marker).mtimeMs + 1000);
  if (!stale) return;
  run(existsSync(lock) ? 'npm ci --no-audit --no-fund' : 'npm install --no-audit --no-fund');
}

export function findChromium() {
  for (const name of ['chromium', 'chromium-browser', 'google-chrome']) {
    const r = spawnSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' });
    if (r.status === 0 && r.stdout.trim()) return r.stdout.trim();
  }
  return null;
}

/** Debian's chromium (Playwright's own browser download cannot work on these machines). */
export function ensureChromium() {
  const found = findChromium();
  if (found) return found;
  const sudo = process.getuid && process.getuid() === 0 ? '' : 'sudo ';
  run(`${sudo}apt-get update -qq`, { env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  run(`${sudo}apt-get install -y -qq chromium`, { env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  const installed = findChromium();
  if (!installed) throw new Error('chromium is still missing after apt-get install');
  return installed;
}

/** The flags this machine needs for headless Chromium (closed network, running as root). */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
