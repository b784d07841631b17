// A large topology for benchmarks: N topics with M subscriptions each, a dead-letter topic (with an inbox)
// per 10 topics, a push subscription on every 5th topic (endpoints spread over 20 hosts).
// Why so few push subscriptions: the emulator runs 3 threads per push subscription that poll whether or not
// there is anything to deliver (measured, emulator 0.8.20: 300 push subscriptions = 900 threads and ~0.3 CPU
// core while idle). With the original 2 of 3 subscriptions on push the idle emulator held 6,600 threads, took
// a whole core and pushed the load average past 2,000, which made every figure measure the emulator instead.
// Pull subscriptions cost one idle thread each. Created through the client library by a pool of
// concurrent workers (a pool, not batches with a barrier each: the emulator slows down as it fills, and one slow
// call must not idle the other 31). 1,000 topics + 3,000 subscriptions take ~10 s on a 2-core machine.
import { PubSub } from '@google-cloud/pubsub';

async function pool(items, limit, fn) {
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      await fn(items[i], i);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}

/**
 * Create `topics` topics and `topics * subsPerTopic` subscriptions in `project` on the emulator at `emulatorHost`.
 * Mix: every 10th topic is a dead-letter topic `dlq-NNN` with one `-inbox` subscription; of the other
 * subscriptions, `-sub-0` of every 5th topic pushes (20 hosts), `-sub-0` and `-sub-1` have a dead-letter
 * policy + retry policy, `-sub-2` has neither.
 * Returns the counts actually created and how long it took.
 */
export async function seedLargeTopology({
  emulatorHost,
  project = 'bench-project',
  topics = 1000,
  subsPerTopic = 3,
  concurrency = 32,
  onProgress = () => {},
}) {
  const started = performance.now();
  const ps = new PubSub({ projectId: project, apiEndpoint: emulatorHost });
  try {
    const dlqCount = Math.ceil(topics / 10);
    const dlqs = Array.from({ length: dlqCount }, (_, i) => `dlq-${String(i).padStart(3, '0')}`);
    const names = Array.from({ length: topics - dlqCount }, (_, i) => `events-${String(i).padStart(4, '0')}`);
    await pool([...names, ...dlqs], concurrency, (n) =>
      ps.createTopic({ name: n, messageRetentionDuration: { seconds: 86400 } }),
    );
    onProgress(`${names.length + dlqs.length} topics`);
    await pool(dlqs, concurrency, (d) => ps.topic(d).createSubscription(`${d}-inbox`));
    const subs = names.flatMap((t, i) =>
      Array.from({ length: subsPerTopic }, (_, j) => ({ topic: t, name: `${t}-sub-${j}`, i, j })),
    );
    // Fill up to topics * subsPerTopic subscriptions in all (the dead-letter inboxes count).
    const extra = topics * subsPerTopic - subs.length - dlqs.length;
    for (let k = 0; k < extra; k++) {
      const t = names[k % names.length];
      subs.push({ topic: t, name: `${t}-extra-${k}`, i: k, j: 9 });
    }
    let done = 0;
    await pool(subs, concurrency, async (s) => {
      await ps.topic(s.topic).createSubscription(s.name, {
        ...(s.j === 0 && s.i % 5 === 0 ? { pushConfig: { pushEndpoint: `http://svc-${(s.i / 5) % 20}.internal:8080/pubsub` } } : {}),
        ...(s.j !== 2
          ? {
              deadLetterPolicy: {
                deadLetterTopic: `projects/${project}/topics/${dlqs[s.i % dlqs.length]}`,
                maxDeliveryAttempts: 5,
              },
              retryPolicy: { minimumBackoff: { seconds: 10 }, maximumBackoff: { seconds: 600 } },
            }
          : {}),
      });
      if (++done % 1000 === 0) onProgress(`${done + dlqs.length} subscriptions`);
    });
    return {
      project,
      topics: names.length + dlqs.length,
      subscriptions: subs.length + dlqs.length,
      ms: Math.round(performance.now() - started),
    };
  } finally {
    await ps.close();
  }
}
