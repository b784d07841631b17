// Starts the sample system against a running emulator: one child process per service,
// the topology pointing at them, and (optionally) the traffic generator.
// Used by `npm run demo` and the end-to-end tests; stop() ends every process it started, by PID.
import { fork } from 'node:child_process';
import { mkdirSync, openSync, closeSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createTopology, PROJECTS, PUSH_SERVICES } from './topology.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
export const SERVICES = [...PUSH_SERVICES, 'ledger'];
// Generous: on a loaded CI machine forking eight node processes can take many seconds; a crash is reported at once anyway.
const READY_TIMEOUT_MS = 60_000;

/**
 * Fork a demo script with an IPC channel: the child reports readiness (and its port) over it,
 * and exits by itself when the channel closes, so it cannot outlive us even if we are killed.
 */
function startChild({ script, name, env, logDir }) {
  const logFile = path.join(logDir, `demo-${name}.log`);
  const fd = openSync(logFile, 'a');
  const child = fork(path.join(here, script), [], {
    env: { ...process.env, METADATA_SERVER_DETECTION: 'none', ...env },
    stdio: ['ignore', fd, fd, 'ipc'],
  });
  closeSync(fd); // the child holds its own copy
  let exited = false;
  const exit = new Promise((resolve) => child.once('exit', () => ((exited = true), resolve())));
  const ready = new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${name} did not start within ${READY_TIMEOUT_MS / 1000} s; see ${logFile}`)), READY_TIMEOUT_MS);
    child.on('message', (m) => {
      if (m?.ready) {
        clearTimeout(timer);
        resolve(m);
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`${name} exited during start-up (code ${code}); see ${logFile}`));
    });
  });
  ready.catch(() => {}); // observed by the caller; avoid an unhandled rejection when start-up is abandoned
  const stop = async () => {
    if (exited) return;
    child.kill('SIGTERM');
    const timer = setTimeout(() => !exited && child.kill('SIGKILL'), 3000);
    await exit;
    clearTimeout(timer);
  };
  return { name, pid: child.pid, logFile, ready, stop, send: (m) => child.connected && child.send(m) };
}

/**
 * @param {{ emulatorHost: string, logDir?: string, traffic?: boolean, log?: (line: string) => void,
 *           env?: Record<string, string> }} options
 *   env: extra environment for every child, e.g. { FAILURE_RATE: '0' } or { TRAFFIC_RATE: '5' }.
 *        Per service: BILLING_FAILURE_RATE etc. override FAILURE_RATE / SLOW_RATE for that service only.
 * @returns {Promise<{ projects: string[], services: { name: string, url: string, pid: number }[],
 *                     traffic: { pid: number } | null, stop(): Promise<void> }>}
 */
export async function startSampleSystem({ emulatorHost, logDir = '.pubscope/logs', traffic = true, log = console.log, env = {} }) {
  if (!emulatorHost) throw new Error('startSampleSystem needs emulatorHost (host:port)');
  // Fail fast: the client library would otherwise retry an unreachable emulator for minutes.
  const up = await fetch(`http://${emulatorHost}/`, { signal: AbortSignal.timeout(3000) }).then((r) => r.ok, () => false);
  if (!up) throw new Error(`No Pub/Sub emulator answers at ${emulatorHost}`);
  mkdirSync(logDir, { recursive: true });
  const started = Date.now();
  const children = [];
  const stop = async () => {
    await Promise.all(children.map((c) => c.stop()));
  };
  try {
    const baseEnv = { PUBSUB_EMULATOR_HOST: emulatorHost, GOOGLE_CLOUD_PROJECT: PROJECTS[0], ...env };
    for (const name of SERVICES) {
      const own = {};
      for (const knob of ['FAILURE_RATE', 'SLOW_RATE']) {
        const v = env[`${name.toUpperCase()}_${knob}`] ?? process.env[`${name.toUpperCase()}_${knob}`];
        if (v !== undefined) own[knob] = v;
      }
      children.push(startChild({ script: 'service.mjs', name, logDir, env: { ...baseEnv, ...own, SERVICE_NAME: name, PORT: '0' } }));
    }
    // The generator starts loading alongside the services and publishes once the topics exist.
    const gen = traffic ? startChild({ script: 'traffic.mjs', name: 'traffic', logDir, env: baseEnv }) : null;
    if (gen) children.push(gen);
    const ready = await Promise.all(children.map((c) => c.ready));
    const tServices = Date.now();
    const services = SERVICES.map((name, i) => ({ name, url: `http://127.0.0.1:${ready[i].port}`, pid: children[i].pid }));
    const urls = Object.fromEntries(services.map((s) => [s.name, s.url]));

    await createTopology({ emulatorHost, urls });
    const tTopology = Date.now();

    // The ledger and the traffic generator wait for this: their subscription / topics exist now.
    for (const c of children) c.send({ go: true });
    const secs = (a, b) => ((b - a) / 1000).toFixed(1);
    log(`Sample system up in ${secs(started, Date.now())} s [services ${secs(started, tServices)}, topology ${secs(tServices, tTopology)}] (${services.length} services${traffic ? ', traffic on' : ''}); logs in ${logDir}/demo-*.log`);
    return { projects: [...PROJECTS], services, traffic: gen ? { pid: gen.pid } : null, stop };
  } catch (err) {
    await stop();
    throw err;
  }
}
