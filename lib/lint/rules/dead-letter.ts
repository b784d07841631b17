// Rules about where dead letters go. A dead-letter policy that points nowhere useful is worse than
// none: everyone believes failed messages are safe while they are being dropped or looped.
import { displayRef, formatDuration } from '../../describe/format';
import { resourceKey, sameRef, type ResourceRef, type Subscription } from '../../schemas/inventory';
import type { Finding } from '../../schemas/lint';
import {
  createDeadLetterSubscriptionCommand,
  dedicatedDeadLetterCommands,
  isLive,
  listNames,
  retentionOf,
  sh,
  subscriptionFinding,
  topicFinding,
  updateSubscription,
} from '../finding';
import type { LintRule } from '../types';

/** Live subscriptions with a dead-letter policy, the input of most rules here. */
function* deadLetteringSubscriptions(subs: readonly Subscription[]) {
  for (const sub of subs) {
    if (sub.deadLetter && isLive(sub)) yield sub as Subscription & { deadLetter: NonNullable<Subscription['deadLetter']> };
  }
}

export const deadLetterTopicWithoutSubscription: LintRule = {
  id: 'dead-letter-topic-without-subscription',
  severity: 'critical',
  title: 'Dead-letter topic without a subscription',
  description:
    'A topic that receives dead letters but has no subscription keeps nothing: every dead-lettered message is ' +
    'dropped. Reported on the topic, naming the subscriptions that dead-letter into it.',
  check(_inv, ctx) {
    const findings: Finding[] = [];
    for (const [dlqKey, allSources] of ctx.deadLetterSourcesByTopicKey) {
      const topic = ctx.topicsByKey.get(dlqKey);
      if (!topic) continue; // a missing topic is its own rule
      const attached = ctx.subscriptionsByTopicKey.get(dlqKey) ?? [];
      if (attached.some(isLive)) continue;
      const sources = allSources.filter(isLive);
      if (sources.length === 0) continue;

      const sourceNames = sources.map((s) => displayRef(s, topic.project));
      const detached = attached.filter((s) => s.detached).map((s) => displayRef(s, topic.project));
      const retention = topic.messageRetentionSeconds;
      const subscriptionName = `${topic.name}-sub`;
      const commands = [createDeadLetterSubscriptionCommand(topic, subscriptionName)];
      if (retention != null) {
        // Topic retention still holds recent dead letters: a new subscription can seek back to them.
        commands.push(
          `gcloud pubsub subscriptions seek ${sh(subscriptionName)} --project=${sh(topic.project)} ` +
            `--time=$(date -u -d '-${Math.floor(retention / 60)} minutes' +%Y-%m-%dT%H:%M:%SZ)`,
        );
      }
      findings.push(
        topicFinding(deadLetterTopicWithoutSubscription, topic, {
          title: `Dead-letter topic ${topic.name} has no subscription: dead letters from ${listNames(sourceNames, 3)} are dropped`,
          explanation:
            `Pub/Sub moves a message here once it has failed its maximum delivery attempts, but a topic ` +
            `without a subscription hands it to no one: ` +
            (retention != null
              ? `it is kept only by the topic's own retention (${formatDuration(retention)}) and then lost. `
              : 'it is lost immediately. ') +
            `Subscriptions dead-lettering into ${topic.name}: ${listNames(sourceNames, 20)}.` +
            (detached.length > 0 ? ` Its only subscriptions (${listNames(detached)}) are detached.` : '') +
            ` Searched the inventoried projects (${[...ctx.projects].join(', ')}); a subscription in another ` +
            `project would also count.`,
          fix:
            `Create a subscription on ${topic.name} that keeps dead letters for 7 days and never expires, so they ` +
            `can be inspected and redriven` +
            (retention != null ? ', then seek it back to recover what the topic still retains.' : '.'),
          commands,
        }),
      );
    }
    return findings;
  },
};

export const deadLetterTopicMissing: LintRule = {
  id: 'dead-letter-topic-missing',
  severity: 'critical',
  title: 'Dead-letter topic does not exist',
  description:
    'The dead-letter policy names a topic that is not in its (inventoried) project. Pub/Sub cannot forward ' +
    'failing messages, so the policy protects nothing. Topics in projects Pubscope does not inventory are not ' +
    'flagged here (see dead-letter-topic-not-inventoried).',
  check(inv, ctx) {
    const findings: Finding[] = [];
    for (const sub of deadLetteringSubscriptions(inv.subscriptions)) {
      const dlq = sub.deadLetter.topic;
      if (sameRef(dlq, sub.topic) || ctx.topicsByKey.has(resourceKey(dlq)) || !ctx.topicsListedIn(dlq.project)) {
        continue;
      }
      const shown = displayRef(dlq, sub.project);
      findings.push(
        subscriptionFinding(deadLetterTopicMissing, sub, {
          title: `${sub.name} dead-letters to ${shown}, which does not exist`,
          explanation:
            `After ${sub.deadLetter.maxDeliveryAttempts} failed delivery attempts Pub/Sub tries to move a message ` +
            `to ${shown} and cannot, so poison messages stay in ${sub.name}, keep being redelivered and expire ` +
            `unseen after ${formatDuration(retentionOf(sub))}.`,
          fix:
            `Create the topic and a subscription that holds its dead letters (then make sure the Pub/Sub service ` +
            `agent may publish to it), or point the policy at an existing topic.`,
          commands: [
            `gcloud pubsub topics create ${sh(dlq.name)} --project=${sh(dlq.project)}`,
            createDeadLetterSubscriptionCommand(dlq),
          ],
        }),
      );
    }
    return findings;
  },
};

export const deadLetterTopicNotInventoried: LintRule = {
  id: 'dead-letter-topic-not-inventoried',
  severity: 'info',
  title: 'Dead-letter topic outside the inventory',
  description:
    'The dead-letter topic lives in a project Pubscope does not inventory (or whose topics could not be ' +
    'listed), so whether it exists and has a subscription cannot be checked.',
  check(inv, ctx) {
    const findings: Finding[] = [];
    for (const sub of deadLetteringSubscriptions(inv.subscriptions)) {
      const dlq = sub.deadLetter.topic;
      if (ctx.topicsByKey.has(resourceKey(dlq)) || ctx.topicsListedIn(dlq.project)) continue;
      const why = ctx.projects.has(dlq.project)
        ? `the topics of project ${dlq.project} could not be listed (see the inventory warnings)`
        : `project ${dlq.project} is not among the inventoried projects`;
      findings.push(
        subscriptionFinding(deadLetterTopicNotInventoried, sub, {
          title: `${sub.name} dead-letters to ${dlq.project}/${dlq.name}, which Pubscope cannot see`,
          explanation:
            `Pubscope cannot tell whether ${dlq.name} exists or has a subscription because ${why}. If either is ` +
            `missing, dead letters from ${sub.name} are lost without anyone noticing.`,
          fix: `Add ${dlq.project} to the projects Pubscope inventories, or check by hand that the topic has a subscription.`,
          commands: [`gcloud pubsub topics list-subscriptions ${sh(dlq.name)} --project=${sh(dlq.project)}`],
        }),
      );
    }
    return findings;
  },
};

export const deadLetterTopicIsSource: LintRule = {
  id: 'dead-letter-topic-is-source',
  severity: 'critical',
  title: 'Dead-letters into its own topic',
  description:
    'The dead-letter topic is the topic the subscription reads: every failing message is republished to the ' +
    'same topic, redelivered with a fresh attempt count, and copied to every other subscription, forever.',
  check(inv, ctx) {
    const findings: Finding[] = [];
    for (const sub of deadLetteringSubscriptions(inv.subscriptions)) {
      if (!sub.topic || !sameRef(sub.deadLetter.topic, sub.topic)) continue;
      const topic = displayRef(sub.topic, sub.project);
      const siblings = (ctx.subscriptionsByTopicKey.get(resourceKey(sub.topic)) ?? []).length - 1;
      findings.push(
        subscriptionFinding(deadLetterTopicIsSource, sub, {
          title: `${sub.name} dead-letters into its own topic ${topic}: failing messages loop forever`,
          explanation:
            `A message that fails ${sub.deadLetter.maxDeliveryAttempts} attempts is published again to ${topic} as ` +
            `a new message, so ${sub.name} receives it again with a fresh attempt count, endlessly` +
            (siblings > 0
              ? `, and the ${siblings} other subscription${siblings === 1 ? '' : 's'} of ${topic} receive a duplicate every round.`
              : '.'),
          fix: `Give ${sub.name} a dedicated dead-letter topic with its own subscription.`,
          commands: dedicatedDeadLetterCommands(sub, sub.deadLetter.maxDeliveryAttempts),
        }),
      );
    }
    return findings;
  },
};

const edgeKey = (from: ResourceRef, to: ResourceRef) => `${resourceKey(from)} -> ${resourceKey(to)}`;

export const deadLetterLoop: LintRule = {
  id: 'dead-letter-loop',
  severity: 'critical',
  title: 'Dead letters loop between two topics',
  description:
    'A subscription of the dead-letter topic dead-letters back into the source topic. A poison message fails ' +
    'everywhere, so it bounces between the two topics forever and reaches every subscription of the source ' +
    'topic again on each round.',
  check(inv) {
    // topic → dead-letter topic edges, so each lookup below is O(1) instead of scanning the DLQ's subscriptions.
    const byEdge = new Map<string, Subscription[]>();
    for (const sub of deadLetteringSubscriptions(inv.subscriptions)) {
      if (!sub.topic) continue;
      const key = edgeKey(sub.topic, sub.deadLetter.topic);
      const list = byEdge.get(key);
      if (list) list.push(sub);
      else byEdge.set(key, [sub]);
    }
    const findings: Finding[] = [];
    for (const sub of deadLetteringSubscriptions(inv.subscriptions)) {
      if (!sub.topic || sameRef(sub.topic, sub.deadLetter.topic)) continue;
      const back = byEdge.get(edgeKey(sub.deadLetter.topic, sub.topic));
      if (!back) continue;
      const dlq = displayRef(sub.deadLetter.topic, sub.project);
      const source = displayRef(sub.topic, sub.project);
      const returners = back.map((s) => displayRef(s, sub.project));
      findings.push(
        subscriptionFinding(deadLetterLoop, sub, {
          title: `Dead letters of ${sub.name} can loop: ${listNames(returners, 2)} on ${dlq} dead-letter${back.length === 1 ? 's' : ''} back into ${source}`,
          explanation:
            `A message that fails in ${sub.name} goes to ${dlq}. A poison message usually fails there too, and ` +
            `${listNames(returners, 5)} then publish${back.length === 1 ? 'es' : ''} it back to ${source}, where every ` +
            `subscription receives it again: an endless loop that multiplies copies.`,
          fix:
            `Subscriptions that read dead letters should not dead-letter themselves: remove their dead-letter ` +
            `policy (or send their failures to a separate, final topic).`,
          commands: back.map((s) => updateSubscription(s, '--clear-dead-letter-policy')),
        }),
      );
    }
    return findings;
  },
};

export const deadLetterWithOrdering: LintRule = {
  id: 'dead-letter-with-ordering',
  severity: 'warning',
  title: 'Ordered delivery with dead lettering',
  description:
    'When a message of an ordered subscription is dead-lettered, later messages with the same ordering key are ' +
    'delivered anyway: consumers see a gap in the order, and a later redrive arrives out of order.',
  check(inv) {
    const findings: Finding[] = [];
    for (const sub of deadLetteringSubscriptions(inv.subscriptions)) {
      if (!sub.enableMessageOrdering) continue;
      findings.push(
        subscriptionFinding(deadLetterWithOrdering, sub, {
          title: `${sub.name} delivers in order but dead-letters after ${sub.deadLetter.maxDeliveryAttempts} attempts`,
          explanation:
            `Once a message is moved to ${displayRef(sub.deadLetter.topic, sub.project)}, the next message with the ` +
            `same ordering key is delivered without it: consumers see, say, "order shipped" without "order paid". ` +
            `Redriving the dead letter later delivers it after its successors.`,
          fix:
            `Make consumers tolerate gaps (check a version or sequence number per key and park what arrives early), ` +
            `or stop dead-lettering, accepting that a poison message then blocks its key until it expires. ` +
            `Ordering itself cannot be switched off on an existing subscription.`,
          commands: [
            '# only if blocking the key is preferable to a gap:',
            updateSubscription(sub, '--clear-dead-letter-policy'),
          ],
        }),
      );
    }
    return findings;
  },
};

export const deadLetterMaxAttemptsHigh: LintRule = {
  id: 'dead-letter-max-attempts-high',
  severity: 'info',
  title: 'Dead-letters only after 100 attempts',
  description:
    'With the maximum of 100 delivery attempts a poison message is processed 100 times and can occupy the ' +
    'subscription for hours before it is set aside.',
  check(inv) {
    const findings: Finding[] = [];
    for (const sub of deadLetteringSubscriptions(inv.subscriptions)) {
      const attempts = sub.deadLetter.maxDeliveryAttempts;
      if (attempts < 100) continue;
      const maxBackoff = sub.retryPolicy?.maximumBackoffSeconds ?? null;
      findings.push(
        subscriptionFinding(deadLetterMaxAttemptsHigh, sub, {
          title: `${sub.name} retries a failing message ${attempts} times before dead-lettering it`,
          explanation:
            `A message that can never succeed reaches your subscriber ${attempts} times` +
            (maxBackoff != null
              ? `, with backoff up to ${formatDuration(maxBackoff)} between attempts: up to about ` +
                `${formatDuration(attempts * maxBackoff)} before it is set aside.`
              : ', back to back since there is no retry policy.') +
            ` Meanwhile it inflates the backlog and its age, which hides real delivery problems.`,
          fix: 'Dead-letter after a handful of attempts; transient failures are covered by the retry backoff.',
          commands: [updateSubscription(sub, '--max-delivery-attempts=10')],
        }),
      );
    }
    return findings;
  },
};

export const DEAD_LETTER_RULES = [
  deadLetterTopicWithoutSubscription,
  deadLetterTopicMissing,
  deadLetterTopicIsSource,
  deadLetterLoop,
  deadLetterWithOrdering,
  deadLetterMaxAttemptsHigh,
  deadLetterTopicNotInventoried,
];
