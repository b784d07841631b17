import { describe, expect, it } from 'vitest';
import { splitFix } from '../finding';
import { makeInventory, makePushSubscription, makeTopic } from '../test-fixtures';
import { pushEndpointNotHttps, pushWithoutAuthentication } from './push-security';
import { runRule } from './run-rule';

const topics = [makeTopic('orders')];
const plain = makePushSubscription('billing', 'orders', 'http://billing.example.com/pubsub?x=1&y=2');
const anonymous = makePushSubscription('billing', 'orders', 'https://billing.example.com/pubsub');
anonymous.push = { ...anonymous.push!, oidc: null };

describe('push-endpoint-not-https', () => {
  it('flags plain HTTP in Google Cloud, keeping OIDC in the fix and quoting the URL', () => {
    const [f] = runRule(pushEndpointNotHttps, makeInventory({ topics, subscriptions: [plain] }));
    expect(f.severity).toBe('critical');
    expect(f.title).toBe('billing pushes to http://billing.example.com/pubsub?x=1&y=2 over plain HTTP');
    expect(splitFix(f.fix).commands).toEqual([
      "gcloud pubsub subscriptions update billing --project=demo-project --push-endpoint='https://billing.example.com/pubsub?x=1&y=2' " +
        '--push-auth-service-account=push-invoker@demo-project.iam.gserviceaccount.com',
    ]);
  });

  it('is quiet on the emulator and for HTTPS', () => {
    expect(runRule(pushEndpointNotHttps, makeInventory({ mode: 'emulator', topics, subscriptions: [plain] }))).toEqual([]);
    expect(runRule(pushEndpointNotHttps, makeInventory({ topics, subscriptions: [anonymous] }))).toEqual([]);
  });
});

describe('push-without-authentication', () => {
  it('warns for a push subscription without OIDC in Google Cloud', () => {
    const [f] = runRule(pushWithoutAuthentication, makeInventory({ topics, subscriptions: [anonymous] }));
    expect(f.severity).toBe('warning');
    expect(f.title).toBe('billing pushes to billing.example.com without authentication');
    expect(splitFix(f.fix).commands[1]).toBe(
      'gcloud pubsub subscriptions update billing --project=demo-project --push-endpoint=https://billing.example.com/pubsub ' +
        '--push-auth-service-account=pubsub-push@demo-project.iam.gserviceaccount.com',
    );
  });

  it('is quiet with OIDC, and on the emulator (which ignores OIDC anyway)', () => {
    expect(runRule(pushWithoutAuthentication, makeInventory({ topics, subscriptions: [plain] }))).toEqual([]);
    expect(runRule(pushWithoutAuthentication, makeInventory({ mode: 'emulator', topics, subscriptions: [anonymous] }))).toEqual([]);
  });
});
