'use client';

import { useEffect, useMemo, useState } from 'react';
import { useQueryStates } from 'nuqs';
import { useInventory } from '@/lib/queries';
import { buildGraph, countKinds, filterGraph, graphProjects } from '@/lib/topology/build-graph';
import { ErrorState } from '@/components/error-state';
import { EmptyState } from '@/components/ui/empty-state';
import { Freshness } from '@/components/ui/freshness';
import { TopologyCanvas } from '@/components/topology/topology-canvas';
import { topologyParams } from '../search-params';
import { TopologySkeleton } from './topology-skeleton';

function useDebounced<T>(value: T, ms: number): T {
  const [v, setV] = useState(value);
  useEffect(() => {
    const t = setTimeout(() => setV(value), ms);
    return () => clearTimeout(t);
  }, [value, ms]);
  return v;
}

export function TopologyView() {
  const { data, error, isPending, refetch, dataUpdatedAt, isFetching, isError } = useInventory();
  const [{ q, project }, setParams] = useQueryStates(topologyParams, { history: 'replace' });
  const [layoutMs, setLayoutMs] = useState<number | null>(null);
  // The input follows every keystroke; filtering and relayout wait until typing pauses.
  const debouncedQ = useDebounced(q, 200);

  // Depend on the parts the graph is made of: every refresh changes fetchedAt, but React Query keeps
  // unchanged arrays by reference, so an unchanged topology is not rebuilt.
  const inv = data?.inventory;
  const findings = data?.findings;
  const full = useMemo(
    () => (inv && findings ? buildGraph(inv, findings) : null),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [inv?.projects, inv?.topics, inv?.subscriptions, findings],
  );
  const projects = useMemo(
    () => (inv ? graphProjects(inv) : []),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [inv?.projects, inv?.topics, inv?.subscriptions],
  );
  const activeProject = project && projects.includes(project) ? project : '';
  const filtered = useMemo(
    () => (full ? filterGraph(full, { q: debouncedQ, project: activeProject }) : null),
    [full, debouncedQ, activeProject],
  );

  if (isPending) return <TopologySkeleton />;
  if (!data || !full || !filtered) return <ErrorState error={error} retry={() => void refetch()} />;

  const totals = countKinds(full);
  const filtering = !!debouncedQ.trim() || !!activeProject;

  return (
    <div className="flex min-h-0 flex-1 flex-col">
      <div className="flex flex-wrap items-center gap-x-4 gap-y-2 border-b border-slate-200 bg-white px-6 py-2.5">
        <h1 className="text-base font-semibold text-slate-900">Topology</h1>
        <input
          type="search"
          aria-label="Search topology"
          placeholder="Search topics, subscriptions, hosts…"
          value={q}
          onChange={(e) => void setParams({ q: e.target.value || null })}
          className="w-72 rounded-md border border-slate-300 bg-white px-2.5 py-1 text-sm placeholder:text-slate-400"
        />
        {projects.length > 1 && (
          <label className="flex items-center gap-2 text-xs text-slate-600">
            Project
            <select
              value={activeProject}
              onChange={(e) => void setParams({ project: e.target.value || null })}
              className="rounded-md border border-slate-300 bg-white px-2 py-1 text-sm text-slate-800"
            >
              <option value="">All projects</option>
              {projects.map((p) => (
                <option key={p} value={p}>
                  {p}
                </option>
              ))}
            </select>
          </label>
        )}
        {filtering && (
          <button
            type="button"
            onClick={() => void setParams({ q: null, project: null })}
            className="text-xs font-medium text-indigo-700 hover:underline"
          >
            Clear filters
          </button>
        )}
        <p className="text-xs text-slate-500" aria-live="polite">
          {filtering ? (
            <>
              Showing {filtered.nodes.length} of {full.nodes.length} nodes
              {debouncedQ.trim() ? ` · ${filtered.matches.size} match${filtered.matches.size === 1 ? '' : 'es'}` : ''}
            </>
          ) : (
            <>
              {totals.topic} topics · {totals.subscription} subscriptions · {totals.service} services
            </>
          )}
        </p>
        {!filtering && full.nodes.length > 250 && (
          <p className="text-xs text-amber-700">Large graph: search or pick a project to focus.</p>
        )}
        <div className="ml-auto flex items-center gap-3">
          {layoutMs !== null && <span className="text-xs text-slate-400">layout {layoutMs} ms</span>}
          <Freshness updatedAt={dataUpdatedAt} fetching={isFetching} failed={isError} />
        </div>
      </div>
      <Legend />
      <div className="relative min-h-[480px] flex-1">
        {full.nodes.length === 0 ? (
          <EmptyState title="Nothing to draw yet: no topics or subscriptions">
            Create topics and subscriptions in {data.inventory.projects.join(', ')} (or start the sample system with{' '}
            <code className="rounded bg-slate-100 px-1 font-mono text-xs">npm run demo</code>); they appear here within 10 seconds.
          </EmptyState>
        ) : filtered.nodes.length === 0 ? (
          <EmptyState title={`Nothing matches “${debouncedQ}”${activeProject ? ` in ${activeProject}` : ''}`}>
            Search looks at topic and subscription names and push endpoint hosts.{' '}
            <button type="button" className="text-indigo-700 underline" onClick={() => void setParams({ q: null, project: null })}>
              Clear filters
            </button>
          </EmptyState>
        ) : (
          <div className="absolute inset-0">
            <TopologyCanvas
              graph={filtered}
              matches={filtered.matches}
              ariaLabel="Topology graph: topics, subscriptions, push services and dead-letter topics"
              onLayoutMs={setLayoutMs}
            />
          </div>
        )}
      </div>
    </div>
  );
}

function Legend() {
  const item = 'flex items-center gap-1.5';
  return (
    <div aria-label="Legend" className="flex flex-wrap items-center gap-x-4 gap-y-1 border-b border-slate-200 bg-slate-50 px-6 py-1.5 text-[11px] text-slate-600">
      <span className={item}>
        <span className="h-3 w-3 rounded-sm border border-slate-200 border-l-4 border-l-indigo-500 bg-white" /> Topic
      </span>
      <span className={item}>
        <span className="h-3 w-3 rounded-sm border border-amber-300 bg-amber-50" /> Dead-letter topic
      </span>
      <span className={item}>
        <span className="h-3 w-3 rounded-sm border border-red-400 bg-red-50" /> Drops dead letters
      </span>
      <span className={item}>
        <span className="h-3 w-3 rounded-sm border border-slate-300 bg-white" /> Subscription
      </span>
      <span className={item}>
        <span className="h-3 w-3 rounded-sm border border-teal-300 bg-teal-50" /> Service (push host)
      </span>
      <span className={item}>
        <svg width="24" height="6" aria-hidden>
          <line x1="0" y1="3" x2="24" y2="3" stroke="#94a3b8" strokeWidth="1.5" />
        </svg>
        delivers to
      </span>
      <span className={item}>
        <svg width="24" height="6" aria-hidden>
          <line x1="0" y1="3" x2="24" y2="3" stroke="#14b8a6" strokeWidth="1.5" />
        </svg>
        pushes to
      </span>
      <span className={item}>
        <svg width="24" height="6" aria-hidden>
          <line x1="0" y1="3" x2="24" y2="3" stroke="#dc2626" strokeWidth="1.75" strokeDasharray="5 3" />
        </svg>
        dead letters
      </span>
      <span className="text-slate-400">Click a card to open it · scroll to pan · ⌘/Ctrl + scroll or pinch to zoom</span>
    </div>
  );
}
