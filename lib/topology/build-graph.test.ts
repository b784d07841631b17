import { describe, expect, it } from 'vitest';
import ELK from 'elkjs/lib/elk.bundled.js';
import type { Inventory, Subscription, Topic } from '@/lib/schemas/inventory';
import type { Finding } from '@/lib/schemas/lint';
import { buildGraph, countKinds, filterGraph, neighbourhood, nodeId, summarizeFindings, type SubscriptionNodeData, type TopicNodeData } from './build-graph';
import { makeSubscription, makeTopic } from '@/lib/lint/test-fixtures';
import { layoutKey, packComponents, runElkLayout, toLayoutInput } from './layout';

const P = 'pubscope-demo';
const Q = 'pubscope-partner';

// The shared fixtures, with this file's defaults: project P, no retry policy, topics always in P.
function topic(name: string, over: Partial<Topic> = {}): Topic {
  return makeTopic(name, { project: P, ...over });
}

function sub(name: string, topicName: string | null, over: Partial<Subscription> = {}): Subscription {
  const topicRef = topicName === null ? null : { project: P, name: topicName };
  return makeSubscription(name, topicRef, { project: P, retryPolicy: null, messageRetentionSeconds: 604800, ...over });
}

function push(endpoint: string): Pick<Subscription, 'type' | 'push'> {
  return {
    type: 'push',
    push: { endpoint, host: new URL(endpoint).host, oidc: null, noWrapper: null, attributes: {} },
  };
}

function inventory(topics: Topic[], subscriptions: Subscription[], projects = [P, Q]): Inventory {
  return {
    projects,
    mode: 'emulator',
    fetchedAt: '2025-01-01T00:00:00Z',
    topics,
    subscriptions,
    snapshots: [],
    schemas: [],
    deadLetterIam: {},
    deadLetterIamUnreadable: null,
    warnings: [],
  };
}

function finding(kind: 'topic' | 'subscription', name: string, severity: Finding['severity'], project = P): Finding {
  return { ruleId: `r-${severity}`, severity, resource: { kind, project, name }, title: 't', explanation: 'e', fix: 'f' };
}

const sample = () =>
  inventory(
    [topic('orders', { messageRetentionSeconds: 86400 }), topic('orders-dlq'), topic('payments'), topic('payments-dlq')],
    [
      sub('orders-billing', 'orders', {
        ...push('https://billing.example.com/push/orders'),
        deadLetter: { topic: { project: P, name: 'orders-dlq' }, maxDeliveryAttempts: 5 },
      }),
      sub('orders-email', 'orders', push('https://billing.example.com/push/email')),
      sub('orders-dlq-inspector', 'orders-dlq'),
      sub('payments-ledger', 'payments', {
        deadLetter: { topic: { project: P, name: 'payments-dlq' }, maxDeliveryAttempts: 7 },
      }),
      sub('orphan', null),
      sub('mirror', 'orders', { project: Q }),
    ],
  );

describe('buildGraph', () => {
  it('creates one node per topic and subscription, one per push host, and a deleted-topic placeholder', () => {
    const g = buildGraph(sample(), []);
    expect(countKinds(g)).toEqual({ topic: 4, subscription: 6, service: 1, deletedTopic: 1 });
    const ids = g.nodes.map((n) => n.id);
    expect(new Set(ids).size).toBe(ids.length);
    const svc = g.nodes.find((n) => n.kind === 'service')!;
    expect(svc.data).toMatchObject({ host: 'billing.example.com', subscriptionCount: 2, href: '/services/billing.example.com' });
  });

  it('links topic → subscription → service and subscription → dead-letter topic with a label', () => {
    const g = buildGraph(sample(), []);
    const billing = nodeId.subscription({ project: P, name: 'orders-billing' });
    const edgesFrom = g.edges.filter((e) => e.source === billing);
    expect(edgesFrom.map((e) => [e.kind, e.target, e.label]).sort()).toEqual([
      ['deadLetter', nodeId.topic({ project: P, name: 'orders-dlq' }), 'dead letters after 5'],
      ['push', nodeId.service('billing.example.com'), null],
    ]);
    expect(g.edges).toContainEqual(
      expect.objectContaining({ source: nodeId.topic({ project: P, name: 'orders' }), target: billing, kind: 'subscription' }),
    );
    const edgeIds = g.edges.map((e) => e.id);
    expect(new Set(edgeIds).size).toBe(edgeIds.length);
  });

  it('marks subscriptions that read a dead-letter topic (dead-letter inboxes)', () => {
    const g = buildGraph(sample(), []);
    const data = (name: string) => g.nodes.find((n) => n.id === nodeId.subscription({ project: P, name }))!.data;
    expect(data('orders-dlq-inspector')).toMatchObject({ readsDeadLetters: true, maxDeliveryAttempts: null });
    expect(data('orders-email')).toMatchObject({ readsDeadLetters: false, maxDeliveryAttempts: null });
    expect(data('orphan')).toMatchObject({ readsDeadLetters: false });
  });

  it('marks dead-letter topics and the ones that drop messages (no subscription)', () => {
    const g = buildGraph(sample(), []);
    const data = (name: string) => g.nodes.find((n) => n.id === nodeId.topic({ project: P, name }))!.data as TopicNodeData;
    expect(data('orders-dlq')).toMatchObject({ isDeadLetterTopic: true, dropsDeadLetters: false, subscriptionCount: 1 });
    expect(data('payments-dlq')).toMatchObject({ isDeadLetterTopic: true, dropsDeadLetters: true, subscriptionCount: 0 });
    expect(data('orders')).toMatchObject({ isDeadLetterTopic: false, retentionSeconds: 86400, subscriptionCount: 3 });
  });

  it('attaches cross-project subscriptions to their topic and labels the non-default project', () => {
    const g = buildGraph(sample(), []);
    const mirror = nodeId.subscription({ project: Q, name: 'mirror' });
    expect(g.edges.find((e) => e.target === mirror)?.source).toBe(nodeId.topic({ project: P, name: 'orders' }));
    const node = g.nodes.find((n) => n.id === mirror)!;
    expect((node.data as SubscriptionNodeData).projectLabel).toBe(Q);
    const billing = g.nodes.find((n) => n.id === nodeId.subscription({ project: P, name: 'orders-billing' }))!;
    expect((billing.data as SubscriptionNodeData).projectLabel).toBeNull();
  });

  it('hangs subscriptions of deleted topics off a per-project placeholder', () => {
    const g = buildGraph(sample(), []);
    const placeholder = nodeId.deletedTopic(P);
    expect(g.edges.find((e) => e.target === nodeId.subscription({ project: P, name: 'orphan' }))?.source).toBe(placeholder);
    expect(g.nodes.find((n) => n.id === placeholder)?.data).toMatchObject({ kind: 'deletedTopic', subscriptionCount: 1 });
  });

  it('adds a "missing" node for a referenced topic that is not inventoried', () => {
    const inv = inventory(
      [],
      [sub('s1', 'gone', { topic: { project: 'other-project', name: 'elsewhere' }, topicDeleted: false })],
    );
    const g = buildGraph(inv, []);
    const n = g.nodes.find((n) => n.id === nodeId.topic({ project: 'other-project', name: 'elsewhere' }));
    expect(n?.data).toMatchObject({ missing: true, projectLabel: 'other-project' });
  });

  it('summarises findings per node: worst severity and count', () => {
    const findings = [
      finding('subscription', 'orders-billing', 'info'),
      finding('subscription', 'orders-billing', 'critical'),
      finding('subscription', 'orders-billing', 'warning'),
      finding('topic', 'payments-dlq', 'critical'),
    ];
    expect(summarizeFindings(findings).get(`subscription:${P}/orders-billing`)).toEqual({
      worst: 'critical',
      count: 3,
      bySeverity: { critical: 1, warning: 1, info: 1 },
    });
    expect(summarizeFindings([finding('topic', 't', 'warning'), finding('topic', 't', 'info'), finding('topic', 't', 'info')]).get(`topic:${P}/t`)).toEqual({
      worst: 'warning',
      count: 3,
      bySeverity: { critical: 0, warning: 1, info: 2 },
    });
    const g = buildGraph(sample(), findings);
    expect(g.nodes.find((n) => n.id === nodeId.subscription({ project: P, name: 'orders-billing' }))!.data).toMatchObject({
      findings: { worst: 'critical', count: 3 },
    });
    expect(g.nodes.find((n) => n.id === nodeId.topic({ project: P, name: 'orders' }))!.data).toMatchObject({ findings: null });
  });

  it('builds resource links with encoded names', () => {
    const inv = inventory([topic('a.b~c+d%e')], [sub('s%1', 'a.b~c+d%e')]);
    const g = buildGraph(inv, []);
    expect((g.nodes.find((n) => n.kind === 'topic')!.data as TopicNodeData).href).toBe('/projects/pubscope-demo/topics/a.b~c%2Bd%25e');
    expect((g.nodes.find((n) => n.kind === 'subscription')!.data as SubscriptionNodeData).href).toBe(
      '/projects/pubscope-demo/subscriptions/s%251',
    );
  });

  it('is deterministic regardless of inventory order', () => {
    const a = sample();
    const b = { ...a, topics: [...a.topics].reverse(), subscriptions: [...a.subscriptions].reverse() };
    expect(layoutKey(toLayoutInput(buildGraph(a, [])))).toBe(layoutKey(toLayoutInput(buildGraph(b, []))));
  });
});

describe('filterGraph', () => {
  it('returns everything when there is no filter', () => {
    const g = buildGraph(sample(), []);
    const f = filterGraph(g, {});
    expect(f.nodes).toHaveLength(g.nodes.length);
    expect(f.matches.size).toBe(0);
  });

  it('keeps matching nodes plus their neighbours, and only edges between kept nodes', () => {
    const g = buildGraph(sample(), []);
    const f = filterGraph(g, { q: 'LEDGER' });
    expect(f.nodes.map((n) => n.id).sort()).toEqual(
      [
        nodeId.subscription({ project: P, name: 'payments-ledger' }),
        nodeId.topic({ project: P, name: 'payments' }),
        nodeId.topic({ project: P, name: 'payments-dlq' }),
      ].sort(),
    );
    expect([...f.matches]).toEqual([nodeId.subscription({ project: P, name: 'payments-ledger' })]);
    const kept = new Set(f.nodes.map((n) => n.id));
    for (const e of f.edges) expect(kept.has(e.source) && kept.has(e.target)).toBe(true);
  });

  it('matches push hosts', () => {
    const g = buildGraph(sample(), []);
    const f = filterGraph(g, { q: 'billing.example' });
    expect(f.matches.has(nodeId.service('billing.example.com'))).toBe(true);
  });

  it('names Cloud Run services and finds them by that name', () => {
    const host = 'billing-x7k2m9qa3b-uc.a.run.app';
    const g = buildGraph(inventory([topic('orders')], [sub('orders-billing', 'orders', push(`https://${host}/pubsub`))]), []);
    const svc = g.nodes.find((n) => n.id === nodeId.service(host))!;
    expect(svc.data).toMatchObject({ kind: 'service', host, name: 'billing' });
    expect(filterGraph(g, { q: 'billing' }).matches.has(svc.id)).toBe(true);
  });

  it('filters by project and keeps cross-project neighbours', () => {
    const g = buildGraph(sample(), []);
    const f = filterGraph(g, { project: Q });
    expect(f.nodes.map((n) => n.id).sort()).toEqual(
      [nodeId.subscription({ project: Q, name: 'mirror' }), nodeId.topic({ project: P, name: 'orders' })].sort(),
    );
  });

  it('returns an empty graph when nothing matches', () => {
    const g = buildGraph(sample(), []);
    expect(filterGraph(g, { q: 'no-such-thing' }).nodes).toHaveLength(0);
  });
});

describe('neighbourhood', () => {
  it('collects nodes within two hops of a subscription, both directions', () => {
    const g = buildGraph(sample(), []);
    const n = neighbourhood(g, nodeId.subscription({ project: P, name: 'orders-billing' }), 2);
    const ids = n.nodes.map((x) => x.id);
    expect(ids).toContain(nodeId.topic({ project: P, name: 'orders' }));
    expect(ids).toContain(nodeId.topic({ project: P, name: 'orders-dlq' }));
    expect(ids).toContain(nodeId.service('billing.example.com'));
    // two hops: siblings through the topic, the DLQ's reader through the DLQ
    expect(ids).toContain(nodeId.subscription({ project: Q, name: 'mirror' }));
    expect(ids).toContain(nodeId.subscription({ project: P, name: 'orders-dlq-inspector' }));
    expect(ids).not.toContain(nodeId.topic({ project: P, name: 'payments' }));
  });

  it('is empty for an unknown id', () => {
    expect(neighbourhood(buildGraph(sample(), []), 'topic:nope/nope').nodes).toEqual([]);
  });
});

/** ~500+ nodes: 120 topics × 3 subscriptions, a third of them push to 20 hosts, a DLQ per 4 topics. */
export function largeInventory(topicCount = 120): Inventory {
  const topics: Topic[] = [];
  const subs: Subscription[] = [];
  for (let i = 0; i < topicCount; i++) {
    const t = `topic-${String(i).padStart(3, '0')}`;
    topics.push(topic(t, { messageRetentionSeconds: i % 2 ? 86400 : null }));
    if (i % 4 === 0) topics.push(topic(`${t}-dlq`));
    for (let j = 0; j < 3; j++) {
      const dlq = `topic-${String(i - (i % 4)).padStart(3, '0')}-dlq`;
      subs.push(
        sub(`${t}-sub-${j}`, t, {
          ...(j === 0 ? push(`https://svc-${i % 20}.example.com/push`) : {}),
          ...(j === 1 ? { deadLetter: { topic: { project: P, name: dlq }, maxDeliveryAttempts: 5 } } : {}),
        }),
      );
    }
    if (i % 8 === 0) subs.push(sub(`${t}-dlq-reader`, `${t}-dlq`));
  }
  return inventory(topics, subs);
}

describe('packComponents', () => {
  it('puts the biggest component top-left and never overlaps components', () => {
    const nodes = [
      { id: 'a1', width: 100, height: 50 },
      { id: 'a2', width: 100, height: 50 },
      { id: 'a3', width: 100, height: 50 },
      { id: 'b1', width: 100, height: 50 },
      { id: 'c1', width: 100, height: 50 },
    ];
    const edges = [
      { id: 'e1', source: 'a1', target: 'a2' },
      { id: 'e2', source: 'a2', target: 'a3' },
    ];
    // elk-like input: small components first, the big one far below
    const positions = { b1: { x: 0, y: 0 }, c1: { x: 200, y: 0 }, a1: { x: 0, y: 500 }, a2: { x: 200, y: 500 }, a3: { x: 400, y: 560 } };
    const r = packComponents({ nodes, edges }, positions);
    expect(r.positions.a1).toEqual({ x: 0, y: 0 });
    expect(r.positions.a3).toEqual({ x: 400, y: 60 });
    const box = (id: string) => ({ ...r.positions[id], w: 100, h: 50 });
    const ids = Object.keys(r.positions);
    for (const i of ids)
      for (const j of ids) {
        if (i >= j) continue;
        const p = box(i);
        const q = box(j);
        const overlap = p.x < q.x + q.w && q.x < p.x + p.w && p.y < q.y + q.h && q.y < p.y + p.h;
        expect(overlap, `${i} overlaps ${j}`).toBe(false);
      }
    expect(r.width).toBeGreaterThanOrEqual(500);
  });
});

describe('layout of a large graph', () => {
  it('lays out 500+ nodes with elk, positioning every node left to right (speed is measured in npm run bench)', async () => {
    const g = buildGraph(largeInventory(), []);
    expect(g.nodes.length).toBeGreaterThan(500);
    const result = await runElkLayout(new ELK(), toLayoutInput(g));
    expect(Object.keys(result.positions)).toHaveLength(g.nodes.length);
    // Layered direction RIGHT: every subscription sits right of its topic.
    for (const e of g.edges.filter((e) => e.kind === 'subscription')) {
      expect(result.positions[e.target].x).toBeGreaterThan(result.positions[e.source].x);
    }
  }, 60_000);
});
