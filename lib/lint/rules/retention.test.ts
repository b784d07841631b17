import { describe, expect, it } from 'vitest';
import { splitFix } from '../finding';
import { deadLetterTo, makeInventory, makeSubscription, makeTopic, ref } from '../test-fixtures';
import { noReplay, subscriptionExpires } from './retention';
import { runRule } from './run-rule';

describe('no-replay', () => {
  it('flags a subscription when neither it nor its topic keeps acked messages', () => {
    const sub = makeSubscription('orders-worker', 'orders');
    const [f] = runRule(noReplay, makeInventory({ topics: [makeTopic('orders')], subscriptions: [sub] }));
    expect(f.severity).toBe('info');
    expect(f.title).toBe('orders-worker cannot be replayed: neither it nor topic orders keeps acked messages');
    expect(splitFix(f.fix).commands[0]).toBe(
      'gcloud pubsub topics update orders --project=demo-project --message-retention-duration=7d',
    );
  });

  it('mentions peek on the emulator', () => {
    const sub = makeSubscription('orders-worker', 'orders');
    const [f] = runRule(noReplay, makeInventory({ mode: 'emulator', topics: [makeTopic('orders')], subscriptions: [sub] }));
    expect(f.explanation).toContain('peek');
  });

  it('is quiet with topic retention, retained acks, or a topic outside the inventory', () => {
    const inv = makeInventory({
      topics: [makeTopic('kept', { messageRetentionSeconds: 86_400 }), makeTopic('plain')],
      subscriptions: [
        makeSubscription('a', 'kept'),
        makeSubscription('b', 'plain', { retainAckedMessages: true }),
        makeSubscription('c', ref('elsewhere', 'other-project')),
      ],
    });
    expect(runRule(noReplay, inv)).toEqual([]);
  });
});

describe('subscription-expires', () => {
  it('warns with the period, and says when it is the GCP default', () => {
    const sub = makeSubscription('orders-worker', 'orders', { expirationTtlSeconds: 31 * 86_400 });
    const [f] = runRule(subscriptionExpires, makeInventory({ topics: [makeTopic('orders')], subscriptions: [sub] }));
    expect(f.severity).toBe('warning');
    expect(f.title).toBe('orders-worker is deleted after 31 days without activity (the default)');
    expect(splitFix(f.fix).commands).toEqual([
      'gcloud pubsub subscriptions update orders-worker --project=demo-project --expiration-period=never',
    ]);
  });

  it('explains the special danger for a dead-letter subscription', () => {
    const worker = makeSubscription('orders-worker', 'orders', { deadLetter: deadLetterTo('orders-dlq') });
    const dlqSub = makeSubscription('orders-dlq-sub', 'orders-dlq', { expirationTtlSeconds: 86_400 });
    const inv = makeInventory({ topics: [makeTopic('orders'), makeTopic('orders-dlq')], subscriptions: [worker, dlqSub] });
    const [f] = runRule(subscriptionExpires, inv);
    expect(f.title).toBe('orders-dlq-sub is deleted after 1 day without activity');
    expect(f.explanation).toContain('dead letters are dropped');
  });

  it('is quiet for subscriptions that never expire', () => {
    const inv = makeInventory({ topics: [makeTopic('orders')], subscriptions: [makeSubscription('a', 'orders')] });
    expect(runRule(subscriptionExpires, inv)).toEqual([]);
  });
});
