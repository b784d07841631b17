// elk "layered" layout for the topology graph: shared by the Web Worker, the main-thread fallback and tests.
import type { GraphEdge, GraphNode } from './build-graph';

export type LayoutInput = {
  nodes: { id: string; width: number; height: number }[];
  edges: { id: string; source: string; target: string }[];
};
export type Positions = Record<string, { x: number; y: number }>;
export type LayoutResult = { positions: Positions; width: number; height: number; ms: number };

/** The minimal thing an elk instance (bundled, or elk-api over a worker) must offer. */
export type ElkLike = { layout: (graph: ElkInputGraph) => Promise<ElkOutputGraph> };
type ElkInputGraph = {
  id: string;
  layoutOptions: Record<string, string>;
  children: { id: string; width: number; height: number }[];
  edges: { id: string; sources: string[]; targets: string[] }[];
};
type ElkOutputGraph = { width?: number; height?: number; children?: { id: string; x?: number; y?: number }[] };

export const LAYOUT_OPTIONS: Record<string, string> = {
  'elk.algorithm': 'layered',
  'elk.direction': 'RIGHT',
  'elk.edgeRouting': 'POLYLINE',
  'elk.layered.spacing.nodeNodeBetweenLayers': '140',
  'elk.spacing.nodeNode': '14',
  'elk.spacing.componentComponent': '40',
  // Brandes-Köpf is much faster than network simplex on 500+ nodes and looks as tidy for trees like ours.
  'elk.layered.nodePlacement.strategy': 'BRANDES_KOEPF',
  // Model-order constraints doubled the layout time for 500 nodes (650 → 330 ms warm); input is already sorted.
  'elk.layered.considerModelOrder.strategy': 'NONE',
  'elk.layered.crossingMinimization.thoroughness': '4',
  'elk.separateConnectedComponents': 'true',
  'elk.aspectRatio': '1.8',
};

/** Only what elk needs: keeps the worker message small (no card data). */
export function toLayoutInput(graph: { nodes: GraphNode[]; edges: GraphEdge[] }): LayoutInput {
  return {
    nodes: graph.nodes.map((n) => ({ id: n.id, width: n.width, height: n.height })),
    edges: graph.edges.map((e) => ({ id: e.id, source: e.source, target: e.target })),
  };
}

/** A key that changes only when the laid-out structure changes (not when badges or labels do). */
export function layoutKey(input: LayoutInput): string {
  let h1 = 0x811c9dc5;
  let h2 = 0;
  const feed = (s: string) => {
    for (let i = 0; i < s.length; i++) {
      const c = s.charCodeAt(i);
      h1 = Math.imul(h1 ^ c, 0x01000193);
      h2 = (h2 * 31 + c) | 0;
    }
  };
  for (const n of input.nodes) feed(`${n.id}|${n.width}x${n.height};`);
  for (const e of input.edges) feed(`${e.source}>${e.target};`);
  return `${input.nodes.length}:${input.edges.length}:${(h1 >>> 0).toString(36)}:${(h2 >>> 0).toString(36)}`;
}

export async function runElkLayout(elk: ElkLike, input: LayoutInput): Promise<LayoutResult> {
  const started = performance.now();
  const out = await elk.layout({
    id: 'root',
    layoutOptions: LAYOUT_OPTIONS,
    children: input.nodes.map((n) => ({ id: n.id, width: n.width, height: n.height })),
    edges: input.edges.map((e) => ({ id: e.id, sources: [e.source], targets: [e.target] })),
  });
  const positions: Positions = {};
  for (const c of out.children ?? []) positions[c.id] = { x: c.x ?? 0, y: c.y ?? 0 };
  return { positions, width: out.width ?? 0, height: out.height ?? 0, ms: Math.round(performance.now() - started) };
}
