// The inventory: a plain, serialisable picture of what exists in Pub/Sub.
// Everything else (lint, topology graph, plain-words descriptions, later metrics and health)
// decorates this structure; nothing downstream talks to Pub/Sub itself.
import { z } from 'zod';

/** A resource reference. `project` + short `name`, never the full path, so URLs stay readable. */
export const resourceRef = z.object({ project: z.string(), name: z.string() });
export type ResourceRef = z.infer<typeof resourceRef>;

export const topicSchema = z.object({
  project: z.string(),
  name: z.string(),
  /** Seconds the topic keeps messages (needed for seek-to-time and, on the emulator, for peek). null = not set. */
  messageRetentionSeconds: z.number().nullable(),
  schemaSettings: z
    .object({
      schema: resourceRef.nullable(),
      /** The schema was deleted while the topic still points at it (`_deleted-schema_`). */
      schemaDeleted: z.boolean(),
      encoding: z.string(),
      firstRevisionId: z.string().nullable(),
      lastRevisionId: z.string().nullable(),
    })
    .nullable(),
  kmsKeyName: z.string().nullable(),
  labels: z.record(z.string(), z.string()),
});
export type Topic = z.infer<typeof topicSchema>;

export const subscriptionTypeSchema = z.enum(['pull', 'push', 'bigquery', 'cloudStorage']);
export type SubscriptionType = z.infer<typeof subscriptionTypeSchema>;

export const subscriptionSchema = z.object({
  project: z.string(),
  name: z.string(),
  /** null when the topic was deleted (Pub/Sub reports `_deleted-topic_`). */
  topic: resourceRef.nullable(),
  topicDeleted: z.boolean(),
  type: subscriptionTypeSchema,
  push: z
    .object({
      endpoint: z.string(),
      /** host[:port] of the endpoint: the receiving service. */
      host: z.string(),
      oidc: z.object({ serviceAccountEmail: z.string(), audience: z.string().nullable() }).nullable(),
      /** Payload unwrapping: the body is the raw message data. */
      noWrapper: z.object({ writeMetadata: z.boolean() }).nullable(),
      attributes: z.record(z.string(), z.string()),
    })
    .nullable(),
  bigquery: z
    .object({
      table: z.string(),
      useTopicSchema: z.boolean(),
      useTableSchema: z.boolean(),
      writeMetadata: z.boolean(),
      dropUnknownFields: z.boolean(),
      serviceAccountEmail: z.string().nullable(),
    })
    .nullable(),
  cloudStorage: z
    .object({
      bucket: z.string(),
      filenamePrefix: z.string().nullable(),
      filenameSuffix: z.string().nullable(),
      format: z.enum(['text', 'avro']),
      maxDurationSeconds: z.number().nullable(),
      maxBytes: z.number().nullable(),
      serviceAccountEmail: z.string().nullable(),
    })
    .nullable(),
  ackDeadlineSeconds: z.number(),
  retainAckedMessages: z.boolean(),
  /** How long unacked (and, with retainAckedMessages, acked) messages are kept. */
  messageRetentionSeconds: z.number().nullable(),
  /** null = no retry policy: Pub/Sub redelivers immediately. */
  retryPolicy: z.object({ minimumBackoffSeconds: z.number(), maximumBackoffSeconds: z.number() }).nullable(),
  deadLetter: z.object({ topic: resourceRef, maxDeliveryAttempts: z.number() }).nullable(),
  filter: z.string().nullable(),
  enableMessageOrdering: z.boolean(),
  enableExactlyOnceDelivery: z.boolean(),
  /** Seconds of inactivity after which Pub/Sub deletes the subscription. null = never expires. */
  expirationTtlSeconds: z.number().nullable(),
  state: z.string(),
  detached: z.boolean(),
  labels: z.record(z.string(), z.string()),
});
export type Subscription = z.infer<typeof subscriptionSchema>;

export const snapshotSchema = z.object({
  project: z.string(),
  name: z.string(),
  topic: resourceRef.nullable(),
  expireTime: z.string().nullable(),
  labels: z.record(z.string(), z.string()),
});
export type Snapshot = z.infer<typeof snapshotSchema>;

export const schemaResourceSchema = z.object({
  project: z.string(),
  name: z.string(),
  type: z.string(),
  revisionId: z.string().nullable(),
  revisionCreateTime: z.string().nullable(),
  definition: z.string().nullable(),
});
export type SchemaResource = z.infer<typeof schemaResourceSchema>;

/** 'unknown' whenever IAM cannot be read (the emulator answers 501, or we lack getIamPolicy). Never guess 'ok'. */
export const iamVerdictSchema = z.enum(['ok', 'missing', 'unknown']);
export type IamVerdict = z.infer<typeof iamVerdictSchema>;

export const deadLetterIamSchema = z.object({
  /** Service agent holds roles/pubsub.publisher on the dead-letter topic. */
  publisherOnDeadLetterTopic: iamVerdictSchema,
  /** Service agent holds roles/pubsub.subscriber on the source subscription. */
  subscriberOnSource: iamVerdictSchema,
  reason: z.string().nullable(),
});
export type DeadLetterIam = z.infer<typeof deadLetterIamSchema>;

export const inventorySchema = z.object({
  projects: z.array(z.string()),
  mode: z.enum(['emulator', 'cloud']),
  fetchedAt: z.string(),
  topics: z.array(topicSchema),
  subscriptions: z.array(subscriptionSchema),
  snapshots: z.array(snapshotSchema),
  schemas: z.array(schemaResourceSchema),
  /** Keyed by `resourceKey(subscription)`: only subscriptions with a dead-letter policy appear. */
  deadLetterIam: z.record(z.string(), deadLetterIamSchema),
  /**
   * Why no IAM policy could be read at all (the emulator has no IAM; the caller lacks getIamPolicy), or null.
   * Then every verdict is 'unknown' for that one reason, reported once as an inventory warning instead of
   * as one finding per subscription (thousands on a large estate).
   */
  deadLetterIamUnreadable: z.string().nullable(),
  /** Parts of the inventory that could not be read (e.g. schemas in a project without the API). */
  warnings: z.array(z.object({ project: z.string(), what: z.string(), message: z.string() })),
});
export type Inventory = z.infer<typeof inventorySchema>;

export type ResourceKind = 'topic' | 'subscription' | 'snapshot' | 'schema' | 'service';

/** Stable key for a resource inside one inventory: `project/name`. */
export function resourceKey(ref: ResourceRef): string {
  return `${ref.project}/${ref.name}`;
}

export function sameRef(a: ResourceRef | null | undefined, b: ResourceRef | null | undefined): boolean {
  return !!a && !!b && a.project === b.project && a.name === b.name;
}
