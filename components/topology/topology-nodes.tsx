'use client';
// Node cards for the topology graph. Memoized, fixed size (the size elk laid out), and plain text only:
// resource names come from Pub/Sub and are untrusted.
import { memo, type MouseEvent, type ReactNode } from 'react';
import Link from 'next/link';
import { Handle, Position, useStore, type Node, type NodeProps, type ReactFlowState } from '@xyflow/react';
import type {
  DeletedTopicNodeData,
  FindingSummary,
  ServiceNodeData,
  SubscriptionNodeData,
  TopicNodeData,
} from '@/lib/topology/build-graph';
import { formatDuration } from '@/lib/describe';
import { SEVERITY_STYLE } from '@/components/ui/severity-badge';

/** Extra flags the canvas adds to every node's data. `focused`: the resource page's own node (mini graph). */
export type Highlight = { matched?: boolean; dimmed?: boolean; focused?: boolean };

const ringOf = (h: Highlight) =>
  h.focused ? 'ring-4 ring-indigo-500 ring-offset-2' : h.matched ? 'ring-2 ring-indigo-500 ring-offset-1' : '';

export type TopicFlowNode = Node<TopicNodeData & Highlight, 'topic'>;
export type SubscriptionFlowNode = Node<SubscriptionNodeData & Highlight, 'subscription'>;
export type ServiceFlowNode = Node<ServiceNodeData & Highlight, 'service'>;
export type DeletedTopicFlowNode = Node<DeletedTopicNodeData & Highlight, 'deletedTopic'>;
export type TopologyFlowNode = TopicFlowNode | SubscriptionFlowNode | ServiceFlowNode | DeletedTopicFlowNode;

// Below this zoom the cards are too small to read: draw a simple block with the name only.
const zoomedOut = (s: ReactFlowState) => s.transform[2] < 0.45;

const handleCls = '!h-1.5 !w-1.5 !min-h-0 !min-w-0 !border-0 !bg-slate-400';

function Handles() {
  return (
    <>
      <Handle type="target" position={Position.Left} className={handleCls} isConnectable={false} />
      <Handle type="source" position={Position.Right} className={handleCls} isConnectable={false} />
    </>
  );
}

// The name is a real link (keyboard and screen-reader users, e2e tests); clicking elsewhere on the card
// navigates through the canvas' onNodeClick. Stop the link's click from reaching the canvas too.
const stop = (e: MouseEvent) => e.stopPropagation();

function NameLink({ href, children, className = '' }: { href: string; children: string; className?: string }) {
  return (
    <Link href={href} prefetch={false} onClick={stop} title={children} className={`block truncate font-mono text-[12.5px] font-medium text-slate-900 hover:text-indigo-700 hover:underline ${className}`}>
      {children}
    </Link>
  );
}

const SEVERITIES = ['critical', 'warning', 'info'] as const;

/** "1 warning finding, 3 info findings": every severity present, worst first. */
export function describeFindings(findings: FindingSummary): string {
  return SEVERITIES.filter((sev) => findings.bySeverity[sev] > 0)
    .map((sev) => `${findings.bySeverity[sev]} ${sev} finding${findings.bySeverity[sev] === 1 ? '' : 's'}`)
    .join(', ');
}

// The badge counts the worst severity only ("▲ 1" for 1 warning + 3 info), and a "+3" for the rest;
// its title and screen-reader text spell out every severity.
function LintBadge({ findings }: { findings: FindingSummary | null }) {
  if (!findings) return null;
  const s = SEVERITY_STYLE[findings.worst];
  const worstCount = findings.bySeverity[findings.worst];
  const rest = findings.count - worstCount;
  const text = describeFindings(findings);
  return (
    <span
      title={text}
      className={`ml-auto inline-flex shrink-0 items-center gap-1 rounded px-1 text-[10px] font-semibold leading-4 ring-1 ring-inset ${s.badge}`}
    >
      <span aria-hidden="true">{findings.worst === 'critical' ? '!' : findings.worst === 'warning' ? '▲' : 'i'}</span>
      <span aria-hidden="true" className="font-mono">
        {worstCount}
        {rest > 0 && <span className="font-normal opacity-75">+{rest}</span>}
      </span>
      <span className="sr-only">{text}</span>
    </span>
  );
}

function Kind({ children, className = '' }: { children: ReactNode; className?: string }) {
  return <span className={`shrink-0 text-[9.5px] font-semibold uppercase tracking-wider ${className}`}>{children}</span>;
}

function Shell({
  data,
  className,
  width,
  height,
  children,
}: {
  data: Highlight;
  className: string;
  width: number;
  height: number;
  children: ReactNode;
}) {
  return (
    <div
      style={{ width, height }}
      className={`relative flex cursor-pointer flex-col justify-center overflow-hidden rounded-md border bg-white px-2.5 py-1.5 shadow-xs transition-opacity hover:shadow-md ${className} ${ringOf(
        data,
      )} ${data.dimmed ? 'opacity-60' : ''}`}
    >
      <Handles />
      {children}
    </div>
  );
}

/** Font size (px) that fits `label` on one line of a compact card: 22 px, smaller for long names, at least 14. */
function compactFontSize(label: string, width: number) {
  const fits = (width - 30) / (0.61 * Math.max(label.length, 1)); // monospace: ~0.6 em per character
  return Math.max(14, Math.min(22, Math.floor(fits)));
}

/** Zoomed-out card: the name only, big enough to read at a glance; still a link. */
function Compact({
  label,
  href,
  width,
  height,
  className,
  data,
}: {
  label: string;
  href: string | null;
  width: number;
  height: number;
  className: string;
  data: Highlight;
}) {
  const style = { fontSize: compactFontSize(label, width) };
  return (
    <div
      style={{ width, height }}
      className={`flex items-center overflow-hidden rounded-md border-2 px-3 ${className} ${ringOf(data)} ${data.dimmed ? 'opacity-60' : ''}`}
    >
      <Handles />
      {href ? (
        <Link href={href} prefetch={false} onClick={stop} title={label} style={style} className="truncate font-mono font-semibold hover:underline">
          {label}
        </Link>
      ) : (
        <span style={style} className="truncate font-mono font-semibold">
          {label}
        </span>
      )}
    </div>
  );
}

export const TopicNode = memo(function TopicNode({ data, width = 248, height = 72 }: NodeProps<TopicFlowNode>) {
  const far = useStore(zoomedOut);
  const dlq = data.isDeadLetterTopic;
  const tone = data.dropsDeadLetters
    ? 'border-red-400 bg-red-50'
    : dlq
      ? 'border-amber-300 bg-amber-50/60'
      : data.missing
        ? 'border-dashed border-slate-300 bg-slate-50'
        : 'border-slate-200 border-l-4 border-l-indigo-500';
  if (far)
    return (
      <Compact
        label={data.name}
        href={data.href}
        width={width}
        height={height}
        data={data}
        className={data.dropsDeadLetters ? 'border-red-500 bg-red-100 text-red-900' : dlq ? 'border-amber-400 bg-amber-100 text-amber-900' : 'border-indigo-400 bg-indigo-50 text-indigo-950'}
      />
    );
  const facts: string[] = [];
  if (data.missing) facts.push('not inventoried');
  else facts.push(data.retentionSeconds ? `retains ${formatDuration(data.retentionSeconds)}` : 'no retention');
  if (!data.dropsDeadLetters) facts.push(`${data.subscriptionCount} sub${data.subscriptionCount === 1 ? '' : 's'}`);
  if (data.hasSchema) facts.push('schema');
  return (
    <Shell data={data} className={tone} width={width} height={height}>
      <div className="flex items-center gap-1.5">
        <Kind className={dlq ? 'text-amber-700' : 'text-indigo-600'}>{dlq ? 'Dead-letter topic' : 'Topic'}</Kind>
        {data.projectLabel && <span className="truncate text-[10px] text-slate-500">{data.projectLabel}</span>}
        <LintBadge findings={data.findings} />
      </div>
      <NameLink href={data.href}>{data.name}</NameLink>
      {data.dropsDeadLetters ? (
        <p className="truncate text-[10.5px] font-semibold text-red-700" title="No subscription: Pub/Sub drops every dead letter sent here">
          No subscription: dead letters DROPPED
        </p>
      ) : (
        <p className="truncate text-[10.5px] text-slate-500">{facts.join(' · ')}</p>
      )}
    </Shell>
  );
});

const TYPE_LABEL: Record<SubscriptionNodeData['type'], string> = { pull: 'Pull', push: 'Push', bigquery: 'BigQuery', cloudStorage: 'Cloud Storage' };
const TYPE_TONE: Record<SubscriptionNodeData['type'], string> = {
  pull: 'bg-slate-100 text-slate-700',
  push: 'bg-teal-50 text-teal-800',
  bigquery: 'bg-sky-50 text-sky-800',
  cloudStorage: 'bg-emerald-50 text-emerald-800',
};

export const SubscriptionNode = memo(function SubscriptionNode({ data, width = 252, height = 84 }: NodeProps<SubscriptionFlowNode>) {
  const far = useStore(zoomedOut);
  if (far) return <Compact label={data.name} href={data.href} width={width} height={height} data={data} className="border-slate-400 bg-white text-slate-900" />;
  const where = data.endpointHost ? `→ ${data.endpointHost}` : data.sink ? `→ ${data.sink}` : 'clients pull';
  const facts: string[] = [];
  // A dead-letter inbox needs no dead-letter topic of its own (lint exempts it): say what it is, neutrally.
  const missingDeadLetter = !data.maxDeliveryAttempts && !data.readsDeadLetters;
  facts.push(data.maxDeliveryAttempts ? `max ${data.maxDeliveryAttempts} attempts` : data.readsDeadLetters ? 'reads dead letters' : 'no dead-letter topic');
  if (data.hasFilter) facts.push('filter');
  if (data.ordering) facts.push('ordered');
  if (data.exactlyOnce) facts.push('exactly-once');
  if (data.detached) facts.push('DETACHED');
  return (
    <Shell data={data} className="border-slate-300" width={width} height={height}>
      <div className="flex items-center gap-1.5">
        <span className={`rounded px-1 text-[9.5px] font-semibold uppercase leading-4 tracking-wide ${TYPE_TONE[data.type]}`}>{TYPE_LABEL[data.type]}</span>
        {data.projectLabel ? (
          <span className="truncate text-[10px] text-slate-500">{data.projectLabel}</span>
        ) : (
          <Kind className="text-slate-400">Subscription</Kind>
        )}
        <LintBadge findings={data.findings} />
      </div>
      <NameLink href={data.href}>{data.name}</NameLink>
      <p className="truncate font-mono text-[10.5px] text-slate-600" title={where}>
        {where}
      </p>
      <p className={`truncate text-[10.5px] ${missingDeadLetter ? 'text-amber-700' : 'text-slate-500'}`}>{facts.join(' · ')}</p>
    </Shell>
  );
});

export const ServiceNode = memo(function ServiceNode({ data, width = 220, height = 56 }: NodeProps<ServiceFlowNode>) {
  const far = useStore(zoomedOut);
  if (far) return <Compact label={data.name ?? data.host} href={data.href} width={width} height={height} data={data} className="border-teal-500 bg-teal-50 text-teal-950" />;
  return (
    <Shell data={data} className="border-teal-300 bg-teal-50/50" width={width} height={height}>
      <div className="flex items-center gap-1.5">
        <Kind className="text-teal-700">Service (push endpoint)</Kind>
      </div>
      <NameLink href={data.href}>{data.name ?? data.host}</NameLink>
      <p className="truncate text-[10.5px] text-slate-500" title={data.host}>
        {data.name ? `${data.host} · ` : ''}
        {data.subscriptionCount} subscription{data.subscriptionCount === 1 ? '' : 's'} push here
      </p>
    </Shell>
  );
});

export const DeletedTopicNode = memo(function DeletedTopicNode({ data, width = 248, height = 64 }: NodeProps<DeletedTopicFlowNode>) {
  const far = useStore(zoomedOut);
  if (far) return <Compact label="deleted topic" href={null} width={width} height={height} data={data} className="border-dashed border-slate-400 bg-slate-100 text-slate-500" />;
  return (
    <Shell data={data} className="cursor-default border-dashed border-slate-400 bg-slate-100" width={width} height={height}>
      <div className="flex items-center gap-1.5">
        <Kind className="text-slate-500">Deleted topic</Kind>
        {data.projectLabel && <span className="truncate text-[10px] text-slate-500">{data.projectLabel}</span>}
      </div>
      <p className="text-[12px] font-medium italic text-slate-600">_deleted-topic_</p>
      <p className="truncate text-[10.5px] text-slate-500">
        {data.subscriptionCount} orphaned subscription{data.subscriptionCount === 1 ? '' : 's'}: nothing arrives
      </p>
    </Shell>
  );
});

export const nodeTypes = {
  topic: TopicNode,
  subscription: SubscriptionNode,
  service: ServiceNode,
  deletedTopic: DeletedTopicNode,
};
