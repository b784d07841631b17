'use client';
// React Flow canvas for a (filtered) topology graph. Layout runs in a Web Worker (useGraphLayout);
// until the first layout arrives a progress state is shown, later relayouts keep the old picture.
import '@xyflow/react/dist/style.css';
import { useCallback, useEffect, useMemo, useRef } from 'react';
import { useRouter } from 'next/navigation';
import {
  Background,
  BackgroundVariant,
  Controls,
  MarkerType,
  MiniMap,
  Panel,
  Position,
  ReactFlow,
  ReactFlowProvider,
  useReactFlow,
  type Edge,
  type NodeHandle,
  type NodeMouseHandler,
} from '@xyflow/react';
import type { GraphEdge, TopologyGraph, TopologyNodeData } from '@/lib/topology/build-graph';
import { useGraphLayout } from '@/lib/topology/use-graph-layout';
import { describeFindings, nodeTypes, type TopologyFlowNode } from './topology-nodes';
import { edgeTypes } from './topology-edges';

const EDGE_STYLE: Record<GraphEdge['kind'], { stroke: string; strokeWidth: number; strokeDasharray?: string }> = {
  subscription: { stroke: '#94a3b8', strokeWidth: 1.25 },
  push: { stroke: '#14b8a6', strokeWidth: 1.25 },
  deadLetter: { stroke: '#dc2626', strokeWidth: 1.75, strokeDasharray: '6 4' },
};

const MINIMAP_COLOR: Record<TopologyNodeData['kind'], string> = {
  topic: '#6366f1',
  subscription: '#94a3b8',
  service: '#14b8a6',
  deletedTopic: '#cbd5e1',
};

// Off-screen nodes are never rendered, hence never measured: fit on their declared size instead
// (React Flow only counts measured nodes unless includeHiddenNodes is set; none of ours is hidden).
const FIT = { padding: 0.08, includeHiddenNodes: true } as const;

/** Below this fitted zoom the cards are unreadable specks: open at a readable zoom instead. */
const MIN_READABLE_FIT = 0.3;
const LARGE_GRAPH_ZOOM = 0.6;
/**
 * Mini graphs open no smaller than this: just under the cards' compact threshold (0.45), where the
 * compact cards' names (14–22 px) still read at 6–9 px. If the whole neighbourhood does not fit, the
 * view fits the resource and its direct neighbours instead; "Fit view" still shows everything.
 */
const MINI_MIN_ZOOM = 0.42;
const MINI_FIT = { padding: 0.12, includeHiddenNodes: true, minZoom: MINI_MIN_ZOOM, maxZoom: 1, duration: 0 } as const;

function hrefOf(d: TopologyNodeData): string | null {
  return d.kind === 'deletedTopic' ? null : d.href;
}

export type TopologyCanvasProps = {
  graph: TopologyGraph;
  /** Ids that matched a search: ringed; other nodes are dimmed a little. */
  matches?: Set<string>;
  /** Mini graphs on resource pages: no minimap, less chrome. */
  variant?: 'full' | 'mini';
  /** Id of a node to emphasise (the resource page's own node). */
  focusId?: string;
  ariaLabel: string;
  onLayoutMs?: (ms: number) => void;
};

export function TopologyCanvas(props: TopologyCanvasProps) {
  return (
    <ReactFlowProvider>
      <Canvas {...props} />
    </ReactFlowProvider>
  );
}

function Canvas({ graph, matches, variant = 'full', focusId, ariaLabel, onLayoutMs }: TopologyCanvasProps) {
  const router = useRouter();
  const rf = useReactFlow();
  const { shown, running, runningNodes, error } = useGraphLayout(graph);

  const searching = !!matches && matches.size > 0;
  // Reuse node objects whose content did not change: React Flow and the memoized cards then skip them,
  // so a refresh that changes one badge re-renders one card, not 600.
  const nodeCache = useRef(new Map<string, { sig: string; node: TopologyFlowNode }>());
  const nodes = useMemo<TopologyFlowNode[]>(() => {
    if (!shown) return [];
    const { positions } = shown.layout;
    const prev = nodeCache.current;
    const next = new Map<string, { sig: string; node: TopologyFlowNode }>();
    const out = shown.graph.nodes.map((n) => {
      const matched = searching ? matches!.has(n.id) : n.id === focusId;
      const position = positions[n.id] ?? { x: 0, y: 0 };
      const dimmed = searching && !matched;
      const focused = n.id === focusId;
      const sig = `${position.x},${position.y},${matched ? 1 : 0}${dimmed ? 1 : 0}${focused ? 1 : 0},${JSON.stringify(n.data)}`;
      const cached = prev.get(n.id);
      const node =
        cached && cached.sig === sig
          ? cached.node
          : ({
              id: n.id,
              type: n.kind,
              position,
              width: n.width,
              height: n.height,
              // Declared size and handles count as measured. Without them React Flow renders every node
              // once, even off-screen, to measure it (~10 s for 600 cards on a slow machine), and
              // fitView waits for nodes that onlyRenderVisibleElements never renders.
              measured: { width: n.width, height: n.height },
              handles: handlesFor(n.width, n.height),
              draggable: false,
              connectable: false,
              ariaLabel: ariaOf(n.data),
              data: { ...n.data, matched, dimmed, focused },
            } as TopologyFlowNode);
      next.set(n.id, { sig, node });
      return node;
    });
    nodeCache.current = next;
    return out;
  }, [shown, matches, searching, focusId]);

  const edges = useMemo<Edge[]>(() => {
    if (!shown) return [];
    return shown.graph.edges.map((e) => ({
      id: e.id,
      source: e.source,
      target: e.target,
      type: e.kind === 'deadLetter' ? 'deadLetter' : 'default',
      style: EDGE_STYLE[e.kind],
      markerEnd: { type: MarkerType.ArrowClosed, width: 14, height: 14, color: EDGE_STYLE[e.kind].stroke },
      ...(e.label ? { data: { label: e.label }, ariaLabel: e.label } : {}),
      zIndex: e.kind === 'deadLetter' ? 1 : 0,
    }));
  }, [shown]);

  // Fit whenever a new layout lands (new structure or a new filter), not on every data refresh.
  // A graph too big to read when fitted (hundreds of nodes) opens readable at its top-left corner
  // instead: the minimap shows where you are, "Fit view" still shows everything.
  const wrapper = useRef<HTMLDivElement>(null);
  const fittedFor = useRef<unknown>(null);
  const layout = shown?.layout;
  const shownGraph = shown?.graph;
  useEffect(() => {
    if (!layout || fittedFor.current === layout) return;
    fittedFor.current = layout;
    onLayoutMs?.(layout.ms);
    const id = requestAnimationFrame(() => {
      const el = wrapper.current;
      const vw = el?.clientWidth ?? 1200;
      const vh = el?.clientHeight ?? 800;
      const fitZoom = Math.min(vw / (layout.width + 80), vh / (layout.height + 80));
      if (variant === 'full' && fitZoom < MIN_READABLE_FIT) {
        void rf.setViewport({ x: 24, y: 16, zoom: LARGE_GRAPH_ZOOM });
      } else if (variant === 'mini') {
        const near = new Set(focusId ? [focusId] : []);
        if (focusId)
          for (const e of shownGraph?.edges ?? []) {
            if (e.source === focusId) near.add(e.target);
            if (e.target === focusId) near.add(e.source);
          }
        const nodes = fitZoom < MINI_MIN_ZOOM && near.size > 0 ? [...near].map((id) => ({ id })) : undefined;
        void rf.fitView({ ...MINI_FIT, nodes });
      } else {
        void rf.fitView({ ...FIT, maxZoom: 1.1, duration: 0 });
      }
    });
    return () => cancelAnimationFrame(id);
  }, [layout, shownGraph, rf, variant, focusId, onLayoutMs]);

  const onNodeClick = useCallback<NodeMouseHandler<TopologyFlowNode>>(
    (_e, node) => {
      const href = hrefOf(node.data);
      if (href) router.push(href);
    },
    [router],
  );

  const fit = useCallback(() => void rf.fitView({ ...FIT, duration: 300 }), [rf]);

  return (
    <div ref={wrapper} className="relative h-full w-full" aria-busy={running}>
      <ReactFlow
        aria-label={ariaLabel}
        nodes={nodes}
        edges={edges}
        nodeTypes={nodeTypes}
        edgeTypes={edgeTypes}
        onNodeClick={onNodeClick}
        onlyRenderVisibleElements
        nodesDraggable={false}
        nodesConnectable={false}
        elementsSelectable={false}
        edgesFocusable={false}
        minZoom={0.03}
        maxZoom={2}
        panOnScroll={variant === 'full'}
        zoomOnScroll={variant === 'mini'}
        preventScrolling={variant === 'full'}
      >
        <Background variant={BackgroundVariant.Dots} gap={20} size={1} color="#cbd5e1" />
        <Controls showInteractive={false} position="bottom-left" fitViewOptions={{ ...FIT, duration: 300 }} />
        {variant === 'full' && (
          <MiniMap
            pannable
            zoomable
            ariaLabel="Topology minimap"
            nodeColor={(n) => MINIMAP_COLOR[(n.data as TopologyNodeData).kind]}
            nodeStrokeWidth={0}
            maskColor="rgba(241, 245, 249, 0.7)"
            className="!rounded-md !border !border-slate-200"
          />
        )}
        <Panel position="top-right" className="flex items-center gap-2">
          {running && shown && (
            <span role="status" className="rounded bg-white/90 px-2 py-1 text-xs text-slate-600 shadow-xs ring-1 ring-slate-200">
              Updating layout…
            </span>
          )}
          <button
            type="button"
            onClick={fit}
            className="rounded-md bg-white px-2.5 py-1 text-xs font-medium text-slate-700 shadow-xs ring-1 ring-slate-300 hover:bg-slate-50"
          >
            Fit view
          </button>
        </Panel>
      </ReactFlow>
      {!shown && !error && (
        <div role="status" className="absolute inset-0 flex flex-col items-center justify-center gap-3 bg-slate-50/80">
          <div className="h-1.5 w-56 overflow-hidden rounded-full bg-slate-200">
            <div className="h-full w-1/3 animate-[slide_1.1s_ease-in-out_infinite] rounded-full bg-indigo-500" />
          </div>
          <p className="text-sm text-slate-600">
            Laying out {runningNodes} node{runningNodes === 1 ? '' : 's'}…
          </p>
        </div>
      )}
      {error && (
        <div role="alert" className="absolute inset-x-0 top-0 m-3 rounded-md border border-red-300 bg-red-50 px-3 py-2 text-sm text-red-900">
          The graph layout failed: {error}
        </div>
      )}
    </div>
  );
}

const HANDLE = 6;
function handlesFor(width: number, height: number): NodeHandle[] {
  const y = height / 2 - HANDLE / 2;
  return [
    { type: 'target', position: Position.Left, x: -HANDLE / 2, y, width: HANDLE, height: HANDLE },
    { type: 'source', position: Position.Right, x: width - HANDLE / 2, y, width: HANDLE, height: HANDLE },
  ];
}

function ariaOf(d: TopologyNodeData): string {
  const findings = (d.kind === 'topic' || d.kind === 'subscription') && d.findings ? `: ${describeFindings(d.findings)}` : '';
  switch (d.kind) {
    case 'topic':
      return `${d.isDeadLetterTopic ? 'Dead-letter topic' : 'Topic'} ${d.project}/${d.name}${findings}`;
    case 'subscription':
      return `${d.type} subscription ${d.project}/${d.name}${findings}`;
    case 'service':
      return `Service ${d.host}`;
    case 'deletedTopic':
      return `Deleted topic placeholder in ${d.project}`;
  }
}
