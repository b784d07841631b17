// Integration: the route handlers themselves (wrapper, param decoding, views) against the real emulator.
import { PubSub } from '@google-cloud/pubsub';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { GET as getHealth } from '@/app/api/health/route';
import { GET as getInventory } from '@/app/api/inventory/route';
import { GET as getSubscription } from '@/app/api/projects/[project]/subscriptions/[subscription]/route';
import { GET as getTopic } from '@/app/api/projects/[project]/topics/[topic]/route';
import { resetEnvCache } from '@/lib/env';
import { resetInventoryCache } from '@/lib/inventory';
import { closeAllClients } from '@/lib/pubsub/client';

const P = 'routes-project';
const ODD = 'pay.ments~v2+eu%01';
let admin: PubSub;

const call = (handler: typeof getTopic, params: Record<string, string>) =>
  handler(new Request('http://localhost/api/x'), { params: Promise.resolve(params) });

beforeAll(async () => {
  process.env.PUBSUB_EMULATOR_HOST = inject('emulatorHost');
  process.env.PUBSUB_PROJECTS = P;
  process.env.PUBSCOPE_INVENTORY_TTL_SECONDS = '0';
  resetEnvCache();
  resetInventoryCache();
  admin = new PubSub({ projectId: P, apiEndpoint: inject('emulatorHost') });
  const [topic] = await admin.createTopic(ODD);
  await admin.createTopic('routes-dlq');
  await topic.createSubscription('routes-sub', {
    deadLetterPolicy: { deadLetterTopic: `projects/${P}/topics/routes-dlq`, maxDeliveryAttempts: 5 },
  });
});

afterAll(async () => {
  await Promise.all([admin?.close(), closeAllClients()]);
});

describe('API routes', () => {
  it('serves a topic whose name has . ~ + % (Next.js hands handlers decoded params: no second decoding)', async () => {
    const res = await call(getTopic, { project: P, topic: ODD });
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body.topic.name).toBe(ODD);
    expect(body.subscriptions.map((s: { name: string }) => s.name)).toEqual(['routes-sub']);
  });

  it('links a dead-letter topic back to the subscriptions that dead-letter into it', async () => {
    const res = await call(getTopic, { project: P, topic: 'routes-dlq' });
    const body = await res.json();
    expect(body.deadLetterSources.map((s: { name: string }) => s.name)).toEqual(['routes-sub']);
    // It has no subscription of its own: dead letters are dropped, and lint says so.
    expect(body.subscriptions).toEqual([]);
    expect(body.findings.some((f: { severity: string }) => f.severity === 'critical')).toBe(true);
  });

  it('serves a subscription with its topic, DLQ and IAM verdict', async () => {
    const res = await call(getSubscription, { project: P, subscription: 'routes-sub' });
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body.topic.name).toBe(ODD);
    expect(body.deadLetterTopic.name).toBe('routes-dlq');
    expect(body.deadLetterSubscriptions).toEqual([]);
    expect(body.deadLetterIam.publisherOnDeadLetterTopic).toBe('unknown');
  });

  it('answers 404 naming an unknown topic', async () => {
    const res = await call(getTopic, { project: P, topic: 'no-such-topic' });
    expect(res.status).toBe(404);
    expect((await res.json()).error).toEqual({ code: 'not_found', message: `Topic "no-such-topic" not found in project "${P}"` });
  });

  it('answers 404 for a project that is not inventoried', async () => {
    const res = await call(getSubscription, { project: 'other-project', subscription: 'routes-sub' });
    expect(res.status).toBe(404);
    expect((await res.json()).error.message).toMatch(/Project "other-project" is not inventoried/);
  });

  it('answers 400 saying why a name is invalid', async () => {
    const res = await call(getTopic, { project: P, topic: 'goog-internal' });
    expect(res.status).toBe(400);
    expect((await res.json()).error).toMatchObject({ code: 'invalid_argument', message: expect.stringMatching(/must not start with "goog"/) });
  });

  it('lists the inventory with findings', async () => {
    const res = await getInventory(new Request('http://localhost/api/inventory'), { params: Promise.resolve({}) });
    const body = await res.json();
    expect(body.inventory.topics.map((t: { name: string }) => t.name).sort()).toEqual(['pay.ments~v2+eu%01', 'routes-dlq'].sort());
    expect(Array.isArray(body.findings)).toBe(true);
  });

  it('answers 503 naming the emulator when it is unreachable', async () => {
    const real = process.env.PUBSUB_EMULATOR_HOST;
    process.env.PUBSUB_EMULATOR_HOST = '127.0.0.1:9';
    resetEnvCache();
    try {
      const health = await getHealth(new Request('http://localhost/api/health'), { params: Promise.resolve({}) });
      expect(health.status).toBe(503);
      expect((await health.json()).target).toBe('127.0.0.1:9');
    } finally {
      process.env.PUBSUB_EMULATOR_HOST = real;
      resetEnvCache();
    }
  });
});
