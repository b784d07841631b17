'use client';

import Link from 'next/link';
import { useState } from 'react';
import { SEVERITY_ORDER, type Finding } from '@/lib/schemas/lint';
import { urls } from '@/lib/names';
import { SeverityBadge, SEVERITY_STYLE } from '@/components/ui/severity-badge';
import { CodeBlock } from '@/components/ui/code-block';

export function sortFindings(findings: Finding[]): Finding[] {
  return [...findings].sort(
    (a, b) =>
      SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
      a.resource.project.localeCompare(b.resource.project) ||
      a.resource.name.localeCompare(b.resource.name) ||
      a.ruleId.localeCompare(b.ruleId),
  );
}

export function findingHref(f: Finding) {
  return f.resource.kind === 'topic' ? urls.topic(f.resource) : urls.subscription(f.resource);
}

/**
 * Findings ordered critical first. `mode="summary"` (overview): one line each with the resource link and
 * a disclosure for the details. `mode="detail"` (resource pages): explanation and fix always open.
 */
export function FindingList({
  findings,
  mode,
  defaultProject,
  limit = 100,
}: {
  findings: Finding[];
  mode: 'summary' | 'detail';
  defaultProject?: string;
  /** Rows rendered before a "show all" button: a big estate has thousands of findings. */
  limit?: number;
}) {
  const [showAll, setShowAll] = useState(false);
  const sorted = sortFindings(findings);
  const visible = showAll ? sorted : sorted.slice(0, limit);
  return (
    <>
    <ul className="divide-y divide-slate-100" aria-label="Findings">
      {visible.map((f, i) => (
        <li key={`${f.ruleId}:${f.resource.kind}:${f.resource.project}/${f.resource.name}:${i}`} className={mode === 'summary' ? 'px-4 py-2' : 'px-4 py-3'}>
          {mode === 'summary' ? <SummaryRow f={f} defaultProject={defaultProject} /> : <DetailRow f={f} />}
        </li>
      ))}
    </ul>
    {sorted.length > visible.length && (
      <div className="border-t border-slate-100 px-4 py-2 text-center">
        <button type="button" onClick={() => setShowAll(true)} className="text-sm font-medium text-indigo-700 hover:underline">
          Show all {sorted.length} findings ({sorted.length - visible.length} more)
        </button>
      </div>
    )}
    </>
  );
}

function ResourceName({ f, defaultProject }: { f: Finding; defaultProject?: string }) {
  const text = f.resource.project !== defaultProject ? `${f.resource.project}/${f.resource.name}` : f.resource.name;
  return (
    <Link href={findingHref(f)} className="font-mono text-[13px] text-indigo-700 hover:text-indigo-900 hover:underline break-all">
      {text}
    </Link>
  );
}

function SummaryRow({ f, defaultProject }: { f: Finding; defaultProject?: string }) {
  const [open, setOpen] = useState(false);
  return (
    <article className="flex items-start gap-3" aria-label={f.title}>
      <SeverityBadge severity={f.severity} className="mt-0.5 w-[74px] justify-center" />
      <div className="min-w-0 flex-1">
        <p className="text-sm text-slate-900">{f.title}</p>
        <div className="mt-0.5 flex flex-wrap items-baseline gap-x-2 gap-y-0.5 text-xs text-slate-500">
          <span className="uppercase tracking-wide text-[10px] text-slate-400">{f.resource.kind}</span>
          <ResourceName f={f} defaultProject={defaultProject} />
          <span aria-hidden>·</span>
          <button
            type="button"
            aria-expanded={open}
            onClick={() => setOpen((o) => !o)}
            className="font-medium text-slate-500 hover:text-slate-900"
          >
            {open ? 'Hide details' : 'Why and how to fix'}
          </button>
        </div>
        {open && (
          <div className="mt-2 space-y-2">
            <p className="text-sm leading-relaxed text-slate-600">{f.explanation}</p>
            <CodeBlock code={f.fix} label={`Copy fix for ${f.resource.name}`} />
          </div>
        )}
      </div>
      <span className="hidden shrink-0 font-mono text-[11px] text-slate-400 md:inline">{f.ruleId}</span>
    </article>
  );
}

function DetailRow({ f }: { f: Finding }) {
  return (
    <article className={`border-l-4 pl-3 ${SEVERITY_STYLE[f.severity].border}`} aria-label={f.title}>
      <div className="flex flex-wrap items-center gap-2">
        <SeverityBadge severity={f.severity} />
        <h3 className="text-sm font-semibold text-slate-900">{f.title}</h3>
        <span className="ml-auto font-mono text-[11px] text-slate-400">{f.ruleId}</span>
      </div>
      <p className="mt-1.5 text-sm leading-relaxed text-slate-600">{f.explanation}</p>
      <p className="mt-2 text-xs font-semibold uppercase tracking-wide text-slate-500">Fix</p>
      <div className="mt-1">
        <CodeBlock code={f.fix} label={`Copy fix: ${f.title}`} />
      </div>
    </article>
  );
}

/** Worst severity first, e.g. [critical 2] [warning 1]. */
export function FindingCounts({ findings }: { findings: Finding[] }) {
  const counts = { critical: 0, warning: 0, info: 0 };
  for (const f of findings) counts[f.severity] += 1;
  return (
    <span className="flex flex-wrap gap-1">
      {(['critical', 'warning', 'info'] as const).map((s) =>
        counts[s] ? <SeverityBadge key={s} severity={s} count={counts[s]} /> : null,
      )}
    </span>
  );
}
