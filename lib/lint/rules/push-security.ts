// Push endpoints in Google Cloud. The emulator pushes plain HTTP without tokens by design, so these
// rules only run when inv.mode === 'cloud'.
import type { Subscription } from '../../schemas/inventory';
import type { Finding } from '../../schemas/lint';
import { isLive, sh, subscriptionFinding, updateSubscription } from '../finding';
import type { LintRule } from '../types';

type Push = NonNullable<Subscription['push']>;

function* cloudPushSubscriptions(subs: readonly Subscription[], mode: string) {
  if (mode !== 'cloud') return;
  for (const sub of subs) {
    if (sub.type === 'push' && sub.push && isLive(sub)) yield { sub, push: sub.push };
  }
}

function isPlainHttp(endpoint: string): boolean {
  return /^http:\/\//i.test(endpoint.trim());
}

/**
 * `--push-endpoint` rewrites the whole push config: repeat the authentication flags, or the update
 * would silently drop OIDC.
 */
function pushConfigFlags(endpoint: string, oidc: Push['oidc']): string[] {
  const flags = [`--push-endpoint=${sh(endpoint)}`];
  if (oidc) {
    flags.push(`--push-auth-service-account=${sh(oidc.serviceAccountEmail)}`);
    if (oidc.audience) flags.push(`--push-auth-token-audience=${sh(oidc.audience)}`);
  }
  return flags;
}

export const pushEndpointNotHttps: LintRule = {
  id: 'push-endpoint-not-https',
  severity: 'critical',
  title: 'Push endpoint over plain HTTP',
  description:
    'Critical rather than warning: message data, attributes and the OIDC token would cross the internet ' +
    'unencrypted, readable and replayable by anyone on the path. Google Cloud requires HTTPS push endpoints, so ' +
    'this also means the configuration is not what Pub/Sub will accept. Not checked on the emulator.',
  check(inv) {
    const findings: Finding[] = [];
    for (const { sub, push } of cloudPushSubscriptions(inv.subscriptions, inv.mode)) {
      if (!isPlainHttp(push.endpoint)) continue;
      const https = push.endpoint.trim().replace(/^http:\/\//i, 'https://');
      findings.push(
        subscriptionFinding(pushEndpointNotHttps, sub, {
          title: `${sub.name} pushes to ${push.endpoint} over plain HTTP`,
          explanation:
            `Every message${push.oidc ? ' and its identity token' : ''} travels unencrypted to ${push.host}: ` +
            `anyone on the network path can read it${push.oidc ? ' and replay the token against the service' : ''}.`,
          fix: `Serve the endpoint over HTTPS with a valid certificate and switch the subscription to it.`,
          commands: [updateSubscription(sub, ...pushConfigFlags(https, push.oidc))],
        }),
      );
    }
    return findings;
  },
};

export const pushWithoutAuthentication: LintRule = {
  id: 'push-without-authentication',
  severity: 'warning',
  title: 'Push without OIDC authentication',
  description:
    'Push requests carry no identity token, so the receiving service cannot tell Pub/Sub from anyone else who ' +
    'knows the URL: it must accept unauthenticated calls, and forged messages. Not checked on the emulator.',
  check(inv) {
    const findings: Finding[] = [];
    for (const { sub, push } of cloudPushSubscriptions(inv.subscriptions, inv.mode)) {
      if (push.oidc) continue;
      const account = `pubsub-push@${sub.project}.iam.gserviceaccount.com`;
      findings.push(
        subscriptionFinding(pushWithoutAuthentication, sub, {
          title: `${sub.name} pushes to ${push.host} without authentication`,
          explanation:
            `Pub/Sub calls ${push.endpoint} without an identity token, so ${push.host} has to accept anonymous ` +
            `requests: anyone who learns the URL can post forged messages, and the service cannot restrict who ` +
            `invokes it.`,
          fix:
            `Have Pub/Sub sign each request as a service account (pubsub-push is a suggested name), allow that ` +
            `account to invoke the service, then make the service verify the token and refuse anonymous calls.`,
          commands: [
            `gcloud iam service-accounts create pubsub-push --project=${sh(sub.project)} --display-name='Pub/Sub push'`,
            updateSubscription(sub, ...pushConfigFlags(push.endpoint, { serviceAccountEmail: account, audience: null })),
          ],
        }),
      );
    }
    return findings;
  },
};

export const PUSH_SECURITY_RULES = [pushEndpointNotHttps, pushWithoutAuthentication];
