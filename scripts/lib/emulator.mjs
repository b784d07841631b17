// Starts the real Google Pub/Sub emulator on a free loopback port.
// Used by `npm run demo`, the test setup and the benchmarks.
import { spawn, execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, openSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';

export function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

export function findEmulatorLauncher() {
  const candidates = [];
  if (process.env.PUBSUB_EMULATOR_LAUNCHER) candidates.push(process.env.PUBSUB_EMULATOR_LAUNCHER);
  try {
    const root = execFileSync('gcloud', ['info', '--format=value(installation.sdk_root)'], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
      timeout: 20000,
    }).trim();
    if (root) candidates.push(path.join(root, 'platform/pubsub-emulator/bin/cloud-pubsub-emulator'));
  } catch {
    // gcloud missing: fall through to the usual install locations
  }
  candidates.push(
    '/usr/lib/google-cloud-sdk/platform/pubsub-emulator/bin/cloud-pubsub-emulator',
    '/usr/share/google-cloud-sdk/platform/pubsub-emulator/bin/cloud-pubsub-emulator',
  );
  const found = candidates.find((c) => existsSync(c));
  if (!found) {
    throw new Error(
      'Pub/Sub emulator not found. Install it with `gcloud components install pubsub-emulator` ' +
        '(or the Debian package google-cloud-cli-pubsub-emulator), or set PUBSUB_EMULATOR_LAUNCHER.',
    );
  }
  return found;
}

async function answersOk(host) {
  try {
    const res = await fetch(`http://${host}/`, { signal: AbortSignal.timeout(1000) });
    return res.ok;
  } catch {
    return false;
  }
}

/**
 * Start an emulator. Returns { host, port, pid, stop() }.
 * @param {{ logDir?: string, port?: number }} [options] port: reuse a port (e.g. to restart after an outage)
 * The launcher execs Java, so the child PID is the JVM's: killing it stops the emulator.
 */
export async function startEmulator({ logDir = '.pubscope/logs', port } = {}) {
  const launcher = findEmulatorLauncher();
  port ??= await freePort();
  mkdirSync(logDir, { recursive: true });
  const logFile = path.join(logDir, `emulator-${port}.log`);
  const out = openSync(logFile, 'a');
  const child = spawn(launcher, [`--host=127.0.0.1`, `--port=${port}`], {
    stdio: ['ignore', out, out],
    // Without a heap cap the JVM grows to ~1.4 GB.
    env: { ...process.env, JAVA_OPTS: process.env.JAVA_OPTS ?? '-Xmx256m' },
    detached: false,
  });
  let exited = false;
  child.on('exit', () => (exited = true));
  const host = `127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  while (!(await answersOk(host))) {
    if (exited) throw new Error(`Pub/Sub emulator exited during start-up; see ${logFile}`);
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`Pub/Sub emulator did not answer on ${host} within 60 s; see ${logFile}`);
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  const stop = () =>
    new Promise((resolve) => {
      if (exited) return resolve();
      child.once('exit', () => resolve());
      child.kill('SIGTERM');
      setTimeout(() => {
        if (!exited) child.kill('SIGKILL');
      }, 5000).unref();
    });
  return { host, port, pid: child.pid, logFile, stop, child };
}
