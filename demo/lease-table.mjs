// The idempotency pattern every Pub/Sub subscriber needs, in its smallest form.
// Pub/Sub delivers at least once: the same message can arrive again while we are still
// working on it (ack deadline expired, push retried) or after we finished (ack lost).
// We remember each message ID as "in progress until <lease expiry>" and then "completed":
//   - a redelivery while the lease is live is refused (the caller answers 409, Pub/Sub retries later);
//   - a redelivery after completion is acknowledged without doing the work twice;
//   - a lease that expired (the worker crashed or hung) may be claimed again.
// Pure and in memory on purpose: the demo services are single processes. A real service keeps
// this table in its database, next to the effects of the work, in the same transaction.

/** @typedef {'claimed' | 'busy' | 'done'} ClaimResult */

/**
 * @param {{ leaseMs?: number, keepCompleted?: number, now?: () => number }} [options]
 *   leaseMs: how long a claim protects a message; longer than the slowest honest handler.
 *   keepCompleted: how many completed IDs to remember (oldest forgotten first), so memory stays bounded.
 *   now: clock, injectable for tests.
 */
export function createLeaseTable({ leaseMs = 30_000, keepCompleted = 10_000, now = Date.now } = {}) {
  /** @type {Map<string, { state: 'in-progress', expiresAt: number } | { state: 'completed', at: number }>} */
  const entries = new Map();
  let completedCount = 0;

  function forgetOldestCompleted() {
    // Map iteration follows insertion order, and complete() re-inserts, so the first completed entry is the oldest.
    for (const [id, entry] of entries) {
      if (completedCount <= keepCompleted) return;
      if (entry.state === 'completed') {
        entries.delete(id);
        completedCount--;
      }
    }
  }

  return {
    /**
     * Try to take the message.
     * @param {string} id
     * @returns {ClaimResult}
     */
    claim(id) {
      const entry = entries.get(id);
      if (entry?.state === 'completed') return 'done';
      if (entry?.state === 'in-progress' && entry.expiresAt > now()) return 'busy';
      entries.set(id, { state: 'in-progress', expiresAt: now() + leaseMs });
      return 'claimed';
    },

    /** The work is done and its effects are durable: redeliveries from now on are acked without work. */
    complete(id) {
      if (entries.get(id)?.state !== 'completed') completedCount++;
      entries.delete(id);
      entries.set(id, { state: 'completed', at: now() });
      forgetOldestCompleted();
    },

    /** The work failed: drop the claim so the next delivery (Pub/Sub's retry) may try again at once. */
    release(id) {
      if (entries.get(id)?.state === 'in-progress') entries.delete(id);
    },

    /** @param {string} id */
    state(id) {
      const entry = entries.get(id);
      if (!entry) return 'unknown';
      if (entry.state === 'in-progress' && entry.expiresAt <= now()) return 'expired';
      return entry.state;
    },

    get size() {
      return entries.size;
    },
  };
}
