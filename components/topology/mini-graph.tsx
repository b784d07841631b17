'use client';
// The neighbourhood of one resource (two hops), drawn with the same cards as the topology page.
import { useMemo } from 'react';
import { useInventory } from '@/lib/queries';
import { buildGraph, neighbourhood } from '@/lib/topology/build-graph';
import { urls } from '@/lib/names';
import Link from 'next/link';
import { Skeleton } from '@/components/ui/skeleton';
import { TopologyCanvas } from './topology-canvas';

export function MiniGraph({ nodeId, name, label }: { nodeId: string; name: string; label: string }) {
  const { data } = useInventory();
  const graph = useMemo(() => {
    if (!data) return null;
    return neighbourhood(buildGraph(data.inventory, data.findings), nodeId, 2);
  }, [data, nodeId]);

  return (
    <div className="relative h-80 overflow-hidden rounded-md border border-slate-200 bg-slate-50">
      {!graph ? (
        <Skeleton className="h-full w-full" />
      ) : graph.nodes.length === 0 ? (
        <p className="p-4 text-sm text-slate-500">Not in the latest inventory yet.</p>
      ) : (
        <TopologyCanvas graph={graph} variant="mini" focusId={nodeId} ariaLabel={label} />
      )}
      <Link
        href={urls.topology(name)}
        className="absolute left-2 top-2 z-10 rounded-md bg-white px-2 py-1 text-xs font-medium text-indigo-700 shadow-xs ring-1 ring-slate-200 hover:bg-slate-50"
      >
        Open in topology →
      </Link>
    </div>
  );
}
