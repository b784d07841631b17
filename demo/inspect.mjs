// Lists what the sample system created, through the client library, and optionally watches
// the dead-letter inboxes fill up — a quick check that retries and dead letters really happen.
//   PUBSUB_EMULATOR_HOST=127.0.0.1:8085 node demo/inspect.mjs            # list
//   PUBSUB_EMULATOR_HOST=127.0.0.1:8085 node demo/inspect.mjs --watch 60 # list, then watch 60 s
// Watching reads the inboxes WITHOUT consuming them: every pulled message is nacked at once
// (ack deadline 0), so the dashboard still sees the full backlog.
import { PubSub, v1 } from '@google-cloud/pubsub';
import { grpc } from 'google-gax';
import { pathToFileURL } from 'node:url';
import { PROJECTS, DEMO_PROJECT } from './topology.mjs';

process.env.METADATA_SERVER_DETECTION ??= 'none';

const short = (name) => name?.split('/').pop();
const dur = (d) => (d?.seconds ? `${Number(d.seconds)}s` : null);

export async function listTopology(emulatorHost, out = console.log) {
  for (const projectId of PROJECTS) {
    const ps = new PubSub({ projectId, apiEndpoint: emulatorHost });
    try {
      const [topics] = await ps.getTopics();
      const [subs] = await ps.getSubscriptions();
      const [snaps] = await ps.getSnapshots();
      out(`\n== ${projectId}: ${topics.length} topics, ${subs.length} subscriptions, ${snaps.length} snapshots`);
      for (const t of topics) {
        const m = t.metadata;
        out(`topic ${short(t.name)}  retention=${dur(m.messageRetentionDuration)}${m.schemaSettings?.schema ? `  schema=${short(m.schemaSettings.schema)}(${m.schemaSettings.encoding})` : ''}`);
      }
      for (const s of subs) {
        const m = s.metadata;
        const parts = [
          `sub ${short(s.name)} <- ${m.topic.replace(/^projects\/([^/]+)\/topics\//, (_, p) => (p === projectId ? '' : `${p}/`))}`,
          m.pushConfig?.pushEndpoint ? `push ${m.pushConfig.pushEndpoint}` : 'pull',
          `ack=${m.ackDeadlineSeconds}s`,
          m.retryPolicy ? `retry=${dur(m.retryPolicy.minimumBackoff)}..${dur(m.retryPolicy.maximumBackoff)}` : null,
          m.deadLetterPolicy?.deadLetterTopic ? `dlq=${short(m.deadLetterPolicy.deadLetterTopic)}x${m.deadLetterPolicy.maxDeliveryAttempts}` : null,
          m.filter ? `filter=${JSON.stringify(m.filter)}` : null,
          m.retainAckedMessages ? 'retainAcked' : null,
          m.pushConfig?.oidcToken?.serviceAccountEmail ? `oidc=${m.pushConfig.oidcToken.serviceAccountEmail}` : null,
        ];
        out(parts.filter(Boolean).join('  '));
      }
      for (const s of snaps) out(`snapshot ${short(s.name)} of ${short(s.metadata.topic)}`);
      for await (const schema of ps.listSchemas('BASIC', { autoPaginate: false })) out(`schema ${short(schema.name)} ${schema.type}`);
    } finally {
      await ps.close();
    }
  }
}

/** Peek at the DLQ inboxes every 2 s; print each new dead letter once, with its Pub/Sub attributes. */
export async function watchDeadLetters(emulatorHost, seconds, out = console.log) {
  const [host, port] = emulatorHost.split(':');
  const client = new v1.SubscriberClient({ servicePath: host, port: Number(port), sslCreds: grpc.credentials.createInsecure() });
  const inboxes = ['orders-dlq-inbox', 'event-bus-dlq-inbox', 'payments-dlq-inbox'];
  const seen = new Set();
  const firstAt = {};
  const started = Date.now();
  try {
    while (Date.now() - started < seconds * 1000) {
      for (const inbox of inboxes) {
        const subscription = `projects/${DEMO_PROJECT}/subscriptions/${inbox}`;
        const [res] = await client.pull({ subscription, maxMessages: 100, returnImmediately: true });
        const ids = res.receivedMessages ?? [];
        for (const rm of ids) {
          const m = rm.message;
          if (seen.has(m.messageId)) continue;
          seen.add(m.messageId);
          firstAt[inbox] ??= ((Date.now() - started) / 1000).toFixed(1);
          const a = m.attributes;
          out(`+${((Date.now() - started) / 1000).toFixed(1)}s ${inbox} msg=${m.messageId} from=${a.CloudPubSubDeadLetterSourceSubscriptionProject}/${a.CloudPubSubDeadLetterSourceSubscription} deliveries=${a.CloudPubSubDeadLetterSourceDeliveryCount} type=${a.type} source=${a.source}`);
        }
        if (ids.length) await client.modifyAckDeadline({ subscription, ackIds: ids.map((r) => r.ackId), ackDeadlineSeconds: 0 });
      }
      await new Promise((r) => setTimeout(r, 2000));
    }
  } finally {
    await client.close();
  }
  return { total: seen.size, firstAt };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const emulatorHost = process.env.PUBSUB_EMULATOR_HOST;
  if (!emulatorHost) {
    console.error('Set PUBSUB_EMULATOR_HOST (host:port of the Pub/Sub emulator).');
    process.exit(1);
  }
  await listTopology(emulatorHost);
  const i = process.argv.indexOf('--watch');
  if (i > 0) {
    const seconds = Number(process.argv[i + 1] ?? 60);
    console.log(`\nWatching dead-letter inboxes for ${seconds} s (peek only: messages are nacked, not consumed)…`);
    const { total, firstAt } = await watchDeadLetters(emulatorHost, seconds);
    console.log(`${total} dead letters seen; first per inbox after (s): ${JSON.stringify(firstAt)}`);
  }
}
