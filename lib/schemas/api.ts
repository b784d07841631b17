// Shapes of the JSON the API returns. The browser imports these types; route handlers build them.
import { z } from 'zod';
import {
  deadLetterIamSchema,
  inventorySchema,
  schemaResourceSchema,
  snapshotSchema,
  subscriptionSchema,
  topicSchema,
} from './inventory';
import { findingSchema } from './lint';

export const errorEnvelopeSchema = z.object({
  error: z.object({ code: z.string(), message: z.string() }),
});
export type ErrorEnvelope = z.infer<typeof errorEnvelopeSchema>;

// GET /api/inventory
export const inventoryResponseSchema = z.object({
  inventory: inventorySchema,
  findings: z.array(findingSchema),
});
export type InventoryResponse = z.infer<typeof inventoryResponseSchema>;

// GET /api/projects/:project/topics/:topic
export const topicResponseSchema = z.object({
  topic: topicSchema,
  /** Subscriptions attached to this topic (from any inventoried project). */
  subscriptions: z.array(subscriptionSchema),
  /** Subscriptions whose dead-letter policy points at this topic: it is their DLQ. */
  deadLetterSources: z.array(subscriptionSchema),
  snapshots: z.array(snapshotSchema),
  schema: schemaResourceSchema.nullable(),
  findings: z.array(findingSchema),
  mode: z.enum(['emulator', 'cloud']),
});
export type TopicResponse = z.infer<typeof topicResponseSchema>;

// GET /api/projects/:project/subscriptions/:subscription
export const subscriptionResponseSchema = z.object({
  subscription: subscriptionSchema,
  /** null when the topic was deleted or lives in a project we do not inventory. */
  topic: topicSchema.nullable(),
  /** Other subscriptions of the same topic: a republish to the topic reaches all of them. */
  siblings: z.array(subscriptionSchema),
  deadLetterTopic: topicSchema.nullable(),
  /** Subscriptions of the dead-letter topic (empty = dead letters are dropped). */
  deadLetterSubscriptions: z.array(subscriptionSchema),
  deadLetterIam: deadLetterIamSchema.nullable(),
  snapshots: z.array(snapshotSchema),
  findings: z.array(findingSchema),
  mode: z.enum(['emulator', 'cloud']),
});
export type SubscriptionResponse = z.infer<typeof subscriptionResponseSchema>;

// GET /api/health — 200 when Pub/Sub answers, 503 otherwise (same body).
export const healthResponseSchema = z.object({
  ok: z.boolean(),
  mode: z.enum(['emulator', 'cloud']),
  /** What we tried to reach: the emulator host or "pubsub.googleapis.com". */
  target: z.string(),
  projects: z.array(z.string()),
  message: z.string().nullable(),
  checkedAt: z.string(),
});
export type HealthResponse = z.infer<typeof healthResponseSchema>;
