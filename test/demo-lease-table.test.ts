import { describe, expect, it } from 'vitest';
import { createLeaseTable } from '../demo/lease-table.mjs';

function clock(start = 1_000) {
  let t = start;
  return { now: () => t, advance: (ms: number) => (t += ms) };
}

describe('demo lease table', () => {
  it('claims a new message once', () => {
    const c = clock();
    const table = createLeaseTable({ leaseMs: 100, now: c.now });
    expect(table.claim('m1')).toBe('claimed');
    expect(table.state('m1')).toBe('in-progress');
  });

  it('refuses a redelivery while the lease is live', () => {
    const c = clock();
    const table = createLeaseTable({ leaseMs: 100, now: c.now });
    table.claim('m1');
    c.advance(99);
    expect(table.claim('m1')).toBe('busy');
  });

  it('lets a redelivery take over an expired lease (the first worker hung or crashed)', () => {
    const c = clock();
    const table = createLeaseTable({ leaseMs: 100, now: c.now });
    table.claim('m1');
    c.advance(100);
    expect(table.state('m1')).toBe('expired');
    expect(table.claim('m1')).toBe('claimed');
    expect(table.claim('m1')).toBe('busy');
  });

  it('acks redeliveries of a completed message without new work, even after the lease would have expired', () => {
    const c = clock();
    const table = createLeaseTable({ leaseMs: 100, now: c.now });
    table.claim('m1');
    table.complete('m1');
    expect(table.claim('m1')).toBe('done');
    c.advance(10_000);
    expect(table.claim('m1')).toBe('done');
  });

  it('lets the next delivery retry at once after a failure', () => {
    const c = clock();
    const table = createLeaseTable({ leaseMs: 100, now: c.now });
    table.claim('m1');
    table.release('m1');
    expect(table.state('m1')).toBe('unknown');
    expect(table.claim('m1')).toBe('claimed');
  });

  it('release never undoes a completion', () => {
    const table = createLeaseTable();
    table.claim('m1');
    table.complete('m1');
    table.release('m1');
    expect(table.claim('m1')).toBe('done');
  });

  it('keeps messages independent', () => {
    const table = createLeaseTable();
    expect(table.claim('a')).toBe('claimed');
    expect(table.claim('b')).toBe('claimed');
    table.complete('a');
    expect(table.claim('a')).toBe('done');
    expect(table.claim('b')).toBe('busy');
  });

  it('forgets the oldest completed IDs beyond keepCompleted, never live leases', () => {
    const table = createLeaseTable({ keepCompleted: 2 });
    table.claim('live');
    for (const id of ['c1', 'c2', 'c3']) {
      table.claim(id);
      table.complete(id);
    }
    expect(table.state('c1')).toBe('unknown');
    expect(table.state('c2')).toBe('completed');
    expect(table.state('c3')).toBe('completed');
    expect(table.state('live')).toBe('in-progress');
    expect(table.size).toBe(3);
  });
});
