import { describe, expect, it } from 'vitest';
import { makeInventory, makeSubscription, makeTopic } from '../test-fixtures';
import { filterIgnoredByEmulator } from './emulator';
import { runRule } from './run-rule';

describe('filter-ignored-by-emulator', () => {
  const filtered = makeSubscription('eu-orders', 'orders', { filter: 'attributes.region = "eu"' });

  it('tells emulator users that their filter is not applied', () => {
    const [f] = runRule(filterIgnoredByEmulator, makeInventory({ mode: 'emulator', topics: [makeTopic('orders')], subscriptions: [filtered] }));
    expect(f.title).toBe('The emulator ignores the filter of eu-orders and delivers every message');
    expect(f.explanation).toContain('attributes.region = "eu"');
  });

  it('is quiet in Google Cloud and for unfiltered subscriptions', () => {
    expect(runRule(filterIgnoredByEmulator, makeInventory({ topics: [makeTopic('orders')], subscriptions: [filtered] }))).toEqual([]);
    const plain = makeSubscription('all', 'orders');
    expect(runRule(filterIgnoredByEmulator, makeInventory({ mode: 'emulator', topics: [makeTopic('orders')], subscriptions: [plain] }))).toEqual([]);
  });
});
