import 'server-only';
// Lazy PubSub clients, one per project, cached on globalThis so `next dev` hot reloads reuse them.
import { PubSub } from '@google-cloud/pubsub';
import { env } from '../env';

type ClientCache = Map<string, PubSub>;
const g = globalThis as unknown as { __pubscopePubSub?: ClientCache };

export function pubsubFor(project: string): PubSub {
  g.__pubscopePubSub ??= new Map();
  let client = g.__pubscopePubSub.get(project);
  if (!client) {
    const { emulatorHost } = env();
    // With apiEndpoint set to the emulator the library switches to insecure credentials by itself.
    client = new PubSub({ projectId: project, ...(emulatorHost ? { apiEndpoint: emulatorHost } : {}) });
    g.__pubscopePubSub.set(project, client);
  }
  return client;
}

/** Close and forget every client (tests; shutdown). */
export async function closeAllClients() {
  const cache = g.__pubscopePubSub;
  if (!cache) return;
  g.__pubscopePubSub = new Map();
  await Promise.all([...cache.values()].map((c) => c.close().catch(() => undefined)));
}
