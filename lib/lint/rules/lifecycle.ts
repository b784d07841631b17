// Resources that are broken or orphaned: deleted topics and schemas, detached or failing subscriptions,
// topics nobody reads.
import { displayRef, formatDuration } from '../../describe/format';
import { resourceKey, type Subscription } from '../../schemas/inventory';
import type { Finding } from '../../schemas/lint';
import { isLive, retentionOf, sh, subscriptionFinding, topicFinding } from '../finding';
import type { LintRule } from '../types';

export const subscriptionOfDeletedTopic: LintRule = {
  id: 'subscription-of-deleted-topic',
  severity: 'critical',
  title: 'Subscription of a deleted topic',
  description:
    'Its topic was deleted: the subscription never receives another message, even if a topic with the same ' +
    'name is created again. Whoever reads it is waiting for nothing.',
  check(inv) {
    const findings: Finding[] = [];
    for (const sub of inv.subscriptions) {
      if (!sub.topicDeleted) continue;
      findings.push(
        subscriptionFinding(subscriptionOfDeletedTopic, sub, {
          title: `${sub.name} belongs to a deleted topic: it will never receive messages`,
          explanation:
            `Publishers can no longer reach ${sub.name}; re-creating a topic with the old name does not reconnect ` +
            `it. Its consumers look healthy while receiving nothing. Messages still in its backlog can be pulled ` +
            `until they expire (${formatDuration(retentionOf(sub))} after publishing).`,
          fix: `Drain what matters from its backlog, delete it, and subscribe the consumers to the topic that replaced it.`,
          commands: [`gcloud pubsub subscriptions delete ${sh(sub.name)} --project=${sh(sub.project)}`],
        }),
      );
    }
    return findings;
  },
};

export const subscriptionDetached: LintRule = {
  id: 'subscription-detached',
  severity: 'warning',
  title: 'Detached subscription',
  description:
    'Someone detached the subscription from its topic: its backlog was dropped and it receives nothing, while ' +
    'its consumers keep running as if all were well.',
  check(inv) {
    const findings: Finding[] = [];
    for (const sub of inv.subscriptions) {
      if (!sub.detached || sub.topicDeleted) continue;
      findings.push(
        subscriptionFinding(subscriptionDetached, sub, {
          title: `${sub.name} is detached from ${sub.topic ? `topic ${displayRef(sub.topic, sub.project)}` : 'its topic'}: it receives nothing`,
          explanation:
            `A detached subscription lost its backlog and gets no new messages; a detached subscription cannot be ` +
            `re-attached.`,
          fix: `If its consumers still need the messages, create a new subscription on the topic and move them to it; otherwise delete it.`,
          commands: [`gcloud pubsub subscriptions delete ${sh(sub.name)} --project=${sh(sub.project)}`],
        }),
      );
    }
    return findings;
  },
};

function exportDestination(sub: Subscription): { label: string; inspect: string | null } {
  if (sub.bigquery) {
    // bq wants project:dataset.table; the API may hand us project.dataset.table.
    const table = sub.bigquery.table.includes(':') ? sub.bigquery.table : sub.bigquery.table.replace('.', ':');
    return { label: `BigQuery table ${sub.bigquery.table}`, inspect: `bq show ${sh(table)}` };
  }
  if (sub.cloudStorage) {
    const bucket = `gs://${sub.cloudStorage.bucket}`;
    return { label: `Cloud Storage bucket ${bucket}`, inspect: `gcloud storage buckets describe ${sh(bucket)}` };
  }
  return { label: 'its destination', inspect: null };
}

export const subscriptionResourceError: LintRule = {
  id: 'subscription-resource-error',
  severity: 'critical',
  title: 'Pub/Sub cannot write to the destination',
  description:
    'The subscription is in RESOURCE_ERROR: its BigQuery table or Cloud Storage bucket is missing or not ' +
    'writable. Messages pile up and expire.',
  check(inv) {
    const findings: Finding[] = [];
    for (const sub of inv.subscriptions) {
      if (sub.state !== 'RESOURCE_ERROR' || !isLive(sub)) continue;
      const { label, inspect } = exportDestination(sub);
      const writer =
        sub.bigquery?.serviceAccountEmail ?? sub.cloudStorage?.serviceAccountEmail ?? `the Pub/Sub service agent of ${sub.project}`;
      findings.push(
        subscriptionFinding(subscriptionResourceError, sub, {
          title: `Pub/Sub cannot write ${sub.name}'s messages to ${label}`,
          explanation:
            `The subscription is in RESOURCE_ERROR: the destination is missing, or ${writer} may not write to it. ` +
            `Messages accumulate in the backlog and are deleted unwritten after ${formatDuration(retentionOf(sub))}.`,
          fix:
            `Check that ${label} exists and that ${writer} can write to it` +
            (sub.bigquery ? ' (roles/bigquery.dataEditor on the table)' : ' (roles/storage.objectCreator on the bucket)') +
            `. The subscription returns to ACTIVE by itself once it can write.`,
          commands: inspect ? [inspect] : [],
        }),
      );
    }
    return findings;
  },
};

export const topicSchemaDeleted: LintRule = {
  id: 'topic-schema-deleted',
  severity: 'critical',
  title: 'Topic points at a deleted schema',
  description: 'When a schema is deleted, every publish to a topic still associated with it fails.',
  check(inv) {
    const findings: Finding[] = [];
    for (const topic of inv.topics) {
      if (!topic.schemaSettings?.schemaDeleted) continue;
      findings.push(
        topicFinding(topicSchemaDeleted, topic, {
          title: `Topic ${topic.name} still points at a deleted schema: every publish to it fails`,
          explanation:
            `Pub/Sub rejects all messages published to a topic whose schema was deleted, so its publishers are ` +
            `getting errors right now and anything they do not retry is lost.`,
          fix: `Remove the schema association (or attach an existing schema).`,
          commands: [`gcloud pubsub topics update ${sh(topic.name)} --project=${sh(topic.project)} --clear-schema-settings`],
        }),
      );
    }
    return findings;
  },
};

export const topicWithoutSubscription: LintRule = {
  id: 'topic-without-subscription',
  severity: 'info',
  title: 'Topic without a subscription',
  description:
    'Messages published to a topic with no subscription reach no one. Dead-letter topics are covered by the ' +
    'critical dead-letter-topic-without-subscription rule instead. Only the inventoried projects are searched.',
  check(inv, ctx) {
    const findings: Finding[] = [];
    for (const topic of inv.topics) {
      const key = resourceKey(topic);
      if (ctx.deadLetterSourcesByTopicKey.has(key)) continue;
      if ((ctx.subscriptionsByTopicKey.get(key) ?? []).some(isLive)) continue;
      const retention = topic.messageRetentionSeconds;
      findings.push(
        topicFinding(topicWithoutSubscription, topic, {
          title: `Topic ${topic.name} has no subscription: what is published to it reaches no one`,
          explanation:
            (retention != null
              ? `The topic keeps messages for ${formatDuration(retention)}, so a subscription created within that ` +
                `window can still seek back to them; older ones are gone.`
              : `Messages published here are discarded at once.`) +
            ` Searched the inventoried projects (${[...ctx.projects].join(', ')}); a subscription in another project ` +
            `would also count.`,
          fix: `Create a subscription for whoever should receive these messages, or delete the topic if nothing publishes to it any more.`,
          commands: [
            `gcloud pubsub subscriptions create ${sh(`${topic.name}-sub`)} --project=${sh(topic.project)} --topic=${sh(topic.name)}`,
          ],
        }),
      );
    }
    return findings;
  },
};

export const LIFECYCLE_RULES = [
  subscriptionOfDeletedTopic,
  subscriptionResourceError,
  topicSchemaDeleted,
  subscriptionDetached,
  topicWithoutSubscription,
];
