// Dead lettering is performed by the Pub/Sub service agent of the subscription's project
// (service-PROJECT_NUMBER@gcp-sa-pubsub.iam.gserviceaccount.com). It needs publisher on the dead-letter
// topic and subscriber on the source subscription; without them dead lettering silently does not happen.
import { displayRef, formatDuration } from '../../describe/format';
import { resourceKey, type DeadLetterIam, type IamVerdict, type Subscription } from '../../schemas/inventory';
import type { Finding } from '../../schemas/lint';
import { isLive, retentionOf, serviceAgentCommands, sh, subscriptionFinding } from '../finding';
import type { LintRule } from '../types';

type DeadLettering = Subscription & { deadLetter: NonNullable<Subscription['deadLetter']> };

interface RoleCheck {
  /** "publisher on orders-dlq" */
  label: string;
  verdict: IamVerdict;
  grant: string;
  inspect: string;
}

/** A subscription the inventory has no IAM entry for was never checked: that is 'unknown', not 'ok'. */
const NOT_CHECKED: DeadLetterIam = {
  publisherOnDeadLetterTopic: 'unknown',
  subscriberOnSource: 'unknown',
  reason: 'the inventory holds no IAM verdict for this subscription',
};

function roleChecks(sub: DeadLettering, iam: DeadLetterIam): RoleCheck[] {
  const dlq = sub.deadLetter.topic;
  const { member } = serviceAgentCommands(sub.project);
  return [
    {
      label: `publisher on ${displayRef(dlq, sub.project)}`,
      verdict: iam.publisherOnDeadLetterTopic,
      grant:
        `gcloud pubsub topics add-iam-policy-binding ${sh(dlq.name)} --project=${sh(dlq.project)} ` +
        `--member=${member} --role=roles/pubsub.publisher`,
      inspect: `gcloud pubsub topics get-iam-policy ${sh(dlq.name)} --project=${sh(dlq.project)}`,
    },
    {
      label: `subscriber on ${sub.name}`,
      verdict: iam.subscriberOnSource,
      grant:
        `gcloud pubsub subscriptions add-iam-policy-binding ${sh(sub.name)} --project=${sh(sub.project)} ` +
        `--member=${member} --role=roles/pubsub.subscriber`,
      inspect: `gcloud pubsub subscriptions get-iam-policy ${sh(sub.name)} --project=${sh(sub.project)}`,
    },
  ];
}

function* deadLetteringWithIam(inv: { subscriptions: Subscription[]; deadLetterIam: Record<string, DeadLetterIam> }) {
  for (const sub of inv.subscriptions) {
    if (!sub.deadLetter || !isLive(sub)) continue;
    const iam = inv.deadLetterIam[resourceKey(sub)] ?? NOT_CHECKED;
    yield { sub: sub as DeadLettering, iam, checks: roleChecks(sub as DeadLettering, iam) };
  }
}

export const deadLetterIamMissing: LintRule = {
  id: 'dead-letter-iam-missing',
  severity: 'critical',
  title: 'Pub/Sub service agent cannot dead-letter',
  description:
    "The project's Pub/Sub service agent lacks roles/pubsub.publisher on the dead-letter topic or " +
    'roles/pubsub.subscriber on the source subscription. Failing messages are then never moved: they stay and ' +
    'are redelivered until they expire.',
  check(inv) {
    const findings: Finding[] = [];
    for (const { sub, checks } of deadLetteringWithIam(inv)) {
      const missing = checks.filter((c) => c.verdict === 'missing');
      if (missing.length === 0) continue;
      const { lookup } = serviceAgentCommands(sub.project);
      findings.push(
        subscriptionFinding(deadLetterIamMissing, sub, {
          title: `Pub/Sub cannot dead-letter ${sub.name}: its service agent lacks ${missing.map((c) => c.label).join(' and ')}`,
          explanation:
            `Dead letters are moved by the Pub/Sub service agent of ${sub.project}. Without ` +
            `${missing.map((c) => c.label).join(' and ')} it cannot move them, so messages that fail ` +
            `${sub.deadLetter.maxDeliveryAttempts} attempts stay in ${sub.name}, keep being redelivered and expire ` +
            `unseen after ${formatDuration(retentionOf(sub))}.`,
          fix: `Grant the missing role${missing.length === 1 ? '' : 's'} to the service agent of ${sub.project}.`,
          commands: [lookup, ...missing.map((c) => c.grant)],
        }),
      );
    }
    return findings;
  },
};

export const deadLetterIamUnknown: LintRule = {
  id: 'dead-letter-iam-unknown',
  severity: 'info',
  title: 'Dead-letter permissions could not be checked',
  description:
    "Pubscope could not read the IAM policies that decide whether dead lettering works (the emulator has no IAM; " +
    'in Google Cloud it needs getIamPolicy). Unknown is never treated as fine.',
  check(inv) {
    // IAM unreadable everywhere is one fact, shown once as an inventory warning, not once per subscription.
    if (inv.deadLetterIamUnreadable) return [];
    const findings: Finding[] = [];
    for (const { sub, iam, checks } of deadLetteringWithIam(inv)) {
      const unknown = checks.filter((c) => c.verdict === 'unknown');
      if (unknown.length === 0) continue;
      const reason = iam.reason ? `${capitalise(iam.reason)}.` : 'No reason was given.';
      const emulator =
        inv.mode === 'emulator' ? ' The emulator has no IAM at all: check this in the real project before relying on it.' : '';
      findings.push(
        subscriptionFinding(deadLetterIamUnknown, sub, {
          title: `Dead-letter permissions of ${sub.name} could not be checked (${unknown.map((c) => c.label).join(', ')})`,
          explanation:
            `${reason} If the Pub/Sub service agent of ${sub.project} lacks ${unknown.map((c) => c.label).join(' or ')}, ` +
            `dead lettering silently does not happen.${emulator}`,
          fix:
            `Look for service-PROJECT_NUMBER@gcp-sa-pubsub.iam.gserviceaccount.com in these policies, or simply ` +
            `grant the roles (granting an existing role changes nothing).`,
          commands: [
            ...unknown.map((c) => c.inspect),
            serviceAgentCommands(sub.project).lookup,
            ...unknown.map((c) => c.grant),
          ],
        }),
      );
    }
    return findings;
  },
};

function capitalise(s: string): string {
  const trimmed = s.trim().replace(/\.$/, '');
  return trimmed.charAt(0).toUpperCase() + trimmed.slice(1);
}

export const DEAD_LETTER_IAM_RULES = [deadLetterIamMissing, deadLetterIamUnknown];
