// `npm run demo`: the whole thing on one machine, from a fresh clone.
// Emulator on a free port → sample system (services, topology, traffic) → dashboard build if stale
// → `next start` on 127.0.0.1:$PORT (default 3000). Ctrl-C stops everything this script started, by PID.
import { spawn } from 'node:child_process';
import { existsSync, openSync, closeSync, readFileSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureNodeModules } from './lib/setup.mjs';
import { startEmulator } from './lib/emulator.mjs';
import { buildIsStale } from './lib/build.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
process.chdir(root);
const LOG_DIR = '.pubscope/logs';
const PROJECTS = 'pubscope-demo,pubscope-partner';
const port = Number(process.env.PORT ?? 3000);
process.env.METADATA_SERVER_DETECTION = 'none';

/** Only before anything was started: later failures go through shutdown() so nothing is left running. */
function fail(message) {
  console.error(`\n✗ ${message}`);
  process.exit(1);
}

function portIsFree(p) {
  return new Promise((resolve) => {
    const srv = net.createServer();
    srv.once('error', () => resolve(false));
    srv.listen(p, '127.0.0.1', () => srv.close(() => resolve(true)));
  });
}

const nextBin = () => path.join(root, 'node_modules/next/dist/bin/next');

// --- what we started, stopped in reverse order on exit -------------------------------------
const running = []; // { name, stop: () => Promise<void> }
let stopping = false;

/** Spawn node on the Next.js CLI directly (not through npx) so the PID we hold is the server's own. */
function spawnNext(args, { env, logFile }) {
  const out = logFile ? openSync(logFile, 'a') : 'inherit';
  const child = spawn(process.execPath, [nextBin(), ...args], { env, stdio: ['ignore', out, out] });
  if (typeof out === 'number') closeSync(out);
  let exited = false;
  const exit = new Promise((resolve) => child.once('exit', (code, signal) => ((exited = true), resolve({ code, signal }))));
  const stop = async () => {
    if (exited) return;
    child.kill('SIGTERM');
    const timer = setTimeout(() => !exited && child.kill('SIGKILL'), 5000);
    await exit;
    clearTimeout(timer);
  };
  return { child, exit, stop };
}

async function shutdown(code = 0) {
  if (stopping) return;
  stopping = true;
  console.log('\nStopping…');
  for (const item of running.reverse()) {
    try {
      await item.stop();
    } catch (err) {
      console.error(`  could not stop ${item.name}: ${err.message}`);
    }
  }
  console.log('Stopped.');
  process.exit(code);
}

let signals = 0;
for (const sig of ['SIGINT', 'SIGTERM']) {
  process.on(sig, () => {
    // A second Ctrl-C while stopping: do not wait any longer.
    if (++signals > 1) process.exit(130);
    shutdown(0);
  });
}

async function waitForHttp(url, { timeoutMs, exit }) {
  const deadline = Date.now() + timeoutMs;
  let exited = null;
  exit.then((e) => (exited = e));
  while (Date.now() < deadline) {
    if (exited) return false;
    try {
      await fetch(url, { signal: AbortSignal.timeout(2000), redirect: 'manual' });
      return true; // any HTTP answer means the server is up
    } catch {
      await new Promise((r) => setTimeout(r, 300));
    }
  }
  return false;
}

function tail(file, lines = 20) {
  try {
    return readFileSync(file, 'utf8').trimEnd().split('\n').slice(-lines).join('\n');
  } catch {
    return '';
  }
}

async function main() {
  if (!Number.isInteger(port) || port < 1 || port > 65535) fail(`PORT must be a port number, got ${process.env.PORT}`);
  if (!existsSync('app')) fail('The dashboard app (app/) is missing: nothing to build.');
  ensureNodeModules();
  if (!(await portIsFree(port))) {
    fail(`Port ${port} is already in use on 127.0.0.1 (another Pubscope or dev server?). Stop it, or choose another port: PORT=${port + 1} npm run demo`);
  }

  // Registered before awaiting, so a signal during start-up still stops what is coming up.
  console.log('Starting the Pub/Sub emulator…');
  const emulatorStart = startEmulator({ logDir: LOG_DIR });
  running.push({ name: 'emulator', stop: async () => (await emulatorStart.catch(() => null))?.stop() });
  const emulator = await emulatorStart;
  if (stopping) return;
  emulator.child.once('exit', (code) => {
    if (stopping) return;
    // The dashboard stays up on purpose: it shows the outage (banner, last data kept) as it would in production.
    // The emulator keeps nothing on disk, so there is nothing to resume: a fresh `npm run demo` starts over.
    console.error(
      `\n✗ The Pub/Sub emulator exited unexpectedly (code ${code}); see ${emulator.logFile}.\n` +
        '  The dashboard stays up and shows the outage. Press Ctrl-C, then run `npm run demo` again to start over.',
    );
  });

  // Imported only now: it needs node_modules, which ensureNodeModules() may just have installed.
  const { startSampleSystem } = await import('../demo/sample-system.mjs');
  console.log('Starting the sample system…');
  const systemStart = startSampleSystem({ emulatorHost: emulator.host, logDir: LOG_DIR, log: (l) => console.log(`  ${l}`) });
  running.push({ name: 'sample system', stop: async () => (await systemStart.catch(() => null))?.stop() });
  const system = await systemStart;
  if (stopping) return;

  const env = {
    ...process.env,
    PUBSUB_EMULATOR_HOST: emulator.host,
    PUBSUB_PROJECTS: PROJECTS,
    GOOGLE_CLOUD_PROJECT: 'pubscope-demo',
    METADATA_SERVER_DETECTION: 'none',
    NEXT_TELEMETRY_DISABLED: '1',
  };

  const stale = buildIsStale();
  if (stale) {
    console.log(`Building the dashboard (${stale})…`);
    const build = spawnNext(['build'], { env });
    running.push({ name: 'next build', stop: build.stop });
    const { code, signal } = await build.exit;
    running.pop();
    if (stopping) return;
    if (code !== 0) {
      console.error(`\n✗ next build failed (${signal ?? `exit code ${code}`}).`);
      return shutdown(1);
    }
  }

  const nextLog = path.join(LOG_DIR, `next-${port}.log`);
  const next = spawnNext(['start', '-H', '127.0.0.1', '-p', String(port)], { env, logFile: nextLog });
  running.push({ name: 'dashboard', stop: next.stop });
  next.exit.then(({ code, signal }) => {
    if (stopping) return;
    console.error(`\n✗ The dashboard (next start) exited (${signal ?? `code ${code}`}). Last lines of ${nextLog}:\n${tail(nextLog)}`);
    shutdown(1);
  });
  if (!(await waitForHttp(`http://127.0.0.1:${port}/`, { timeoutMs: 120_000, exit: next.exit }))) {
    if (!stopping) {
      console.error(`\n✗ The dashboard did not answer on port ${port} within 120 s; see ${nextLog}`);
      await shutdown(1);
    }
    return;
  }

  const pad = (s, n) => s.padEnd(n);
  console.log(`
Pubscope is running at http://localhost:${port}

  Pub/Sub emulator  ${emulator.host}  (PUBSUB_EMULATOR_HOST)   pid ${emulator.pid}
  projects          ${PROJECTS}
${system.services.map((s) => `  ${pad(s.name, 16)}  ${pad(s.url, 24)}  pid ${s.pid}`).join('\n')}
${system.traffic ? `  ${pad('traffic', 16)}  ${pad(`publishing ~${process.env.TRAFFIC_RATE ?? 2} msg/s per topic`, 24)}  pid ${system.traffic.pid}\n` : ''}
  Logs: ${LOG_DIR}/ (emulator-*.log, demo-<service>.log, next-${port}.log)
  Press Ctrl-C to stop everything.`);
}

main().catch(async (err) => {
  console.error(`\n✗ ${err.message}`);
  await shutdown(1);
});
