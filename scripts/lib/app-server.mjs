// Starts the built dashboard (`next start`) as its own process group so stopping it leaves nothing behind.
import { spawn } from 'node:child_process';
import { mkdirSync, openSync } from 'node:fs';
import path from 'node:path';

export async function startDashboard({ port, env = {}, logDir = '.pubscope/logs', host = '127.0.0.1' }) {
  mkdirSync(logDir, { recursive: true });
  const logFile = path.join(logDir, `dashboard-${port}.log`);
  const out = openSync(logFile, 'a');
  const child = spawn(path.resolve('node_modules/.bin/next'), ['start', '-H', host, '-p', String(port)], {
    stdio: ['ignore', out, out],
    env: { ...process.env, METADATA_SERVER_DETECTION: 'none', NEXT_TELEMETRY_DISABLED: '1', ...env },
    detached: true, // own process group: next may fork workers
  });
  let exited = false;
  child.on('exit', () => (exited = true));
  const url = `http://${host}:${port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (exited) throw new Error(`the dashboard exited during start-up; see ${logFile}`);
    try {
      const res = await fetch(`${url}/api/health`, { signal: AbortSignal.timeout(2000) });
      if (res.status === 200 || res.status === 503) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`the dashboard did not answer on ${url} within 60 s; see ${logFile}`);
    await new Promise((r) => setTimeout(r, 250));
  }
  const stop = () =>
    new Promise((resolve) => {
      if (exited) return resolve();
      child.once('exit', () => resolve());
      try {
        process.kill(-child.pid, 'SIGTERM');
      } catch {
        child.kill('SIGTERM');
      }
      setTimeout(() => {
        if (!exited) {
          try {
            process.kill(-child.pid, 'SIGKILL');
          } catch {}
        }
      }, 5000).unref();
    });
  return { url, pid: child.pid, logFile, stop };
}
