// Building findings and the gcloud commands in their fixes.
import { DEFAULT_SUBSCRIPTION_RETENTION_SECONDS } from '../describe/format';
import type { ResourceRef, Subscription, Topic } from '../schemas/inventory';
import type { Finding } from '../schemas/lint';
import type { RuleInfo } from './types';

type FindingText = Pick<Finding, 'title' | 'explanation'> & {
  /** What to do, in words. */
  fix: string;
  /** Shell commands that do it, with the real names. */
  commands?: string[];
};

/**
 * Fix convention (the UI relies on it, see splitFix): prose, then a blank line, then one shell
 * command per line, so the page can render commands in a copyable block.
 */
export function joinFix(fix: string, commands: string[] = []): string {
  return commands.length > 0 ? `${fix}\n\n${commands.join('\n')}` : fix;
}

export function splitFix(fix: string): { text: string; commands: string[] } {
  const at = fix.indexOf('\n\n');
  if (at < 0) return { text: fix, commands: [] };
  return { text: fix.slice(0, at), commands: fix.slice(at + 2).split('\n').filter((l) => l.trim() !== '') };
}

export function subscriptionFinding(rule: RuleInfo, sub: Subscription, text: FindingText): Finding {
  return finding(rule, 'subscription', sub, text);
}

export function topicFinding(rule: RuleInfo, topic: Topic | ResourceRef, text: FindingText): Finding {
  return finding(rule, 'topic', topic, text);
}

function finding(
  rule: RuleInfo,
  kind: Finding['resource']['kind'],
  ref: ResourceRef,
  { title, explanation, fix, commands }: FindingText,
): Finding {
  return {
    ruleId: rule.id,
    severity: rule.severity,
    resource: { kind, project: ref.project, name: ref.name },
    title,
    explanation,
    fix: joinFix(fix, commands),
  };
}

/** Quote for a POSIX shell only when needed: names are shell-safe, URLs and filters often are not. */
export function sh(value: string): string {
  return /^[A-Za-z0-9_\-.~+%/:=@,]+$/.test(value) ? value : `'${value.replace(/'/g, `'\\''`)}'`;
}

export function updateSubscription(sub: ResourceRef, ...flags: string[]): string {
  return ['gcloud pubsub subscriptions update', sh(sub.name), `--project=${sh(sub.project)}`, ...flags].join(' ');
}

/** The Pub/Sub service agent of a project, as a shell expression (its number must be looked up). */
export function serviceAgentCommands(project: string): { lookup: string; member: string } {
  return {
    lookup: `PROJECT_NUMBER=$(gcloud projects describe ${sh(project)} --format='value(projectNumber)')`,
    member: '"serviceAccount:service-${PROJECT_NUMBER}@gcp-sa-pubsub.iam.gserviceaccount.com"',
  };
}

/** "a, b and c" — with "and 7 more" past a handful, so a shared DLQ with 300 sources stays readable. */
export function listNames(names: string[], max = 5): string {
  if (names.length <= 1) return names.join('');
  const shown = names.slice(0, Math.min(names.length, max));
  const more = names.length - shown.length;
  if (more > 0) return `${shown.join(', ')} and ${more} more`;
  return `${shown.slice(0, -1).join(', ')} and ${shown[shown.length - 1]}`;
}

/** Subscriptions that can receive messages at all: the others only get their own finding. */
export function isLive(sub: Subscription): boolean {
  return !sub.topicDeleted && !sub.detached && sub.topic !== null;
}

/** The subscription that should exist on every dead-letter topic: long retention, never expires. */
export function createDeadLetterSubscriptionCommand(dlq: ResourceRef, subscriptionName = `${dlq.name}-sub`): string {
  return [
    'gcloud pubsub subscriptions create',
    sh(subscriptionName),
    `--project=${sh(dlq.project)}`,
    `--topic=${sh(dlq.name)}`,
    '--message-retention-duration=7d',
    '--expiration-period=never',
  ].join(' ');
}

export function retentionOf(sub: Subscription): number {
  return sub.messageRetentionSeconds ?? DEFAULT_SUBSCRIPTION_RETENTION_SECONDS;
}

/**
 * Everything needed to give a subscription its own dead-letter topic: the topic, a subscription that
 * keeps the dead letters, the policy, and the two roles the Pub/Sub service agent needs for it to work.
 */
export function dedicatedDeadLetterCommands(sub: Subscription, maxDeliveryAttempts = 5): string[] {
  const dlq = { project: sub.project, name: `${sub.name}-dlq` };
  const agent = serviceAgentCommands(sub.project);
  return [
    `gcloud pubsub topics create ${sh(dlq.name)} --project=${sh(dlq.project)}`,
    createDeadLetterSubscriptionCommand(dlq),
    updateSubscription(sub, `--dead-letter-topic=${sh(dlq.name)}`, `--max-delivery-attempts=${maxDeliveryAttempts}`),
    agent.lookup,
    `gcloud pubsub topics add-iam-policy-binding ${sh(dlq.name)} --project=${sh(dlq.project)} --member=${agent.member} --role=roles/pubsub.publisher`,
    `gcloud pubsub subscriptions add-iam-policy-binding ${sh(sub.name)} --project=${sh(sub.project)} --member=${agent.member} --role=roles/pubsub.subscriber`,
  ];
}
