'use client';

import Link from 'next/link';
import type { ReactNode } from 'react';
import { useInventory, useSubscription } from '@/lib/queries';
import { describeSubscription, formatBytes, formatDuration } from '@/lib/describe';
import { resourcePath, urls } from '@/lib/names';
import { nodeId } from '@/lib/topology/build-graph';
import { resourceKey, type DeadLetterIam, type IamVerdict, type Subscription } from '@/lib/schemas/inventory';
import { ErrorState } from '@/components/error-state';
import { FindingCounts } from '@/components/findings/finding-list';
import { FindingsSection } from '@/components/findings/findings-section';
import { Section } from '@/components/ui/section';
import { PageHeader } from '@/components/ui/page-header';
import { Breadcrumb } from '@/components/ui/breadcrumb';
import { Badge } from '@/components/ui/badge';
import { Callout } from '@/components/ui/callout';
import { EmptyState } from '@/components/ui/empty-state';
import { Freshness } from '@/components/ui/freshness';
import { KeyValueTable, Mono, Unset, type KeyValueRow } from '@/components/ui/key-value-table';
import { Labels } from '@/components/resource/labels';
import { SnapshotTable } from '@/components/resource/snapshot-table';
import { SubscriptionTable, TypeBadge } from '@/components/resource/subscription-table';
import { ResourceSkeleton } from '@/components/resource/resource-skeleton';
import { ResourceSummary } from '@/components/resource/resource-summary';
import { ServiceLink, TopicLink } from '@/components/resource-link';

export function SubscriptionView({ project, name }: { project: string; name: string }) {
  const ref = { project, name };
  const { data, error, isPending, refetch, dataUpdatedAt, isFetching, isError } = useSubscription(ref);
  // Does this subscription read a dead-letter topic (a dead-letter inbox)? The inventory knows who dead-letters
  // where; the mini graph loads it anyway. Such a subscription needs no dead-letter topic of its own.
  const { data: inv } = useInventory();

  if (isPending) return <ResourceSkeleton label={`Loading subscription ${name}…`} />;
  if (!data) return <ErrorState error={error} retry={() => void refetch()} subject={{ kind: 'subscription', project, name }} />;

  const { subscription: sub, topic, siblings, deadLetterTopic, deadLetterSubscriptions, deadLetterIam, snapshots, findings } = data;
  const dl = sub.deadLetter;
  const topicKey = sub.topic && !sub.topicDeleted ? resourceKey(sub.topic) : null;
  const readsDeadLetters =
    !!topicKey && !!inv?.inventory.subscriptions.some((s) => s.deadLetter && resourceKey(s.deadLetter.topic) === topicKey);
  const dropsDeadLetters = !!dl && deadLetterSubscriptions.length === 0;

  return (
    <div className="mx-auto w-full max-w-7xl px-6 py-6">
      <PageHeader
        eyebrow={
          <Breadcrumb trail={[project, 'subscriptions']} />
        }
        title={<span className="font-mono">{sub.name}</span>}
        badges={
          <>
            <Badge tone="neutral">subscription</Badge>
            <TypeBadge type={sub.type} />
            {sub.detached && <Badge tone="red">detached</Badge>}
            {sub.topicDeleted && <Badge tone="red">topic deleted</Badge>}
            <FindingCounts findings={findings} />
          </>
        }
        meta={
          <>
            <span className="flex items-center gap-1">
              topic{' '}
              {sub.topic && !sub.topicDeleted ? (
                <TopicLink topic={sub.topic} fromProject={project} />
              ) : (
                <span className="italic">deleted</span>
              )}
            </span>
            {dl && (
              <span className="flex items-center gap-1">
                dead letters → <TopicLink topic={dl.topic} fromProject={project} /> after {dl.maxDeliveryAttempts} attempts
              </span>
            )}
            <Freshness updatedAt={dataUpdatedAt} fetching={isFetching} failed={isError} />
          </>
        }
        actions={
          <Link
            href={urls.topology(sub.name)}
            className="rounded-md border border-slate-300 bg-white px-2.5 py-1 text-xs font-medium text-slate-700 hover:bg-slate-50"
          >
            Show in topology
          </Link>
        }
      />

      {sub.topicDeleted && (
        <div className="mb-4">
          <Callout tone="red" title="Its topic was deleted: this subscription will never receive another message">
            Messages already in its backlog can still be pulled until they expire. Delete the subscription once it is drained, or
            recreate the topic and a new subscription.
          </Callout>
        </div>
      )}

      <ResourceSummary lines={describeSubscription(sub)} nodeId={nodeId.subscription(sub)} name={sub.name} label={`Resources around subscription ${sub.name}`} />

      <FindingsSection findings={findings} empty={{ title: 'No findings for this subscription', body: 'Delivery, retry and dead-letter settings pass every lint rule.' }} />

      <div className="mt-4 grid gap-4 lg:grid-cols-2">
        <Section id="dead-letters" title="Dead letters" description="Where messages go after the last delivery attempt.">
          {!dl && readsDeadLetters ? (
            <Callout title="Reads a dead-letter topic">
              This subscription holds the dead letters of other subscriptions, so it needs no dead-letter topic of its own (one
              would only pass failed dead letters on again).
            </Callout>
          ) : !dl ? (
            <Callout tone="amber" title="No dead-letter topic">
              A message that always fails is redelivered until it expires
              {sub.messageRetentionSeconds ? ` (${formatDuration(sub.messageRetentionSeconds)})` : ''}, and keeps failing in the meantime.
            </Callout>
          ) : (
            <div className="space-y-3">
              <p className="text-sm text-slate-700">
                After <strong>{dl.maxDeliveryAttempts}</strong> delivery attempts a message is published to{' '}
                <TopicLink topic={dl.topic} fromProject={project} />
                {!deadLetterTopic && <Badge tone="red" className="ml-1">topic not found</Badge>}.
              </p>
              {dropsDeadLetters ? (
                <Callout tone="red" title="No subscription — dead letters are DROPPED">
                  Nothing subscribes to <Mono>{dl.topic.name}</Mono>, so Pub/Sub discards every message dead-lettered here. Create a
                  subscription on it to keep them.
                </Callout>
              ) : (
                <div>
                  <p className="mb-1 text-xs font-medium text-slate-500">Dead letters are read by</p>
                  <div className="-mx-4">
                    <SubscriptionTable
                      subscriptions={deadLetterSubscriptions}
                      fromProject={project}
                      ofDeadLetterTopic
                      label={`Subscriptions of dead-letter topic ${dl.topic.name}`}
                    />
                  </div>
                </div>
              )}
              {deadLetterIam && <IamVerdicts iam={deadLetterIam} />}
            </div>
          )}
        </Section>

        <Section
          id="siblings"
          bodyClassName=""
          title="Other subscriptions of the topic"
          count={siblings.length}
          description="They receive the same messages: a republish to the topic reaches all of them."
        >
          {topic === null && !sub.topicDeleted && sub.topic ? (
            <EmptyState title="Topic not inventoried">
              {`${sub.topic.project}/${sub.topic.name} lives in a project Pubscope does not list. Add it to PUBSUB_PROJECTS to see its other subscriptions.`}
            </EmptyState>
          ) : siblings.length ? (
            <SubscriptionTable subscriptions={siblings} fromProject={project} ofDeadLetterTopic={readsDeadLetters} label={`Other subscriptions of ${sub.topic?.name ?? 'the topic'}`} />
          ) : (
            <EmptyState title="This is the topic's only subscription">Messages published to the topic reach only this subscription.</EmptyState>
          )}
        </Section>
      </div>

      <Section id="configuration" title="Configuration" className="mt-4">
        <KeyValueTable caption="Subscription configuration" rows={configRows(sub)} />
      </Section>

      <Section
        id="snapshots"
        className="mt-4"
        bodyClassName=""
        title="Snapshots of the topic"
        count={snapshots.length}
      >
        <SnapshotTable snapshots={snapshots} topicName={sub.topic?.name ?? null} />
      </Section>
    </div>
  );
}

const VERDICT: Record<IamVerdict, { text: string; cls: string }> = {
  ok: { text: 'granted', cls: 'text-emerald-700' },
  missing: { text: 'MISSING', cls: 'font-semibold text-red-700' },
  unknown: { text: 'could not be checked', cls: 'text-slate-500' },
};

function IamVerdicts({ iam }: { iam: DeadLetterIam }) {
  return (
    <div className="rounded-md border border-slate-200 bg-slate-50 px-3 py-2 text-xs">
      <p className="mb-1 font-medium text-slate-600">Pub/Sub service agent permissions</p>
      <ul className="space-y-0.5">
        <li>
          Publisher on the dead-letter topic: <span className={VERDICT[iam.publisherOnDeadLetterTopic].cls}>{VERDICT[iam.publisherOnDeadLetterTopic].text}</span>
        </li>
        <li>
          Subscriber on this subscription: <span className={VERDICT[iam.subscriberOnSource].cls}>{VERDICT[iam.subscriberOnSource].text}</span>
        </li>
      </ul>
      {iam.reason && <p className="mt-1 text-slate-500">{iam.reason}</p>}
    </div>
  );
}

const yesNo = (b: boolean, yes: ReactNode = 'yes', no: ReactNode = <Unset>no</Unset>) => (b ? yes : no);

function configRows(sub: Subscription): KeyValueRow[] {
  const rows: KeyValueRow[] = [
    { label: 'Full name', value: <Mono>{resourcePath(sub, 'subscriptions')}</Mono> },
    {
      label: 'Topic',
      value: sub.topic && !sub.topicDeleted ? <Mono>{resourcePath(sub.topic, 'topics')}</Mono> : <span className="text-red-700">_deleted-topic_</span>,
    },
    { label: 'Type', value: <TypeBadge type={sub.type} /> },
  ];
  if (sub.push) {
    rows.push(
      { label: 'Push endpoint', value: <Mono>{sub.push.endpoint}</Mono> },
      { label: 'Receiving service', value: <ServiceLink host={sub.push.host} /> },
      {
        label: 'Push authentication',
        value: sub.push.oidc ? (
          <span>
            OIDC token as <Mono>{sub.push.oidc.serviceAccountEmail}</Mono>
            {sub.push.oidc.audience && (
              <>
                , audience <Mono>{sub.push.oidc.audience}</Mono>
              </>
            )}
          </span>
        ) : (
          <Unset>none</Unset>
        ),
      },
      {
        label: 'Payload unwrapping',
        value: sub.push.noWrapper ? (sub.push.noWrapper.writeMetadata ? 'raw body, attributes as headers' : 'raw body, no attributes') : <Unset>wrapped (JSON envelope)</Unset>,
      },
      { label: 'Push attributes', value: <Labels labels={sub.push.attributes} /> },
    );
  }
  if (sub.bigquery) {
    const bq = sub.bigquery;
    rows.push(
      { label: 'BigQuery table', value: <Mono>{bq.table}</Mono> },
      { label: 'Schema source', value: bq.useTopicSchema ? 'topic schema' : bq.useTableSchema ? 'table schema' : 'raw data column' },
      { label: 'Write metadata', value: yesNo(bq.writeMetadata) },
      { label: 'Drop unknown fields', value: yesNo(bq.dropUnknownFields) },
      { label: 'Service account', value: bq.serviceAccountEmail ? <Mono>{bq.serviceAccountEmail}</Mono> : <Unset>Pub/Sub service agent</Unset> },
    );
  }
  if (sub.cloudStorage) {
    const cs = sub.cloudStorage;
    rows.push(
      { label: 'Cloud Storage bucket', value: <Mono>gs://{cs.bucket}</Mono> },
      { label: 'File names', value: <Mono>{`${cs.filenamePrefix ?? ''}<datetime>${cs.filenameSuffix ?? ''}`}</Mono> },
      { label: 'Format', value: cs.format },
      { label: 'Max file duration', value: cs.maxDurationSeconds ? formatDuration(cs.maxDurationSeconds) : <Unset>default (5 min)</Unset> },
      { label: 'Max file size', value: cs.maxBytes ? formatBytes(cs.maxBytes) : <Unset>default (1 GB)</Unset> },
      { label: 'Service account', value: cs.serviceAccountEmail ? <Mono>{cs.serviceAccountEmail}</Mono> : <Unset>Pub/Sub service agent</Unset> },
    );
  }
  rows.push(
    { label: 'Ack deadline', value: formatDuration(sub.ackDeadlineSeconds) },
    {
      label: 'Retry policy',
      value: sub.retryPolicy ? (
        `exponential backoff ${formatDuration(sub.retryPolicy.minimumBackoffSeconds)} → ${formatDuration(sub.retryPolicy.maximumBackoffSeconds)}`
      ) : (
        <Unset>none (redelivers immediately)</Unset>
      ),
    },
    {
      label: 'Dead-letter policy',
      value: sub.deadLetter ? (
        <span>
          <Mono>{resourcePath(sub.deadLetter.topic, 'topics')}</Mono> after {sub.deadLetter.maxDeliveryAttempts} attempts
        </span>
      ) : (
        <Unset>none</Unset>
      ),
    },
    { label: 'Message retention', value: sub.messageRetentionSeconds ? formatDuration(sub.messageRetentionSeconds) : <Unset>default (7 days)</Unset> },
    { label: 'Retain acked messages', value: yesNo(sub.retainAckedMessages) },
    { label: 'Filter', value: sub.filter ? <Mono>{sub.filter}</Mono> : <Unset>none (every message)</Unset> },
    { label: 'Message ordering', value: yesNo(sub.enableMessageOrdering, 'enabled', <Unset>disabled</Unset>) },
    { label: 'Exactly-once delivery', value: yesNo(sub.enableExactlyOnceDelivery, 'enabled', <Unset>disabled</Unset>) },
    { label: 'Expiration', value: sub.expirationTtlSeconds ? `after ${formatDuration(sub.expirationTtlSeconds)} of inactivity` : <Unset>never expires</Unset> },
    { label: 'State', value: <Mono>{sub.state || 'unspecified'}</Mono> },
    { label: 'Detached', value: yesNo(sub.detached, <span className="text-red-700">yes</span>) },
    { label: 'Labels', value: <Labels labels={sub.labels} /> },
  );
  return rows;
}
