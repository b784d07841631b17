// Traffic generator: publishes continuously to orders, audit-events, event-bus and payments.
// Run alone: PUBSUB_EMULATOR_HOST=127.0.0.1:8085 node demo/traffic.mjs
//   TRAFFIC_RATE   messages per second per topic (default 2)
//   POISON_RATE    share of orders that can never be billed (default 0.05); the same share of
//                  audit events without actor, sign-ups without email, payments in an unsupported currency
//   GOOGLE_CLOUD_PROJECT   default pubscope-demo
// Logs a summary line every 10 s to stdout (the sample system sends it to .pubscope/logs/demo-traffic.log).
import { PubSub } from '@google-cloud/pubsub';
import { busEvent, gatewayAuditEvent, orderCreated, payment } from './messages.mjs';

process.env.METADATA_SERVER_DETECTION ??= 'none';

const emulatorHost = process.env.PUBSUB_EMULATOR_HOST;
if (!emulatorHost) {
  console.error('Set PUBSUB_EMULATOR_HOST (host:port of the Pub/Sub emulator).');
  process.exit(1);
}
const rate = Number(process.env.TRAFFIC_RATE ?? 2);
const poisonRate = Number(process.env.POISON_RATE ?? 0.05);
const pubsub = new PubSub({ projectId: process.env.GOOGLE_CLOUD_PROJECT ?? 'pubscope-demo', apiEndpoint: emulatorHost });

// The first message of every stream is a bad one, so dead letters show up within seconds of
// starting (the end-to-end tests rely on it); after that, POISON_RATE of them.
const sent = {};
const bad = (stream) => (sent[stream] = (sent[stream] ?? 0) + 1) === 1 || Math.random() < poisonRate;
const STREAMS = {
  orders: () => orderCreated({ poison: bad('orders') }),
  'audit-events': () => gatewayAuditEvent({ missingActor: bad('audit-events') }),
  'event-bus': () => busEvent({ badEmail: bad('event-bus') }),
  payments: () => payment({ unsupportedCurrency: bad('payments') }),
};

const counts = Object.fromEntries(Object.keys(STREAMS).map((t) => [t, { ok: 0, failed: 0 }]));
let lastError = '';

function start() {
  for (const [topicName, make] of Object.entries(STREAMS)) {
    const topic = pubsub.topic(topicName, { batching: { maxMessages: 100, maxMilliseconds: 20 } });
    const publishOne = () => {
      const { data, attributes } = make();
      topic
        .publishMessage({ data: Buffer.from(JSON.stringify(data)), attributes })
        .then(() => counts[topicName].ok++)
        .catch((err) => {
          counts[topicName].failed++;
          lastError = `${topicName}: ${err.message.split('\n')[0]}`;
        });
    };
    // Jittered interval so the four streams do not publish in lockstep.
    const tick = () => {
      publishOne();
      setTimeout(tick, (1000 / rate) * (0.5 + Math.random()));
    };
    if (rate > 0) setTimeout(tick, Math.random() * 200);
  }
}

const summary = setInterval(() => {
  const parts = Object.entries(counts).map(([t, c]) => `${t}=${c.ok}${c.failed ? `(+${c.failed} failed)` : ''}`);
  process.stdout.write(`${new Date().toISOString()} service=traffic published ${parts.join(' ')}${lastError ? ` lastError=${JSON.stringify(lastError)}` : ''}\n`);
  lastError = '';
}, 10_000);

const startedLine = () =>
  process.stdout.write(`${new Date().toISOString()} service=traffic event=started rate=${rate}/s/topic poisonRate=${poisonRate} emulator=${emulatorHost}\n`);
if (process.send) {
  // Started by the sample system: it forks us early (importing the client library takes a moment)
  // and says `go` once the topics exist. We die with it.
  process.on('message', (m) => {
    if (m?.go) {
      startedLine();
      start();
    }
  });
  process.send({ ready: true });
  process.on('disconnect', () => process.exit(0));
} else {
  startedLine();
  start();
}
for (const sig of ['SIGTERM', 'SIGINT']) {
  process.on(sig, () => {
    clearInterval(summary);
    // Exit at once: unpublished batches of a demo generator are not worth waiting for.
    process.exit(0);
  });
}
