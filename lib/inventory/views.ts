import 'server-only';
// What the topic and subscription pages show: the resource, its relations both ways, its findings.
import { notFound } from '../api/errors';
import { env } from '../env';
import type { SubscriptionResponse, TopicResponse } from '../schemas/api';
import { resourceKey, sameRef, type ResourceRef } from '../schemas/inventory';
import { findingsForSubscription, findingsForTopic } from '../lint';
import { findInInventory, type LintedInventory } from '.';

function assertProjectInventoried(project: string) {
  const { projects } = env();
  if (!projects.includes(project)) {
    throw notFound(`Project "${project}" is not inventoried (configured projects: ${projects.join(', ')}; set PUBSUB_PROJECTS to add it)`);
  }
}

const snapshotsOfTopic = (li: LintedInventory, topic: ResourceRef | null) =>
  topic ? li.inventory.snapshots.filter((s) => sameRef(s.topic, topic)) : [];

export async function topicView(ref: ResourceRef): Promise<TopicResponse> {
  assertProjectInventoried(ref.project);
  const key = resourceKey(ref);
  const [topic, li] = await findInInventory((li) => li.topicsByKey.get(key));
  if (!topic) throw notFound(`Topic "${ref.name}" not found in project "${ref.project}"`);
  const schemaRef = topic.schemaSettings?.schema;
  return {
    topic,
    subscriptions: li.subscriptionsByTopic.get(key) ?? [],
    deadLetterSources: li.deadLetterSourcesByTopic.get(key) ?? [],
    snapshots: snapshotsOfTopic(li, topic),
    schema: schemaRef ? (li.inventory.schemas.find((s) => sameRef(s, schemaRef)) ?? null) : null,
    findings: findingsForTopic(li.findings, ref),
    mode: li.inventory.mode,
  };
}

export async function subscriptionView(ref: ResourceRef): Promise<SubscriptionResponse> {
  assertProjectInventoried(ref.project);
  const key = resourceKey(ref);
  const [subscription, li] = await findInInventory((li) => li.subscriptionsByKey.get(key));
  if (!subscription) throw notFound(`Subscription "${ref.name}" not found in project "${ref.project}"`);
  const topicKey = subscription.topic ? resourceKey(subscription.topic) : null;
  const dlqKey = subscription.deadLetter ? resourceKey(subscription.deadLetter.topic) : null;
  return {
    subscription,
    topic: topicKey ? (li.topicsByKey.get(topicKey) ?? null) : null,
    siblings: topicKey ? (li.subscriptionsByTopic.get(topicKey) ?? []).filter((s) => !sameRef(s, subscription)) : [],
    deadLetterTopic: dlqKey ? (li.topicsByKey.get(dlqKey) ?? null) : null,
    deadLetterSubscriptions: dlqKey ? (li.subscriptionsByTopic.get(dlqKey) ?? []) : [],
    deadLetterIam: li.inventory.deadLetterIam[key] ?? null,
    snapshots: snapshotsOfTopic(li, subscription.topic),
    findings: findingsForSubscription(li.findings, subscription),
    mode: li.inventory.mode,
  };
}
