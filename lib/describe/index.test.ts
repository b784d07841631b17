import { describe, expect, it } from 'vitest';
import { deadLetterTo, makePushSubscription, makeSubscription, makeTopic, ref } from '../lint/test-fixtures';
import { describeSubscription, describeTopic } from './index';

describe('describeSubscription', () => {
  it('describes an authenticated push subscription with backoff and a dead-letter topic', () => {
    const sub = makePushSubscription('billing', 'orders', 'https://billing.example.com/pubsub', {
      ackDeadlineSeconds: 10,
      deadLetter: deadLetterTo('orders-dlq', 5),
      retainAckedMessages: true,
      messageRetentionSeconds: 7 * 86_400,
    });
    expect(describeSubscription(sub)).toEqual([
      'Push to https://billing.example.com/pubsub (authenticated as push-invoker@demo-project.iam.gserviceaccount.com via OIDC)',
      'Ack deadline 10 s',
      'Retried with exponential backoff 10 s → 10 min',
      'Dead-lettered to orders-dlq after 5 delivery attempts',
      'Keeps acked messages for 7 days (replay possible)',
      'Never expires',
    ]);
  });

  it('describes a pull subscription with filter, ordering, exactly-once and expiry', () => {
    const sub = makeSubscription('eu-orders', 'orders', {
      filter: 'attributes.region = "eu"',
      enableMessageOrdering: true,
      enableExactlyOnceDelivery: true,
      retryPolicy: null,
      messageRetentionSeconds: null,
      expirationTtlSeconds: 31 * 86_400,
    });
    expect(describeSubscription(sub)).toEqual([
      'Pull: subscriber clients fetch and acknowledge messages',
      'Filter: attributes.region = "eu"',
      'Ack deadline 10 s',
      'No retry policy: failed messages are redelivered immediately',
      'No dead-letter topic: failing messages are retried until they expire after 7 days',
      'Ordered delivery (per ordering key)',
      'Exactly-once delivery',
      'Keeps unacked messages for 7 days (the default); acked messages are discarded',
      'Deleted after 31 days without activity',
    ]);
  });

  it('names cross-project dead-letter topics with their project only', () => {
    const sub = makeSubscription('w', 'orders', { deadLetter: { topic: ref('dlq', 'ops-project'), maxDeliveryAttempts: 10 } });
    expect(describeSubscription(sub)).toContain('Dead-lettered to ops-project/dlq after 10 delivery attempts');
  });

  it('describes unauthenticated push with an unwrapped payload and a custom audience', () => {
    const anon = makePushSubscription('hook', 'orders', 'https://hook.example.com/in');
    anon.push = { ...anon.push!, oidc: null, noWrapper: { writeMetadata: true } };
    expect(describeSubscription(anon)[0]).toBe(
      'Push to https://hook.example.com/in (no authentication; raw message data as the body, attributes as HTTP headers)',
    );
    const audience = makePushSubscription('hook', 'orders', 'https://hook.example.com/in');
    audience.push = { ...audience.push!, oidc: { serviceAccountEmail: 'sa@p.iam.gserviceaccount.com', audience: 'hook-api' } };
    expect(describeSubscription(audience)[0]).toBe(
      'Push to https://hook.example.com/in (authenticated as sa@p.iam.gserviceaccount.com via OIDC, audience hook-api)',
    );
  });

  it('describes BigQuery and Cloud Storage subscriptions', () => {
    const bq = makeSubscription('orders-bq', 'orders', {
      type: 'bigquery',
      bigquery: {
        table: 'demo-project.sales.orders',
        useTopicSchema: true,
        useTableSchema: false,
        writeMetadata: true,
        dropUnknownFields: true,
        serviceAccountEmail: null,
      },
    });
    expect(describeSubscription(bq)[0]).toBe(
      'Writes to BigQuery table demo-project.sales.orders using the topic schema, dropping fields the table lacks, with message metadata columns',
    );
    const gcs = makeSubscription('orders-archive', 'orders', {
      type: 'cloudStorage',
      cloudStorage: {
        bucket: 'orders-archive',
        filenamePrefix: 'orders/',
        filenameSuffix: '.avro',
        format: 'avro',
        maxDurationSeconds: 300,
        maxBytes: 1_000_000_000,
        serviceAccountEmail: 'gcs-writer@demo-project.iam.gserviceaccount.com',
      },
    });
    expect(describeSubscription(gcs)[0]).toBe(
      'Writes Avro files to Cloud Storage gs://orders-archive/orders/….avro, a new file every 5 min or 1 GB, as gcs-writer@demo-project.iam.gserviceaccount.com',
    );
  });

  it('leads with the reason a subscription receives nothing', () => {
    expect(describeSubscription(makeSubscription('orphan', null))[0]).toBe('Its topic was deleted: no new messages will arrive');
    expect(describeSubscription(makeSubscription('old', 'orders', { detached: true }))[0]).toBe(
      'Detached from its topic: no messages will arrive',
    );
    expect(describeSubscription(makeSubscription('bq', 'orders', { state: 'RESOURCE_ERROR' }))[0]).toMatch(/RESOURCE_ERROR/);
  });
});

describe('describeTopic', () => {
  it('describes a plain topic', () => {
    expect(describeTopic(makeTopic('orders'))).toEqual([
      'Keeps no messages itself: replay depends on each subscription retaining acked messages',
      'No schema: any payload is accepted',
      'Encrypted with a Google-managed key',
    ]);
  });

  it('describes retention, schema with revisions and CMEK', () => {
    const topic = makeTopic('orders', {
      messageRetentionSeconds: 86_400 + 12 * 3_600,
      schemaSettings: {
        schema: ref('order-v1', 'schemas-project'),
        schemaDeleted: false,
        encoding: 'JSON',
        firstRevisionId: 'a1b2c3d4',
        lastRevisionId: 'e5f6a7b8',
      },
      kmsKeyName: 'projects/kms-project/locations/europe-west1/keyRings/pubsub/cryptoKeys/orders-key',
    });
    expect(describeTopic(topic)).toEqual([
      'Keeps every message for 1 day 12 h (replay possible on every subscription)',
      'Messages must match schema schemas-project/order-v1 (JSON encoding), revisions a1b2c3d4 to e5f6a7b8',
      'Encrypted with customer-managed key orders-key (key ring pubsub, europe-west1, project kms-project)',
    ]);
  });

  it('warns in words when the schema was deleted', () => {
    const topic = makeTopic('orders', {
      schemaSettings: { schema: null, schemaDeleted: true, encoding: 'BINARY', firstRevisionId: null, lastRevisionId: null },
    });
    expect(describeTopic(topic)[1]).toBe('Its schema was deleted: every publish to this topic fails');
  });
});
