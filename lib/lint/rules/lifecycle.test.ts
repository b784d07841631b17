import { describe, expect, it } from 'vitest';
import { splitFix } from '../finding';
import { deadLetterTo, makeInventory, makeSubscription, makeTopic, ref } from '../test-fixtures';
import {
  subscriptionDetached,
  subscriptionOfDeletedTopic,
  subscriptionResourceError,
  topicSchemaDeleted,
  topicWithoutSubscription,
} from './lifecycle';
import { names, runRule } from './run-rule';

const orders = makeTopic('orders');

describe('subscription-of-deleted-topic', () => {
  it('flags a subscription whose topic was deleted', () => {
    const [f] = runRule(subscriptionOfDeletedTopic, makeInventory({ subscriptions: [makeSubscription('orphan', null)] }));
    expect(f.severity).toBe('critical');
    expect(f.title).toBe('orphan belongs to a deleted topic: it will never receive messages');
    expect(splitFix(f.fix).commands).toEqual(['gcloud pubsub subscriptions delete orphan --project=demo-project']);
  });

  it('is quiet while the topic exists', () => {
    expect(runRule(subscriptionOfDeletedTopic, makeInventory({ topics: [orders], subscriptions: [makeSubscription('a', 'orders')] }))).toEqual([]);
  });
});

describe('subscription-detached', () => {
  it('flags a detached subscription', () => {
    const sub = makeSubscription('old', 'orders', { detached: true });
    const [f] = runRule(subscriptionDetached, makeInventory({ topics: [orders], subscriptions: [sub] }));
    expect(f.title).toBe('old is detached from topic orders: it receives nothing');
  });

  it('is quiet for attached subscriptions', () => {
    expect(runRule(subscriptionDetached, makeInventory({ topics: [orders], subscriptions: [makeSubscription('a', 'orders')] }))).toEqual([]);
  });
});

describe('subscription-resource-error', () => {
  const bq = makeSubscription('orders-bq', 'orders', {
    type: 'bigquery',
    state: 'RESOURCE_ERROR',
    bigquery: {
      table: 'demo-project.sales.orders',
      useTopicSchema: false,
      useTableSchema: true,
      writeMetadata: false,
      dropUnknownFields: false,
      serviceAccountEmail: 'bq-writer@demo-project.iam.gserviceaccount.com',
    },
  });

  it('flags RESOURCE_ERROR naming the destination and the writing account', () => {
    const [f] = runRule(subscriptionResourceError, makeInventory({ topics: [orders], subscriptions: [bq] }));
    expect(f.title).toBe("Pub/Sub cannot write orders-bq's messages to BigQuery table demo-project.sales.orders");
    expect(f.explanation).toContain('bq-writer@demo-project.iam.gserviceaccount.com');
    expect(splitFix(f.fix).commands).toEqual(['bq show demo-project:sales.orders']);
  });

  it('is quiet when ACTIVE', () => {
    expect(runRule(subscriptionResourceError, makeInventory({ topics: [orders], subscriptions: [{ ...bq, state: 'ACTIVE' }] }))).toEqual([]);
  });
});

describe('topic-schema-deleted', () => {
  it('flags a topic pointing at a deleted schema', () => {
    const topic = makeTopic('events', {
      schemaSettings: { schema: null, schemaDeleted: true, encoding: 'JSON', firstRevisionId: null, lastRevisionId: null },
    });
    const [f] = runRule(topicSchemaDeleted, makeInventory({ topics: [topic] }));
    expect(f.resource).toEqual({ kind: 'topic', project: 'demo-project', name: 'events' });
    expect(splitFix(f.fix).commands).toEqual(['gcloud pubsub topics update events --project=demo-project --clear-schema-settings']);
  });

  it('is quiet for a topic with a live schema or none', () => {
    const topic = makeTopic('events', {
      schemaSettings: { schema: ref('event-v1'), schemaDeleted: false, encoding: 'JSON', firstRevisionId: null, lastRevisionId: null },
    });
    expect(runRule(topicSchemaDeleted, makeInventory({ topics: [topic, orders] }))).toEqual([]);
  });
});

describe('topic-without-subscription', () => {
  it('reports topics nobody reads, but leaves dead-letter topics to the critical rule', () => {
    const inv = makeInventory({
      topics: [orders, makeTopic('orders-dlq'), makeTopic('unused', { messageRetentionSeconds: 3_600 })],
      subscriptions: [makeSubscription('orders-worker', 'orders', { deadLetter: deadLetterTo('orders-dlq') })],
    });
    const findings = runRule(topicWithoutSubscription, inv);
    expect(names(findings)).toEqual(['unused']);
    expect(findings[0].explanation).toContain('keeps messages for 1 h');
  });

  it('counts subscriptions from another inventoried project', () => {
    const inv = makeInventory({
      projects: ['demo-project', 'consumer-project'],
      topics: [orders],
      subscriptions: [makeSubscription('reader', ref('orders'), { project: 'consumer-project' })],
    });
    expect(runRule(topicWithoutSubscription, inv)).toEqual([]);
  });
});
