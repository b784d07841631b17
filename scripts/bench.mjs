// `npm run bench`: how Pubscope performs on a large topology, each figure against a baseline measured in the
// same run (these 2-core machines are noisy, so figures from different runs are not comparable).
//
// Starts a fresh Pub/Sub emulator, seeds 1,000 topics + 3,000 subscriptions, starts the BUILT dashboard
// (`next start`, rebuilt when sources are newer than .next/BUILD_ID) and Debian's Chromium, then measures:
//   topology      GET /api/inventory (+ the pure graph build) vs a plain sequential client-library listing
//   graph-render  /topology laid out and drawn in Chromium vs the Overview page of the same inventory
// Rounds alternate ours/baseline (ABBA) and the medians are reported. Details first, then one summary line
// per figure: `bench NAME: OURS UNIT vs BASELINE UNIT (ratio R)`, R = times better than the baseline.
//
// Knobs (environment): BENCH_ROUNDS (5), BENCH_NAIVE_ROUNDS (2), BENCH_RENDER_ROUNDS (3),
// BENCH_TOPICS (1000), BENCH_SUBS_PER_TOPIC (3), BENCH_RENDER_TIMEOUT_S (150), BENCH_SKIP_BUILD=1,
// BENCH_SKIP_TOPOLOGY=1 / BENCH_SKIP_RENDER=1 (one part only, while working on the other).
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
process.chdir(root);
process.env.METADATA_SERVER_DETECTION = 'none';
process.env.NEXT_TELEMETRY_DISABLED = '1';
// google-gax warns on every listSchemas() iteration that autoPaginate does not apply there: noise in the figures.
const emitWarning = process.emitWarning;
process.emitWarning = (warning, ...rest) => {
  const type = typeof rest[0] === 'string' ? rest[0] : (rest[0]?.type ?? warning?.name);
  if (type !== 'AutopaginateTrueWarning') emitWarning.call(process, warning, ...rest);
};

const { ensureChromium, ensureNodeModules, CHROMIUM_ARGS } = await import('./lib/setup.mjs');
const { startEmulator, freePort } = await import('./lib/emulator.mjs');
const { startDashboard } = await import('./lib/app-server.mjs');
const { buildIsStale } = await import('./lib/build.mjs');

const num = (name, def) => {
  const v = Number(process.env[name]);
  return Number.isFinite(v) && v > 0 ? v : def;
};
const ROUNDS = num('BENCH_ROUNDS', 5);
const NAIVE_ROUNDS = num('BENCH_NAIVE_ROUNDS', 2);
const RENDER_ROUNDS = num('BENCH_RENDER_ROUNDS', 3);
const TOPICS = num('BENCH_TOPICS', 1000);
const SUBS_PER_TOPIC = num('BENCH_SUBS_PER_TOPIC', 3);
const RENDER_TIMEOUT_MS = num('BENCH_RENDER_TIMEOUT_S', 150) * 1000;
const PROJECT = 'bench-project';
const LOG_DIR = path.join(root, '.pubscope/logs/bench');

// ---------------------------------------------------------------------------------------------- helpers

const now = () => performance.now();
const log = (...a) => console.log(...a);
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const ms = (x) => (x >= 10_000 ? `${(x / 1000).toFixed(1)} s` : `${Math.round(x)} ms`);
const list = (xs) => xs.map((x) => Math.round(x)).join(', ');
const ratio = (r) => (r >= 10 ? r.toFixed(1) : r.toFixed(2));

async function timed(fn) {
  const t = now();
  const value = await fn();
  return [now() - t, value];
}

// Cleanup runs once, in reverse start order, on success, failure and Ctrl-C alike.
const cleanups = [];
let cleaning = null;
function cleanup() {
  cleaning ??= (async () => {
    for (const fn of cleanups.reverse()) {
      try {
        await fn();
      } catch (err) {
        console.error(`cleanup: ${err?.message ?? err}`);
      }
    }
  })();
  return cleaning;
}
let interrupted = false;
for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.once(sig, () => {
    interrupted = true;
    console.error(`\n${sig}: stopping the browser, dashboard and emulator…`);
    cleanup().finally(() => process.exit(130));
  });
}

/** SIGKILL our own direct children whose command matches (by PID, read from /proc): a hung browser.close(). */
function killOwnChildren(re) {
  try {
    for (const pid of readdirSync('/proc').filter((d) => /^\d+$/.test(d))) {
      try {
        const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
        const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
        if (ppid === process.pid && re.test(readFileSync(`/proc/${pid}/cmdline`, 'utf8'))) process.kill(Number(pid), 'SIGKILL');
      } catch {
        // gone meanwhile
      }
    }
  } catch {
    // no /proc
  }
}

// ------------------------------------------------------------------------------------------ build check

async function ensureBuilt() {
  if (process.env.BENCH_SKIP_BUILD === '1') return log('build: skipped (BENCH_SKIP_BUILD=1)');
  const stale = buildIsStale(root);
  if (!stale) return log('build: .next is up to date');
  const logFile = path.join(LOG_DIR, 'next-build.log');
  log(`build: ${stale}; running next build (log: ${path.relative(root, logFile)})`);
  const [t, r] = await timed(() =>
    spawnSync(path.join(root, 'node_modules/.bin/next'), ['build'], { encoding: 'utf8', maxBuffer: 64 << 20 }),
  );
  writeFileSync(logFile, `${r.stdout ?? ''}${r.stderr ?? ''}`);
  if (r.status !== 0) {
    throw new Error(`next build failed (exit ${r.status}):\n${`${r.stdout}${r.stderr}`.split('\n').slice(-30).join('\n')}`);
  }
  log(`build: done in ${ms(t)} (not part of any figure)`);
}

// A private copy of the build to serve from: a `next build` started elsewhere while the bench runs (tests, a
// colleague) wipes .next/server under a running `next start` and the dashboard dies mid-measurement.
const APP_COPY = path.join(root, '.pubscope/bench-app');

function readBuildId() {
  try {
    return readFileSync(path.join(root, '.next/BUILD_ID'), 'utf8');
  } catch {
    return null;
  }
}

async function snapshotBuild() {
  for (let attempt = 1; ; attempt++) {
    const before = readBuildId();
    if (before) {
      rmSync(APP_COPY, { recursive: true, force: true });
      mkdirSync(APP_COPY, { recursive: true });
      cpSync(path.join(root, '.next'), path.join(APP_COPY, '.next'), {
        recursive: true,
        verbatimSymlinks: true, // .next/node_modules links to ../../../node_modules/…: resolved via our link below
        filter: (src) => !/[\\/]\.next[\\/](cache|dev|trace|trace-build|diagnostics)$/.test(src),
      });
      for (const f of ['package.json', 'next.config.ts']) cpSync(path.join(root, f), path.join(APP_COPY, f));
      symlinkSync(path.join(root, 'node_modules'), path.join(APP_COPY, 'node_modules'), 'dir');
      if (readBuildId() === before && existsSync(path.join(APP_COPY, '.next/BUILD_ID'))) return;
    }
    if (attempt >= 10) throw new Error('.next kept changing (another next build running?); try again later');
    log('build: .next is being rebuilt by someone else; waiting…');
    await new Promise((r) => setTimeout(r, 10_000));
  }
}

// ------------------------------------------------------------------------------- 1. inventory + topology

const phases = { headers: [], body: [], parse: [] };

/** A full GET /api/inventory as a browser makes it (gzip accepted): headers, body, JSON.parse. */
async function fetchInventory(url, { encoding = 'gzip, deflate, br', record = false } = {}) {
  const t0 = now();
  const res = await fetch(`${url}/api/inventory`, {
    headers: { 'accept-encoding': encoding },
    signal: AbortSignal.timeout(120_000),
  });
  const t1 = now(); // the server has done all its work: Response.json() is not streamed
  const text = await res.text();
  const t2 = now();
  if (!res.ok) throw new Error(`GET /api/inventory: ${res.status} ${text.slice(0, 300)}`);
  const body = JSON.parse(text);
  if (record) {
    phases.headers.push(t1 - t0);
    phases.body.push(t2 - t1);
    phases.parse.push(now() - t2);
  }
  return { body, bytes: Buffer.byteLength(text), contentEncoding: res.headers.get('content-encoding') ?? 'none' };
}

/** What an ordinary script does: list each kind one after another with the library defaults. */
async function baselineSequential(ps) {
  const [topics] = await ps.getTopics();
  const [subscriptions] = await ps.getSubscriptions();
  const [snapshots] = await ps.getSnapshots();
  const schemas = [];
  for await (const s of ps.listSchemas()) schemas.push(s);
  return { topics: topics.length, subscriptions: subscriptions.length, snapshots: snapshots.length, schemas: schemas.length };
}

/** What many scripts do: per topic its subscriptions, per subscription its configuration. */
async function baselineNaive(ps) {
  const [topics] = await ps.getTopics();
  let subscriptions = 0;
  for (const topic of topics) {
    const [subs] = await topic.getSubscriptions();
    for (const sub of subs) {
      await sub.getMetadata();
      subscriptions++;
    }
  }
  return { topics: topics.length, subscriptions };
}

function runInventorySteps(emulatorHost, expectFile) {
  return new Promise((resolve) => {
    const child = spawn(
      process.execPath,
      ['--conditions=react-server', '--no-warnings', '--import', 'tsx', 'bench/inventory-steps.ts'],
      {
        cwd: root,
        stdio: ['ignore', 'pipe', 'pipe'],
        env: {
          ...process.env,
          PUBSUB_EMULATOR_HOST: emulatorHost,
          PUBSUB_PROJECTS: PROJECT,
          GOOGLE_CLOUD_PROJECT: PROJECT,
          BENCH_STEP_ROUNDS: String(ROUNDS),
          BENCH_EXPECT_FILE: expectFile,
        },
      },
    );
    cleanups.push(() => {
      if (child.exitCode === null) child.kill('SIGKILL');
    });
    let out = '';
    let err = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (err += d));
    child.on('exit', (code) => {
      try {
        resolve(code === 0 ? JSON.parse(out.trim().split('\n').pop()) : { error: `exit ${code}: ${err.slice(-800)}` });
      } catch (e) {
        resolve({ error: `${e.message}: ${err.slice(-800)}` });
      }
    });
  });
}

async function benchTopology({ url, emulatorHost, seeded }) {
  const { PubSub } = await import('@google-cloud/pubsub');
  log('\n== topology: inventory of %d topics + %d subscriptions ==', seeded.topics, seeded.subscriptions);

  const [cold, first] = await timed(() => fetchInventory(url));
  const inv = first.body.inventory;
  if (inv.topics.length !== seeded.topics || inv.subscriptions.length !== seeded.subscriptions) {
    throw new Error(`the dashboard saw ${inv.topics.length} topics / ${inv.subscriptions.length} subscriptions, expected ${seeded.topics} / ${seeded.subscriptions}`);
  }
  log(`ours: first (cold) GET /api/inventory ${ms(cold)}; response ${(first.bytes / 1e6).toFixed(1)} MB, ${first.body.findings.length} findings`);
  const expectFile = path.join(LOG_DIR, 'inventory.json');
  writeFileSync(expectFile, JSON.stringify(first.body));

  // A warm client for the baselines: the first call pays channel set-up, which the dashboard paid long ago.
  const ps = new PubSub({ projectId: PROJECT, apiEndpoint: emulatorHost });
  cleanups.push(() => ps.close());
  const [baseCold, counts] = await timed(() => baselineSequential(ps));
  if (counts.topics !== seeded.topics || counts.subscriptions !== seeded.subscriptions) {
    throw new Error(`the baseline saw ${counts.topics} topics / ${counts.subscriptions} subscriptions`);
  }
  log(`baseline: first call on a new client ${ms(baseCold)} (excluded; the rounds reuse the warm client)`);

  const ours = [];
  const base = [];
  for (let i = 0; i < ROUNDS; i++) {
    const order = i % 2 === 0 ? ['ours', 'base'] : ['base', 'ours'];
    for (const which of order) {
      if (which === 'ours') ours.push((await timed(() => fetchInventory(url, { record: true })))[0]);
      else base.push((await timed(() => baselineSequential(ps)))[0]);
    }
  }
  log(`ours     GET /api/inventory (fetch + JSON.parse), ms per round: ${list(ours)}`);
  log(`  medians: server work until response headers ${ms(median(phases.headers))}, body (${first.contentEncoding}) ${ms(median(phases.body))}, JSON.parse ${ms(median(phases.parse))}`);
  const identity = [];
  for (let i = 0; i < 3; i++) identity.push((await timed(() => fetchInventory(url, { encoding: 'identity' })))[0]);
  log(`  same without compression (accept-encoding: identity), ms: ${list(identity)}`);
  log(`baseline sequential getTopics/getSubscriptions/getSnapshots/listSchemas, ms per round: ${list(base)}`);

  // The same four list calls as the dashboard makes them (page size 1000, all at once), without IAM/lint/JSON:
  // the floor for the Pub/Sub part, and per kind where the time goes.
  const opts = { pageSize: 1000, autoPaginate: true };
  const perKind = { topics: [], subscriptions: [], 'subscriptions, default page size': [], snapshots: [], schemas: [], concurrent: [] };
  const listSchemas = async () => {
    for await (const _ of ps.listSchemas('FULL'));
  };
  for (let i = 0; i < ROUNDS; i++) {
    perKind.topics.push((await timed(() => ps.getTopics(opts)))[0]);
    perKind.subscriptions.push((await timed(() => ps.getSubscriptions(opts)))[0]);
    perKind['subscriptions, default page size'].push((await timed(() => ps.getSubscriptions()))[0]);
    perKind.snapshots.push((await timed(() => ps.getSnapshots(opts)))[0]);
    perKind.schemas.push((await timed(listSchemas))[0]);
    perKind.concurrent.push(
      (await timed(() => Promise.all([ps.getTopics(opts), ps.getSubscriptions(opts), ps.getSnapshots(opts), listSchemas()])))[0],
    );
  }
  log('client library, page size 1000, medians: ' +
    Object.entries(perKind).map(([k, v]) => `${k === 'concurrent' ? 'all four concurrently' : k} ${ms(median(v))}`).join(', '));
  const firstPage = (await ps.getSubscriptions({ autoPaginate: false }))[0].length;
  log(`  note: the emulator's default page holds ${firstPage} subscriptions (as many as our page size) and a loopback round trip ` +
    'costs well under a millisecond, so page size and concurrent calls cannot pay off here; ' +
    'against Cloud Pub/Sub every page is a network round trip.');

  // Where the dashboard's own code spends the time: lib/ run step by step in a child process (tsx).
  const steps = await runInventorySteps(emulatorHost, expectFile);
  let graphMs = 0;
  if (steps.error) {
    log(`inventory steps: could not run lib/ under tsx (${steps.error}); the graph build is left out of OURS`);
  } else {
    log(`our lib/ step by step (same emulator, outside Next, medians of ${steps.rounds}):`);
    for (const [k, v] of Object.entries(steps.medians)) log(`  ${k.padEnd(44)} ${ms(v)}`);
    log(`  lint, slowest parts: ${Object.entries(steps.lintTop).map(([k, v]) => `${k} ${ms(v)}`).join(', ')}`);
    log(`  graph: ${steps.counts.nodes} nodes, ${steps.counts.edges} edges; findings by rule: ${JSON.stringify(steps.findingsByRule)}`);
    graphMs = steps.medians.buildGraph;
  }

  // The naive per-topic walk: thousands of calls, so fewer rounds, each next to a fresh "ours" sample.
  const naive = [];
  const oursNearNaive = [];
  for (let i = 0; i < NAIVE_ROUNDS; i++) {
    const [t, c] = await timed(() => baselineNaive(ps));
    if (c.subscriptions !== seeded.subscriptions) {
      log(`  (naive walk saw ${c.subscriptions} subscriptions)`);
    }
    naive.push(t);
    oursNearNaive.push((await timed(() => fetchInventory(url)))[0]);
  }
  log(`naive per-topic walk (getTopics, then topic.getSubscriptions() + getMetadata() per subscription, sequential), ms: ${list(naive)}`);

  const oursMs = median(ours) + graphMs;
  const baseMs = median(base);
  log(`OURS = median GET /api/inventory ${ms(median(ours))}${graphMs ? ` + median buildGraph ${ms(graphMs)}` : ' (buildGraph not included)'}`);
  const oursNaiveMs = median(oursNearNaive) + graphMs;
  return {
    graphNodes: steps.error ? null : steps.counts.nodes,
    lines: [
      `bench topology: ${Math.round(oursMs)} ms vs ${Math.round(baseMs)} ms (ratio ${ratio(baseMs / oursMs)})`,
      `bench topology-naive: ${Math.round(oursNaiveMs)} ms vs ${Math.round(median(naive))} ms (ratio ${ratio(median(naive) / oursNaiveMs)})`,
    ],
  };
}

// --------------------------------------------------------------------------------------------- main

async function main() {
  const t0 = now();
  mkdirSync(LOG_DIR, { recursive: true });
  ensureNodeModules();
  const chromiumPath = ensureChromium();
  await ensureBuilt();
  const setupStart = now();

  const emulator = await startEmulator({ logDir: LOG_DIR });
  cleanups.push(() => emulator.stop());
  log(`emulator: ${emulator.host} (pid ${emulator.pid})`);
  const seeded = await seedLargeTopologyLogged(emulator.host);
  await emulatorFootprint(emulator.pid);

  await snapshotBuild();
  cleanups.push(() => rmSync(APP_COPY, { recursive: true, force: true }));
  const port = await freePort();
  // startDashboard runs `next start` in the current directory and spawns before its first await.
  process.chdir(APP_COPY);
  const starting = startDashboard({
    port,
    logDir: LOG_DIR,
    env: {
      PUBSUB_EMULATOR_HOST: emulator.host,
      PUBSUB_PROJECTS: PROJECT,
      GOOGLE_CLOUD_PROJECT: PROJECT,
      PUBSCOPE_INVENTORY_TTL_SECONDS: '0', // every request really reads Pub/Sub
      METADATA_SERVER_DETECTION: 'none',
    },
  });
  process.chdir(root);
  cleanups.push(async () => (await starting.catch(() => null))?.stop());
  const dashboard = await starting;
  log(`dashboard: ${dashboard.url} (pid ${dashboard.pid}); set-up took ${ms(now() - setupStart)}`);

  const summary = [];
  let graphNodes = null;
  if (process.env.BENCH_SKIP_TOPOLOGY !== '1') {
    const topology = await benchTopology({ url: dashboard.url, emulatorHost: emulator.host, seeded });
    summary.push(...topology.lines);
    graphNodes = topology.graphNodes;
  }
  if (process.env.BENCH_SKIP_RENDER !== '1') {
    summary.push(...(await benchGraphRender({ url: dashboard.url, chromiumPath, graphNodes })));
  }

  log(`\ntotal runtime ${ms(now() - t0)}`);
  log('Main comparisons: topology = GET /api/inventory + buildGraph vs a plain sequential client-library listing ' +
    '(list calls only: no IAM, lint or JSON); topology-naive = the same vs the per-topic walk many scripts do; ' +
    'graph-render = /topology vs the Overview page of the same inventory. Ratio = times better than the baseline.\n');
  for (const line of summary) log(line);
}

async function seedLargeTopologyLogged(emulatorHost) {
  const { seedLargeTopology } = await import('../bench/seed-large.mjs');
  const seeded = await seedLargeTopology({
    emulatorHost,
    project: PROJECT,
    topics: TOPICS,
    subsPerTopic: SUBS_PER_TOPIC,
    onProgress: (what) => log(`  seeded ${what}`),
  });
  log(`seed: ${seeded.topics} topics, ${seeded.subscriptions} subscriptions in ${ms(seeded.ms)} (not measured)`);
  return seeded;
}

/** The idle emulator's own footprint: it runs threads per subscription, and on 2 cores that shows in every figure. */
async function emulatorFootprint(pid) {
  try {
    const cpu = () => {
      const f = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
      return (Number(f[11]) + Number(f[12])) / 100; // utime + stime, clock ticks of 10 ms
    };
    const c0 = cpu();
    await new Promise((r) => setTimeout(r, 2000));
    const threads = readdirSync(`/proc/${pid}/task`).length;
    const busy = (cpu() - c0) / 2;
    const load = readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');
    log(`emulator idle: ${threads} threads, ${(busy * 100).toFixed(0)}% of a core; machine load average ${load}`);
  } catch {
    // not Linux: no /proc
  }
}

// ---------------------------------------------------------------------------------- 2. graph render

// In-page readiness checks, polled every animation frame (so a main thread busy rendering delays them, as it
// delays the user). Both return performance.now() — milliseconds since navigation start — once ready.
const TOPOLOGY_READY = (expectedNodes) => {
  if (document.querySelector('[aria-busy="true"]')) return false; // skeleton, or a layout still running
  if (document.querySelector('[role="alert"]')) return { failed: document.querySelector('[role="alert"]').textContent };
  // The header shows "layout N ms" once a layout has landed (TopologyView's onLayoutMs).
  const stamp = [...document.querySelectorAll('span')].find((el) => /^layout \d+ ms$/.test(el.textContent ?? ''));
  if (!stamp) return false;
  // The minimap draws every node of the graph, the canvas only the visible ones.
  const mini = document.querySelectorAll('.react-flow__minimap-node').length;
  if (expectedNodes && mini !== expectedNodes) return false;
  const shown = [...document.querySelectorAll('.react-flow__node')].filter((n) => {
    const r = n.getBoundingClientRect();
    return r.width > 0 && r.bottom > 0 && r.top < innerHeight && r.right > 0 && r.left < innerWidth && getComputedStyle(n).visibility !== 'hidden';
  }).length;
  if (shown === 0) return false;
  return { t: performance.now(), layoutMs: Number(stamp.textContent.match(/\d+/)[0]), mini, shown };
};

const OVERVIEW_READY = () => {
  if (document.querySelector('[aria-busy="true"]')) return false;
  const h1 = document.querySelector('h1');
  if (!h1 || !/Overview/.test(h1.textContent ?? '') || !document.querySelector('#findings')) return false;
  return { t: performance.now(), rows: document.querySelectorAll('tr, li, [role="row"]').length };
};

// Long tasks (main thread blocked > 50 ms) from navigation on: total blocking time is the part above 50 ms.
const LONGTASK_PROBE = () => {
  window.__longtasks = [];
  new PerformanceObserver((l) => window.__longtasks.push(...l.getEntries().map((e) => e.duration))).observe({ type: 'longtask', buffered: true });
};

async function loadPage(browser, url, ready, arg, timeoutMs) {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } }); // cold: no cache, no layout cache
  const page = await context.newPage();
  await page.addInitScript(LONGTASK_PROBE);
  try {
    await page.goto(url, { waitUntil: 'commit', timeout: timeoutMs });
    const handle = await page.waitForFunction(ready, arg, { polling: 'raf', timeout: timeoutMs });
    const result = await handle.jsonValue();
    if (result.failed) throw new Error(`${url}: ${result.failed}`);
    // Two more frames: what was ready has been painted.
    const painted = await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => r(performance.now())))));
    const tasks = await page.evaluate(() => window.__longtasks ?? []);
    const heap = await page.evaluate(() => performance.memory?.usedJSHeapSize ?? 0);
    const inventoryAt = await page.evaluate(
      () => performance.getEntriesByType('resource').find((e) => e.name.includes('/api/inventory'))?.responseEnd ?? null,
    );
    return {
      context,
      page,
      ms: painted,
      readyAt: result.t,
      detail: result,
      tbt: tasks.reduce((a, d) => a + Math.max(0, d - 50), 0),
      longest: Math.max(0, ...tasks),
      heapMb: heap / 1e6,
      inventoryAt,
    };
  } catch (err) {
    await context.close().catch(() => {});
    throw err;
  }
}

/** After load: a search filter, clearing it, scroll-panning, and "Fit view" (draws every card). */
async function interact(page, totalNodes, out) {
  const input = page.getByRole('searchbox', { name: 'Search topology' });
  out.filterMs = [];
  out.clearMs = [];
  for (const q of ['events-0001', 'events-0450', 'dlq-042']) {
    // Filter: from the keystrokes to the laid-out subgraph on screen (includes the page's 200 ms debounce).
    const t0 = await page.evaluate(() => performance.now());
    await input.fill(q);
    let h = await page.waitForFunction(
      ([total, q]) => {
        const mini = document.querySelectorAll('.react-flow__minimap-node').length;
        if (document.querySelector('[aria-busy="true"]') || mini === 0 || mini >= total) return false;
        if (!location.search.includes(`q=${q}`)) return false;
        return { t: performance.now(), mini };
      },
      [totalNodes, q],
      { polling: 'raf', timeout: 60_000 },
    );
    const f = await h.jsonValue();
    out.filterMs.push(f.t - t0);
    out.filterNodes = [...(out.filterNodes ?? []), f.mini];
    // Clear: back to the full graph (its layout is cached, so this is React + React Flow only).
    const t1 = await page.evaluate(() => performance.now());
    await input.fill('');
    h = await page.waitForFunction(
      (total) => {
        if (document.querySelector('[aria-busy="true"]')) return false;
        if (document.querySelectorAll('.react-flow__minimap-node').length !== total) return false;
        return document.querySelectorAll('.react-flow__node').length > 0 ? performance.now() : false;
      },
      totalNodes,
      { polling: 'raf', timeout: 60_000 },
    );
    out.clearMs.push((await h.jsonValue()) - t1);
  }
  // Pan: a wheel event on the pane (the page pans on scroll) until the moved picture has been painted.
  out.panMs = await page.evaluate(async () => {
    const pane = document.querySelector('.react-flow__pane');
    const vp = document.querySelector('.react-flow__viewport');
    const frame = () => new Promise((r) => requestAnimationFrame(r));
    const box = pane.getBoundingClientRect();
    const times = [];
    for (let i = 0; i < 12; i++) {
      await frame();
      const before = vp.style.transform;
      const t = performance.now();
      pane.dispatchEvent(
        new WheelEvent('wheel', { deltaY: i % 4 < 2 ? 240 : -240, deltaX: 120, clientX: box.x + box.width / 2, clientY: box.y + box.height / 2, bubbles: true, cancelable: true }),
      );
      while (vp.style.transform === before && performance.now() - t < 2000) await frame();
      await frame();
      times.push(performance.now() - t);
    }
    return times;
  });
  // Fit view: every card on screen at once (onlyRenderVisibleElements no longer saves anything).
  const t2 = await page.evaluate(() => performance.now());
  await page.getByRole('button', { name: 'Fit view', exact: true }).click();
  const h = await page.waitForFunction(
    (total) => {
      const n = document.querySelectorAll('.react-flow__node').length;
      return n >= total ? performance.now() : false;
    },
    totalNodes,
    { polling: 'raf', timeout: 60_000 },
  ).catch(() => null);
  out.fitMs = h ? (await h.jsonValue()) - t2 : null;
  out.fitNodes = await page.evaluate(() => document.querySelectorAll('.react-flow__node').length);
}

async function countGraphNodes(url) {
  const { body } = await fetchInventory(url);
  const inv = body.inventory;
  return inv.topics.length + inv.subscriptions.length + new Set(inv.subscriptions.filter((s) => s.push).map((s) => s.push.host)).size;
}

async function benchGraphRender({ url, chromiumPath, graphNodes }) {
  const { chromium } = await import('playwright-core');
  log('\n== graph-render: /topology of the same inventory in Chromium (1440x900, fresh browser context per load) ==');
  // Our signal handlers close the browser first and then stop the dashboard and emulator; Playwright's own would
  // close the browser and exit at once, leaving those two running.
  const browser = await chromium.launch({
    executablePath: chromiumPath,
    args: CHROMIUM_ARGS,
    headless: true,
    handleSIGINT: false,
    handleSIGTERM: false,
    handleSIGHUP: false,
  });
  cleanups.push(async () => {
    const closed = await Promise.race([browser.close().then(() => true), new Promise((r) => setTimeout(() => r(false), 5000))]);
    if (!closed) killOwnChildren(/chrom/);
  });
  // Nodes the graph must have: topics + subscriptions + one per push host (from lib/'s buildGraph in part 1).
  const expected = graphNodes ?? (await countGraphNodes(url));

  const topo = [];
  const over = [];
  let lastTopo = null;
  for (let i = 0; i < RENDER_ROUNDS; i++) {
    const order = i % 2 === 0 ? ['ours', 'base'] : ['base', 'ours'];
    for (const which of order) {
      if (which === 'ours') {
        const r = await loadPage(browser, `${url}/topology`, TOPOLOGY_READY, expected, RENDER_TIMEOUT_MS);
        topo.push(r);
        if (lastTopo) await lastTopo.context.close();
        lastTopo = r;
      } else {
        const r = await loadPage(browser, `${url}/`, OVERVIEW_READY, null, RENDER_TIMEOUT_MS);
        over.push(r);
        await r.context.close();
      }
    }
  }
  const row = (r) =>
    `${Math.round(r.ms)} ms (/api/inventory received at ${r.inventoryAt === null ? '?' : Math.round(r.inventoryAt)}, ready ${Math.round(r.readyAt)}, TBT ${Math.round(r.tbt)} ms, longest task ${Math.round(r.longest)} ms, JS heap ${r.heapMb.toFixed(0)} MB)`;
  log(`ours     /topology until laid out and painted:\n  ${topo.map(row).join('\n  ')}`);
  const d = topo[topo.length - 1].detail;
  log(`  the page's own layout stamp (elk in the Web Worker): ${list(topo.map((r) => r.detail.layoutMs))} ms; ` +
    `${d.mini} nodes in the minimap, ${d.shown} cards on screen at the opening zoom`);
  const part = (f) => Math.round(median(topo.map(f)));
  log(`  where the time goes (medians): /api/inventory received ${part((r) => r.inventoryAt ?? 0)} ms after navigation, ` +
    `elk layout ${part((r) => r.detail.layoutMs)} ms, the rest (JSON, buildGraph, worker hand-off, React Flow, paint) ` +
    `${part((r) => r.ms - (r.inventoryAt ?? 0) - r.detail.layoutMs)} ms`);
  log(`baseline / (Overview: same /api/inventory fetch and lint findings, no graph):\n  ${over.map(row).join('\n  ')}`);

  // Responsiveness on the last loaded topology page.
  const x = {};
  try {
    await interact(lastTopo.page, expected, x);
  } catch (err) {
    log(`after load: interaction check failed: ${err.message.split('\n')[0]}`);
  } finally {
    await lastTopo.context.close();
  }
  if (x.filterMs?.length) {
    log(`after load: search (?q=events-0001, events-0450, dlq-042 → ${x.filterNodes.join('/')}-node subgraphs) laid out and painted in ` +
      `${list(x.filterMs)} ms (incl. the page's 200 ms debounce)`);
  }
  if (x.clearMs?.length) log(`after load: clearing the search → full graph back (layout cached) in ${list(x.clearMs)} ms`);
  if (x.panMs) log(`after load: scroll-pan, wheel event to painted frame: median ${ms(median(x.panMs))}, max ${ms(Math.max(...x.panMs))}`);
  if (x.fitNodes !== undefined) {
    log(`after load: "Fit view" → ${x.fitNodes} cards drawn${x.fitMs === null ? ' (not every card within 60 s)' : ` in ${ms(x.fitMs)}`}`);
  }

  const oursMs = median(topo.map((r) => r.ms));
  const baseMs = median(over.map((r) => r.ms));
  log(`ratio < 1 means the graph page costs more than the Overview page of the same data; the difference is elk + React Flow.`);
  return [`bench graph-render: ${Math.round(oursMs)} ms vs ${Math.round(baseMs)} ms (ratio ${ratio(baseMs / oursMs)})`];
}

try {
  await main();
} catch (err) {
  if (!interrupted) console.error(`\nbench failed: ${err?.stack ?? err}`);
  process.exitCode = interrupted ? 130 : 1;
} finally {
  await cleanup();
  // Whatever handle is still open (a client socket, a stuck browser pipe) must not keep `npm run bench` alive.
  process.exit(process.exitCode ?? 0);
}
