import type { Severity } from '@/lib/schemas/lint';

export const SEVERITY_STYLE: Record<Severity, { label: string; badge: string; dot: string; text: string; border: string }> = {
  critical: {
    label: 'Critical',
    badge: 'bg-red-600 text-white ring-red-700',
    dot: 'bg-red-600',
    text: 'text-red-700',
    border: 'border-red-300',
  },
  warning: {
    label: 'Warning',
    badge: 'bg-amber-400 text-amber-950 ring-amber-500',
    dot: 'bg-amber-500',
    text: 'text-amber-800',
    border: 'border-amber-300',
  },
  info: {
    label: 'Info',
    badge: 'bg-sky-100 text-sky-800 ring-sky-300',
    dot: 'bg-sky-500',
    text: 'text-sky-700',
    border: 'border-sky-200',
  },
};

/** "Critical" / "Warning" / "Info", optionally with a count ("Critical · 3"). */
export function SeverityBadge({ severity, count, className = '' }: { severity: Severity; count?: number; className?: string }) {
  const s = SEVERITY_STYLE[severity];
  return (
    <span
      className={`inline-flex items-center gap-1 whitespace-nowrap rounded px-1.5 py-0.5 text-[11px] font-semibold uppercase leading-4 tracking-wide ring-1 ring-inset ${s.badge} ${className}`}
    >
      {s.label}
      {count !== undefined && <span className="font-mono normal-case">{count}</span>}
    </span>
  );
}
