// Rules about how long things live: stored messages (can we replay?) and the subscription itself.
import { DEFAULT_EXPIRATION_TTL_SECONDS, displayRef, formatDuration } from '../../describe/format';
import { resourceKey } from '../../schemas/inventory';
import type { Finding } from '../../schemas/lint';
import { isLive, sh, subscriptionFinding, updateSubscription } from '../finding';
import type { LintRule } from '../types';

export const noReplay: LintRule = {
  id: 'no-replay',
  severity: 'info',
  title: 'Replay impossible',
  description:
    'Seeking a subscription back to a time needs stored acked messages: retainAckedMessages on the subscription ' +
    'or messageRetentionDuration on its topic. Without either, messages acked by mistake (a bad deploy) are gone ' +
    'unless a snapshot was taken beforehand. Info: a missing capability, not a fault. Skipped when the topic is ' +
    'outside the inventory (its retention is unknown).',
  check(inv, ctx) {
    const findings: Finding[] = [];
    for (const sub of inv.subscriptions) {
      if (!isLive(sub) || sub.retainAckedMessages || !sub.topic) continue;
      const topic = ctx.topicsByKey.get(resourceKey(sub.topic));
      if (!topic || topic.messageRetentionSeconds != null) continue;
      const topicName = displayRef(topic, sub.project);
      findings.push(
        subscriptionFinding(noReplay, sub, {
          title: `${sub.name} cannot be replayed: neither it nor topic ${topicName} keeps acked messages`,
          explanation:
            `Seeking to a time can only redeliver messages that are still stored. If a bug acks messages it ` +
            `should not have processed, they cannot be brought back; only a snapshot taken beforehand helps.` +
            (inv.mode === 'emulator'
              ? ` On the emulator, Pubscope's non-destructive peek also needs retention on the topic.`
              : ''),
          fix:
            `Keep messages on the topic (covers every subscription of ${topicName}), or on this subscription only. ` +
            `Stored messages are billed as storage.`,
          commands: [
            `gcloud pubsub topics update ${sh(topic.name)} --project=${sh(topic.project)} --message-retention-duration=7d`,
            '# or only for this subscription:',
            updateSubscription(sub, '--retain-acked-messages'),
          ],
        }),
      );
    }
    return findings;
  },
};

export const subscriptionExpires: LintRule = {
  id: 'subscription-expires',
  severity: 'warning',
  title: 'Subscription deleted when idle',
  description:
    'An expiration policy deletes the subscription after a period without subscriber activity (31 days unless ' +
    'set otherwise, the default for subscriptions created without --expiration-period). Rarely read ' +
    'subscriptions, such as dead-letter ones, disappear with their backlog.',
  check(inv, ctx) {
    const findings: Finding[] = [];
    for (const sub of inv.subscriptions) {
      if (!isLive(sub) || sub.expirationTtlSeconds == null) continue;
      const ttl = formatDuration(sub.expirationTtlSeconds);
      const isDefault = sub.expirationTtlSeconds === DEFAULT_EXPIRATION_TTL_SECONDS ? ' (the default)' : '';
      const readsDeadLetters = sub.topic !== null && ctx.deadLetterSourcesByTopicKey.has(resourceKey(sub.topic));
      findings.push(
        subscriptionFinding(subscriptionExpires, sub, {
          title: `${sub.name} is deleted after ${ttl} without activity${isDefault}`,
          explanation:
            `Pub/Sub deletes a subscription that sees no pulls or successful pushes for ${ttl}, along with its ` +
            `backlog; messages published afterwards are kept for no one.` +
            (readsDeadLetters
              ? ` This one holds dead letters, which are read rarely, so it is exactly the kind that expires, and ` +
                `from then on dead letters are dropped.`
              : ` A consumer paused for a holiday or a quiet season is enough.`),
          fix: `Make the subscription permanent.`,
          commands: [updateSubscription(sub, '--expiration-period=never')],
        }),
      );
    }
    return findings;
  },
};

export const RETENTION_RULES = [subscriptionExpires, noReplay];
