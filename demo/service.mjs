// One small HTTP service standing in for a Cloud Run service of the sample system.
// Which service it is comes from SERVICE_NAME; everything else from the environment:
//   PORT                  port on 127.0.0.1 (0 = any free port; the parent learns it over IPC)
//   SERVICE_NAME          billing | shipping | analytics | audit | notifications | inventory | ledger
//   FAILURE_RATE          share of deliveries answered 500 (ledger: nacked), default per service
//   SLOW_RATE             share answered only after SLOW_MS (past the 10 s ack deadline), default per service
//   SLOW_MS               default 11500 (ack deadline 10 s; short enough that the emulator's ~1 s redeliveries,
//                         refused with 409 meanwhile, do not use up all 5 attempts before it completes)
//   LEASE_MS              how long a claimed message is protected from redelivery, default 30000
//   PUBSUB_EMULATOR_HOST  where to publish follow-up events / pull from
//   GOOGLE_CLOUD_PROJECT  project of the topics below, default pubscope-demo
//   AUDIT_TOPIC, EVENT_BUS_TOPIC   topics billing/shipping/inventory publish to (defaults audit-events, event-bus)
//   PULL_SUBSCRIPTION     what ledger pulls from, default ledger-payments
// It logs one line per request to stdout; the sample system points stdout at .pubscope/logs/demo-<name>.log.
import http from 'node:http';
import { pathToFileURL } from 'node:url';
import { createLeaseTable } from './lease-table.mjs';
import { publishJson } from './rest-publisher.mjs';
import { IDEMPOTENCY_ATTRIBUTE, idempotencyKey } from './messages.mjs';

process.env.METADATA_SERVER_DETECTION ??= 'none';

/** Thrown by a handler to answer with a specific status: `permanent` failures fail on every attempt. */
class Reject extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}

/**
 * Per service: which event types it handles (undefined = every message of its subscriptions),
 * default failure and slowness, and the work itself. Handlers get ({ data, attributes, publish })
 * and throw Reject for a deliberate failure.
 */
const SERVICES = {
  billing: {
    failureRate: 0.3,
    async handle({ data, attributes, publish }) {
      // The "poison" order: a bug upstream sends refunds as negative orders. It fails on every attempt
      // and ends up in orders-dlq after 5 deliveries. `poison=true` lets tests force the same path.
      if (attributes.poison === 'true') throw new Reject(500, 'poison message (attribute poison=true)');
      if (!(data?.amountCents > 0)) throw new Reject(500, `invalid amount ${data?.amountCents}`);
      const invoiceId = `inv-${data.orderId}`;
      await publish('audit', { action: 'invoice.created', invoiceId, orderId: data.orderId, amountCents: data.amountCents }, {
        type: 'invoice.created', source: 'billing', actor: 'svc-billing', orderId: data.orderId,
      });
      await publish('bus', { invoiceId, orderId: data.orderId, amountCents: data.amountCents, currency: data.currency }, {
        type: 'invoice.paid', source: 'billing', orderId: data.orderId,
      });
    },
  },
  shipping: {
    failureRate: 0.05,
    // Each slow push blocks one of the emulator's two push threads of the subscription for SLOW_MS,
    // so keep it rare or the backlog grows without bound.
    slowRate: 0.03,
    async handle({ data, publish }) {
      if (!data?.orderId) throw new Reject(400, 'no orderId');
      const shipmentId = `shp-${data.orderId}`;
      await publish('audit', { action: 'shipment.created', shipmentId, orderId: data.orderId }, {
        type: 'shipment.created', source: 'shipping', actor: 'svc-shipping', orderId: data.orderId,
      });
      await publish('bus', { shipmentId, orderId: data.orderId, items: data.items ?? [] }, {
        type: 'order.shipped', source: 'shipping', orderId: data.orderId,
      });
    },
  },
  analytics: {
    // Receives orders (partner project) and stock events; counts them and never fails.
    accepts: (attributes) => attributes.type === 'order.created' || attributes.type?.startsWith('stock.'),
    async handle() {},
  },
  audit: {
    failureRate: 0.1,
    async handle({ attributes }) {
      // Events without an actor can never be stored: they fail every time and go to audit-dlq,
      // which has no subscription, so they vanish. That is the misconfiguration the dashboard should flag.
      if (!attributes.actor) throw new Reject(400, 'audit event without actor');
    },
  },
  notifications: {
    accepts: (attributes) => attributes.type === 'order.shipped' || attributes.type === 'customer.signed_up',
    failureRate: 0.1,
    async handle({ data, attributes }) {
      if (attributes.type === 'customer.signed_up' && !String(data?.email ?? '').includes('@')) {
        throw new Reject(422, `undeliverable email ${JSON.stringify(data?.email)}`);
      }
    },
  },
  inventory: {
    accepts: (attributes) => attributes.type === 'order.shipped',
    failureRate: 0.05,
    async handle({ data, publish }) {
      for (const item of data?.items ?? []) {
        await publish('bus', { sku: item.sku, delta: -item.qty, reason: 'shipped', orderId: data.orderId }, {
          type: 'stock.changed', source: 'inventory', sku: item.sku,
        });
      }
    },
  },
  ledger: {
    pull: true,
    failureRate: 0.05,
    async handle({ data }) {
      // An unsupported currency can never be booked: nacked every time, it reaches payments-dlq.
      if (!['EUR', 'USD', 'GBP', 'CHF'].includes(data?.currency)) throw new Reject(500, `unsupported currency ${data?.currency}`);
    },
  },
};

function rate(name, fallback) {
  const v = process.env[name];
  if (v === undefined || v === '') return fallback ?? 0;
  const n = Number(v);
  if (!(n >= 0 && n <= 1)) throw new Error(`${name} must be between 0 and 1, got ${v}`);
  return n;
}

function logLine(fields) {
  const parts = Object.entries(fields)
    .filter(([, v]) => v !== undefined && v !== null && v !== '')
    .map(([k, v]) => `${k}=${typeof v === 'string' && /\s/.test(v) ? JSON.stringify(v) : v}`);
  process.stdout.write(`${new Date().toISOString()} ${parts.join(' ')}\n`);
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

export async function runService() {
  const name = process.env.SERVICE_NAME;
  const spec = SERVICES[name];
  if (!spec) throw new Error(`SERVICE_NAME must be one of ${Object.keys(SERVICES).join(', ')}`);
  const failureRate = rate('FAILURE_RATE', spec.failureRate);
  const slowRate = rate('SLOW_RATE', spec.slowRate);
  const slowMs = Number(process.env.SLOW_MS ?? 11_500);
  const leases = createLeaseTable({ leaseMs: Number(process.env.LEASE_MS ?? 30_000) });
  const projectId = process.env.GOOGLE_CLOUD_PROJECT ?? 'pubscope-demo';
  const emulatorHost = process.env.PUBSUB_EMULATOR_HOST;

  const topicFor = (kind) => (kind === 'audit' ? (process.env.AUDIT_TOPIC ?? 'audit-events') : (process.env.EVENT_BUS_TOPIC ?? 'event-bus'));
  const publish = (kind, data, attributes) => {
    if (!emulatorHost) throw new Error('PUBSUB_EMULATOR_HOST is not set: cannot publish');
    return publishJson(emulatorHost, projectId, topicFor(kind), { data, attributes });
  };

  /**
   * The whole delivery decision, shared by push and pull. Returns { status, outcome, reason }:
   * status < 300 acks, anything else is a negative ack that Pub/Sub retries.
   */
  async function deliver({ messageId, data, attributes }) {
    if (spec.accepts && !spec.accepts(attributes)) {
      // The subscription's filter should have kept this away; the emulator ignores filters. Ack it, do nothing.
      return { status: 204, outcome: 'ignored', reason: `type ${attributes.type} not for ${name}` };
    }
    const key = idempotencyKey(messageId, attributes);
    const claim = leases.claim(key);
    if (claim === 'done') return { status: 200, outcome: 'duplicate', reason: 'already completed' };
    if (claim === 'busy') return { status: 409, outcome: 'in-progress', reason: 'lease held by an earlier delivery' };
    try {
      if (Math.random() < failureRate) throw new Reject(500, 'random failure (FAILURE_RATE)');
      if (Math.random() < slowRate) await sleep(slowMs);
      await spec.handle({ data, attributes, publish });
      leases.complete(key);
      return { status: 204, outcome: 'done' };
    } catch (err) {
      leases.release(key);
      return { status: err instanceof Reject ? err.status : 500, outcome: 'failed', reason: err.message };
    }
  }

  const server = http.createServer(async (req, res) => {
    const started = Date.now();
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (req.method === 'GET' && (url.pathname === '/' || url.pathname === '/healthz')) {
      res.writeHead(200, { 'content-type': 'text/plain' }).end(`${name} ok\n`);
      return;
    }
    if (req.method !== 'POST' || url.pathname !== '/pubsub/push') {
      res.writeHead(404).end();
      return;
    }
    let body = '';
    for await (const chunk of req) body += chunk;
    let result;
    let message = null;
    let subscription;
    try {
      ({ message, subscription } = JSON.parse(body));
      if (!message?.messageId) throw new Error('no message.messageId');
    } catch (err) {
      result = { status: 400, outcome: 'bad-request', reason: err.message };
    }
    if (!result) {
      let data = null;
      try {
        data = JSON.parse(Buffer.from(message.data ?? '', 'base64').toString('utf8'));
      } catch {
        // non-JSON payload: handlers see data=null and decide
      }
      result = await deliver({ messageId: message.messageId, data, attributes: message.attributes ?? {} });
    }
    // Never 202: the emulator retries it. 200/204 are success in production and on the emulator.
    res.writeHead(result.status, { 'content-type': 'text/plain' }).end(result.reason ?? result.outcome);
    logLine({
      service: name,
      sub: subscription?.split('/').pop(),
      msg: message?.messageId,
      type: message?.attributes?.type,
      key: message?.attributes?.[IDEMPOTENCY_ATTRIBUTE],
      status: result.status,
      outcome: result.outcome,
      reason: result.reason,
      ms: Date.now() - started,
    });
  });

  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(Number(process.env.PORT ?? 0), '127.0.0.1', resolve);
  });
  const { port } = server.address();
  logLine({ service: name, event: 'listening', url: `http://127.0.0.1:${port}`, failureRate, slowRate });

  // Started by the sample system: tell it the port, and die with it (no orphans even if it is killed).
  if (process.send) {
    process.send({ ready: true, port });
    process.on('disconnect', () => process.exit(0));
  }

  // Only the ledger loads the client library (streaming pull); see rest-publisher.mjs for why the others do not.
  let subscriber = null;
  if (spec.pull) {
    const { PubSub } = await import('@google-cloud/pubsub');
    // Under the sample system the subscription is created after we start: wait for its `go`.
    if (process.send) await new Promise((resolve) => process.on('message', (m) => m?.go && resolve()));
    subscriber = startPulling({ name, projectId, emulatorHost, deliver, PubSub });
  }
  for (const sig of ['SIGTERM', 'SIGINT']) {
    process.on(sig, () => {
      server.close();
      subscriber?.close();
      // Nothing here must survive a shutdown: in-flight pushes are redelivered by Pub/Sub.
      process.exit(0);
    });
  }
  return { port, server };
}

/** Ledger: a streaming pull with the client library, reopened if the subscription is not there yet. */
function startPulling({ name, projectId, emulatorHost, deliver, PubSub }) {
  if (!emulatorHost) throw new Error('PUBSUB_EMULATOR_HOST is not set: cannot pull');
  const subName = process.env.PULL_SUBSCRIPTION ?? 'ledger-payments';
  const pubsub = new PubSub({ projectId, apiEndpoint: emulatorHost });
  let current = null;
  let closed = false;
  function open() {
    if (closed) return;
    const sub = pubsub.subscription(subName, { flowControl: { maxMessages: 50 } });
    current = sub;
    sub.on('message', async (m) => {
      const started = Date.now();
      let data = null;
      try {
        data = JSON.parse(m.data.toString('utf8'));
      } catch {
        // handlers see data=null
      }
      const result = await deliver({ messageId: m.id, data, attributes: m.attributes ?? {} });
      // 409 (lease held elsewhere) and failures are nacks: Pub/Sub retries them with the retry policy.
      if (result.status < 300) m.ack();
      else m.nack();
      logLine({
        service: name, sub: subName, msg: m.id, type: m.attributes?.type, attempt: m.deliveryAttempt,
        status: result.status, outcome: result.outcome, reason: result.reason, ms: Date.now() - started,
      });
    });
    sub.on('error', (err) => {
      logLine({ service: name, sub: subName, event: 'pull-error', reason: err.message.split('\n')[0] });
      sub.close().catch(() => {});
      setTimeout(open, 1000).unref();
    });
  }
  open();
  return {
    close() {
      closed = true;
      current?.close().catch(() => {});
    },
  };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  runService().catch((err) => {
    console.error(err);
    process.exit(1);
  });
}
