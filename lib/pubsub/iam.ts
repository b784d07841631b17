import 'server-only';
// Does the Pub/Sub service agent hold what dead lettering needs? publisher on the dead-letter topic and
// subscriber on the source subscription. When IAM cannot be read (the emulator answers 501, or we lack
// getIamPolicy) the verdict is 'unknown' — never 'ok'.
import { mapLimit } from '../concurrency';
import { resourceKey, type DeadLetterIam, type Subscription } from '../schemas/inventory';
import { pubsubFor } from './client';
import { classifyPubSubError, pubSubErrorMessage } from './errors';

// The agent is service-<PROJECT_NUMBER>@gcp-sa-pubsub.iam.gserviceaccount.com. We cannot map project ID →
// number without the Resource Manager API, so any Pub/Sub service agent in the binding counts.
const SERVICE_AGENT = /^serviceAccount:service-\d+@gcp-sa-pubsub\.iam\.gserviceaccount\.com$/;

// Fail fast when Pub/Sub is unreachable instead of the client's 60 s of retries.
const IAM_OPTS = { timeout: 10_000, maxRetries: 1 };

type Policy = { bindings?: { role?: string | null; members?: string[] | null }[] | null };

export function agentHasRole(policy: Policy, roles: string[]): boolean {
  return (policy.bindings ?? []).some(
    (b) => !!b.role && roles.includes(b.role) && (b.members ?? []).some((m) => SERVICE_AGENT.test(m)),
  );
}

const PUBLISHER_ROLES = ['roles/pubsub.publisher', 'roles/pubsub.editor', 'roles/pubsub.admin'];
const SUBSCRIBER_ROLES = ['roles/pubsub.subscriber', 'roles/pubsub.editor', 'roles/pubsub.admin'];

export type DeadLetterIamCheck = {
  verdicts: Record<string, DeadLetterIam>;
  /** Set when IAM cannot be read at all: every verdict is then 'unknown' for this reason. */
  unreadable: string | null;
};

export async function checkDeadLetterIam(
  subscriptions: Subscription[],
  opts: { mode: 'emulator' | 'cloud'; concurrency: number },
): Promise<DeadLetterIamCheck> {
  const withDlq = subscriptions.filter((s) => s.deadLetter);
  const result: Record<string, DeadLetterIam> = {};
  if (withDlq.length === 0) return { verdicts: result, unreadable: null };

  const unknownAll = (reason: string): DeadLetterIamCheck => {
    for (const s of withDlq) {
      result[resourceKey(s)] = { publisherOnDeadLetterTopic: 'unknown', subscriberOnSource: 'unknown', reason };
    }
    return { verdicts: result, unreadable: reason };
  };

  // One probe first: if IAM is unimplemented (emulator) or denied, don't fire thousands of doomed calls.
  const probe = withDlq[0];
  try {
    await pubsubFor(probe.project).subscription(probe.name).iam.getPolicy(IAM_OPTS);
  } catch (err) {
    const kind = classifyPubSubError(err);
    if (kind === 'unimplemented') {
      return unknownAll(opts.mode === 'emulator' ? 'the emulator has no IAM (501)' : 'IAM is not implemented here');
    }
    if (kind === 'permission_denied') return unknownAll('no permission to read IAM policies (pubsub.*.getIamPolicy)');
    if (kind === 'unavailable') throw err;
  }

  const topicPolicies = new Map<string, Promise<Policy | Error>>();
  const topicPolicy = (project: string, name: string) => {
    const key = `${project}/${name}`;
    if (!topicPolicies.has(key)) {
      topicPolicies.set(
        key,
        pubsubFor(project)
          .topic(name)
          .iam.getPolicy(IAM_OPTS)
          .then(([p]) => p as Policy, (e: Error) => e),
      );
    }
    return topicPolicies.get(key)!;
  };

  await mapLimit(withDlq, opts.concurrency, async (s) => {
    const [subPolicy, dlqPolicy] = await Promise.all([
      pubsubFor(s.project)
        .subscription(s.name)
        .iam.getPolicy(IAM_OPTS)
        .then(([p]) => p as Policy, (e: Error) => e),
      topicPolicy(s.deadLetter!.topic.project, s.deadLetter!.topic.name),
    ]);
    const reasons: string[] = [];
    const verdict = (p: Policy | Error, roles: string[], what: string) => {
      if (p instanceof Error) {
        reasons.push(`${what}: ${pubSubErrorMessage(p)}`);
        return 'unknown' as const;
      }
      return agentHasRole(p, roles) ? ('ok' as const) : ('missing' as const);
    };
    result[resourceKey(s)] = {
      publisherOnDeadLetterTopic: verdict(dlqPolicy, PUBLISHER_ROLES, 'dead-letter topic policy'),
      subscriberOnSource: verdict(subPolicy, SUBSCRIBER_ROLES, 'subscription policy'),
      reason: reasons.length ? reasons.join('; ') : null,
    };
  });
  return { verdicts: result, unreadable: null };
}
