'use client';

import { useMemo, useState } from 'react';
import Link from 'next/link';
import { resourceKey, type Inventory, type ResourceRef, type Subscription } from '@/lib/schemas/inventory';
import { SEVERITY_ORDER, type Finding, type Severity } from '@/lib/schemas/lint';
import { formatDuration } from '@/lib/describe';
import { urls } from '@/lib/names';
import { Section } from '@/components/ui/section';
import { EmptyState } from '@/components/ui/empty-state';
import { SeverityBadge } from '@/components/ui/severity-badge';
import { Badge } from '@/components/ui/badge';
import { TopicLink } from '@/components/resource-link';

type Row = {
  key: string;
  topic: ResourceRef | null;
  retention: number | null;
  exists: boolean;
  isDeadLetterTopic: boolean;
  subscriptions: Subscription[];
};

const PAGE = 60;
const TYPE_LABEL: Record<Subscription['type'], string> = { pull: 'pull', push: 'push', bigquery: 'BQ', cloudStorage: 'GCS' };

export function ResourceTable({
  inventory,
  findings,
  project,
  q,
  onQueryChange,
}: {
  inventory: Inventory;
  findings: Finding[];
  project: string;
  q: string;
  onQueryChange: (q: string) => void;
}) {
  const [showAll, setShowAll] = useState(false);
  const defaultProject = inventory.projects[0];

  const worst = useMemo(() => {
    const m = new Map<string, Severity>();
    for (const f of findings) {
      const k = `${f.resource.kind}:${resourceKey(f.resource)}`;
      const cur = m.get(k);
      if (!cur || SEVERITY_ORDER[f.severity] < SEVERITY_ORDER[cur]) m.set(k, f.severity);
    }
    return m;
  }, [findings]);

  const rows = useMemo(() => {
    const dlqs = new Set(inventory.subscriptions.flatMap((s) => (s.deadLetter ? [resourceKey(s.deadLetter.topic)] : [])));
    const byTopic = new Map<string, Row>();
    for (const t of inventory.topics) {
      byTopic.set(resourceKey(t), {
        key: resourceKey(t),
        topic: t,
        retention: t.messageRetentionSeconds,
        exists: true,
        isDeadLetterTopic: dlqs.has(resourceKey(t)),
        subscriptions: [],
      });
    }
    const deleted: Row = { key: '~deleted', topic: null, retention: null, exists: false, isDeadLetterTopic: false, subscriptions: [] };
    for (const s of inventory.subscriptions) {
      if (!s.topic || s.topicDeleted) {
        deleted.subscriptions.push(s);
        continue;
      }
      const k = resourceKey(s.topic);
      let row = byTopic.get(k);
      if (!row) {
        row = { key: k, topic: s.topic, retention: null, exists: false, isDeadLetterTopic: dlqs.has(k), subscriptions: [] };
        byTopic.set(k, row);
      }
      row.subscriptions.push(s);
    }
    const all = [...byTopic.values()].sort((a, b) => a.key.localeCompare(b.key));
    if (deleted.subscriptions.length) all.push(deleted);
    for (const r of all) r.subscriptions.sort((a, b) => resourceKey(a).localeCompare(resourceKey(b)));
    return all;
  }, [inventory]);

  const needle = q.trim().toLowerCase();
  const filtered = useMemo(
    () =>
      rows.filter((r) => {
        if (project && r.topic?.project !== project && !r.subscriptions.some((s) => s.project === project)) return false;
        if (!needle) return true;
        if (r.topic && `${r.topic.project}/${r.topic.name}`.toLowerCase().includes(needle)) return true;
        return r.subscriptions.some(
          (s) => `${s.project}/${s.name}`.toLowerCase().includes(needle) || s.push?.host.toLowerCase().includes(needle),
        );
      }),
    [rows, project, needle],
  );
  const visible = showAll ? filtered : filtered.slice(0, PAGE);

  return (
    <Section
      id="resources"
      className="mt-6"
      bodyClassName=""
      title="Topics and subscriptions"
      count={filtered.length}
      description="Every topic with the subscriptions attached to it."
      actions={
        <input
          type="search"
          aria-label="Filter topics and subscriptions"
          placeholder="Filter by name or push host…"
          value={q}
          onChange={(e) => onQueryChange(e.target.value)}
          className="w-64 rounded-md border border-slate-300 bg-white px-2.5 py-1 text-sm placeholder:text-slate-400"
        />
      }
    >
      {rows.length === 0 ? (
        <EmptyState title="No topics or subscriptions yet">
          Create a topic with <code className="rounded bg-slate-100 px-1 font-mono text-xs">gcloud pubsub topics create NAME --project {defaultProject}</code>{' '}
          or start the sample system with <code className="rounded bg-slate-100 px-1 font-mono text-xs">npm run demo</code>. This page refreshes
          every 10 seconds.
        </EmptyState>
      ) : filtered.length === 0 ? (
        <EmptyState title={`Nothing matches “${q}”`}>
          <button type="button" className="text-indigo-700 underline" onClick={() => onQueryChange('')}>
            Clear the filter
          </button>
        </EmptyState>
      ) : (
        <div className="overflow-x-auto">
          <table className="w-full text-left text-sm">
            <thead className="border-b border-slate-100 text-xs text-slate-500">
              <tr>
                <th scope="col" className="px-4 py-2 font-medium">
                  Topic
                </th>
                <th scope="col" className="px-4 py-2 font-medium">
                  Retention
                </th>
                <th scope="col" className="px-4 py-2 font-medium">
                  Subscriptions
                </th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {visible.map((r) => {
                const tWorst = r.topic ? worst.get(`topic:${resourceKey(r.topic)}`) : undefined;
                return (
                  <tr key={r.key} className="align-top hover:bg-slate-50/60">
                    <td className="px-4 py-2">
                      <div className="flex flex-wrap items-center gap-1.5">
                        {r.topic ? (
                          <TopicLink topic={r.topic} fromProject={defaultProject} />
                        ) : (
                          <span className="text-sm italic text-slate-500">deleted topic</span>
                        )}
                        {r.isDeadLetterTopic && <Badge tone="amber">dead-letter topic</Badge>}
                        {r.topic && !r.exists && <Badge>not inventoried</Badge>}
                        {tWorst && <SeverityBadge severity={tWorst} />}
                      </div>
                    </td>
                    <td className="whitespace-nowrap px-4 py-2 text-xs text-slate-600">
                      {r.retention ? formatDuration(r.retention) : <span className="text-slate-400">—</span>}
                    </td>
                    <td className="px-4 py-2">
                      {r.subscriptions.length === 0 ? (
                        r.isDeadLetterTopic ? (
                          <span className="text-xs font-medium text-red-700">no subscription: dead letters are dropped</span>
                        ) : (
                          <span className="text-xs text-slate-400">no subscriptions</span>
                        )
                      ) : (
                        <ul className="flex flex-wrap gap-1.5">
                          {r.subscriptions.map((s) => {
                            const sw = worst.get(`subscription:${resourceKey(s)}`);
                            return (
                              <li key={resourceKey(s)}>
                                <Link
                                  href={urls.subscription(s)}
                                  className="inline-flex items-center gap-1 rounded border border-slate-200 bg-white px-1.5 py-0.5 font-mono text-xs text-indigo-700 hover:border-indigo-300 hover:text-indigo-900"
                                >
                                  {s.project !== defaultProject ? `${s.project}/${s.name}` : s.name}
                                  <span className="font-sans text-[10px] uppercase text-slate-400">{TYPE_LABEL[s.type]}</span>
                                  {sw && <span aria-label={`${sw} finding`} className={`h-1.5 w-1.5 rounded-full ${sw === 'critical' ? 'bg-red-600' : sw === 'warning' ? 'bg-amber-500' : 'bg-sky-500'}`} />}
                                </Link>
                              </li>
                            );
                          })}
                        </ul>
                      )}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
          {filtered.length > visible.length && (
            <div className="border-t border-slate-100 px-4 py-2 text-center">
              <button type="button" onClick={() => setShowAll(true)} className="text-sm font-medium text-indigo-700 hover:underline">
                Show all {filtered.length} topics
              </button>
            </div>
          )}
        </div>
      )}
    </Section>
  );
}
