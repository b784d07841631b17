import { describe, expect, it } from 'vitest';
import { durationSeconds, timestampIso, toSubscription, toTopic } from './convert';

describe('durationSeconds', () => {
  it('reads string, number and nanos', () => {
    expect(durationSeconds({ seconds: '86400', nanos: 0 })).toBe(86400);
    expect(durationSeconds({ seconds: 1, nanos: 500_000_000 })).toBe(1.5);
    expect(durationSeconds(null)).toBeNull();
  });
});

describe('timestampIso', () => {
  it('turns a proto timestamp into ISO', () => {
    expect(timestampIso({ seconds: '1700000000', nanos: 5_000_000 })).toBe('2023-11-14T22:13:20.005Z');
    expect(timestampIso(undefined)).toBeNull();
  });
});

describe('toSubscription', () => {
  it('distinguishes "no retry policy" from an empty one (default backoff)', () => {
    const none = toSubscription('p', { name: 'projects/p/subscriptions/a', topic: 'projects/p/topics/t' });
    const empty = toSubscription('p', { name: 'projects/p/subscriptions/a', topic: 'projects/p/topics/t', retryPolicy: {} });
    expect(none.retryPolicy).toBeNull();
    expect(empty.retryPolicy).toEqual({ minimumBackoffSeconds: 10, maximumBackoffSeconds: 600 });
  });

  it('classifies BigQuery and Cloud Storage subscriptions', () => {
    const bq = toSubscription('p', { name: 'projects/p/subscriptions/bq', topic: 'projects/p/topics/t', bigqueryConfig: { table: 'p.d.t' } });
    const gcs = toSubscription('p', {
      name: 'projects/p/subscriptions/gcs',
      topic: 'projects/p/topics/t',
      cloudStorageConfig: { bucket: 'b', avroConfig: {} },
    });
    expect(bq.type).toBe('bigquery');
    expect(gcs).toMatchObject({ type: 'cloudStorage', cloudStorage: { bucket: 'b', format: 'avro' } });
  });

  it('reads the expiration ttl, and an empty one as never', () => {
    const ttl = toSubscription('p', { name: 'projects/p/subscriptions/a', expirationPolicy: { ttl: { seconds: 2678400 } } });
    const never = toSubscription('p', { name: 'projects/p/subscriptions/a', expirationPolicy: {} });
    expect(ttl.expirationTtlSeconds).toBe(2678400);
    expect(never.expirationTtlSeconds).toBeNull();
  });

  it('reads the push host including a port', () => {
    const s = toSubscription('p', {
      name: 'projects/p/subscriptions/a',
      pushConfig: { pushEndpoint: 'http://127.0.0.1:4100/pubsub/push', noWrapper: { writeMetadata: true } },
    });
    expect(s.push).toMatchObject({ host: '127.0.0.1:4100', noWrapper: { writeMetadata: true }, oidc: null });
  });
});

describe('toTopic', () => {
  it('reads schema settings with numeric enums', () => {
    const t = toTopic('p', {
      name: 'projects/p/topics/t',
      schemaSettings: { schema: 'projects/p/schemas/order', encoding: 1 },
    });
    expect(t.schemaSettings).toMatchObject({ schema: { project: 'p', name: 'order' }, encoding: 'JSON', schemaDeleted: false });
  });
});
