// Raw Pub/Sub protos → our plain inventory model. Pure functions; no client calls here.
import type { google } from '@google-cloud/pubsub/build/protos/protos';
import { parseResourcePath } from '../names';
import type { SchemaResource, Snapshot, Subscription, Topic } from '../schemas/inventory';

type Duration = google.protobuf.IDuration | null | undefined;
type Timestamp = google.protobuf.ITimestamp | null | undefined;

/** Duration proto → seconds. Longs arrive as strings, numbers or Long objects depending on the transport. */
export function durationSeconds(d: Duration): number | null {
  if (!d) return null;
  const s = Number(d.seconds ?? 0) + Number(d.nanos ?? 0) / 1e9;
  return Number.isFinite(s) ? s : null;
}

export function timestampIso(t: Timestamp): string | null {
  if (!t || t.seconds == null) return null;
  return new Date(Number(t.seconds) * 1000 + Math.floor(Number(t.nanos ?? 0) / 1e6)).toISOString();
}

function enumName(value: unknown, names: Record<number, string>, fallback: string): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return names[value] ?? fallback;
  return fallback;
}

const labelsOf = (l: { [k: string]: string } | null | undefined) => ({ ...(l ?? {}) });

export function toTopic(project: string, raw: google.pubsub.v1.ITopic): Topic {
  const ref = parseResourcePath(raw.name, 'topics');
  const ss = raw.schemaSettings;
  const schemaRef = parseResourcePath(ss?.schema, 'schemas');
  return {
    project: ref?.project ?? project,
    name: ref?.name ?? String(raw.name),
    messageRetentionSeconds: durationSeconds(raw.messageRetentionDuration),
    schemaSettings: ss?.schema
      ? {
          schema: schemaRef,
          schemaDeleted: ss.schema === '_deleted-schema_',
          encoding: enumName(ss.encoding, { 0: 'ENCODING_UNSPECIFIED', 1: 'JSON', 2: 'BINARY' }, 'ENCODING_UNSPECIFIED'),
          firstRevisionId: ss.firstRevisionId || null,
          lastRevisionId: ss.lastRevisionId || null,
        }
      : null,
    kmsKeyName: raw.kmsKeyName || null,
    labels: labelsOf(raw.labels),
  };
}

function hostOf(endpoint: string): string {
  try {
    return new URL(endpoint).host;
  } catch {
    return endpoint;
  }
}

export function toSubscription(project: string, raw: google.pubsub.v1.ISubscription): Subscription {
  const ref = parseResourcePath(raw.name, 'subscriptions');
  const topic = parseResourcePath(raw.topic, 'topics');
  const pc = raw.pushConfig;
  const bq = raw.bigqueryConfig;
  const gcs = raw.cloudStorageConfig;
  const isPush = !!pc?.pushEndpoint;
  const isBq = !!bq?.table;
  const isGcs = !!gcs?.bucket;
  const dlp = raw.deadLetterPolicy;
  const dlqTopic = parseResourcePath(dlp?.deadLetterTopic, 'topics');
  const rp = raw.retryPolicy;
  return {
    project: ref?.project ?? project,
    name: ref?.name ?? String(raw.name),
    topic,
    topicDeleted: raw.topic === '_deleted-topic_',
    type: isPush ? 'push' : isBq ? 'bigquery' : isGcs ? 'cloudStorage' : 'pull',
    push: isPush
      ? {
          endpoint: pc!.pushEndpoint!,
          host: hostOf(pc!.pushEndpoint!),
          oidc: pc!.oidcToken?.serviceAccountEmail
            ? { serviceAccountEmail: pc!.oidcToken.serviceAccountEmail, audience: pc!.oidcToken.audience || null }
            : null,
          noWrapper: pc!.noWrapper ? { writeMetadata: !!pc!.noWrapper.writeMetadata } : null,
          attributes: labelsOf(pc!.attributes),
        }
      : null,
    bigquery: isBq
      ? {
          table: bq!.table!,
          useTopicSchema: !!bq!.useTopicSchema,
          useTableSchema: !!bq!.useTableSchema,
          writeMetadata: !!bq!.writeMetadata,
          dropUnknownFields: !!bq!.dropUnknownFields,
          serviceAccountEmail: bq!.serviceAccountEmail || null,
        }
      : null,
    cloudStorage: isGcs
      ? {
          bucket: gcs!.bucket!,
          filenamePrefix: gcs!.filenamePrefix || null,
          filenameSuffix: gcs!.filenameSuffix || null,
          format: gcs!.avroConfig ? 'avro' : 'text',
          maxDurationSeconds: durationSeconds(gcs!.maxDuration),
          maxBytes: gcs!.maxBytes != null ? Number(gcs!.maxBytes) : null,
          serviceAccountEmail: gcs!.serviceAccountEmail || null,
        }
      : null,
    ackDeadlineSeconds: Number(raw.ackDeadlineSeconds ?? 10) || 10,
    retainAckedMessages: !!raw.retainAckedMessages,
    messageRetentionSeconds: durationSeconds(raw.messageRetentionDuration),
    // An empty RetryPolicy message means "retry with the default backoff", absence means "retry immediately".
    retryPolicy: rp
      ? {
          minimumBackoffSeconds: durationSeconds(rp.minimumBackoff) ?? 10,
          maximumBackoffSeconds: durationSeconds(rp.maximumBackoff) ?? 600,
        }
      : null,
    deadLetter:
      dlp?.deadLetterTopic && dlqTopic
        ? { topic: dlqTopic, maxDeliveryAttempts: Number(dlp.maxDeliveryAttempts || 5) }
        : null,
    filter: raw.filter || null,
    enableMessageOrdering: !!raw.enableMessageOrdering,
    enableExactlyOnceDelivery: !!raw.enableExactlyOnceDelivery,
    // Real Pub/Sub always reports the policy (default ttl 31 days); an empty ttl means never expires.
    // The emulator reports none and never expires anything.
    expirationTtlSeconds: durationSeconds(raw.expirationPolicy?.ttl) || null,
    state: enumName(raw.state, { 0: 'STATE_UNSPECIFIED', 1: 'ACTIVE', 2: 'RESOURCE_ERROR' }, 'ACTIVE'),
    detached: !!raw.detached,
    labels: labelsOf(raw.labels),
  };
}

export function toSnapshot(project: string, raw: google.pubsub.v1.ISnapshot): Snapshot {
  const ref = parseResourcePath(raw.name, 'snapshots');
  return {
    project: ref?.project ?? project,
    name: ref?.name ?? String(raw.name),
    topic: parseResourcePath(raw.topic, 'topics'),
    expireTime: timestampIso(raw.expireTime),
    labels: labelsOf(raw.labels),
  };
}

export function toSchema(project: string, raw: google.pubsub.v1.ISchema): SchemaResource {
  const ref = parseResourcePath(raw.name, 'schemas');
  return {
    project: ref?.project ?? project,
    name: ref?.name ?? String(raw.name),
    type: enumName(raw.type, { 0: 'TYPE_UNSPECIFIED', 1: 'PROTOCOL_BUFFER', 2: 'AVRO' }, 'TYPE_UNSPECIFIED'),
    revisionId: raw.revisionId || null,
    revisionCreateTime: timestampIso(raw.revisionCreateTime),
    definition: raw.definition || null,
  };
}
