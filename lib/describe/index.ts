// Configuration in plain words, for the topic and subscription pages. Pure functions of the
// inventory model: one short sentence per setting, in the order an on-call engineer asks about
// them (is it alive? where do messages go? what happens when they fail? can I replay?).
import type { Subscription, Topic } from '../schemas/inventory';
import { DEFAULT_SUBSCRIPTION_RETENTION_SECONDS, displayRef, formatBytes, formatDuration } from './format';

export {
  DEFAULT_EXPIRATION_TTL_SECONDS,
  DEFAULT_SUBSCRIPTION_RETENTION_SECONDS,
  displayRef,
  formatBytes,
  formatDuration,
  gcloudDuration,
} from './format';

export function describeSubscription(sub: Subscription): string[] {
  return [
    ...describeLiveness(sub),
    describeDelivery(sub),
    ...(sub.filter ? [`Filter: ${sub.filter}`] : []),
    `Ack deadline ${formatDuration(sub.ackDeadlineSeconds)}`,
    describeRetry(sub),
    describeDeadLetter(sub),
    ...(sub.enableMessageOrdering ? ['Ordered delivery (per ordering key)'] : []),
    ...(sub.enableExactlyOnceDelivery ? ['Exactly-once delivery'] : []),
    describeSubscriptionRetention(sub),
    describeExpiration(sub),
  ];
}

export function describeTopic(topic: Topic): string[] {
  return [describeTopicRetention(topic), describeSchema(topic), describeEncryption(topic)];
}

// ── subscription parts ────────────────────────────────────────────────────────────────────────

/** Only says something when the subscription cannot work normally: that outranks every setting. */
function describeLiveness(sub: Subscription): string[] {
  const lines: string[] = [];
  if (sub.topicDeleted) lines.push('Its topic was deleted: no new messages will arrive');
  else if (sub.detached) lines.push('Detached from its topic: no messages will arrive');
  if (sub.state === 'RESOURCE_ERROR') {
    lines.push('Pub/Sub cannot write to the destination (RESOURCE_ERROR): messages are piling up');
  }
  return lines;
}

function describeDelivery(sub: Subscription): string {
  switch (sub.type) {
    case 'push':
      return sub.push ? describePush(sub.push) : 'Push (no endpoint configured)';
    case 'bigquery':
      return sub.bigquery ? describeBigQuery(sub.bigquery) : 'Writes to BigQuery';
    case 'cloudStorage':
      return sub.cloudStorage ? describeCloudStorage(sub.cloudStorage) : 'Writes to Cloud Storage';
    case 'pull':
      return 'Pull: subscriber clients fetch and acknowledge messages';
  }
}

function describePush(push: NonNullable<Subscription['push']>): string {
  const details: string[] = [];
  if (push.oidc) {
    // The audience only matters to the receiver when it differs from the URL (the default audience).
    const audience = push.oidc.audience && push.oidc.audience !== push.endpoint ? `, audience ${push.oidc.audience}` : '';
    details.push(`authenticated as ${push.oidc.serviceAccountEmail} via OIDC${audience}`);
  } else {
    details.push('no authentication');
  }
  if (push.noWrapper) {
    details.push(
      push.noWrapper.writeMetadata
        ? 'raw message data as the body, attributes as HTTP headers'
        : 'raw message data as the body, without attributes',
    );
  }
  return `Push to ${push.endpoint} (${details.join('; ')})`;
}

function describeBigQuery(bq: NonNullable<Subscription['bigquery']>): string {
  const how = bq.useTopicSchema
    ? 'using the topic schema'
    : bq.useTableSchema
      ? 'using the table schema'
      : 'as raw data in the data column';
  const extras = [
    bq.dropUnknownFields ? 'dropping fields the table lacks' : null,
    bq.writeMetadata ? 'with message metadata columns' : null,
    bq.serviceAccountEmail ? `as ${bq.serviceAccountEmail}` : null,
  ].filter((x): x is string => x !== null);
  return [`Writes to BigQuery table ${bq.table} ${how}`, ...extras].join(', ');
}

function describeCloudStorage(gcs: NonNullable<Subscription['cloudStorage']>): string {
  const format = gcs.format === 'avro' ? 'Avro' : 'text';
  // "…" stands for the part Pub/Sub generates (date and a unique suffix).
  const path = `gs://${gcs.bucket}/${gcs.filenamePrefix ?? ''}…${gcs.filenameSuffix ?? ''}`;
  const limits = [
    gcs.maxDurationSeconds != null ? formatDuration(gcs.maxDurationSeconds) : null,
    gcs.maxBytes != null ? formatBytes(gcs.maxBytes) : null,
  ].filter((x): x is string => x !== null);
  const rollover = limits.length > 0 ? `, a new file every ${limits.join(' or ')}` : '';
  const account = gcs.serviceAccountEmail ? `, as ${gcs.serviceAccountEmail}` : '';
  return `Writes ${format} files to Cloud Storage ${path}${rollover}${account}`;
}

function describeRetry(sub: Subscription): string {
  if (!sub.retryPolicy) return 'No retry policy: failed messages are redelivered immediately';
  const { minimumBackoffSeconds: min, maximumBackoffSeconds: max } = sub.retryPolicy;
  return `Retried with exponential backoff ${formatDuration(min)} → ${formatDuration(max)}`;
}

function describeDeadLetter(sub: Subscription): string {
  if (sub.deadLetter) {
    const target = displayRef(sub.deadLetter.topic, sub.project);
    return `Dead-lettered to ${target} after ${sub.deadLetter.maxDeliveryAttempts} delivery attempts`;
  }
  const retention = formatDuration(sub.messageRetentionSeconds ?? DEFAULT_SUBSCRIPTION_RETENTION_SECONDS);
  return `No dead-letter topic: failing messages are retried until they expire after ${retention}`;
}

function describeSubscriptionRetention(sub: Subscription): string {
  const seconds = sub.messageRetentionSeconds ?? DEFAULT_SUBSCRIPTION_RETENTION_SECONDS;
  const byDefault = sub.messageRetentionSeconds == null ? ' (the default)' : '';
  return sub.retainAckedMessages
    ? `Keeps acked messages for ${formatDuration(seconds)}${byDefault} (replay possible)`
    : `Keeps unacked messages for ${formatDuration(seconds)}${byDefault}; acked messages are discarded`;
}

function describeExpiration(sub: Subscription): string {
  return sub.expirationTtlSeconds == null
    ? 'Never expires'
    : `Deleted after ${formatDuration(sub.expirationTtlSeconds)} without activity`;
}

// ── topic parts ───────────────────────────────────────────────────────────────────────────────

function describeTopicRetention(topic: Topic): string {
  return topic.messageRetentionSeconds == null
    ? 'Keeps no messages itself: replay depends on each subscription retaining acked messages'
    : `Keeps every message for ${formatDuration(topic.messageRetentionSeconds)} (replay possible on every subscription)`;
}

function describeSchema(topic: Topic): string {
  const settings = topic.schemaSettings;
  if (!settings) return 'No schema: any payload is accepted';
  if (settings.schemaDeleted) return 'Its schema was deleted: every publish to this topic fails';
  if (!settings.schema) return 'Schema settings without a schema';
  const encoding = describeEncoding(settings.encoding);
  const revisions = describeRevisionRange(settings.firstRevisionId, settings.lastRevisionId);
  return `Messages must match schema ${displayRef(settings.schema, topic.project)}${encoding}${revisions}`;
}

function describeEncoding(encoding: string): string {
  const upper = encoding.toUpperCase();
  if (upper === 'JSON') return ' (JSON encoding)';
  if (upper === 'BINARY') return ' (binary encoding)';
  return '';
}

function describeRevisionRange(first: string | null, last: string | null): string {
  if (first && last) return first === last ? `, revision ${first} only` : `, revisions ${first} to ${last}`;
  if (first) return `, revision ${first} onwards`;
  if (last) return `, revisions up to ${last}`;
  return '';
}

const KMS_KEY_RE = /^projects\/([^/]+)\/locations\/([^/]+)\/keyRings\/([^/]+)\/cryptoKeys\/([^/]+)$/;

function describeEncryption(topic: Topic): string {
  if (!topic.kmsKeyName) return 'Encrypted with a Google-managed key';
  const m = KMS_KEY_RE.exec(topic.kmsKeyName);
  if (!m) return `Encrypted with customer-managed key ${topic.kmsKeyName}`;
  const [, project, location, ring, key] = m;
  const owner = project === topic.project ? '' : `, project ${project}`;
  return `Encrypted with customer-managed key ${key} (key ring ${ring}, ${location}${owner})`;
}
