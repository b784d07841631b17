import { describe, expect, it } from 'vitest';
import { splitFix } from '../finding';
import { deadLetterTo, makeInventory, makePushSubscription, makeSubscription, makeTopic } from '../test-fixtures';
import { exportWithoutDeadLetter, noDeadLetterPolicy, noRetryPolicy, pushAckDeadlineMinimum } from './delivery';
import { names, runRule } from './run-rule';

const topics = [makeTopic('orders'), makeTopic('orders-dlq')];
const bigquery = makeSubscription('orders-bq', 'orders', {
  type: 'bigquery',
  bigquery: {
    table: 'demo-project.sales.orders',
    useTopicSchema: true,
    useTableSchema: false,
    writeMetadata: false,
    dropUnknownFields: false,
    serviceAccountEmail: null,
  },
});

describe('no-dead-letter-policy', () => {
  it('warns for push and pull subscriptions without one, with the full setup as fix', () => {
    const pull = makeSubscription('orders-worker', 'orders');
    const push = makePushSubscription('billing', 'orders');
    const findings = runRule(noDeadLetterPolicy, makeInventory({ topics, subscriptions: [pull, push, bigquery] }));
    expect(names(findings)).toEqual(['orders-worker', 'billing']);
    expect(findings[0].title).toBe('orders-worker has no dead-letter topic: a message that always fails is retried for 7 days');
    expect(findings[1].explanation).toContain('the endpoint at billing.example.com');
    expect(splitFix(findings[0].fix).commands).toEqual([
      'gcloud pubsub topics create orders-worker-dlq --project=demo-project',
      'gcloud pubsub subscriptions create orders-worker-dlq-sub --project=demo-project --topic=orders-worker-dlq --message-retention-duration=7d --expiration-period=never',
      'gcloud pubsub subscriptions update orders-worker --project=demo-project --dead-letter-topic=orders-worker-dlq --max-delivery-attempts=5',
      expect.stringContaining('PROJECT_NUMBER='),
      expect.stringContaining('topics add-iam-policy-binding orders-worker-dlq'),
      expect.stringContaining('subscriptions add-iam-policy-binding orders-worker'),
    ]);
  });

  it('does not ask dead-letter subscriptions to dead-letter (that invites loops)', () => {
    const worker = makeSubscription('orders-worker', 'orders', { deadLetter: deadLetterTo('orders-dlq') });
    const dlqReader = makeSubscription('orders-dlq-sub', 'orders-dlq');
    expect(runRule(noDeadLetterPolicy, makeInventory({ topics, subscriptions: [worker, dlqReader] }))).toEqual([]);
  });
});

describe('export-without-dead-letter', () => {
  it('reports BigQuery and Cloud Storage subscriptions as info', () => {
    const [f, ...rest] = runRule(exportWithoutDeadLetter, makeInventory({ topics, subscriptions: [bigquery, makeSubscription('p', 'orders')] }));
    expect(rest).toEqual([]);
    expect(f.severity).toBe('info');
    expect(f.title).toBe('orders-bq writes to BigQuery without a dead-letter topic');
  });

  it('is quiet when the export subscription has a dead-letter topic', () => {
    const covered = { ...bigquery, deadLetter: deadLetterTo('orders-dlq') };
    expect(runRule(exportWithoutDeadLetter, makeInventory({ topics, subscriptions: [covered] }))).toEqual([]);
  });
});

describe('no-retry-policy', () => {
  it('warns, explaining the push and the pull consequence', () => {
    const pull = makeSubscription('orders-worker', 'orders', { retryPolicy: null });
    const push = makePushSubscription('billing', 'orders', undefined, { retryPolicy: null });
    const [a, b] = runRule(noRetryPolicy, makeInventory({ topics, subscriptions: [pull, push] }));
    expect(a.explanation).toContain('nacked message is redelivered at once');
    expect(b.explanation).toContain('billing.example.com');
    expect(splitFix(a.fix).commands).toEqual([
      'gcloud pubsub subscriptions update orders-worker --project=demo-project --min-retry-delay=10s --max-retry-delay=600s',
    ]);
  });

  it('is quiet with a retry policy, and for export subscriptions', () => {
    const exportNoRetry = { ...bigquery, retryPolicy: null };
    expect(runRule(noRetryPolicy, makeInventory({ topics, subscriptions: [makeSubscription('a', 'orders'), exportNoRetry] }))).toEqual([]);
  });
});

describe('push-ack-deadline-minimum', () => {
  it('flags a push endpoint with the 10 s minimum', () => {
    const hurried = makePushSubscription('billing', 'orders', undefined, { ackDeadlineSeconds: 10 });
    const [f] = runRule(pushAckDeadlineMinimum, makeInventory({ topics, subscriptions: [hurried] }));
    expect(f.title).toBe('billing gives billing.example.com only 10 s to answer');
  });

  it('is quiet for longer deadlines and for pull', () => {
    const pull = makeSubscription('p', 'orders', { ackDeadlineSeconds: 10 });
    const relaxed = makePushSubscription('billing', 'orders', undefined, { ackDeadlineSeconds: 60 });
    expect(runRule(pushAckDeadlineMinimum, makeInventory({ topics, subscriptions: [pull, relaxed] }))).toEqual([]);
  });
});
