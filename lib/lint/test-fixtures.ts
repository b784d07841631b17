// Factories for test inventories (lint, describe, topology graph tests, benchmarks).
// Defaults describe an ordinary, healthy pull subscription so each test states only what it is about.
import {
  inventorySchema,
  resourceKey,
  type DeadLetterIam,
  type Inventory,
  type ResourceRef,
  type Subscription,
  type Topic,
} from '../schemas/inventory';

export const TEST_PROJECT = 'demo-project';

type RefLike = string | ResourceRef;

/** "orders" → { project: TEST_PROJECT, name: 'orders' }; refs pass through. */
export function ref(target: RefLike, project = TEST_PROJECT): ResourceRef {
  return typeof target === 'string' ? { project, name: target } : target;
}

export function makeTopic(name: string, overrides: Partial<Topic> = {}): Topic {
  return {
    project: TEST_PROJECT,
    name,
    messageRetentionSeconds: null,
    schemaSettings: null,
    kmsKeyName: null,
    labels: {},
    ...overrides,
  };
}

/** A pull subscription with a retry policy and no dead-letter policy. `topic: null` = topic deleted. */
export function makeSubscription(
  name: string,
  topic: RefLike | null,
  overrides: Partial<Subscription> = {},
): Subscription {
  const project = overrides.project ?? TEST_PROJECT;
  return {
    project,
    name,
    topic: topic === null ? null : ref(topic, project),
    topicDeleted: topic === null,
    type: 'pull',
    push: null,
    bigquery: null,
    cloudStorage: null,
    ackDeadlineSeconds: 10,
    retainAckedMessages: false,
    messageRetentionSeconds: 7 * 86_400,
    retryPolicy: { minimumBackoffSeconds: 10, maximumBackoffSeconds: 600 },
    deadLetter: null,
    filter: null,
    enableMessageOrdering: false,
    enableExactlyOnceDelivery: false,
    expirationTtlSeconds: null,
    state: 'ACTIVE',
    detached: false,
    labels: {},
    ...overrides,
  };
}

/** An authenticated HTTPS push subscription. */
export function makePushSubscription(
  name: string,
  topic: RefLike | null,
  endpoint = `https://${name}.example.com/pubsub`,
  overrides: Partial<Subscription> = {},
): Subscription {
  return makeSubscription(name, topic, {
    type: 'push',
    // above the 10 s minimum, so push fixtures do not trip push-ack-deadline-minimum by accident
    ackDeadlineSeconds: 30,
    push: {
      endpoint,
      host: new URL(endpoint).host,
      oidc: { serviceAccountEmail: `push-invoker@${TEST_PROJECT}.iam.gserviceaccount.com`, audience: null },
      noWrapper: null,
      attributes: {},
    },
    ...overrides,
  });
}

export function deadLetterTo(topic: RefLike, maxDeliveryAttempts = 5): Subscription['deadLetter'] {
  return { topic: ref(topic), maxDeliveryAttempts };
}

export const IAM_OK: DeadLetterIam = { publisherOnDeadLetterTopic: 'ok', subscriberOnSource: 'ok', reason: null };

export interface InventoryParts extends Partial<Omit<Inventory, 'deadLetterIam'>> {
  /**
   * IAM verdicts by `resourceKey(subscription)`. Omitted entries for subscriptions with a dead-letter
   * policy default to IAM_OK, so tests about something else do not trip the IAM rules.
   */
  deadLetterIam?: Inventory['deadLetterIam'];
}

/** Validated against the real zod schema, so fixtures cannot drift from the model. */
export function makeInventory(parts: InventoryParts = {}): Inventory {
  const subscriptions = parts.subscriptions ?? [];
  const deadLetterIam: Inventory['deadLetterIam'] = {};
  for (const sub of subscriptions) if (sub.deadLetter) deadLetterIam[resourceKey(sub)] = IAM_OK;
  return inventorySchema.parse({
    projects: [TEST_PROJECT],
    mode: 'cloud',
    fetchedAt: '2026-01-01T00:00:00.000Z',
    topics: [],
    snapshots: [],
    schemas: [],
    warnings: [],
    deadLetterIamUnreadable: null,
    ...parts,
    subscriptions,
    deadLetterIam: { ...deadLetterIam, ...parts.deadLetterIam },
  });
}

/**
 * A large, realistic-looking system: `topics` topics, each with `subscriptionsPerTopic` subscriptions
 * (a mix of push and pull) dead-lettering into one shared `dlq` topic that has a subscription.
 * Every third topic keeps messages for 7 days. Used for the scale test and benchmarks.
 */
export function makeScaleInventory({ topics = 1000, subscriptionsPerTopic = 3 } = {}): Inventory {
  const topicList: Topic[] = [makeTopic('dlq', { messageRetentionSeconds: 7 * 86_400 })];
  const subscriptionList: Subscription[] = [makeSubscription('dlq-sub', 'dlq', { retainAckedMessages: true })];
  for (let t = 0; t < topics; t++) {
    const topicName = `topic-${String(t).padStart(4, '0')}`;
    topicList.push(makeTopic(topicName, { messageRetentionSeconds: t % 3 === 0 ? 7 * 86_400 : null }));
    for (let s = 0; s < subscriptionsPerTopic; s++) {
      const name = `${topicName}-sub-${s}`;
      const overrides = { deadLetter: deadLetterTo('dlq') };
      subscriptionList.push(
        s % 2 === 0
          ? makeSubscription(name, topicName, overrides)
          : makePushSubscription(name, topicName, undefined, overrides),
      );
    }
  }
  return makeInventory({ topics: topicList, subscriptions: subscriptionList });
}
