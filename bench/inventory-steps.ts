// Where does GET /api/inventory spend its time? Runs the dashboard's own lib code (not a copy) outside Next,
// step by step, against the same emulator, and prints one JSON object on stdout.
// Started by scripts/bench.mjs as `node --conditions=react-server --import tsx bench/inventory-steps.ts`
// (react-server makes `import 'server-only'` a no-op) with the dashboard's environment.
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { env } from '../lib/env';
import { indexInventory } from '../lib/inventory';
import { buildLintContext, compareFindings, lintInventory } from '../lib/lint';
import type { LintRule } from '../lib/lint/types';
import { DEAD_LETTER_IAM_RULES } from '../lib/lint/rules/dead-letter-iam';
import { DEAD_LETTER_RULES } from '../lib/lint/rules/dead-letter';
import { DELIVERY_RULES } from '../lib/lint/rules/delivery';
import { EMULATOR_RULES } from '../lib/lint/rules/emulator';
import { LIFECYCLE_RULES } from '../lib/lint/rules/lifecycle';
import { PUSH_SECURITY_RULES } from '../lib/lint/rules/push-security';
import { RETENTION_RULES } from '../lib/lint/rules/retention';
import { closeAllClients } from '../lib/pubsub/client';
import { checkDeadLetterIam } from '../lib/pubsub/iam';
import { readInventory } from '../lib/pubsub/inventory';
import type { Inventory } from '../lib/schemas/inventory';
import type { Finding } from '../lib/schemas/lint';
import { buildGraph, filterGraph } from '../lib/topology/build-graph';
import { runElkLayout, toLayoutInput } from '../lib/topology/layout';

const rounds = Number(process.env.BENCH_STEP_ROUNDS ?? 5);
const withLayout = process.env.BENCH_ELK_LAYOUT === '1';

function median(xs: number[]) {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

async function time<T>(fn: () => T | Promise<T>): Promise<[number, T]> {
  const t = performance.now();
  const r = await fn();
  return [performance.now() - t, r];
}

async function main() {
  const times: Record<string, number[]> = {};
  const add = (k: string, ms: number) => (times[k] ??= []).push(ms);

  // Warm the client (channel set-up, first-call JIT) so the rounds compare like with like.
  let inv: Inventory = await readInventory();
  let findings: Finding[] = [];
  for (let i = 0; i < rounds; i++) {
    const [tRead, got] = await time(() => readInventory());
    inv = got;
    add('readInventory (all list calls + IAM probe)', tRead);
    const [tIam] = await time(() => checkDeadLetterIam(inv.subscriptions, { mode: env().mode, concurrency: env().concurrency }));
    add('  of which IAM probe (checkDeadLetterIam)', tIam);
    const [tLint, f] = await time(() => lintInventory(inv));
    findings = f;
    add('lintInventory', tLint);
    const [tIndex] = await time(() => indexInventory(inv, findings));
    add('indexInventory', tIndex);
    const [tJson, body] = await time(() => JSON.stringify({ inventory: inv, findings }));
    add('JSON.stringify response', tJson);
    const [tParse] = await time(() => JSON.parse(body));
    add('JSON.parse (what the browser pays)', tParse);
    const [tGraph, graph] = await time(() => buildGraph(inv, findings));
    add('buildGraph', tGraph);
    const [tFilter] = await time(() => filterGraph(graph, { q: 'events-0001', project: '' }));
    add('filterGraph ?q=events-0001', tFilter);
  }

  // Lint, rule by rule: which part of lintInventory costs what (medians over the same rounds).
  const rules: LintRule[] = [
    ...DEAD_LETTER_RULES,
    ...DEAD_LETTER_IAM_RULES,
    ...LIFECYCLE_RULES,
    ...PUSH_SECURITY_RULES,
    ...DELIVERY_RULES,
    ...RETENTION_RULES,
    ...EMULATOR_RULES,
  ];
  const lintParts: Record<string, number[]> = {};
  for (let i = 0; i < rounds; i++) {
    const [tCtx, ctx] = await time(() => buildLintContext(inv));
    (lintParts['(buildLintContext)'] ??= []).push(tCtx);
    const all: Finding[] = [];
    for (const rule of rules) {
      const [t, f] = await time(() => rule.check(inv, ctx));
      (lintParts[rule.id] ??= []).push(t);
      all.push(...f);
    }
    const [tSort] = await time(() => all.sort(compareFindings));
    (lintParts['(sort findings)'] ??= []).push(tSort);
  }
  const lintTop = Object.entries(lintParts)
    .map(([k, v]) => [k, median(v)] as const)
    .sort((a, b) => b[1] - a[1])
    .slice(0, 6);

  const graph = buildGraph(inv, findings);
  const out: Record<string, unknown> = {
    rounds,
    medians: Object.fromEntries(Object.entries(times).map(([k, v]) => [k, median(v)])),
    counts: {
      topics: inv.topics.length,
      subscriptions: inv.subscriptions.length,
      findings: findings.length,
      nodes: graph.nodes.length,
      edges: graph.edges.length,
      responseBytes: Buffer.byteLength(JSON.stringify({ inventory: inv, findings })),
    },
    lintTop: Object.fromEntries(lintTop),
    findingsByRule: findings.reduce<Record<string, number>>((m, f) => {
      const rule = f.ruleId;
      m[rule] = (m[rule] ?? 0) + 1;
      return m;
    }, {}),
  };

  if (withLayout) {
    // Same elk options the page's Web Worker uses, here in Node: the floor for the browser's layout step.
    const { default: ELK } = await import('elkjs/lib/elk.bundled.js');
    const elk = new ELK();
    const input = toLayoutInput(graph);
    const [tLayout] = await time(() => runElkLayout(elk, input));
    out.elkLayoutMs = tLayout;
  }

  if (process.env.BENCH_EXPECT_FILE) {
    // Sanity check: the API served the same inventory we just read.
    const api = JSON.parse(readFileSync(process.env.BENCH_EXPECT_FILE, 'utf8'));
    out.matchesApi = api.inventory.subscriptions.length === inv.subscriptions.length && api.inventory.topics.length === inv.topics.length;
  }

  await closeAllClients();
  process.stdout.write(JSON.stringify(out) + '\n');
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
