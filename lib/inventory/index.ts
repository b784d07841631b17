import 'server-only';
// The inventory as the API serves it: read from Pub/Sub at most once per TTL (concurrent requests share
// one read), linted once per read, indexed for the resource pages.
import { env } from '../env';
import { lintInventory } from '../lint';
import { readInventory } from '../pubsub/inventory';
import type { Finding } from '../schemas/lint';
import { resourceKey, type Inventory, type Subscription, type Topic } from '../schemas/inventory';

export type LintedInventory = {
  inventory: Inventory;
  findings: Finding[];
  topicsByKey: Map<string, Topic>;
  subscriptionsByKey: Map<string, Subscription>;
  subscriptionsByTopic: Map<string, Subscription[]>;
  deadLetterSourcesByTopic: Map<string, Subscription[]>;
  readAt: number;
};

type Cache = { current?: LintedInventory; inflight?: Promise<LintedInventory> };
const g = globalThis as unknown as { __pubscopeInventory?: Cache };
const cache = (g.__pubscopeInventory ??= {});

function push<K, V>(m: Map<K, V[]>, k: K, v: V) {
  const list = m.get(k);
  if (list) list.push(v);
  else m.set(k, [v]);
}

export function indexInventory(inventory: Inventory, findings: Finding[]): LintedInventory {
  const topicsByKey = new Map(inventory.topics.map((t) => [resourceKey(t), t]));
  const subscriptionsByKey = new Map(inventory.subscriptions.map((s) => [resourceKey(s), s]));
  const subscriptionsByTopic = new Map<string, Subscription[]>();
  const deadLetterSourcesByTopic = new Map<string, Subscription[]>();
  for (const s of inventory.subscriptions) {
    if (s.topic) push(subscriptionsByTopic, resourceKey(s.topic), s);
    if (s.deadLetter) push(deadLetterSourcesByTopic, resourceKey(s.deadLetter.topic), s);
  }
  return {
    inventory,
    findings,
    topicsByKey,
    subscriptionsByKey,
    subscriptionsByTopic,
    deadLetterSourcesByTopic,
    readAt: Date.now(),
  };
}

async function refresh(): Promise<LintedInventory> {
  cache.inflight ??= readInventory()
    .then((inv) => (cache.current = indexInventory(inv, lintInventory(inv))))
    .finally(() => (cache.inflight = undefined));
  return cache.inflight;
}

/** The cached inventory, re-read when older than the TTL (or than `maxAgeMs`). */
export async function getInventory(maxAgeMs = env().inventoryTtlMs): Promise<LintedInventory> {
  const cur = cache.current;
  if (cur && Date.now() - cur.readAt <= maxAgeMs) return cur;
  return refresh();
}

/**
 * Find a resource, re-reading once if it is missing from a cached copy: a resource created a moment ago
 * must not 404 just because the cache predates it.
 */
export async function findInInventory<T>(lookup: (li: LintedInventory) => T | undefined): Promise<[T | undefined, LintedInventory]> {
  let li = await getInventory();
  let found = lookup(li);
  if (found === undefined && Date.now() - li.readAt > 1000) {
    li = await getInventory(0);
    found = lookup(li);
  }
  return [found, li];
}

export function resetInventoryCache() {
  cache.current = undefined;
}
