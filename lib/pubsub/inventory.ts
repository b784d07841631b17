import 'server-only';
// Reads everything that exists in the configured projects. One paged list call per resource kind per
// project (subscriptions come with their full configuration), all kinds and projects concurrently —
// never one call per topic.
import { env } from '../env';
import type { Inventory } from '../schemas/inventory';
import { pubsubFor } from './client';
import { toSchema, toSnapshot, toSubscription, toTopic } from './convert';
import { classifyPubSubError, pubSubErrorMessage } from './errors';
import { checkDeadLetterIam } from './iam';

const PAGE_SIZE = 1000;
// The client's default retries an unreachable endpoint for 60+ s; an operator wants to know in seconds.
// Expressed as backoff settings: the schema client refuses `maxRetries` ("Cannot set both totalTimeoutMillis
// and maxRetries"), and one form for every call is easier to reason about.
const gaxOpts = {
  retry: {
    backoffSettings: {
      totalTimeoutMillis: 10_000,
      initialRetryDelayMillis: 100,
      retryDelayMultiplier: 2,
      maxRetryDelayMillis: 2_000,
      initialRpcTimeoutMillis: 10_000,
      rpcTimeoutMultiplier: 1,
      maxRpcTimeoutMillis: 10_000,
    },
  },
};

async function listTopics(project: string) {
  const [topics] = await pubsubFor(project).getTopics({ pageSize: PAGE_SIZE, autoPaginate: true, gaxOpts });
  return topics.map((t) => toTopic(project, t.metadata ?? { name: t.name }));
}

async function listSubscriptions(project: string) {
  const [subs] = await pubsubFor(project).getSubscriptions({ pageSize: PAGE_SIZE, autoPaginate: true, gaxOpts });
  return subs.map((s) => toSubscription(project, s.metadata ?? { name: s.name }));
}

async function listSnapshots(project: string) {
  const [snaps] = await pubsubFor(project).getSnapshots({ pageSize: PAGE_SIZE, autoPaginate: true, gaxOpts });
  return snaps.map((s) => toSnapshot(project, s.metadata ?? { name: s.name }));
}

async function listSchemas(project: string) {
  const out = [];
  for await (const s of pubsubFor(project).listSchemas('FULL', gaxOpts)) out.push(toSchema(project, s));
  return out;
}

export async function readInventory(): Promise<Inventory> {
  const { projects, mode, concurrency } = env();
  const warnings: Inventory['warnings'] = [];

  // Topics and subscriptions are essential: their failure fails the inventory.
  // Snapshots and schemas are optional: a project without the Schema API still shows its topology.
  const optional = async <T>(project: string, what: string, p: Promise<T[]>): Promise<T[]> => {
    try {
      return await p;
    } catch (err) {
      if (classifyPubSubError(err) === 'unavailable') throw err;
      warnings.push({ project, what, message: pubSubErrorMessage(err) });
      return [];
    }
  };

  const perProject = await Promise.all(
    projects.map(async (project) => {
      const [topics, subscriptions, snapshots, schemas] = await Promise.all([
        listTopics(project),
        listSubscriptions(project),
        optional(project, 'snapshots', listSnapshots(project)),
        optional(project, 'schemas', listSchemas(project)),
      ]);
      return { topics, subscriptions, snapshots, schemas };
    }),
  );

  const topics = perProject.flatMap((p) => p.topics);
  const subscriptions = perProject.flatMap((p) => p.subscriptions);
  const iam = await checkDeadLetterIam(subscriptions, { mode, concurrency });
  if (iam.unreadable) {
    for (const project of projects) {
      warnings.push({ project, what: 'IAM policies', message: `Dead-letter permissions are unknown: ${iam.unreadable}.` });
    }
  }

  return {
    projects,
    mode,
    fetchedAt: new Date().toISOString(),
    topics,
    subscriptions,
    snapshots: perProject.flatMap((p) => p.snapshots),
    schemas: perProject.flatMap((p) => p.schemas),
    deadLetterIam: iam.verdicts,
    deadLetterIamUnreadable: iam.unreadable,
    warnings,
  };
}
