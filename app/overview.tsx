'use client';

import Link from 'next/link';
import { useMemo } from 'react';
import { useQueryStates } from 'nuqs';
import { useInventory } from '@/lib/queries';
import { urls } from '@/lib/names';
import type { Severity } from '@/lib/schemas/lint';
import { ErrorState } from '@/components/error-state';
import { FindingList } from '@/components/findings/finding-list';
import { SEVERITY_STYLE } from '@/components/ui/severity-badge';
import { Section } from '@/components/ui/section';
import { EmptyState } from '@/components/ui/empty-state';
import { Callout } from '@/components/ui/callout';
import { Freshness } from '@/components/ui/freshness';
import { PageHeader } from '@/components/ui/page-header';
import { Badge } from '@/components/ui/badge';
import { overviewParams, SEVERITIES } from './search-params';
import { overviewStats, type OverviewStats } from './overview-stats';
import { OverviewSkeleton } from './overview-skeleton';
import { ResourceTable } from './resource-table';

export function Overview() {
  const { data, error, isPending, refetch, dataUpdatedAt, isFetching, isError } = useInventory();
  const [params, setParams] = useQueryStates(overviewParams, { history: 'replace' });

  const project = data && params.project && data.inventory.projects.includes(params.project) ? params.project : '';
  const stats = useMemo(() => (data ? overviewStats(data.inventory, project || undefined) : null), [data, project]);
  const projectFindings = useMemo(
    () => (data ? data.findings.filter((f) => !project || f.resource.project === project) : []),
    [data, project],
  );
  const counts = useMemo(() => {
    const c: Record<Severity, number> = { critical: 0, warning: 0, info: 0 };
    for (const f of projectFindings) c[f.severity] += 1;
    return c;
  }, [projectFindings]);
  const selected = params.severity;
  const visibleFindings = useMemo(
    () => (selected.length ? projectFindings.filter((f) => selected.includes(f.severity)) : projectFindings),
    [projectFindings, selected],
  );

  if (isPending) return <OverviewSkeleton />;
  if (!data) return <ErrorState error={error} retry={() => void refetch()} />;

  const inv = data.inventory;
  const defaultProject = inv.projects[0];
  const toggleSeverity = (s: Severity) =>
    void setParams({ severity: selected.includes(s) ? selected.filter((x) => x !== s) : SEVERITIES.filter((x) => x === s || selected.includes(x)) });

  return (
    <div className="mx-auto w-full max-w-7xl px-6 py-6">
      <PageHeader
        eyebrow={inv.mode === 'emulator' ? 'Pub/Sub emulator' : 'Google Cloud Pub/Sub'}
        title="Overview"
        meta={
          <>
            <span>
              {inv.projects.length} {inv.projects.length === 1 ? 'project' : 'projects'}: {inv.projects.join(', ')}
            </span>
            <Freshness updatedAt={dataUpdatedAt} fetching={isFetching} failed={isError} />
          </>
        }
        actions={
          inv.projects.length > 1 ? (
            <label className="flex items-center gap-2 text-xs text-slate-600">
              Project
              <select
                value={project}
                onChange={(e) => void setParams({ project: e.target.value || null })}
                className="rounded-md border border-slate-300 bg-white px-2 py-1 text-sm text-slate-800"
              >
                <option value="">All projects</option>
                {inv.projects.map((p) => (
                  <option key={p} value={p}>
                    {p}
                  </option>
                ))}
              </select>
            </label>
          ) : null
        }
      />

      {stats && <StatGrid stats={stats} />}

      {inv.warnings.length > 0 && (
        <div className="mt-4 space-y-2" aria-label="Inventory warnings">
          {groupWarnings(inv.warnings).map((w) => (
            <Callout key={`${w.what}:${w.message}`} tone="amber" title={`Could not read ${w.what} in ${w.projects.join(', ')}`} role="note">
              {w.message} The rest of the inventory is shown; this part may be incomplete.
            </Callout>
          ))}
        </div>
      )}

      <Section
        id="findings"
        className="mt-6"
        bodyClassName=""
        title="Findings"
        count={projectFindings.length}
        description="Configuration problems found by the lint rules, most severe first."
        actions={
          <div role="group" aria-label="Filter by severity" className="flex flex-wrap items-center gap-1">
            <button
              type="button"
              aria-pressed={selected.length === 0}
              onClick={() => void setParams({ severity: null })}
              className={`rounded-md px-2 py-1 text-xs font-medium ring-1 ring-inset ${selected.length === 0 ? 'bg-slate-900 text-white ring-slate-900' : 'bg-white text-slate-600 ring-slate-300 hover:bg-slate-50'}`}
            >
              All
            </button>
            {SEVERITIES.map((s) => {
              const on = selected.includes(s);
              return (
                <button
                  key={s}
                  type="button"
                  aria-pressed={on}
                  onClick={() => toggleSeverity(s)}
                  className={`flex items-center gap-1.5 rounded-md px-2 py-1 text-xs font-medium ring-1 ring-inset ${on ? 'bg-slate-900 text-white ring-slate-900' : 'bg-white text-slate-700 ring-slate-300 hover:bg-slate-50'}`}
                >
                  <span aria-hidden className={`h-2 w-2 rounded-full ${SEVERITY_STYLE[s].dot}`} />
                  {SEVERITY_STYLE[s].label}
                  <span className={`font-mono ${on ? 'text-slate-300' : 'text-slate-400'}`}>{counts[s]}</span>
                </button>
              );
            })}
          </div>
        }
      >
        {visibleFindings.length > 0 ? (
          <FindingList findings={visibleFindings} mode="summary" defaultProject={defaultProject} />
        ) : projectFindings.length > 0 ? (
          <EmptyState title={`No ${selected.map((s) => SEVERITY_STYLE[s].label.toLowerCase()).join(' or ')} findings`}>
            <button type="button" className="text-indigo-700 underline" onClick={() => void setParams({ severity: null })}>
              Show all {projectFindings.length} findings
            </button>
          </EmptyState>
        ) : (
          <EmptyState title="No findings: every lint rule passes">
            Dead-letter policies, retry policies, retention and push endpoints look sound. Findings appear here as soon as a
            configuration changes.
          </EmptyState>
        )}
      </Section>

      <ResourceTable
        inventory={inv}
        findings={data.findings}
        project={project}
        q={params.q}
        onQueryChange={(q) => void setParams({ q: q || null })}
      />
    </div>
  );
}

function Stat({ label, value, href, children }: { label: string; value: number; href?: string; children?: React.ReactNode }) {
  const inner = (
    <>
      <dt className="text-xs font-medium text-slate-500">{label}</dt>
      <dd className="mt-1 text-2xl font-semibold tabular-nums text-slate-900">{value}</dd>
      {children && <dd className="mt-1 text-xs text-slate-500">{children}</dd>}
    </>
  );
  const cls = 'block rounded-lg border border-slate-200 bg-white px-4 py-3 shadow-xs';
  return href ? (
    <Link href={href} className={`${cls} hover:border-indigo-300 hover:shadow-sm`}>
      <dl>{inner}</dl>
    </Link>
  ) : (
    <div className={cls}>
      <dl>{inner}</dl>
    </div>
  );
}

function StatGrid({ stats }: { stats: OverviewStats }) {
  const types = [
    ['pull', stats.byType.pull],
    ['push', stats.byType.push],
    ['BigQuery', stats.byType.bigquery],
    ['Cloud Storage', stats.byType.cloudStorage],
  ] as const;
  return (
    <div className="grid grid-cols-2 gap-3 md:grid-cols-3 lg:grid-cols-6" aria-label="Counts">
      <Stat label="Topics" value={stats.topics} href={urls.topology()} />
      <Stat label="Subscriptions" value={stats.subscriptions} href={urls.topology()}>
        {types
          .filter(([, n]) => n > 0)
          .map(([t, n]) => `${n} ${t}`)
          .join(' · ') || 'none yet'}
      </Stat>
      <Stat label="Dead-letter topics" value={stats.deadLetterTopics}>
        {stats.droppingDeadLetterTopics > 0 ? (
          <Badge tone="red">{stats.droppingDeadLetterTopics} without subscription</Badge>
        ) : stats.deadLetterTopics > 0 ? (
          'all have a subscription'
        ) : (
          'no dead-letter policies'
        )}
      </Stat>
      <Stat label="Snapshots" value={stats.snapshots} />
      <Stat label="Schemas" value={stats.schemas} />
      <Stat label="Projects" value={stats.projects} />
    </div>
  );
}


/** The same failure in several projects reads as one warning naming them all. */
function groupWarnings(warnings: { project: string; what: string; message: string }[]) {
  const out = new Map<string, { what: string; message: string; projects: string[] }>();
  for (const w of warnings) {
    const k = `${w.what}\u0000${w.message}`;
    const cur = out.get(k);
    if (cur) cur.projects.push(w.project);
    else out.set(k, { what: w.what, message: w.message, projects: [w.project] });
  }
  return [...out.values()];
}
