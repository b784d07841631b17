// Inventory + lint findings → a plain graph (nodes with ids and sizes, edges with kinds).
// Pure and framework-free: the topology page lays it out with elk and renders it with React Flow,
// later metrics can decorate the same nodes (health colours) without touching this shape.
import type { Finding, Severity } from '@/lib/schemas/lint';
import { SEVERITY_ORDER } from '@/lib/schemas/lint';
import {
  resourceKey,
  type Inventory,
  type ResourceRef,
  type Subscription,
  type SubscriptionType,
  type Topic,
} from '@/lib/schemas/inventory';
import { serviceNameOf } from './service-name';
import { urls } from '@/lib/names';

/** Findings on one node: the worst severity, the total, and how many of each severity. */
export type FindingSummary = { worst: Severity; count: number; bySeverity: Record<Severity, number> };

export type TopicNodeData = {
  kind: 'topic';
  project: string;
  name: string;
  /** Only set when the project differs from the default one (the first configured project). */
  projectLabel: string | null;
  retentionSeconds: number | null;
  hasSchema: boolean;
  subscriptionCount: number;
  /** Some subscription's dead-letter policy points here. */
  isDeadLetterTopic: boolean;
  /** Dead-letter topic without any subscription: Pub/Sub drops what lands here. */
  dropsDeadLetters: boolean;
  /** Referenced (as topic or dead-letter topic) but not in the inventory: another project, or deleted. */
  missing: boolean;
  findings: FindingSummary | null;
  href: string;
};

export type SubscriptionNodeData = {
  kind: 'subscription';
  project: string;
  name: string;
  projectLabel: string | null;
  type: SubscriptionType;
  maxDeliveryAttempts: number | null;
  /** Reads a dead-letter topic (a dead-letter inbox): needs no dead-letter policy of its own (lint exempts it too). */
  readsDeadLetters: boolean;
  endpointHost: string | null;
  /** BigQuery table or Cloud Storage bucket for export subscriptions. */
  sink: string | null;
  hasFilter: boolean;
  ordering: boolean;
  exactlyOnce: boolean;
  detached: boolean;
  findings: FindingSummary | null;
  href: string;
};

export type ServiceNodeData = {
  kind: 'service';
  host: string;
  /** The service's own name when the host carries it (Cloud Run, App Engine), else null. */
  name: string | null;
  subscriptionCount: number;
  href: string;
};

export type DeletedTopicNodeData = {
  kind: 'deletedTopic';
  project: string;
  projectLabel: string | null;
  subscriptionCount: number;
};

export type TopologyNodeData = TopicNodeData | SubscriptionNodeData | ServiceNodeData | DeletedTopicNodeData;
export type TopologyNodeKind = TopologyNodeData['kind'];

export type GraphNode<D extends TopologyNodeData = TopologyNodeData> = {
  id: string;
  kind: D['kind'];
  /** Text searched by ?q= (lower-case). */
  searchText: string;
  /** Project the node belongs to; null for services (shared by every project). */
  project: string | null;
  width: number;
  height: number;
  data: D;
};

export type EdgeKind = 'subscription' | 'push' | 'deadLetter';

export type GraphEdge = {
  id: string;
  source: string;
  target: string;
  kind: EdgeKind;
  label: string | null;
};

export type TopologyGraph = { nodes: GraphNode[]; edges: GraphEdge[] };

/** Card sizes: elk needs them before anything is rendered, the node components render exactly this size. */
export const NODE_SIZE: Record<TopologyNodeKind, { width: number; height: number }> = {
  topic: { width: 248, height: 72 },
  subscription: { width: 252, height: 84 },
  service: { width: 220, height: 56 },
  deletedTopic: { width: 248, height: 64 },
};

export const nodeId = {
  topic: (r: ResourceRef) => `topic:${resourceKey(r)}`,
  subscription: (r: ResourceRef) => `sub:${resourceKey(r)}`,
  service: (host: string) => `service:${host}`,
  deletedTopic: (project: string) => `deleted-topic:${project}`,
};

export function findingKey(kind: 'topic' | 'subscription', r: ResourceRef) {
  return `${kind}:${resourceKey(r)}`;
}

export function worseSeverity(a: Severity, b: Severity): Severity {
  return SEVERITY_ORDER[a] <= SEVERITY_ORDER[b] ? a : b;
}

/** Worst severity and count per resource, keyed by findingKey. */
export function summarizeFindings(findings: Finding[]): Map<string, FindingSummary> {
  const out = new Map<string, FindingSummary>();
  for (const f of findings) {
    const key = findingKey(f.resource.kind, f.resource);
    const cur = out.get(key) ?? { worst: f.severity, count: 0, bySeverity: { critical: 0, warning: 0, info: 0 } };
    cur.worst = worseSeverity(cur.worst, f.severity);
    cur.count += 1;
    cur.bySeverity[f.severity] += 1;
    out.set(key, cur);
  }
  return out;
}

const byKey = <T extends ResourceRef>(a: T, b: T) =>
  a.project === b.project ? (a.name < b.name ? -1 : a.name > b.name ? 1 : 0) : a.project < b.project ? -1 : 1;

export type BuildGraphOptions = {
  /** Projects whose names are not printed on cards. Defaults to the first inventoried project. */
  defaultProject?: string;
};

export function buildGraph(inventory: Inventory, findings: Finding[], options: BuildGraphOptions = {}): TopologyGraph {
  const defaultProject = options.defaultProject ?? inventory.projects[0] ?? null;
  const projectLabel = (p: string) => (p === defaultProject ? null : p);
  const summaries = summarizeFindings(findings);

  const topics = [...inventory.topics].sort(byKey);
  const subscriptions = [...inventory.subscriptions].sort(byKey);

  const nodes = new Map<string, GraphNode>();
  const edges: GraphEdge[] = [];

  const subsPerTopic = new Map<string, number>();
  const deadLetterTargets = new Set<string>();
  for (const s of subscriptions) {
    if (s.topic && !s.topicDeleted) subsPerTopic.set(resourceKey(s.topic), (subsPerTopic.get(resourceKey(s.topic)) ?? 0) + 1);
    if (s.deadLetter) deadLetterTargets.add(resourceKey(s.deadLetter.topic));
  }

  const addTopic = (ref: ResourceRef, topic: Topic | null): string => {
    const id = nodeId.topic(ref);
    if (nodes.has(id)) return id;
    const key = resourceKey(ref);
    const subscriptionCount = subsPerTopic.get(key) ?? 0;
    const isDeadLetterTopic = deadLetterTargets.has(key);
    const data: TopicNodeData = {
      kind: 'topic',
      project: ref.project,
      name: ref.name,
      projectLabel: projectLabel(ref.project),
      retentionSeconds: topic?.messageRetentionSeconds ?? null,
      hasSchema: !!topic?.schemaSettings,
      subscriptionCount,
      isDeadLetterTopic,
      dropsDeadLetters: isDeadLetterTopic && subscriptionCount === 0,
      missing: topic === null,
      findings: summaries.get(findingKey('topic', ref)) ?? null,
      href: urls.topic(ref),
    };
    nodes.set(id, {
      id,
      kind: 'topic',
      searchText: `${ref.project}/${ref.name}`.toLowerCase(),
      project: ref.project,
      ...NODE_SIZE.topic,
      data,
    });
    return id;
  };

  for (const t of topics) addTopic(t, t);
  const topicByKey = new Map(topics.map((t) => [resourceKey(t), t]));

  const serviceSubs = new Map<string, number>();
  for (const s of subscriptions) if (s.push) serviceSubs.set(s.push.host, (serviceSubs.get(s.push.host) ?? 0) + 1);

  for (const s of subscriptions) {
    const subId = nodeId.subscription(s);
    nodes.set(subId, {
      id: subId,
      kind: 'subscription',
      searchText: `${s.project}/${s.name}${s.push ? ' ' + s.push.host : ''}`.toLowerCase(),
      project: s.project,
      ...NODE_SIZE.subscription,
      data: subscriptionData(
        s,
        projectLabel(s.project),
        summaries.get(findingKey('subscription', s)) ?? null,
        !!s.topic && deadLetterTargets.has(resourceKey(s.topic)),
      ),
    });

    // Where the subscription hangs: its topic (any project), or the project's "deleted topic" placeholder.
    let sourceId: string;
    if (s.topic && !s.topicDeleted) {
      sourceId = addTopic(s.topic, topicByKey.get(resourceKey(s.topic)) ?? null);
    } else {
      sourceId = nodeId.deletedTopic(s.project);
      const existing = nodes.get(sourceId) as GraphNode<DeletedTopicNodeData> | undefined;
      if (existing) existing.data.subscriptionCount += 1;
      else
        nodes.set(sourceId, {
          id: sourceId,
          kind: 'deletedTopic',
          searchText: `${s.project}/deleted topic`,
          project: s.project,
          ...NODE_SIZE.deletedTopic,
          data: { kind: 'deletedTopic', project: s.project, projectLabel: projectLabel(s.project), subscriptionCount: 1 },
        });
    }
    edges.push({ id: `e:${sourceId}->${subId}`, source: sourceId, target: subId, kind: 'subscription', label: null });

    if (s.push) {
      const svcId = nodeId.service(s.push.host);
      const svcName = serviceNameOf(s.push.host)?.name ?? null;
      if (!nodes.has(svcId))
        nodes.set(svcId, {
          id: svcId,
          kind: 'service',
          searchText: `${s.push.host} ${svcName ?? ''}`.toLowerCase(),
          project: null,
          ...NODE_SIZE.service,
          data: {
            kind: 'service',
            host: s.push.host,
            name: svcName,
            subscriptionCount: serviceSubs.get(s.push.host) ?? 0,
            href: urls.service(s.push.host),
          },
        });
      edges.push({ id: `e:${subId}->${svcId}`, source: subId, target: svcId, kind: 'push', label: null });
    }

    if (s.deadLetter) {
      const dlqRef = s.deadLetter.topic;
      const dlqId = addTopic(dlqRef, topicByKey.get(resourceKey(dlqRef)) ?? null);
      edges.push({
        id: `e:${subId}->dlq:${dlqId}`,
        source: subId,
        target: dlqId,
        kind: 'deadLetter',
        label: `dead letters after ${s.deadLetter.maxDeliveryAttempts}`,
      });
    }
  }

  return { nodes: [...nodes.values()], edges };
}

function subscriptionData(
  s: Subscription,
  projectLabel: string | null,
  findings: FindingSummary | null,
  readsDeadLetters: boolean,
): SubscriptionNodeData {
  return {
    kind: 'subscription',
    project: s.project,
    name: s.name,
    projectLabel,
    type: s.type,
    maxDeliveryAttempts: s.deadLetter?.maxDeliveryAttempts ?? null,
    readsDeadLetters,
    endpointHost: s.push?.host ?? null,
    sink: s.bigquery?.table ?? (s.cloudStorage ? `gs://${s.cloudStorage.bucket}` : null),
    hasFilter: !!s.filter,
    ordering: s.enableMessageOrdering,
    exactlyOnce: s.enableExactlyOnceDelivery,
    detached: s.detached,
    findings,
    href: urls.subscription(s),
  };
}

export type GraphFilter = {
  /** Case-insensitive substring of project/name (or host). Matching nodes are kept with their neighbours. */
  q?: string | null;
  /** Keep nodes of this project plus their direct neighbours in other projects (and services). */
  project?: string | null;
};

export type FilteredGraph = TopologyGraph & {
  /** Ids of nodes that matched the search itself (neighbours are kept for context but not in here). */
  matches: Set<string>;
};

/** Keep matching nodes plus their neighbours (one hop, both directions), and the edges between kept nodes. */
export function filterGraph(graph: TopologyGraph, filter: GraphFilter): FilteredGraph {
  const q = filter.q?.trim().toLowerCase() || null;
  const project = filter.project || null;
  if (!q && !project) return { ...graph, matches: new Set() };

  const neighbours = new Map<string, string[]>();
  for (const e of graph.edges) {
    (neighbours.get(e.source) ?? neighbours.set(e.source, []).get(e.source)!).push(e.target);
    (neighbours.get(e.target) ?? neighbours.set(e.target, []).get(e.target)!).push(e.source);
  }
  const expand = (ids: Iterable<string>) => {
    const out = new Set<string>();
    for (const id of ids) {
      out.add(id);
      for (const n of neighbours.get(id) ?? []) out.add(n);
    }
    return out;
  };

  let candidates: GraphNode[] = graph.nodes;
  if (project) {
    const inProject = expand(graph.nodes.filter((n) => n.project === project).map((n) => n.id));
    candidates = graph.nodes.filter((n) => inProject.has(n.id));
  }
  let keep: Set<string>;
  let matches = new Set<string>();
  if (q) {
    matches = new Set(candidates.filter((n) => n.searchText.includes(q)).map((n) => n.id));
    keep = expand(matches);
  } else {
    keep = new Set(candidates.map((n) => n.id));
  }
  return {
    nodes: graph.nodes.filter((n) => keep.has(n.id)),
    edges: graph.edges.filter((e) => keep.has(e.source) && keep.has(e.target)),
    matches,
  };
}

/** Counts per node kind, for the toolbar ("42 topics · 97 subscriptions · 12 services"). */
export function countKinds(graph: TopologyGraph): Record<TopologyNodeKind, number> {
  const out: Record<TopologyNodeKind, number> = { topic: 0, subscription: 0, service: 0, deletedTopic: 0 };
  for (const n of graph.nodes) out[n.kind] += 1;
  return out;
}

/** Projects present in the graph, default first. */
export function graphProjects(inventory: Inventory): string[] {
  const set = new Set<string>(inventory.projects);
  for (const t of inventory.topics) set.add(t.project);
  for (const s of inventory.subscriptions) set.add(s.project);
  return [...set];
}

/** Nodes within `depth` hops of `id` (edges followed both ways), for the mini graphs on resource pages. */
export function neighbourhood(graph: TopologyGraph, id: string, depth = 2): TopologyGraph {
  const adj = new Map<string, string[]>();
  for (const e of graph.edges) {
    (adj.get(e.source) ?? adj.set(e.source, []).get(e.source)!).push(e.target);
    (adj.get(e.target) ?? adj.set(e.target, []).get(e.target)!).push(e.source);
  }
  const keep = new Set<string>();
  if (!graph.nodes.some((n) => n.id === id)) return { nodes: [], edges: [] };
  let frontier = [id];
  keep.add(id);
  for (let d = 0; d < depth; d++) {
    const next: string[] = [];
    for (const n of frontier)
      for (const m of adj.get(n) ?? [])
        if (!keep.has(m)) {
          keep.add(m);
          next.push(m);
        }
    frontier = next;
  }
  return {
    nodes: graph.nodes.filter((n) => keep.has(n.id)),
    edges: graph.edges.filter((e) => keep.has(e.source) && keep.has(e.target)),
  };
}
