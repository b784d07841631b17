// The sample system's Pub/Sub topology, as data, and the code that creates it.
// It shows the four wiring styles operators meet in practice (one-to-many, many-to-one,
// many-to-many, one-to-one), dead-letter topics with inbox subscriptions, a second project,
// a snapshot, an AVRO schema — and exactly ONE deliberate misconfiguration:
// `audit-dlq` has no subscription, so whatever audit dead-letters is silently dropped.
//
// Run alone: PUBSUB_EMULATOR_HOST=127.0.0.1:8085 BILLING_URL=http://127.0.0.1:4001 ... node demo/topology.mjs
import { PubSub, SchemaTypes } from '@google-cloud/pubsub';
import { pathToFileURL } from 'node:url';

export const DEMO_PROJECT = 'pubscope-demo';
export const PARTNER_PROJECT = 'pubscope-partner';
export const PROJECTS = [DEMO_PROJECT, PARTNER_PROJECT];

/** Services that receive pushes; `ledger` pulls instead. */
export const PUSH_SERVICES = ['billing', 'shipping', 'analytics', 'audit', 'notifications', 'inventory'];

const DAY = 24 * 3600;
// Every topic keeps messages for a day: seek-to-time needs it, and on the emulator so does non-destructive peek.
const TOPIC_RETENTION = { seconds: DAY };
// Short backoff so the demo shows retries and dead letters within a minute (production often uses 10 s → 600 s).
const RETRY = { minimumBackoff: { seconds: 1 }, maximumBackoff: { seconds: 10 } };
// Push subscriptions get NO retry policy on the emulator (0.8.20): with one, its push retries stop for good
// as soon as two failed messages fall due in the same ~100 ms (its delayed-redelivery task dies on a
// NullPointerException; measured here, see demo/README.md). Without a policy the emulator retries a failed
// push after ~1 s, so dead letters still appear within seconds. Pull subscriptions keep the policy: their
// backoff (≤ 10 s) ends before the ack deadline, which avoids the bug.
const PUSH_RETRY = process.env.DEMO_PUSH_RETRY_POLICY === 'true' ? RETRY : null;
const MAX_ATTEMPTS = 5;

export const PAYMENT_SCHEMA = {
  project: DEMO_PROJECT,
  name: 'payment-v1',
  // JSON-encoded AVRO: no unions, so plain JSON objects validate as they are.
  definition: JSON.stringify({
    type: 'record',
    name: 'Payment',
    namespace: 'dev.pubscope.demo',
    fields: [
      { name: 'paymentId', type: 'string' },
      { name: 'orderId', type: 'string' },
      { name: 'amountCents', type: 'long' },
      { name: 'currency', type: 'string' },
      { name: 'method', type: 'string' },
      { name: 'createdAt', type: 'string' },
    ],
  }),
};

const t = (name, extra = {}) => ({ project: DEMO_PROJECT, name, ...extra });

export const TOPICS = [
  t('orders'), // one-to-many
  t('orders-dlq'),
  t('audit-events'), // many-to-one
  t('audit-dlq'), // the deliberate misconfiguration: no subscription
  t('event-bus'), // many-to-many
  t('event-bus-dlq'),
  t('payments', { schema: PAYMENT_SCHEMA.name }), // one-to-one
  t('payments-dlq'),
];

const dlq = (topic) => ({ topic: { project: DEMO_PROJECT, name: topic }, maxDeliveryAttempts: MAX_ATTEMPTS });

/**
 * push: the receiving service's name (endpoint = its URL + /pubsub/push), or null for pull.
 * Dead-letter inboxes are pull subscriptions that keep acked messages, so operators can look back at them.
 */
export const SUBSCRIPTIONS = [
  // one-to-many: orders → billing, shipping, analytics (analytics belongs to the partner project)
  {
    project: DEMO_PROJECT, name: 'orders-billing', topic: 'orders', push: 'billing',
    ackDeadlineSeconds: 10, retry: PUSH_RETRY, deadLetter: dlq('orders-dlq'),
    // The emulator ignores OIDC; set anyway so the dashboard shows how a Cloud Run push is authenticated.
    oidc: { serviceAccountEmail: `pubsub-push@${DEMO_PROJECT}.iam.gserviceaccount.com`, audience: 'billing' },
  },
  {
    project: DEMO_PROJECT, name: 'orders-shipping', topic: 'orders', push: 'shipping',
    // Shipping sometimes answers after 12 s: longer than this deadline, so Pub/Sub redelivers.
    ackDeadlineSeconds: 10, retry: PUSH_RETRY, deadLetter: dlq('orders-dlq'),
  },
  {
    project: PARTNER_PROJECT, name: 'orders-analytics', topic: 'orders', push: 'analytics',
    ackDeadlineSeconds: 20, retry: PUSH_RETRY, deadLetter: dlq('orders-dlq'),
  },
  // many-to-one: billing, shipping and the api-gateway publish audit events, one subscriber
  {
    project: DEMO_PROJECT, name: 'audit-events-audit', topic: 'audit-events', push: 'audit',
    ackDeadlineSeconds: 10, retry: PUSH_RETRY, deadLetter: dlq('audit-dlq'),
  },
  // many-to-many: a shared bus, each subscriber filtering the event types it wants.
  // The emulator stores filters but ignores them, so the services ack events not meant for them.
  {
    project: DEMO_PROJECT, name: 'event-bus-notifications', topic: 'event-bus', push: 'notifications',
    filter: 'attributes.type = "order.shipped" OR attributes.type = "customer.signed_up"',
    ackDeadlineSeconds: 10, retry: PUSH_RETRY, deadLetter: dlq('event-bus-dlq'),
  },
  {
    project: DEMO_PROJECT, name: 'event-bus-inventory', topic: 'event-bus', push: 'inventory',
    filter: 'attributes.type = "order.shipped"',
    ackDeadlineSeconds: 10, retry: PUSH_RETRY, deadLetter: dlq('event-bus-dlq'),
  },
  {
    project: DEMO_PROJECT, name: 'event-bus-analytics', topic: 'event-bus', push: 'analytics',
    filter: 'hasPrefix(attributes.type, "stock.")',
    ackDeadlineSeconds: 10, retry: PUSH_RETRY, deadLetter: dlq('event-bus-dlq'),
  },
  // one-to-one: payments → ledger, pulled with the client library
  {
    project: DEMO_PROJECT, name: 'ledger-payments', topic: 'payments', push: null,
    ackDeadlineSeconds: 30, retry: RETRY, deadLetter: dlq('payments-dlq'),
  },
  // dead-letter inboxes
  ...['orders-dlq', 'event-bus-dlq', 'payments-dlq'].map((topic) => ({
    project: DEMO_PROJECT, name: `${topic}-inbox`, topic, push: null,
    ackDeadlineSeconds: 60, retry: RETRY, retainAckedMessages: true, messageRetentionDuration: { seconds: 7 * DAY },
  })),
];

export const SNAPSHOTS = [
  { project: DEMO_PROJECT, name: 'orders-billing-before-deploy', subscription: 'orders-billing' },
  { project: DEMO_PROJECT, name: 'ledger-payments-nightly', subscription: 'ledger-payments' },
];

/** Service URLs from the environment: BILLING_URL, SHIPPING_URL, ... */
export function urlsFromEnv(env = process.env) {
  const urls = {};
  for (const name of PUSH_SERVICES) {
    const url = env[`${name.toUpperCase()}_URL`];
    if (url) urls[name] = url;
  }
  return urls;
}

const ALREADY_EXISTS = 6;
async function ignoreExisting(promise) {
  try {
    await promise;
    return true;
  } catch (err) {
    if (err?.code === ALREADY_EXISTS) return false;
    throw err;
  }
}

export function pushEndpoint(url) {
  return `${url.replace(/\/$/, '')}/pubsub/push`;
}

/**
 * Create everything (a fresh emulator is the normal case). On an emulator that already has it,
 * existing resources are kept and push endpoints repointed at the given URLs.
 * @param {{ emulatorHost: string, urls: Record<string, string> }} options urls: service name → base URL
 */
export async function createTopology({ emulatorHost, urls }) {
  const missing = PUSH_SERVICES.filter((s) => !urls[s]);
  if (missing.length) throw new Error(`missing service URLs for: ${missing.join(', ')}`);
  const clients = Object.fromEntries(
    PROJECTS.map((projectId) => [projectId, new PubSub({ projectId, apiEndpoint: emulatorHost })]),
  );
  const demo = clients[DEMO_PROJECT];
  try {
    // The schema first: the payments topic refers to it.
    await ignoreExisting(demo.createSchema(PAYMENT_SCHEMA.name, SchemaTypes.Avro, PAYMENT_SCHEMA.definition));

    await Promise.all(
      TOPICS.map((topic) =>
        ignoreExisting(
          clients[topic.project].createTopic({
            name: topic.name,
            messageRetentionDuration: TOPIC_RETENTION,
            ...(topic.schema && {
              schemaSettings: { schema: `projects/${topic.project}/schemas/${topic.schema}`, encoding: 'JSON' },
            }),
          }),
        ),
      ),
    );

    await Promise.all(
      SUBSCRIPTIONS.map(async (sub) => {
        const pushConfig = sub.push
          ? {
              pushEndpoint: pushEndpoint(urls[sub.push]),
              ...(sub.oidc && {
                oidcToken: { serviceAccountEmail: sub.oidc.serviceAccountEmail, audience: urls[sub.oidc.audience] },
              }),
            }
          : undefined;
        const client = clients[sub.project];
        const created = await ignoreExisting(
          client.createSubscription(`projects/${DEMO_PROJECT}/topics/${sub.topic}`, sub.name, {
            ackDeadlineSeconds: sub.ackDeadlineSeconds,
            ...(pushConfig && { pushConfig }),
            ...(sub.retry && { retryPolicy: sub.retry }),
            ...(sub.deadLetter && {
              deadLetterPolicy: {
                deadLetterTopic: `projects/${sub.deadLetter.topic.project}/topics/${sub.deadLetter.topic.name}`,
                maxDeliveryAttempts: sub.deadLetter.maxDeliveryAttempts,
              },
            }),
            ...(sub.filter && { filter: sub.filter }),
            ...(sub.retainAckedMessages && { retainAckedMessages: true }),
            ...(sub.messageRetentionDuration && { messageRetentionDuration: sub.messageRetentionDuration }),
          }),
        );
        // Re-running against the same emulator: services got new ports, follow them.
        if (!created && pushConfig) await client.subscription(sub.name).modifyPushConfig(pushConfig);
      }),
    );

    await Promise.all(
      SNAPSHOTS.map((snap) =>
        ignoreExisting(clients[snap.project].subscription(snap.subscription).createSnapshot(snap.name)),
      ),
    );
  } finally {
    await Promise.all(Object.values(clients).map((c) => c.close()));
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  process.env.METADATA_SERVER_DETECTION ??= 'none';
  const emulatorHost = process.env.PUBSUB_EMULATOR_HOST;
  if (!emulatorHost) {
    console.error('Set PUBSUB_EMULATOR_HOST (host:port of the Pub/Sub emulator).');
    process.exit(1);
  }
  await createTopology({ emulatorHost, urls: urlsFromEnv() });
  console.log(`Topology created in ${PROJECTS.join(', ')} on ${emulatorHost}`);
}
