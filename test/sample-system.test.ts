// Integration: the sample system produces REAL retries and dead letters through the emulator.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { startSampleSystem } from '../demo/sample-system.mjs';

type PulledMessage = { message: { messageId: string; attributes?: Record<string, string> } };

let system: Awaited<ReturnType<typeof startSampleSystem>>;
const host = () => inject('emulatorHost');

/** Pull through the emulator's REST surface without acking: the messages stay for the next look. */
async function peek(project: string, subscription: string): Promise<PulledMessage[]> {
  const res = await fetch(`http://${host()}/v1/projects/${project}/subscriptions/${subscription}:pull`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ maxMessages: 50, returnImmediately: true }),
  });
  if (!res.ok) throw new Error(`pull ${subscription}: HTTP ${res.status}`);
  return (await res.json()).receivedMessages ?? [];
}

async function waitForDeadLetter(inbox: string, source: string, timeoutMs = 120_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const found = (await peek('pubscope-demo', inbox)).find(
      (m) => m.message.attributes?.CloudPubSubDeadLetterSourceSubscription === source,
    );
    if (found) return found;
    await new Promise((r) => setTimeout(r, 1000));
  }
  throw new Error(`no dead letter from ${source} reached ${inbox} within ${timeoutMs / 1000} s`);
}

beforeAll(async () => {
  system = await startSampleSystem({ emulatorHost: host(), logDir: '.pubscope/logs/test', traffic: true, log: () => {} });
}, 90_000);

afterAll(async () => {
  await system?.stop();
});

describe('sample system', () => {
  it('starts every service and reports both projects', () => {
    expect(system.projects).toEqual(['pubscope-demo', 'pubscope-partner']);
    expect(system.services.map((s) => s.name)).toEqual(expect.arrayContaining(['billing', 'shipping', 'audit', 'ledger']));
    for (const s of system.services) expect(s.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
  });

  it('dead-letters poison orders after 5 failed push deliveries to billing', async () => {
    const dead = await waitForDeadLetter('orders-dlq-inbox', 'orders-billing');
    expect(dead.message.attributes).toMatchObject({
      CloudPubSubDeadLetterSourceDeliveryCount: '5',
      CloudPubSubDeadLetterSourceSubscriptionProject: 'pubscope-demo',
    });
  }, 130_000);

  it('dead-letters failed pull deliveries of the ledger too', async () => {
    const dead = await waitForDeadLetter('payments-dlq-inbox', 'ledger-payments');
    expect(Number(dead.message.attributes?.CloudPubSubDeadLetterSourceDeliveryCount)).toBeGreaterThanOrEqual(5);
  }, 130_000);
});
