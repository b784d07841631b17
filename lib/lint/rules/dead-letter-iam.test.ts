import { describe, expect, it } from 'vitest';
import { splitFix } from '../finding';
import { deadLetterTo, IAM_OK, makeInventory, makeSubscription, makeTopic } from '../test-fixtures';
import { deadLetterIamMissing, deadLetterIamUnknown } from './dead-letter-iam';
import { runRule } from './run-rule';

const topics = [makeTopic('orders'), makeTopic('orders-dlq')];
const worker = makeSubscription('orders-worker', 'orders', { deadLetter: deadLetterTo('orders-dlq') });
const key = 'demo-project/orders-worker';

describe('dead-letter-iam-missing', () => {
  it('names the missing role and gives the grant command for it only', () => {
    const inv = makeInventory({
      topics,
      subscriptions: [worker],
      deadLetterIam: { [key]: { ...IAM_OK, publisherOnDeadLetterTopic: 'missing' } },
    });
    const [f, ...rest] = runRule(deadLetterIamMissing, inv);
    expect(rest).toEqual([]);
    expect(f.severity).toBe('critical');
    expect(f.title).toBe('Pub/Sub cannot dead-letter orders-worker: its service agent lacks publisher on orders-dlq');
    const { commands } = splitFix(f.fix);
    expect(commands[0]).toContain('gcloud projects describe demo-project');
    expect(commands.slice(1)).toEqual([
      'gcloud pubsub topics add-iam-policy-binding orders-dlq --project=demo-project ' +
        '--member="serviceAccount:service-${PROJECT_NUMBER}@gcp-sa-pubsub.iam.gserviceaccount.com" --role=roles/pubsub.publisher',
    ]);
  });

  it('lists both roles when both are missing', () => {
    const inv = makeInventory({
      topics,
      subscriptions: [worker],
      deadLetterIam: { [key]: { publisherOnDeadLetterTopic: 'missing', subscriberOnSource: 'missing', reason: null } },
    });
    const [f] = runRule(deadLetterIamMissing, inv);
    expect(f.title).toContain('publisher on orders-dlq and subscriber on orders-worker');
    expect(splitFix(f.fix).commands).toHaveLength(3);
  });

  it('is quiet when both roles are granted, and never treats unknown as missing', () => {
    expect(runRule(deadLetterIamMissing, makeInventory({ topics, subscriptions: [worker] }))).toEqual([]);
    const unknown = makeInventory({
      topics,
      subscriptions: [worker],
      deadLetterIam: { [key]: { publisherOnDeadLetterTopic: 'unknown', subscriberOnSource: 'unknown', reason: 'x' } },
    });
    expect(runRule(deadLetterIamMissing, unknown)).toEqual([]);
  });
});

describe('dead-letter-iam-unknown', () => {
  it('reports unknown verdicts as info, with the reason', () => {
    const inv = makeInventory({
      mode: 'emulator',
      topics,
      subscriptions: [worker],
      deadLetterIam: {
        [key]: { publisherOnDeadLetterTopic: 'unknown', subscriberOnSource: 'ok', reason: 'getIamPolicy answered 501 (not implemented)' },
      },
    });
    const [f] = runRule(deadLetterIamUnknown, inv);
    expect(f.severity).toBe('info');
    expect(f.title).toBe('Dead-letter permissions of orders-worker could not be checked (publisher on orders-dlq)');
    expect(f.explanation).toMatch(/^GetIamPolicy answered 501 \(not implemented\)\./);
    expect(f.explanation).toContain('emulator has no IAM');
  });

  it('treats a subscription missing from deadLetterIam as unknown, not ok', () => {
    const inv = makeInventory({ topics, subscriptions: [worker] });
    delete inv.deadLetterIam[key];
    const [f] = runRule(deadLetterIamUnknown, inv);
    expect(f.title).toContain('publisher on orders-dlq, subscriber on orders-worker');
    expect(f.explanation).toContain('holds no IAM verdict');
  });

  it('stays quiet when IAM is unreadable everywhere: that is one inventory warning, not a finding per subscription', () => {
    const inv = makeInventory({
      mode: 'emulator',
      topics,
      subscriptions: [worker],
      deadLetterIam: { [key]: { publisherOnDeadLetterTopic: 'unknown', subscriberOnSource: 'unknown', reason: 'the emulator has no IAM (501)' } },
      deadLetterIamUnreadable: 'the emulator has no IAM (501)',
    });
    expect(runRule(deadLetterIamUnknown, inv)).toEqual([]);
  });

  it('is quiet when every verdict is known', () => {
    expect(runRule(deadLetterIamUnknown, makeInventory({ topics, subscriptions: [worker] }))).toEqual([]);
  });
});
