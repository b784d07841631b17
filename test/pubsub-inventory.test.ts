// Integration: lib/pubsub against the real Pub/Sub emulator (started by test/global-setup.ts).
import { PubSub, SchemaTypes } from '@google-cloud/pubsub';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { resetEnvCache } from '@/lib/env';
import { closeAllClients } from '@/lib/pubsub/client';
import { readInventory } from '@/lib/pubsub/inventory';
import { checkPubSubReachable } from '@/lib/pubsub/health';
import { classifyPubSubError } from '@/lib/pubsub/errors';

const P1 = 'inv-project-one';
const P2 = 'inv-project-two';
const ODD = 'odd.name~with+plus%pct';
let admin: PubSub;
let admin2: PubSub;

beforeAll(async () => {
  process.env.PUBSUB_EMULATOR_HOST = inject('emulatorHost');
  process.env.PUBSUB_PROJECTS = `${P1},${P2}`;
  resetEnvCache();
  admin = new PubSub({ projectId: P1, apiEndpoint: inject('emulatorHost') });
  admin2 = new PubSub({ projectId: P2, apiEndpoint: inject('emulatorHost') });
  const [orders] = await admin.createTopic({ name: 'orders', messageRetentionDuration: { seconds: 86400 } });
  await admin.createTopic('orders-dlq');
  await admin.createTopic(ODD);
  await orders.createSubscription('billing', {
    pushConfig: {
      pushEndpoint: 'https://billing.example.com/pubsub',
      oidcToken: { serviceAccountEmail: 'push@p.iam.gserviceaccount.com', audience: 'billing' },
    },
    deadLetterPolicy: { deadLetterTopic: `projects/${P1}/topics/orders-dlq`, maxDeliveryAttempts: 7 },
    retryPolicy: { minimumBackoff: { seconds: 10 }, maximumBackoff: { seconds: 600 } },
    ackDeadlineSeconds: 30,
  });
  await admin.topic('orders-dlq').createSubscription('orders-dlq-inbox', { retainAckedMessages: true });
  await admin.topic(ODD).createSubscription(`${ODD}-sub`, { enableMessageOrdering: true, filter: 'attributes.x = "1"' });
  // Cross-project: a subscription in P2 on P1's topic.
  await admin2.createSubscription(`projects/${P1}/topics/orders`, 'partner-analytics');
  // A subscription whose topic is then deleted.
  const [doomed] = await admin.createTopic('doomed');
  await doomed.createSubscription('orphan');
  await doomed.delete();
  // Paging: more topics than one page of the list call would hold at pageSize 1000 is costly here;
  // 30 extra topics still prove nothing is dropped between kinds.
  await Promise.all(Array.from({ length: 30 }, (_, i) => admin.createTopic(`bulk-${i}`)));
  await admin.createSchema(
    'order-v1',
    SchemaTypes.Avro,
    JSON.stringify({ type: 'record', name: 'Order', fields: [{ name: 'id', type: 'string' }] }),
  );
});

afterAll(async () => {
  await Promise.all([admin?.close(), admin2?.close(), closeAllClients()]);
});

describe('readInventory', () => {
  it('lists topics of every configured project with retention', async () => {
    const inv = await readInventory();
    expect(inv.mode).toBe('emulator');
    expect(inv.projects).toEqual([P1, P2]);
    const orders = inv.topics.find((t) => t.name === 'orders')!;
    expect(orders).toMatchObject({ project: P1, messageRetentionSeconds: 86400 });
    expect(inv.topics.filter((t) => t.name.startsWith('bulk-'))).toHaveLength(30);
    expect(inv.topics.some((t) => t.name === ODD)).toBe(true);
  });

  it('lists schemas and snapshots', async () => {
    await admin.subscription('billing').createSnapshot('billing-before-deploy');
    const inv = await readInventory();
    expect(inv.warnings.filter((w) => w.what !== 'IAM policies')).toEqual([]);
    expect(inv.schemas.find((s) => s.name === 'order-v1')).toMatchObject({ project: P1, type: 'AVRO' });
    expect(inv.snapshots.find((s) => s.name === 'billing-before-deploy')).toMatchObject({
      project: P1,
      topic: { project: P1, name: 'orders' },
    });
  });

  it('reads the whole push + dead-letter configuration of a subscription', async () => {
    const inv = await readInventory();
    const billing = inv.subscriptions.find((s) => s.name === 'billing')!;
    expect(billing).toMatchObject({
      project: P1,
      topic: { project: P1, name: 'orders' },
      type: 'push',
      push: {
        endpoint: 'https://billing.example.com/pubsub',
        host: 'billing.example.com',
        oidc: { serviceAccountEmail: 'push@p.iam.gserviceaccount.com', audience: 'billing' },
      },
      ackDeadlineSeconds: 30,
      retryPolicy: { minimumBackoffSeconds: 10, maximumBackoffSeconds: 600 },
      deadLetter: { topic: { project: P1, name: 'orders-dlq' }, maxDeliveryAttempts: 7 },
    });
    const inbox = inv.subscriptions.find((s) => s.name === 'orders-dlq-inbox')!;
    expect(inbox).toMatchObject({ type: 'pull', retainAckedMessages: true, deadLetter: null, retryPolicy: null });
    const odd = inv.subscriptions.find((s) => s.name === `${ODD}-sub`)!;
    expect(odd).toMatchObject({ topic: { name: ODD }, enableMessageOrdering: true, filter: 'attributes.x = "1"' });
  });

  it('attaches a cross-project subscription to its topic', async () => {
    const inv = await readInventory();
    const partner = inv.subscriptions.find((s) => s.name === 'partner-analytics')!;
    expect(partner.project).toBe(P2);
    expect(partner.topic).toEqual({ project: P1, name: 'orders' });
  });

  it('marks subscriptions of a deleted topic', async () => {
    const inv = await readInventory();
    const orphan = inv.subscriptions.find((s) => s.name === 'orphan')!;
    expect(orphan.topicDeleted).toBe(true);
    expect(orphan.topic).toBeNull();
  });

  it('says IAM is unknown on the emulator, never ok', async () => {
    const inv = await readInventory();
    expect(inv.deadLetterIam[`${P1}/billing`]).toMatchObject({
      publisherOnDeadLetterTopic: 'unknown',
      subscriberOnSource: 'unknown',
    });
    expect(inv.deadLetterIam[`${P1}/billing`].reason).toMatch(/emulator/);
    // Said once per project, not once per subscription.
    expect(inv.deadLetterIamUnreadable).toMatch(/emulator has no IAM/);
    expect(inv.warnings.filter((w) => w.what === 'IAM policies').map((w) => w.project)).toEqual([P1, P2]);
    // Only subscriptions with a dead-letter policy are checked.
    expect(inv.deadLetterIam[`${P1}/orders-dlq-inbox`]).toBeUndefined();
  });
});

describe('readInventory with Pub/Sub down', () => {
  it('fails as "unavailable" instead of retrying for a minute', async () => {
    const real = process.env.PUBSUB_EMULATOR_HOST;
    process.env.PUBSUB_EMULATOR_HOST = '127.0.0.1:9';
    resetEnvCache();
    await closeAllClients();
    try {
      const err = await readInventory().then(() => null, (e: unknown) => e);
      expect(classifyPubSubError(err)).toBe('unavailable');
    } finally {
      process.env.PUBSUB_EMULATOR_HOST = real;
      resetEnvCache();
      await closeAllClients();
    }
  });
});

describe('checkPubSubReachable', () => {
  it('is ok while the emulator runs', async () => {
    expect(await checkPubSubReachable()).toMatchObject({ ok: true, target: inject('emulatorHost') });
  });

  it('reports an unreachable emulator with its address', async () => {
    const real = process.env.PUBSUB_EMULATOR_HOST;
    process.env.PUBSUB_EMULATOR_HOST = '127.0.0.1:9'; // discard port: nothing listens
    resetEnvCache();
    try {
      const r = await checkPubSubReachable();
      expect(r.ok).toBe(false);
      expect(r.target).toBe('127.0.0.1:9');
      expect(r.message).toMatch(/unreachable/);
    } finally {
      process.env.PUBSUB_EMULATOR_HOST = real;
      resetEnvCache();
    }
  });
});
