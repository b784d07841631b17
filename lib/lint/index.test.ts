import { describe, expect, it } from 'vitest';
import { findingSchema, SEVERITY_ORDER } from '../schemas/lint';
import {
  findingsByResource,
  findingsForSubscription,
  findingsForTopic,
  lintInventory,
  RULES,
} from './index';
import { splitFix } from './finding';
import {
  deadLetterTo,
  makeInventory,
  makePushSubscription,
  makeScaleInventory,
  makeSubscription,
  makeTopic,
  ref,
} from './test-fixtures';

/** A small system with one problem of each severity, on resources named so that name order ≠ severity order. */
function smallSystem() {
  return makeInventory({
    topics: [makeTopic('orders', { messageRetentionSeconds: 7 * 86_400 }), makeTopic('orders-dlq')],
    subscriptions: [
      makeSubscription('a-worker', 'orders', { deadLetter: deadLetterTo('orders-dlq'), ackDeadlineSeconds: 30 }), // dlq dropped (topic)
      makeSubscription('b-worker', 'orders', { retryPolicy: null, deadLetter: deadLetterTo('orders-dlq') }), // warning
      makePushSubscription('c-push', 'orders', undefined, { ackDeadlineSeconds: 10, deadLetter: deadLetterTo('orders-dlq') }), // info
      makeSubscription('z-orphan', null), // critical
    ],
  });
}

describe('lintInventory', () => {
  it('returns valid findings sorted by severity, then resource name', () => {
    const findings = lintInventory(smallSystem());
    for (const f of findings) findingSchema.parse(f);
    expect(findings.map((f) => `${f.severity} ${f.resource.name} ${f.ruleId}`)).toEqual([
      'critical orders-dlq dead-letter-topic-without-subscription',
      'critical z-orphan subscription-of-deleted-topic',
      'warning b-worker no-retry-policy',
      'info c-push push-ack-deadline-minimum',
    ]);
  });

  it('is quiet on a healthy system', () => {
    const inv = makeInventory({
      topics: [makeTopic('orders', { messageRetentionSeconds: 86_400 }), makeTopic('orders-dlq')],
      subscriptions: [
        makeSubscription('orders-worker', 'orders', { deadLetter: deadLetterTo('orders-dlq') }),
        makePushSubscription('billing', 'orders', undefined, { deadLetter: deadLetterTo('orders-dlq') }),
        makeSubscription('orders-dlq-sub', 'orders-dlq', { retainAckedMessages: true }),
      ],
    });
    expect(lintInventory(inv)).toEqual([]);
  });

  it('lints 1,000 topics and 3,000 subscriptions, finding exactly what was planted', () => {
    const inv = makeScaleInventory({ topics: 1000, subscriptionsPerTopic: 3 });
    expect(inv.subscriptions).toHaveLength(3001);
    inv.subscriptions[1500].retryPolicy = null;
    inv.subscriptions[2999].deadLetter = deadLetterTo('nowhere');
    const findings = lintInventory(inv);

    const byRule = new Map<string, string[]>();
    for (const f of findings) byRule.set(f.ruleId, [...(byRule.get(f.ruleId) ?? []), f.resource.name]);
    expect(byRule.get('no-retry-policy')).toEqual([inv.subscriptions[1500].name]);
    expect(byRule.get('dead-letter-topic-missing')).toEqual([inv.subscriptions[2999].name]);
    // two of every three topics keep nothing: each of their 3 subscriptions cannot be replayed
    expect(byRule.get('no-replay')).toHaveLength(666 * 3);
    expect([...byRule.keys()].sort()).toEqual(['dead-letter-topic-missing', 'no-replay', 'no-retry-policy']);
    expect(findings[0].ruleId).toBe('dead-letter-topic-missing');
  });
});

describe('RULES', () => {
  it('lists every rule once, most severe first, with text for the reference page', () => {
    const ids = RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    const severities = RULES.map((r) => SEVERITY_ORDER[r.severity]);
    expect(severities).toEqual([...severities].sort((a, b) => a - b));
    for (const rule of RULES) {
      expect(rule.id).toMatch(/^[a-z]+(-[a-z]+)*$/);
      expect(rule.title.length).toBeGreaterThan(5);
      expect(rule.description.length).toBeGreaterThan(40);
      expect(Object.keys(rule).sort()).toEqual(['description', 'id', 'severity', 'title']);
    }
  });

  it('every finding carries a rule id and severity from RULES', () => {
    const bySeverity = new Map(RULES.map((r) => [r.id, r.severity]));
    for (const f of lintInventory(smallSystem())) expect(bySeverity.get(f.ruleId)).toBe(f.severity);
  });
});

describe('finding selectors', () => {
  const findings = lintInventory(smallSystem());

  it('gives a subscription its own findings plus "your dead-letter topic drops messages"', () => {
    const sub = smallSystem().subscriptions.find((s) => s.name === 'b-worker')!;
    expect(findingsForSubscription(findings, sub).map((f) => f.ruleId)).toEqual([
      'dead-letter-topic-without-subscription',
      'no-retry-policy',
    ]);
  });

  it('gives a topic its own findings', () => {
    expect(findingsForTopic(findings, ref('orders-dlq')).map((f) => f.ruleId)).toEqual(['dead-letter-topic-without-subscription']);
    expect(findingsForTopic(findings, ref('orders'))).toEqual([]);
  });

  it('groups by kind and resource', () => {
    const grouped = findingsByResource(findings);
    expect(grouped.get('subscription:demo-project/z-orphan')).toHaveLength(1);
    expect(grouped.get('topic:demo-project/orders-dlq')).toHaveLength(1);
  });
});

describe('splitFix', () => {
  it('separates prose from commands', () => {
    const [f] = lintInventory(smallSystem());
    const { text, commands } = splitFix(f.fix);
    expect(text).toMatch(/^Create a subscription on orders-dlq/);
    expect(commands.every((c) => c.startsWith('gcloud '))).toBe(true);
    expect(splitFix('Just words.')).toEqual({ text: 'Just words.', commands: [] });
  });
});
