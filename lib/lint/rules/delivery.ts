// Rules about what happens when delivery fails: retries, dead letters, deadlines.
import { formatDuration } from '../../describe/format';
import { resourceKey, type Subscription } from '../../schemas/inventory';
import type { Finding } from '../../schemas/lint';
import { dedicatedDeadLetterCommands, isLive, retentionOf, subscriptionFinding, updateSubscription } from '../finding';
import type { LintContext, LintRule } from '../types';

/** Who fails when a message fails: the operator thinks in services, not subscription types. */
function receiver(sub: Subscription): string {
  return sub.type === 'push' && sub.push ? `the endpoint at ${sub.push.host}` : 'your subscribers';
}

/** Subscriptions that read a dead-letter topic: giving them a dead-letter policy invites loops. */
function readsDeadLetters(sub: Subscription, ctx: LintContext): boolean {
  return sub.topic !== null && ctx.deadLetterSourcesByTopicKey.has(resourceKey(sub.topic));
}

export const noDeadLetterPolicy: LintRule = {
  id: 'no-dead-letter-policy',
  severity: 'warning',
  title: 'Push or pull subscription without a dead-letter topic',
  description:
    'A message that can never be processed is redelivered until it expires (7 days by default), then silently ' +
    'deleted. Subscriptions that themselves read a dead-letter topic are exempt. BigQuery and Cloud Storage ' +
    'subscriptions have their own, milder rule (export-without-dead-letter).',
  check(inv, ctx) {
    const findings: Finding[] = [];
    for (const sub of inv.subscriptions) {
      if (!isLive(sub) || sub.deadLetter || (sub.type !== 'push' && sub.type !== 'pull')) continue;
      if (readsDeadLetters(sub, ctx)) continue;
      const retention = formatDuration(retentionOf(sub));
      findings.push(
        subscriptionFinding(noDeadLetterPolicy, sub, {
          title: `${sub.name} has no dead-letter topic: a message that always fails is retried for ${retention}`,
          explanation:
            `A poison message (one ${receiver(sub)} can never process) is redelivered again and again for ` +
            `${retention}, wasting work and inflating the backlog and its age so real problems hide behind it` +
            (sub.enableMessageOrdering ? ', and it blocks every later message with the same ordering key' : '') +
            `. Then it is deleted without a trace.`,
          fix:
            `Give ${sub.name} a dead-letter topic with a subscription that keeps what lands there, so failures ` +
            `can be inspected and redriven from Pubscope.`,
          commands: dedicatedDeadLetterCommands(sub),
        }),
      );
    }
    return findings;
  },
};

export const exportWithoutDeadLetter: LintRule = {
  id: 'export-without-dead-letter',
  severity: 'info',
  title: 'BigQuery or Cloud Storage subscription without a dead-letter topic',
  description:
    'A message the destination rejects (for example one that does not fit the table schema) is retried until ' +
    'it expires. Info rather than warning: export failures are usually systemic (permissions, a missing table) ' +
    'and show up as RESOURCE_ERROR, but single bad messages are lost unseen.',
  check(inv, ctx) {
    const findings: Finding[] = [];
    for (const sub of inv.subscriptions) {
      if (!isLive(sub) || sub.deadLetter || (sub.type !== 'bigquery' && sub.type !== 'cloudStorage')) continue;
      if (readsDeadLetters(sub, ctx)) continue;
      const destination = sub.type === 'bigquery' ? 'BigQuery' : 'Cloud Storage';
      findings.push(
        subscriptionFinding(exportWithoutDeadLetter, sub, {
          title: `${sub.name} writes to ${destination} without a dead-letter topic`,
          explanation:
            `A message ${destination} rejects is retried until it expires after ${formatDuration(retentionOf(sub))} ` +
            `and then deleted; with a dead-letter topic it is set aside where you can see why it failed.`,
          fix: `Give ${sub.name} a dead-letter topic with a subscription that keeps what lands there.`,
          commands: dedicatedDeadLetterCommands(sub),
        }),
      );
    }
    return findings;
  },
};

export const noRetryPolicy: LintRule = {
  id: 'no-retry-policy',
  severity: 'warning',
  title: 'No retry policy',
  description:
    'Without a retry policy a failed or nacked message is redelivered immediately, so a struggling subscriber ' +
    'is hammered with retries exactly when it needs relief. Checked for push and pull subscriptions.',
  check(inv) {
    const findings: Finding[] = [];
    for (const sub of inv.subscriptions) {
      if (!isLive(sub) || sub.retryPolicy || (sub.type !== 'push' && sub.type !== 'pull')) continue;
      findings.push(
        subscriptionFinding(noRetryPolicy, sub, {
          title: `${sub.name} has no retry policy: failed messages come back immediately`,
          explanation:
            sub.type === 'push'
              ? `When ${receiver(sub)} fails, Pub/Sub resends at once: a service that is down or overloaded ` +
                `receives a storm of retries just when it needs room to recover.`
              : `A nacked message is redelivered at once, so a subscriber that nacks on a transient error (a database ` +
                `that is down, a rate limit) spins on the same messages and burns CPU without progress.`,
          fix: 'Add exponential backoff between redeliveries: 10 s to 10 min suits most services.',
          commands: [updateSubscription(sub, '--min-retry-delay=10s', '--max-retry-delay=600s')],
        }),
      );
    }
    return findings;
  },
};

export const pushAckDeadlineMinimum: LintRule = {
  id: 'push-ack-deadline-minimum',
  severity: 'info',
  title: 'Push endpoint has only 10 s to answer',
  description:
    'For push, the ack deadline is how long Pub/Sub waits for the HTTP response. At the 10 s minimum a slow ' +
    'request counts as failed and is redelivered while the first attempt may still be running.',
  check(inv) {
    const findings: Finding[] = [];
    for (const sub of inv.subscriptions) {
      if (!isLive(sub) || sub.type !== 'push' || !sub.push || sub.ackDeadlineSeconds > 10) continue;
      findings.push(
        subscriptionFinding(pushAckDeadlineMinimum, sub, {
          title: `${sub.name} gives ${sub.push.host} only ${formatDuration(sub.ackDeadlineSeconds)} to answer`,
          explanation:
            `A push request that takes longer than the ack deadline is counted as failed (deadline_exceeded) and ` +
            `retried, possibly while the first attempt is still working: duplicate processing, and under load a ` +
            `spiral of timeouts as the retries add to the load.`,
          fix: `Raise the ack deadline above the endpoint's slowest normal response time (up to 600 s).`,
          commands: [updateSubscription(sub, '--ack-deadline=60')],
        }),
      );
    }
    return findings;
  },
};

export const DELIVERY_RULES = [noDeadLetterPolicy, noRetryPolicy, pushAckDeadlineMinimum, exportWithoutDeadLetter];
