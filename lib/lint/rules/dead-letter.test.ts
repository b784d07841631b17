import { describe, expect, it } from 'vitest';
import { splitFix } from '../finding';
import { deadLetterTo, makeInventory, makeSubscription, makeTopic, ref } from '../test-fixtures';
import {
  deadLetterLoop,
  deadLetterMaxAttemptsHigh,
  deadLetterTopicIsSource,
  deadLetterTopicMissing,
  deadLetterTopicNotInventoried,
  deadLetterTopicWithoutSubscription,
  deadLetterWithOrdering,
} from './dead-letter';
import { names, runRule } from './run-rule';

const orders = makeTopic('orders');
const dlq = makeTopic('orders-dlq');
const worker = makeSubscription('orders-worker', 'orders', { deadLetter: deadLetterTo('orders-dlq') });
const dlqSub = makeSubscription('orders-dlq-sub', 'orders-dlq');

describe('dead-letter-topic-without-subscription', () => {
  it('flags the DLQ topic, naming every subscription that dead-letters into it', () => {
    const billing = makeSubscription('billing', 'orders', { deadLetter: deadLetterTo('orders-dlq') });
    const findings = runRule(deadLetterTopicWithoutSubscription, makeInventory({ topics: [orders, dlq], subscriptions: [worker, billing] }));
    expect(findings).toHaveLength(1);
    const [f] = findings;
    expect(f.severity).toBe('critical');
    expect(f.resource).toEqual({ kind: 'topic', project: 'demo-project', name: 'orders-dlq' });
    expect(f.title).toContain('orders-dlq');
    expect(f.title).toContain('dropped');
    expect(f.explanation).toContain('orders-worker and billing');
    expect(splitFix(f.fix).commands[0]).toBe(
      'gcloud pubsub subscriptions create orders-dlq-sub --project=demo-project --topic=orders-dlq --message-retention-duration=7d --expiration-period=never',
    );
  });

  it('suggests seeking back when the topic still retains dead letters', () => {
    const retaining = makeTopic('orders-dlq', { messageRetentionSeconds: 86_400 });
    const [f] = runRule(deadLetterTopicWithoutSubscription, makeInventory({ topics: [orders, retaining], subscriptions: [worker] }));
    expect(f.explanation).toContain('1 day');
    expect(splitFix(f.fix).commands[1]).toMatch(/^gcloud pubsub subscriptions seek orders-dlq-sub /);
  });

  it('counts a detached subscription as no subscription', () => {
    const detached = makeSubscription('orders-dlq-sub', 'orders-dlq', { detached: true });
    const [f] = runRule(deadLetterTopicWithoutSubscription, makeInventory({ topics: [orders, dlq], subscriptions: [worker, detached] }));
    expect(f.explanation).toContain('detached');
  });

  it('is quiet when the DLQ topic has a subscription, or does not exist', () => {
    expect(runRule(deadLetterTopicWithoutSubscription, makeInventory({ topics: [orders, dlq], subscriptions: [worker, dlqSub] }))).toEqual([]);
    expect(runRule(deadLetterTopicWithoutSubscription, makeInventory({ topics: [orders], subscriptions: [worker] }))).toEqual([]);
  });
});

describe('dead-letter-topic-missing', () => {
  it('flags a policy pointing at a topic absent from an inventoried project', () => {
    const [f, ...rest] = runRule(deadLetterTopicMissing, makeInventory({ topics: [orders], subscriptions: [worker] }));
    expect(rest).toEqual([]);
    expect(f.resource.name).toBe('orders-worker');
    expect(f.title).toBe('orders-worker dead-letters to orders-dlq, which does not exist');
    expect(splitFix(f.fix).commands[0]).toBe('gcloud pubsub topics create orders-dlq --project=demo-project');
  });

  it('does not guess about projects it does not inventory, or whose topics could not be listed', () => {
    const elsewhere = makeSubscription('w', 'orders', { deadLetter: { topic: ref('dlq', 'other-project'), maxDeliveryAttempts: 5 } });
    expect(runRule(deadLetterTopicMissing, makeInventory({ topics: [orders], subscriptions: [elsewhere] }))).toEqual([]);
    const partial = makeInventory({
      topics: [orders],
      subscriptions: [worker],
      warnings: [{ project: 'demo-project', what: 'topics', message: 'PERMISSION_DENIED' }],
    });
    expect(runRule(deadLetterTopicMissing, partial)).toEqual([]);
  });

  it('is quiet when the topic exists', () => {
    expect(runRule(deadLetterTopicMissing, makeInventory({ topics: [orders, dlq], subscriptions: [worker] }))).toEqual([]);
  });
});

describe('dead-letter-topic-not-inventoried', () => {
  it('reports, as info, a DLQ in a project outside the inventory', () => {
    const elsewhere = makeSubscription('w', 'orders', { deadLetter: { topic: ref('dlq', 'other-project'), maxDeliveryAttempts: 5 } });
    const [f] = runRule(deadLetterTopicNotInventoried, makeInventory({ topics: [orders], subscriptions: [elsewhere] }));
    expect(f.severity).toBe('info');
    expect(f.title).toContain('other-project/dlq');
    expect(f.explanation).toContain('not among the inventoried projects');
  });

  it('is quiet for DLQs in inventoried projects', () => {
    expect(runRule(deadLetterTopicNotInventoried, makeInventory({ topics: [orders], subscriptions: [worker] }))).toEqual([]);
  });
});

describe('dead-letter-topic-is-source', () => {
  it('flags a subscription dead-lettering into its own topic and counts the siblings that get duplicates', () => {
    const loop = makeSubscription('orders-worker', 'orders', { deadLetter: deadLetterTo('orders') });
    const sibling = makeSubscription('audit', 'orders');
    const [f] = runRule(deadLetterTopicIsSource, makeInventory({ topics: [orders], subscriptions: [loop, sibling] }));
    expect(f.severity).toBe('critical');
    expect(f.title).toContain('its own topic orders');
    expect(f.explanation).toContain('the 1 other subscription of orders');
    expect(splitFix(f.fix).commands).toContain(
      'gcloud pubsub subscriptions update orders-worker --project=demo-project --dead-letter-topic=orders-worker-dlq --max-delivery-attempts=5',
    );
  });

  it('is quiet for a separate DLQ topic', () => {
    expect(runRule(deadLetterTopicIsSource, makeInventory({ topics: [orders, dlq], subscriptions: [worker, dlqSub] }))).toEqual([]);
  });
});

describe('dead-letter-loop', () => {
  it('flags both ends of a two-topic loop', () => {
    const back = makeSubscription('orders-dlq-sub', 'orders-dlq', { deadLetter: deadLetterTo('orders') });
    const findings = runRule(deadLetterLoop, makeInventory({ topics: [orders, dlq], subscriptions: [worker, back] }));
    expect(names(findings).sort()).toEqual(['orders-dlq-sub', 'orders-worker']);
    const onWorker = findings.find((f) => f.resource.name === 'orders-worker')!;
    expect(onWorker.title).toContain('orders-dlq-sub on orders-dlq dead-letters back into orders');
    expect(splitFix(onWorker.fix).commands).toEqual([
      'gcloud pubsub subscriptions update orders-dlq-sub --project=demo-project --clear-dead-letter-policy',
    ]);
  });

  it('is quiet when the DLQ subscription dead-letters elsewhere or not at all', () => {
    const onward = makeSubscription('orders-dlq-sub', 'orders-dlq', { deadLetter: deadLetterTo('final') });
    expect(runRule(deadLetterLoop, makeInventory({ topics: [orders, dlq], subscriptions: [worker, onward] }))).toEqual([]);
    expect(runRule(deadLetterLoop, makeInventory({ topics: [orders, dlq], subscriptions: [worker, dlqSub] }))).toEqual([]);
  });
});

describe('dead-letter-with-ordering', () => {
  it('warns when ordered delivery meets dead lettering', () => {
    const ordered = { ...worker, enableMessageOrdering: true };
    const [f] = runRule(deadLetterWithOrdering, makeInventory({ topics: [orders, dlq], subscriptions: [ordered] }));
    expect(f.severity).toBe('warning');
    expect(f.title).toBe('orders-worker delivers in order but dead-letters after 5 attempts');
  });

  it('is quiet without ordering', () => {
    expect(runRule(deadLetterWithOrdering, makeInventory({ topics: [orders, dlq], subscriptions: [worker] }))).toEqual([]);
  });
});

describe('dead-letter-max-attempts-high', () => {
  it('flags 100 attempts and says how long a poison message can linger', () => {
    const patient = makeSubscription('slow', 'orders', { deadLetter: deadLetterTo('orders-dlq', 100) });
    const [f] = runRule(deadLetterMaxAttemptsHigh, makeInventory({ topics: [orders, dlq], subscriptions: [patient] }));
    expect(f.title).toContain('100 times');
    expect(f.explanation).toContain('16 h 40 min'); // 100 × 600 s
  });

  it('is quiet below the maximum', () => {
    expect(runRule(deadLetterMaxAttemptsHigh, makeInventory({ topics: [orders, dlq], subscriptions: [worker] }))).toEqual([]);
  });
});

describe('all dead-letter rules', () => {
  it('ignore subscriptions whose topic was deleted (they get their own finding)', () => {
    const orphan = makeSubscription('orphan', null, { deadLetter: deadLetterTo('missing', 100), enableMessageOrdering: true });
    const inv = makeInventory({ subscriptions: [orphan] });
    for (const rule of [deadLetterTopicMissing, deadLetterWithOrdering, deadLetterMaxAttemptsHigh, deadLetterTopicWithoutSubscription]) {
      expect(runRule(rule, inv)).toEqual([]);
    }
  });
});
