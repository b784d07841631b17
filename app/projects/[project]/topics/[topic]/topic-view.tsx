'use client';

import Link from 'next/link';
import { useTopic } from '@/lib/queries';
import { describeTopic, formatDuration } from '@/lib/describe';
import { resourcePath, urls } from '@/lib/names';
import { nodeId } from '@/lib/topology/build-graph';
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
import { CodeBlock } from '@/components/ui/code-block';
import { KeyValueTable, Mono, Unset } from '@/components/ui/key-value-table';
import { Labels } from '@/components/resource/labels';
import { SnapshotTable } from '@/components/resource/snapshot-table';
import { SubscriptionTable } from '@/components/resource/subscription-table';
import { ResourceSkeleton } from '@/components/resource/resource-skeleton';
import { ResourceSummary } from '@/components/resource/resource-summary';

export function TopicView({ project, name }: { project: string; name: string }) {
  const ref = { project, name };
  const { data, error, isPending, refetch, dataUpdatedAt, isFetching, isError } = useTopic(ref);

  if (isPending) return <ResourceSkeleton label={`Loading topic ${name}…`} />;
  if (!data) return <ErrorState error={error} retry={() => void refetch()} subject={{ kind: 'topic', project, name }} />;

  const { topic, subscriptions, deadLetterSources, snapshots, schema, findings } = data;
  const isDlq = deadLetterSources.length > 0;
  const drops = isDlq && subscriptions.length === 0;
  const s = topic.schemaSettings;

  return (
    <div className="mx-auto w-full max-w-7xl px-6 py-6">
      <PageHeader
        eyebrow={
          <Breadcrumb trail={[project, 'topics']} />
        }
        title={<span className="font-mono">{topic.name}</span>}
        badges={
          <>
            <Badge tone="indigo">topic</Badge>
            {isDlq && <Badge tone="amber">dead-letter topic</Badge>}
            <FindingCounts findings={findings} />
          </>
        }
        meta={
          <>
            <span>
              {subscriptions.length} subscription{subscriptions.length === 1 ? '' : 's'}
            </span>
            {isDlq && (
              <span>
                dead-letter topic of {deadLetterSources.length} subscription{deadLetterSources.length === 1 ? '' : 's'}
              </span>
            )}
            <Freshness updatedAt={dataUpdatedAt} fetching={isFetching} failed={isError} />
          </>
        }
        actions={
          <Link
            href={urls.topology(topic.name)}
            className="rounded-md border border-slate-300 bg-white px-2.5 py-1 text-xs font-medium text-slate-700 hover:bg-slate-50"
          >
            Show in topology
          </Link>
        }
      />

      {drops && (
        <div className="mb-4">
          <Callout tone="red" title="No subscription — dead letters are DROPPED">
            {deadLetterSources.length === 1 ? 'A subscription sends' : `${deadLetterSources.length} subscriptions send`} its failed
            messages here, but nothing subscribes to this topic, so Pub/Sub discards every dead letter. Create a subscription on it
            (see the fix under Findings) to keep them.
          </Callout>
        </div>
      )}

      <ResourceSummary lines={describeTopic(topic)} nodeId={nodeId.topic(topic)} name={topic.name} label={`Resources around topic ${topic.name}`} />

      <FindingsSection findings={findings} empty={{ title: 'No findings for this topic', body: 'Its retention, schema and dead-letter wiring pass every lint rule.' }} />

      <Section
        id="subscriptions"
        className="mt-4"
        bodyClassName=""
        title="Subscriptions"
        count={subscriptions.length}
        description="Every message published here is delivered to each of them."
      >
        {subscriptions.length ? (
          <SubscriptionTable subscriptions={subscriptions} fromProject={project} ofDeadLetterTopic={isDlq} label={`Subscriptions of ${topic.name}`} />
        ) : isDlq ? (
          <p className="px-4 py-4 text-sm font-medium text-red-700">No subscription — dead letters are DROPPED.</p>
        ) : (
          <EmptyState title="No subscriptions">
            Messages published to this topic are not delivered anywhere
            {topic.messageRetentionSeconds ? ' (they are retained and can be replayed by a new subscription)' : ''}. Create one with{' '}
            <code className="rounded bg-slate-100 px-1 font-mono text-xs">
              gcloud pubsub subscriptions create NAME --topic={topic.name} --project={topic.project}
            </code>
            .
          </EmptyState>
        )}
      </Section>

      {isDlq && (
        <Section
          id="dead-letter-sources"
          className="mt-4"
          bodyClassName=""
          title="Subscriptions that dead-letter into this topic"
          count={deadLetterSources.length}
          description="Their messages land here after the last delivery attempt."
        >
          <SubscriptionTable
            subscriptions={deadLetterSources}
            fromProject={project}
            show={{ topic: true }}
            label={`Subscriptions that dead-letter into ${topic.name}`}
          />
        </Section>
      )}

      <Section id="configuration" title="Configuration" className="mt-4">
        <KeyValueTable
          caption="Topic configuration"
          rows={[
            { label: 'Full name', value: <Mono>{resourcePath(topic, 'topics')}</Mono> },
            { label: 'Project', value: <Mono>{topic.project}</Mono> },
            {
              label: 'Message retention',
              value: topic.messageRetentionSeconds ? formatDuration(topic.messageRetentionSeconds) : <Unset>not set (no replay from the topic)</Unset>,
            },
            {
              label: 'Schema',
              value: s ? (
                s.schemaDeleted ? (
                  <span className="text-red-700">deleted schema (_deleted-schema_)</span>
                ) : s.schema ? (
                  <Mono>{resourcePath(s.schema, 'schemas')}</Mono>
                ) : (
                  <Unset />
                )
              ) : (
                <Unset>none</Unset>
              ),
            },
            ...(s
              ? [
                  { label: 'Schema encoding', value: <Mono>{s.encoding}</Mono> },
                  {
                    label: 'Schema revisions',
                    value: s.firstRevisionId || s.lastRevisionId ? <Mono>{`${s.firstRevisionId ?? 'first'} … ${s.lastRevisionId ?? 'latest'}`}</Mono> : <Unset>all</Unset>,
                  },
                ]
              : []),
            { label: 'KMS key', value: topic.kmsKeyName ? <Mono>{topic.kmsKeyName}</Mono> : <Unset>Google-managed encryption</Unset> },
            { label: 'Labels', value: <Labels labels={topic.labels} /> },
          ]}
        />
      </Section>

      <div className="mt-4 grid gap-4 lg:grid-cols-2">
        <Section
          id="snapshots"
          bodyClassName=""
          title="Snapshots"
          count={snapshots.length}
        >
          <SnapshotTable snapshots={snapshots} topicName={topic.name} />
        </Section>
        <Section id="schema" title="Schema" bodyClassName={schema ? 'p-4' : ''}>
          {schema ? (
            <div className="space-y-2">
              <p className="text-sm">
                <Mono>{schema.name}</Mono> <Badge>{schema.type}</Badge>
                {schema.revisionId && <span className="ml-2 text-xs text-slate-500">revision {schema.revisionId}</span>}
              </p>
              {schema.definition ? <CodeBlock code={prettySchema(schema.definition)} label="Copy schema definition" /> : <Unset>definition not readable</Unset>}
            </div>
          ) : (
            <EmptyState title={s?.schemaDeleted ? 'The schema was deleted' : 'No schema'}>
              {s?.schemaDeleted
                ? 'This topic still points at a deleted schema: publishing may fail.'
                : 'Publishers can send any payload. Attach a schema to validate messages on publish.'}
            </EmptyState>
          )}
        </Section>
      </div>
    </div>
  );
}

/** AVRO definitions are JSON: indent them so fields read one per line. Anything else is shown as it is. */
function prettySchema(definition: string): string {
  try {
    return JSON.stringify(JSON.parse(definition), null, 2);
  } catch {
    return definition;
  }
}
